import { Hono } from 'hono';
import { whoOf } from '../../http/context.ts';
import type { FieldProblem } from '../../errors.ts';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { AcceptInput, ReleaseInput } from '../../schemas/transfers.ts';
import { DecisionInput, ProposalInput } from '../../schemas/proposals.ts';
import { COMPANY_PROPOSABLE, VESSEL_PROPOSABLE } from '../../domain/proposal.ts';
import { acceptVessel, cancelRelease, openTransfers, releaseVessel, vesselForAcceptance, vesselForRelease } from '../../services/transfers.ts';
import {
  decideProposal,
  listProposalPage,
  proposalDetail,
  proposalRecordNames,
  proposeChange,
  recordForProposal,
  withdrawProposal,
} from '../../services/proposals.ts';
import { cursorParam, errorsByField, langOf, formFields, formVersion, idParam, nextPageLink, page, submitForm, viewOf } from '../context.ts';
import { companyFromForm, companyToForm, vesselFromForm, vesselToForm } from '../forms.ts';
import { AcceptForm, ProposalForm, ProposalPage, ProposalsPage, ReleaseForm, TransfersPage } from '../pages/life.tsx';
import type { Company } from '../../domain/company.ts';
import type { Vessel } from '../../domain/vessel.ts';

const optional = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
const ifGiven = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** Only the fields an operator may propose, from a form of them. */
function proposedFromForm(recordType: 'company' | 'vessel', f: Record<string, string>) {
  const all: Record<string, unknown> = recordType === 'company' ? companyFromForm(f) : vesselFromForm(f);
  const keys: readonly string[] = recordType === 'company' ? COMPANY_PROPOSABLE : VESSEL_PROPOSABLE;
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
}

/** Problems with `changes.x` belong beside the form's field `x`. */
const besideFields = (c: Context<AppEnv>, problems: FieldProblem[]) =>
  errorsByField(
    langOf(c),
    problems.map((p) => ({ ...p, field: p.field.replace(/^changes\./, '') })),
  );

/** Transfer of registry and operators' proposals: the pages over the same services as the API. */
export const lifePages = new Hono<AppEnv>()
  .get('/transfers', async (c) => {
    const { incoming, outgoing } = await openTransfers(c.get('deps').db, whoOf(c));
    return page(c, <TransfersPage view={viewOf(c)} incoming={incoming} outgoing={outgoing} />);
  })
  .get('/ships/:id/release', async (c) => {
    const vessel = await vesselForRelease(c.get('deps').db, whoOf(c), idParam(c));
    return page(c, <ReleaseForm view={viewOf(c)} vessel={vessel} values={{ version: vessel.version }} errors={{}} />);
  })
  .post('/ships/:id/release', async (c) => {
    const { db, now } = c.get('deps');
    const vessel = await vesselForRelease(db, whoOf(c), idParam(c));
    const f = await formFields(c);
    return submitForm(
      ReleaseInput,
      { toArea: f.toArea, note: optional(f.note) },
      async (input) => {
        await releaseVessel(db, whoOf(c), vessel.id, formVersion(f), input, now());
        return c.redirect(`/ships/${vessel.id}?saved=1`, 303);
      },
      (problems, status) => page(c, <ReleaseForm view={viewOf(c)} vessel={vessel} values={f} errors={errorsByField(langOf(c), problems)} />, status),
    );
  })
  .post('/ships/:id/release/cancel', async (c) => {
    const f = await formFields(c);
    await cancelRelease(c.get('deps').db, whoOf(c), idParam(c), formVersion(f), c.get('deps').now());
    return c.redirect(`/ships/${idParam(c)}?saved=1`, 303);
  })
  .get('/ships/:id/accept', async (c) => {
    const { vessel, transfer } = await vesselForAcceptance(c.get('deps').db, whoOf(c), idParam(c));
    return page(c, <AcceptForm view={viewOf(c)} vessel={vessel} from={transfer.fromArea} values={{ version: vessel.version }} errors={{}} />);
  })
  .post('/ships/:id/accept', async (c) => {
    const { db, now } = c.get('deps');
    const { vessel, transfer } = await vesselForAcceptance(db, whoOf(c), idParam(c));
    const f = await formFields(c);
    const input = {
      mmsi: f.mmsi?.trim(),
      callSign: f.callSign?.trim(),
      portOfRegistry: f.portOfRegistry?.trim(),
      epirbHexId: optional(f.epirbHexId),
      ...(ifGiven(f.nationalRegistrationNumber) ? { nationalRegistrationNumber: ifGiven(f.nationalRegistrationNumber) } : {}),
      ...(ifGiven(f.nameZh) ? { nameZh: ifGiven(f.nameZh) } : {}),
      ...(ifGiven(f.nameEn) ? { nameEn: ifGiven(f.nameEn) } : {}),
    };
    return submitForm(
      AcceptInput,
      input,
      async (reg) => {
        await acceptVessel(db, whoOf(c), vessel.id, formVersion(f), reg, now());
        return c.redirect(`/ships/${vessel.id}?saved=1`, 303);
      },
      (problems, status) =>
        page(c, <AcceptForm view={viewOf(c)} vessel={vessel} from={transfer.fromArea} values={f} errors={errorsByField(langOf(c), problems)} />, status),
    );
  })
  .get('/proposals', async (c) => {
    const { db } = c.get('deps');
    const list = await listProposalPage(db, whoOf(c), { cursor: cursorParam(c), limit: 50 });
    return page(
      c,
      <ProposalsPage view={viewOf(c)} items={list.items} names={await proposalRecordNames(db, list.items)} next={nextPageLink(c, list.nextCursor)} />,
    );
  })
  .get('/proposals/new', async (c) => {
    const recordType = c.req.query('vessel') ? 'vessel' : 'company';
    const recordId = Number(c.req.query(recordType) ?? c.get('principal').companyId);
    const { name, current } = await recordForProposal(c.get('deps').db, whoOf(c), { recordType, recordId: Number.isInteger(recordId) ? recordId : 0 });
    const values = recordType === 'company' ? companyToForm(current as Company) : vesselToForm(current as Vessel, viewOf(c).lang);
    return page(c, <ProposalForm view={viewOf(c)} recordType={recordType} recordId={recordId} name={name} values={values} errors={{}} />);
  })
  .post('/proposals', async (c) => {
    const { db, now } = c.get('deps');
    const f = await formFields(c);
    const recordType = f.recordType === 'vessel' ? 'vessel' : 'company';
    const recordId = Number(f.recordId);
    const { name } = await recordForProposal(db, whoOf(c), { recordType, recordId: Number.isInteger(recordId) ? recordId : 0 });
    return submitForm(
      ProposalInput,
      { recordType, recordId, changes: proposedFromForm(recordType, f), note: optional(f.note) },
      async (input) => c.redirect(`/proposals/${(await proposeChange(db, whoOf(c), input, now())).id}`, 303),
      (problems, status) =>
        page(
          c,
          <ProposalForm view={viewOf(c)} recordType={recordType} recordId={recordId} name={name} values={f} errors={besideFields(c, problems)} />,
          status,
        ),
    );
  })
  .get('/proposals/:id', async (c) => {
    const detail = await proposalDetail(c.get('deps').db, whoOf(c), idParam(c));
    return page(c, <ProposalPage view={viewOf(c)} detail={detail} errors={{}} values={{}} />);
  })
  .post('/proposals/:id/decision', async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c);
    const f = await formFields(c);
    return submitForm(
      DecisionInput,
      { decision: f.decision, reason: f.decision === 'reject' ? (f.reason ?? '') : optional(f.reason) },
      async (d) => {
        await decideProposal(db, whoOf(c), id, formVersion(f), d, now());
        return c.redirect(`/proposals/${id}`, 303);
      },
      async (problems, status) =>
        page(
          c,
          <ProposalPage view={viewOf(c)} detail={await proposalDetail(db, whoOf(c), id)} errors={errorsByField(langOf(c), problems)} values={f} />,
          status,
        ),
    );
  })
  .post('/proposals/:id/withdraw', async (c) => {
    const f = await formFields(c);
    await withdrawProposal(c.get('deps').db, whoOf(c), idParam(c), formVersion(f), c.get('deps').now());
    return c.redirect(`/proposals/${idParam(c)}`, 303);
  });
