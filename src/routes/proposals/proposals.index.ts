import { router } from '../../http/router.ts';
import * as handlers from './proposals.handlers.ts';
import * as routes from './proposals.routes.ts';

export const proposals = router()
  .openapi(routes.create, handlers.create)
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.decide, handlers.decide)
  .openapi(routes.withdraw, handlers.withdraw);
