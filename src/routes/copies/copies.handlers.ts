import type { Context } from 'hono';
import { controlledCopies } from '../../domain/copies.ts';
import { mayDownloadCopy } from '../../domain/copy-access.ts';
import { AppError } from '../../errors.ts';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { fieldProblems } from '../../http/problem.ts';
import { copiesOfRevision } from '../../store/copies.ts';
import { listRevisions, type Plan, type Revision } from '../../store/plans.ts';
import { acknowledgeReceipt, copyForDownload, copyState, readableRevision, verifyCopy } from '../../services/copies.ts';
import type { AcknowledgeRoute, DownloadRoute, ListRoute, VerifyRoute } from './copies.routes.ts';
import { VerifyJson } from './copies.routes.ts';

type C = Context<AppEnv>;

const issuedRevision = (c: C, id: number, rev: number) => readableRevision(c.get('deps').db, c.get('principal'), id, rev);

async function copyViews(c: C, plan: Plan, companyId: number, revision: Revision) {
  const names = controlledCopies(revision.snapshot!);
  const stored = await copiesOfRevision(c.get('deps').db, revision.id);
  const state = copyState(revision.state, plan.withdrawnOn);
  return stored.map((s) => ({
    number: s.number,
    holder: s.holder,
    holderNameZh: names[s.number - 1]!.nameZh,
    holderNameEn: names[s.number - 1]!.nameEn,
    sha256: s.sha256,
    size: s.size,
    state,
    acknowledgedAt: s.acknowledgedAt,
    acknowledgedBy: s.acknowledgedBy,
    mayDownload: mayDownloadCopy(c.get('principal'), s.number, { homeAgency: plan.homeAgency, companyId }),
  }));
}

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { id, rev } = c.req.valid('param');
  const { plan, companyId, revision } = await issuedRevision(c, id, rev);
  const copies = await copyViews(c, plan, companyId, revision);
  const later = (await listRevisions(c.get('deps').db, id)).find((r) => r.revision > revision.revision && r.state !== 'draft');
  return c.json(
    {
      planNumber: plan.planNumber,
      revision: revision.revision,
      state: revision.state as 'issued' | 'superseded',
      supersededBy: later?.revision ?? null,
      copies,
      unacknowledged: copies.filter((x) => !x.acknowledgedAt).map((x) => x.number),
    },
    200,
  );
};

export const download: AppRouteHandler<DownloadRoute> = async (c) => {
  const { id, rev, n } = c.req.valid('param');
  const { pdf, filename } = await copyForDownload(c.get('deps').db, c.get('principal'), id, rev, n);
  return c.body(new Uint8Array(pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Content-Length': String(pdf.byteLength),
    'Cache-Control': 'private, no-store',
  }) as never;
};

export const acknowledge: AppRouteHandler<AcknowledgeRoute> = async (c) => {
  const { db, now } = c.get('deps');
  const { id, rev, n } = c.req.valid('param');
  const fresh = await acknowledgeReceipt(db, { principal: c.get('principal'), requestId: c.get('requestId') }, id, rev, n, now());
  const { plan, companyId, revision } = await issuedRevision(c, id, rev);
  const view = (await copyViews(c, plan, companyId, revision)).find((x) => x.number === n)!;
  return c.json(view, fresh ? 201 : 200);
};

export const verify: AppRouteHandler<VerifyRoute> = async (c) => {
  const { db } = c.get('deps');
  const type = c.req.header('Content-Type') ?? '';
  let evidence: Parameters<typeof verifyCopy>[1];
  if (/^application\/json/i.test(type)) {
    const parsed = VerifyJson.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) throw new AppError('validation_failed', 'Send {"sha256": …} or {"code": …}', fieldProblems(parsed.error));
    evidence = parsed.data.sha256 ? { sha256: parsed.data.sha256 } : { code: parsed.data.code! };
  } else if (/^multipart\/form-data/i.test(type)) {
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File)) throw new AppError('validation_failed', 'Attach the PDF as the form field "file"', [{ field: 'file', message: 'is required' }]);
    evidence = { pdf: new Uint8Array(await file.arrayBuffer()) };
  } else {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw new AppError('bad_request', 'Send the PDF as the body (application/pdf), or JSON with its sha256 or printed code');
    evidence = { pdf: bytes };
  }
  return c.json(await verifyCopy(db, evidence), 200);
};
