import { createRoute } from '@hono/zod-openapi';
import { ISSUE_EXAMPLE } from '../../http/examples.ts';
import { bearerSecurity, ifMatchHeader, jsonBody, jsonOk, problems } from '../../http/openapi.ts';
import { IdParam, page } from '../../schemas/fields.ts';
import {
  DraftPatch,
  DueQuery,
  DueSchema,
  ExerciseInput,
  ExerciseSchema,
  IssueInput,
  OpenPlanInput,
  PlanListQuery,
  PlanSchema,
  ReadinessSchema,
  RecognitionsSchema,
  RevisionParams,
  RevisionSchema,
  WithdrawInput,
  PlanSettingsInput,
  ExerciseHeldInput,
  ExerciseParams,
  ReissueReportSchema,
} from '../../schemas/plans.ts';

const tags = ['Plans'];
const security = bearerSecurity;

export const open = createRoute({
  method: 'post',
  path: '/api/plans',
  tags,
  security,
  operationId: 'openPlan',
  summary: "Open a ship's plan",
  description: "Open a vessel's plan with a first draft, prefilled from the vessel and company records",
  request: { body: jsonBody(OpenPlanInput, undefined, { vesselId: 8 }) },
  responses: { 201: jsonOk(PlanSchema, 'Opened; Location and ETag headers'), ...problems(400, 401, 403, 409, 422) },
});

export const list = createRoute({
  method: 'get',
  path: '/api/plans',
  tags,
  security,
  operationId: 'listPlans',
  summary: 'List plans',
  description: "Plans, with their status, staleness and recognition (operators see their own company's)",
  request: { query: PlanListQuery },
  responses: { 200: jsonOk(page(PlanSchema), 'A page of plans'), ...problems(400, 401, 403) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/plans/{id}',
  tags,
  security,
  operationId: 'getPlan',
  summary: 'One plan',
  description: 'One plan: status, current issued revision, open draft, record of amendments, recognition, exercises',
  request: { params: IdParam },
  responses: { 200: jsonOk(PlanSchema, 'The plan; ETag header for changes'), ...problems(400, 401, 403, 404) },
});

export const openDraft = createRoute({
  method: 'post',
  path: '/api/plans/{id}/draft',
  tags,
  security,
  operationId: 'openDraft',
  summary: 'Open the next revision as a draft',
  description: 'Open the next revision as a draft, starting from the last one',
  request: { params: IdParam, headers: ifMatchHeader },
  responses: { 201: jsonOk(PlanSchema, 'Draft opened'), ...problems(400, 401, 403, 404, 409, 412, 428) },
});

export const editDraft = createRoute({
  method: 'patch',
  path: '/api/plans/{id}/draft',
  tags,
  security,
  operationId: 'editDraft',
  summary: 'Edit the open draft',
  description: "Edit the open draft's plan-specific content; an issued revision never changes (409)",
  request: {
    params: IdParam,
    headers: ifMatchHeader,
    body: jsonBody(DraftPatch, undefined, { routeNotes: 'Outer Harbour – Sheung Wan, 24 sailings a day; night sailings by the Taipa route in typhoon season' }),
  },
  responses: { 200: jsonOk(PlanSchema, 'Edited; new ETag'), ...problems(400, 401, 403, 404, 409, 412, 415, 428) },
});

export const issue = createRoute({
  method: 'post',
  path: '/api/plans/{id}/issue',
  tags,
  security,
  operationId: 'issuePlan',
  summary: 'Issue the open draft',
  description:
    'Issue the open draft: refused (422 plan_not_ready) with every missing item while any module is incomplete. Issuing needs more than registering: GET /api/plans/{id}/readiness lists what is still missing and where to complete it',
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(IssueInput, undefined, ISSUE_EXAMPLE) },
  responses: { 200: jsonOk(PlanSchema, 'Issued; the previous revision is superseded'), ...problems(400, 401, 403, 404, 409, 412, 415, 422, 428) },
});

export const readiness = createRoute({
  method: 'get',
  path: '/api/plans/{id}/readiness',
  tags,
  security,
  operationId: 'checkIssueReadiness',
  summary: 'What issuing the open draft still needs',
  description:
    "Registering a company or a ship needs less than issuing its plan. Issuing also needs, among others: the company's alternate 24-hour number, the ship's EPIRB ID and medical facilities, the route's notes, and every agency's Module 3 and 4 blocks complete. This lists each item still missing, where to complete it, and the change the registry proposes; the home agency's registrars only",
  request: { params: IdParam },
  responses: { 200: jsonOk(ReadinessSchema, 'The open draft, checked as issuing would check it'), ...problems(400, 401, 403, 404, 409) },
});

export const withdraw = createRoute({
  method: 'post',
  path: '/api/plans/{id}/withdraw',
  tags,
  security,
  operationId: 'withdrawPlan',
  summary: 'Withdraw a plan',
  description: 'Withdraw the plan (the ship leaves the service)',
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(WithdrawInput, undefined, { reason: 'Ship sold out of the trade' }) },
  responses: { 200: jsonOk(PlanSchema, 'Withdrawn'), ...problems(400, 401, 403, 404, 409, 412, 415, 428) },
});

export const revision = createRoute({
  method: 'get',
  path: '/api/plans/{id}/revisions/{rev}',
  tags,
  security,
  operationId: 'getRevision',
  summary: 'One revision of a plan',
  description: 'One revision; an issued one with the snapshot of everything it prints',
  request: { params: RevisionParams },
  responses: { 200: jsonOk(RevisionSchema, 'The revision'), ...problems(400, 401, 403, 404) },
});

export const recognitions = createRoute({
  method: 'get',
  path: '/api/plans/{id}/recognitions',
  tags,
  security,
  operationId: 'listRecognitions',
  summary: "A plan's recognition by the other agencies",
  description: 'Recognition of each issued revision by the other two agencies, under the arrangement',
  request: { params: IdParam },
  responses: { 200: jsonOk(RecognitionsSchema, 'Recognition per revision'), ...problems(400, 401, 403, 404) },
});

export const addExercise = createRoute({
  method: 'post',
  path: '/api/plans/{id}/exercises',
  tags: ['Exercises'],
  security,
  operationId: 'recordExercise',
  summary: 'Record an exercise',
  description: 'Record a planned or held exercise (Module 5)',
  request: { params: IdParam, body: jsonBody(ExerciseInput) },
  responses: { 201: jsonOk(ExerciseSchema, 'Recorded'), ...problems(400, 401, 403, 404, 409, 415, 422) },
});

export const settings = createRoute({
  method: 'patch',
  path: '/api/plans/{id}/settings',
  tags,
  security,
  operationId: 'setPlanSettings',
  summary: "Set a plan's script and exercise interval",
  description: "The plan's own document script and agreed exercise interval (null: the compiling agency's)",
  request: { params: IdParam, headers: ifMatchHeader, body: jsonBody(PlanSettingsInput) },
  responses: { 200: jsonOk(PlanSchema, 'Changed'), ...problems(400, 401, 403, 404, 409, 412, 415, 428) },
});

export const exerciseHeld = createRoute({
  method: 'post',
  path: '/api/plans/{id}/exercises/{exerciseId}/held',
  tags: ['Exercises'],
  security,
  operationId: 'markExerciseHeld',
  summary: 'Mark a planned exercise as held',
  description: 'A planned exercise was held: it becomes the held one, not a second entry',
  request: { params: ExerciseParams, body: jsonBody(ExerciseHeldInput) },
  responses: { 200: jsonOk(ExerciseSchema, 'Recorded as held'), ...problems(400, 401, 403, 404, 409, 415) },
});

export const reissue = createRoute({
  method: 'post',
  path: '/api/plans/reissue-after-agency-changes',
  tags,
  security,
  operationId: 'reissueAfterAgencyChanges',
  summary: "Re-issue the plans an agency's change made stale",
  description:
    "Re-issue, as a minor revision each, every plan of the registrar's agency that is out of date only because an agency changed its Module 3 or 4 block",
  responses: { 200: jsonOk(ReissueReportSchema, 'What was renewed and what failed, with why'), ...problems(401, 403) },
});

export const due = createRoute({
  method: 'get',
  path: '/api/exercises/due',
  tags: ['Exercises'],
  security,
  operationId: 'listExercisesDue',
  summary: 'Exercises overdue or falling due',
  description: 'Plans whose next exercise is overdue or falls due within the period',
  request: { query: DueQuery },
  responses: { 200: jsonOk(DueSchema, 'Due and overdue, soonest first'), ...problems(400, 401) },
});

export type OpenRoute = typeof open;
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type ReadinessRoute = typeof readiness;
export type OpenDraftRoute = typeof openDraft;
export type EditDraftRoute = typeof editDraft;
export type IssueRoute = typeof issue;
export type WithdrawRoute = typeof withdraw;
export type RevisionRoute = typeof revision;
export type RecognitionsRoute = typeof recognitions;
export type AddExerciseRoute = typeof addExercise;
export type DueRoute = typeof due;
export type SettingsRoute = typeof settings;
export type ExerciseHeldRoute = typeof exerciseHeld;
export type ReissueRoute = typeof reissue;
