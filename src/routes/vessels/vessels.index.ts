import { router } from '../../http/router.ts';
import * as handlers from './vessels.handlers.ts';
import * as routes from './vessels.routes.ts';

export const vessels = router()
  .openapi(routes.create, handlers.create)
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update);
