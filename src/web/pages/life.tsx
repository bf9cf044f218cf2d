import type { FC } from 'hono/jsx';
import { AREAS, type AreaCode } from '../../domain/areas.ts';
import type { Proposal, ProposalState } from '../../domain/proposal.ts';
import type { Transfer } from '../../domain/transfer.ts';
import type { OpenTransferView } from '../../services/transfers.ts';
import type { ProposalDetail } from '../../services/proposals.ts';
import { say, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, FormErrors, Layout, NextPage, PostButton, fieldsOf, type View } from '../layout.tsx';
import { communicationsFields, companyContactFields, lifeSavingFields } from './registry.tsx';

// A ship's life in the pages: transfer of registry (release, accept) and the operator's proposals.

type Values = Record<string, string | number | null | undefined>;
const area = (lang: View['lang'], a: AreaCode) => say(lang, `area.${a}`);

/** The ship's registers before this one, and the release waiting, for the ship's page. */
export const RegistryHistory: FC<{
  view: View;
  vesselId: number;
  transfers: Transfer[];
  mayRelease: boolean;
  mayCancel: boolean;
  mayAccept: boolean;
  version: number;
}> = ({ view, vesselId, transfers, mayRelease, mayCancel, mayAccept, version }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const open = transfers.find((x) => x.state === 'released');
  const done = transfers.filter((x) => x.state === 'accepted');
  if (!open && done.length === 0 && !mayRelease) return null;
  return (
    <section aria-labelledby="registry-history">
      <h2 id="registry-history">{t('page.registryHistory')}</h2>
      {done.length > 0 && (
        <ul>
          {done.map((x) => (
            <li>
              {area(lang, x.fromArea)} → {area(lang, x.toArea)}, {x.decidedAt!.slice(0, 10)}. {t('page.formerly')}: {x.former.nameZh} · {x.former.nameEn} · MMSI{' '}
              {x.former.mmsi} · {t('doc.callSign')} {x.former.callSign} · {x.former.portOfRegistry}
              {x.former.epirbHexId ? ` · ${t('doc.epirb')} ${x.former.epirbHexId}` : ''}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <p class="notice">
          {t('page.releasedTo')} {area(lang, open.toArea)} ({open.releasedAt.slice(0, 10)}, {open.releasedBy}) — {t('page.awaiting')}
          {open.note && <> · {open.note}</>}
        </p>
      )}
      <div class="actions">
        {mayAccept && open && (
          <a class="button primary" href={`/ships/${vesselId}/accept`}>
            {t('page.acceptTitle')}
          </a>
        )}
        {mayCancel && open && <PostButton action={`/ships/${vesselId}/release/cancel`} version={version} label={t('page.cancelRelease')} />}
        {mayRelease && !open && <a href={`/ships/${vesselId}/release`}>{t('page.releaseTitle')}</a>}
      </div>
    </section>
  );
};

export const ReleaseForm: FC<{
  view: View;
  vessel: { id: number; nameZh: string; nameEn: string; areaOfRegistry: AreaCode };
  values: Values;
  errors: Record<string, string>;
}> = ({ view, vessel, values, errors }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const f = fieldsOf(lang, values, errors);
  const others = AREAS.filter((a) => a !== vessel.areaOfRegistry);
  return (
    <Layout view={view} title={t('page.releaseTitle')}>
      <h1>
        {t('page.releaseTitle')}: {vessel.nameZh} · {vessel.nameEn}
      </h1>
      <p class="help">{t('page.releaseHelp')}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={`/ships/${vessel.id}/release`} class="stack" novalidate>
        <input type="hidden" name="version" value={String(values.version ?? '')} />
        {f('toArea', 'page.toArea', { options: others.map((a) => ({ value: a, label: area(lang, a) })) })}
        {f('note', 'page.note', { textarea: true })}
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.release')}
          </button>
          <a href={`/ships/${vessel.id}`}>{t('page.back')}</a>
        </div>
      </form>
    </Layout>
  );
};

export const AcceptForm: FC<{
  view: View;
  vessel: { id: number; nameZh: string; nameEn: string; imoNumber: string | null };
  from: AreaCode;
  values: Values;
  errors: Record<string, string>;
}> = ({ view, vessel, from, values, errors }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const f = fieldsOf(lang, values, errors);
  return (
    <Layout view={view} title={t('page.acceptTitle')}>
      <h1>
        {t('page.acceptTitle')}: {vessel.nameZh} · {vessel.nameEn}
      </h1>
      <p>
        {t('page.from')} {area(lang, from)}
        {vessel.imoNumber && ` · IMO ${vessel.imoNumber}`}
      </p>
      <p class="help">{t('page.acceptHelp')}</p>
      <FormErrors view={view} errors={errors} />
      <form method="post" action={`/ships/${vessel.id}/accept`} class="stack" novalidate>
        <input type="hidden" name="version" value={String(values.version ?? '')} />
        <fieldset>
          {f('mmsi', 'doc.mmsi', { required: true })}
          {f('callSign', 'doc.callSign', { required: true })}
          {f('portOfRegistry', 'doc.registry', { required: true })}
          {f('epirbHexId', 'doc.epirb')}
          {f('nationalRegistrationNumber', 'doc.nationalReg')}
        </fieldset>
        <fieldset>
          {f('nameZh', 'doc.nameZh')}
          {f('nameEn', 'doc.nameEn')}
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.accept')}
          </button>
          <a href={`/ships/${vessel.id}`}>{t('page.back')}</a>
        </div>
      </form>
    </Layout>
  );
};

export const TransfersPage: FC<{ view: View; incoming: OpenTransferView[]; outgoing: OpenTransferView[] }> = ({ view, incoming, outgoing }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const list = (items: OpenTransferView[], other: (x: OpenTransferView) => AreaCode) =>
    items.length ? (
      <ul>
        {items.map((x) => (
          <li>
            <a href={`/ships/${x.vessel.id}`}>
              {x.vessel.nameZh} · {x.vessel.nameEn}
            </a>{' '}
            — {area(lang, other(x))}, {x.releasedAt.slice(0, 10)} ({x.releasedBy}){x.note && ` · ${x.note}`}
          </li>
        ))}
      </ul>
    ) : (
      <p class="help">{t('page.nothingWaiting')}</p>
    );
  return (
    <Layout view={view} title={t('page.transfers')}>
      <h1>{t('page.transfers')}</h1>
      <h2>{t('page.incoming')}</h2>
      {list(incoming, (x) => x.fromArea)}
      <h2>{t('page.outgoing')}</h2>
      {list(outgoing, (x) => x.toArea)}
    </Layout>
  );
};

const STATE_WORD: Record<ProposalState, Key> = {
  open: 'page.proposalOpen',
  approved: 'page.proposalApproved',
  rejected: 'page.proposalRejected',
  withdrawn: 'page.proposalWithdrawn',
};
const STATE_BADGE: Record<ProposalState, string> = { open: 'draft', approved: 'current', rejected: 'withdrawn', withdrawn: 'withdrawn' };

/** The words for each field an operator may propose. */
export const PROPOSED_FIELD: Record<string, Key> = {
  emergencyPhone: 'doc.emergencyPhone',
  emergencyPhoneAlt: 'doc.emergencyPhoneAlt',
  designatedPerson: 'doc.dpa',
  emergencyTeam: 'doc.ert',
  mediaContact: 'doc.media',
  communications: 'page.communications',
  lifeSaving: 'doc.lifeSaving',
  hullColour: 'column.ships.hullColour',
  superstructureColour: 'column.ships.superstructureColour',
  identifyingMarks: 'doc.marks',
};

/** A record's value as a registrar compares it: nested contacts as one line, empty parts left out. */
function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(shown).join(', ') : '—';
  if (typeof v === 'object') {
    const parts = Object.values(v as Record<string, unknown>).filter((x) => x !== null && x !== '' && !(Array.isArray(x) && x.length === 0));
    return parts.length ? parts.map(shown).join(' · ') : '—';
  }
  return String(v);
}

export const ProposalsPage: FC<{ view: View; items: Proposal[]; names: Map<string, string>; next?: string }> = ({ view, items, names, next }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <Layout view={view} title={t('page.proposals')}>
      <h1>{t('page.proposals')}</h1>
      {items.length ? (
        <table>
          <tbody>
            {items.map((p) => (
              <tr>
                <td>
                  <a href={`/proposals/${p.id}`}>#{p.id}</a>
                </td>
                <td>{names.get(`${p.recordType}:${p.recordId}`) ?? `${p.recordType} ${p.recordId}`}</td>
                <td>
                  {Object.keys(p.changes)
                    .map((k) => (PROPOSED_FIELD[k] ? t(PROPOSED_FIELD[k]!) : k))
                    .join('、')}
                </td>
                <td>
                  {p.proposedAt.slice(0, 10)} · {p.proposedBy.name}
                </td>
                <td>
                  <Badge kind={STATE_BADGE[p.state]} text={t(STATE_WORD[p.state])} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="help">{t('page.nothingWaiting')}</p>
      )}
      <NextPage href={next} lang={lang} />
    </Layout>
  );
};

export const ProposalPage: FC<{ view: View; detail: ProposalDetail; errors: Record<string, string>; values: Values }> = ({ view, detail, errors, values }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const { proposal: p, record, comparison, mayDecide, mayWithdraw } = detail;
  const f = fieldsOf(lang, values, errors);
  const recordLink = p.recordType === 'vessel' ? `/ships/${p.recordId}` : null;
  // Once decided, the value the record held then: after an approval, "now recorded" is the proposed value itself.
  const decided = comparison.some((c) => 'replaced' in c);
  return (
    <Layout view={view} title={`${t('page.proposal')} #${p.id}`}>
      <h1>
        {t('page.proposal')} #{p.id}: {recordLink ? <a href={recordLink}>{record.name}</a> : record.name}{' '}
        <Badge kind={STATE_BADGE[p.state]} text={t(STATE_WORD[p.state])} />
      </h1>
      <p>
        {t('page.proposedBy')}: {p.proposedBy.name}, {p.proposedAt.slice(0, 16).replace('T', ' ')} UTC
        {p.note && (
          <>
            <br />
            {t('page.note')}: {p.note}
          </>
        )}
      </p>
      {p.decidedBy && (
        <p class={p.state === 'rejected' ? 'notice' : 'notice ok'}>
          {t(STATE_WORD[p.state])}: {p.decidedBy.name}, {p.decidedAt!.slice(0, 10)}
          {p.reason && ` — ${p.reason}`}
        </p>
      )}
      <div class="wide">
        <table>
          <thead>
            <tr>
              <th>{t('page.field')}</th>
              {decided && <th>{t(p.state === 'approved' ? 'page.replacedValue' : 'page.valueWhenDecided')}</th>}
              <th>{t('page.proposedValue')}</th>
              <th>{t('page.nowRecorded')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.map((c) => (
              <tr>
                <th scope="row">{PROPOSED_FIELD[c.field] ? t(PROPOSED_FIELD[c.field]!) : c.field}</th>
                {decided && <td>{shown(c.replaced)}</td>}
                <td>
                  <strong>{shown(c.proposed)}</strong>
                </td>
                <td>{shown(c.current)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mayDecide && (
        <>
          <FormErrors view={view} errors={errors} />
          <form method="post" action={`/proposals/${p.id}/decision`} class="inline">
            <input type="hidden" name="version" value={String(p.version)} />
            <input type="hidden" name="decision" value="approve" />
            <button class="primary" type="submit">
              {t('page.approve')}
            </button>
          </form>
          <form method="post" action={`/proposals/${p.id}/decision`} class="stack" novalidate>
            <input type="hidden" name="version" value={String(p.version)} />
            <input type="hidden" name="decision" value="reject" />
            {f('reason', 'page.rejectReason', { textarea: true })}
            <div class="actions">
              <button type="submit">{t('page.reject')}</button>
            </div>
          </form>
        </>
      )}
      {mayWithdraw && <PostButton action={`/proposals/${p.id}/withdraw`} version={p.version} label={t('page.withdrawProposal')} />}
    </Layout>
  );
};

/** The operator's form: the fields it may change, filled with the record's values now. */
export const ProposalForm: FC<{
  view: View;
  recordType: 'company' | 'vessel';
  recordId: number;
  name: string;
  values: Values;
  errors: Record<string, string>;
}> = ({ view, recordType, recordId, name, values, errors }) => {
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const f = fieldsOf(lang, values, errors);
  return (
    <Layout view={view} title={t('page.proposeChange')}>
      <h1>
        {t('page.proposeChange')}: {name}
      </h1>
      <p class="help">{t('page.proposeHelp')}</p>
      <FormErrors view={view} errors={errors} />
      {errors.changes && (
        <p class="error" role="alert">
          {errors.changes}
        </p>
      )}
      <form method="post" action="/proposals" class="stack" novalidate>
        <input type="hidden" name="recordType" value={recordType} />
        <input type="hidden" name="recordId" value={String(recordId)} />
        {recordType === 'company' ? (
          companyContactFields(f, t)
        ) : (
          <>
            <fieldset>
              <legend>{t('page.communications')}</legend>
              {communicationsFields(f)}
            </fieldset>
            <fieldset>
              <legend>{t('doc.lifeSaving')}</legend>
              {lifeSavingFields(f)}
            </fieldset>
            <fieldset>
              <legend>{t('page.colours')}</legend>
              {f('hullColour', PROPOSED_FIELD.hullColour!)}
              {f('superstructureColour', PROPOSED_FIELD.superstructureColour!)}
              {f('identifyingMarks', 'doc.marks')}
            </fieldset>
          </>
        )}
        {f('note', 'page.note', { textarea: true })}
        <div class="actions">
          <button class="primary" type="submit">
            {t('page.propose')}
          </button>
        </div>
      </form>
    </Layout>
  );
};
