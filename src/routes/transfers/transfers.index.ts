import { router } from '../../http/router.ts';
import * as handlers from './transfers.handlers.ts';
import * as routes from './transfers.routes.ts';

export const transfers = router()
  .openapi(routes.release, handlers.release)
  .openapi(routes.cancel, handlers.cancel)
  .openapi(routes.accept, handlers.accept)
  .openapi(routes.history, handlers.history)
  .openapi(routes.open, handlers.open);
