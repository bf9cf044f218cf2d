import { router } from '../../http/router.ts';
import * as handlers from './copies.handlers.ts';
import * as routes from './copies.routes.ts';

export const copies = router()
  .openapi(routes.list, handlers.list)
  .openapi(routes.download, handlers.download)
  .openapi(routes.acknowledge, handlers.acknowledge)
  .openapi(routes.verify, handlers.verify);
