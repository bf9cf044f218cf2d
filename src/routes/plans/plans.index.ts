import { router } from '../../http/router.ts';
import * as handlers from './plans.handlers.ts';
import * as routes from './plans.routes.ts';

export const plans = router()
  .openapi(routes.reissue, handlers.reissue)
  .openapi(routes.open, handlers.open)
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.readiness, handlers.readiness)
  .openapi(routes.openDraft, handlers.openDraft)
  .openapi(routes.editDraft, handlers.editDraft)
  .openapi(routes.issue, handlers.issue)
  .openapi(routes.withdraw, handlers.withdraw)
  .openapi(routes.revision, handlers.revision)
  .openapi(routes.recognitions, handlers.recognitions)
  .openapi(routes.addExercise, handlers.addExercise)
  .openapi(routes.settings, handlers.settings)
  .openapi(routes.exerciseHeld, handlers.exerciseHeld)
  .openapi(routes.due, handlers.due);
