import { router } from '../../http/router.ts';
import * as handlers from './companies.handlers.ts';
import * as routes from './companies.routes.ts';

export const companies = router()
  .openapi(routes.create, handlers.create)
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update);
