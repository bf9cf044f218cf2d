import { router } from '../../http/router.ts';
import * as handlers from './agencies.handlers.ts';
import * as routes from './agencies.routes.ts';

export const agencies = router()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.certificates, handlers.certificates)
  .openapi(routes.putRcc, handlers.putRcc)
  .openapi(routes.putFacilities, handlers.putFacilities)
  .openapi(routes.putSettings, handlers.putSettings);
