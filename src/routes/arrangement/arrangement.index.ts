import { router } from '../../http/router.ts';
import * as handlers from './arrangement.handlers.ts';
import * as routes from './arrangement.routes.ts';

export const arrangement = router()
  .openapi(routes.get, handlers.get)
  .openapi(routes.getPair, handlers.getPair)
  .openapi(routes.putPair, handlers.putPair)
  .openapi(routes.confirmPair, handlers.confirmPair)
  .openapi(routes.cancelPair, handlers.cancelPair);
