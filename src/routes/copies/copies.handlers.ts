import type { Context } from 'hono';
import { controlledCopies } from '../../domain/copies.ts';
import { mayAcknowledgeCopy, mayDownloadCopy } from '../../domain/copy-access.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { fieldProblems } from '../../http/problem.ts';
import { recordAudit } from '../../store/audit.ts';
import { acknowledgeCopy, copiesOfRevision, copyPdf } from '../../store/copies.ts';
import { getRevision, listRevisions, type Plan, type Revision } from '../../store/plans.ts';
import { getVessel } from '../../store/vessels.ts';
import { copyState, verifyCopy } from '../../services/copies.ts';
import { requirePlan } from '../../services/plans.ts';
import { mayReadCompanyRecord } from '../../domain/access.ts';
import type { AcknowledgeRoute, DownloadRoute, ListRoute, VerifyRoute } from './copies.routes.ts';
import { VerifyJson } from './copies.routes.ts';

type C = Context<AppEnv>;

/** The plan, its company and an issued (or superseded) revision, if the caller may see the plan at all. */
async function issuedRevision(c: C, id: number, rev: number): Promise<{ plan: Plan; companyId: number; revision: Revision }> {
  const { db } = c.get('deps');
  const plan = await requirePlan(db, id);
  const vessel = (await getVessel(db, plan.vesselId))!;
  if (!mayReadCompanyRecord(c.get('principal'), vessel.companyId)) throw forbidden("Operators see only their own company's plans");
  const revision = await getRevision(db, id, rev);
  if (!revision || revision.state === 'draft') throw notFound(`Issued revision ${rev} of plan ${plan.planNumber}`);
  return { plan, companyId: vessel.companyId, revision };
}

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
  const { plan, companyId, revision } = await issuedRevision(c, id, rev);
  if (!mayDownloadCopy(c.get('principal'), n, { homeAgency: plan.homeAgency, companyId })) {
    throw forbidden(`Copy ${n} is not yours to download: each holder gets its own copy`);
  }
  const pdf = await copyPdf(c.get('deps').db, revision.id, n);
  if (!pdf) throw notFound(`Copy ${n} of revision ${rev}`);
  const holder = controlledCopies(revision.snapshot!)[n - 1]!.holder;
  const filename = `${plan.planNumber}-rev${revision.revision}-copy${n}-${holder}.pdf`;
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
  const principal = c.get('principal');
  const { plan, companyId, revision } = await issuedRevision(c, id, rev);
  if (!mayAcknowledgeCopy(principal, n, { companyId })) throw forbidden(`Only the holder of copy ${n} acknowledges it`);
  if (revision.state !== 'issued' || plan.withdrawnOn) {
    throw conflict(`Revision ${rev} of ${plan.planNumber} is no longer current; acknowledge the current revision instead`);
  }
  const at = now().toISOString();
  const stored = (await copiesOfRevision(db, revision.id)).find((x) => x.number === n)!;
  const fresh = await db.transaction().execute(async (trx) => {
    const done = await acknowledgeCopy(trx, stored.id, `${principal.name}${principal.agency ? ` (${principal.agency})` : ''}`, at);
    if (done) {
      await recordAudit(trx, {
        actor: principal,
        requestId: c.get('requestId'),
        action: 'copy.acknowledge',
        record: { type: 'copy', id: `${plan.planNumber}/${rev}/${n}`, agency: plan.homeAgency },
        before: null,
        after: { acknowledgedAt: at },
        at,
      });
    }
    return done;
  });
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
