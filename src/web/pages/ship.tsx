import type { FC } from 'hono/jsx';
import type { Company } from '../../domain/company.ts';
import type { Port } from '../../domain/ports.ts';
import type { Vessel } from '../../domain/vessel.ts';
import { L, VESSEL_STATUS, VESSEL_TYPE } from '../../labels.ts';
import type { PlanView } from '../../services/plans.ts';
import { nameIn, say, W } from '../i18n.ts';
import { Badge, Layout, PlanStatus, Tel, type View } from '../layout.tsx';
import type { Transfer } from '../../domain/transfer.ts';
import { RegistryHistory } from './life.tsx';

type History = { transfers: Transfer[]; mayRelease: boolean; mayCancel: boolean; mayAccept: boolean };

export const ShipPage: FC<{
  view: View;
  vessel: Vessel;
  company: Company;
  ports: Port[];
  plan: PlanView | null;
  mayWrite: boolean;
  beacon: string | null;
  history: History;
  mayPropose: boolean;
  notice?: string;
}> = ({ view, vessel: v, company: c, ports, plan, mayWrite, beacon, history, mayPropose, notice }) => {
  const lang = view.lang;
  const t = (b: { zh: string; en: string }) => say(lang, b);
  const row = (label: { zh: string; en: string }, value: unknown) => (
    <>
      <dt>{t(label)}</dt>
      <dd>{value === null || value === undefined || value === '' ? '—' : value}</dd>
    </>
  );
  return (
    <Layout view={view} title={`${v.nameZh} ${v.nameEn}`}>
      <h1>
        {v.nameZh} · {v.nameEn} <Badge kind={v.status === 'in_service' ? 'current' : 'withdrawn'} text={t(VESSEL_STATUS[v.status])} />
      </h1>
      {notice && <p class="notice ok">{notice}</p>}
      {mayWrite && (
        <div class="actions">
          <a href={`/ships/${v.id}/edit`}>{t(W.edit)}</a>
          {(!plan || plan.withdrawn) && v.status !== 'withdrawn' && !history.transfers.some((x) => x.state === 'released') && (
            <form method="post" action={`/ships/${v.id}/plan`} class="inline">
              <button class="primary" type="submit">
                {t(W.openPlan)}
              </button>
            </form>
          )}
        </div>
      )}
      {mayPropose && (
        <div class="actions">
          <a href={`/proposals/new?vessel=${v.id}`}>{t(W.proposeChange)}</a>
        </div>
      )}
      <RegistryHistory view={view} vesselId={v.id} version={v.version} {...history} />
      <h2>{t(W.plan)}</h2>
      {plan ? (
        <p>
          <a href={`/plans/${plan.id}`}>{plan.planNumber}</a> <PlanStatus plan={plan} lang={lang} />
          {plan.current && ` ${t(L.revision)} ${plan.current.revision} · ${plan.current.issuedOn}`}
        </p>
      ) : (
        <p class="help">{t(W.noPlan)}</p>
      )}
      <h2>{t(L.module2)}</h2>
      <dl class="facts">
        {row(L.imo, v.imoNumber)}
        {row(L.nationalReg, v.nationalRegistrationNumber)}
        {row(L.mmsi, v.mmsi)}
        {row(L.callSign, v.callSign)}
        {row(L.registry, `${v.portOfRegistry} (${v.areaOfRegistry})`)}
        {row(L.type, t(VESSEL_TYPE[v.type]))}
        {row(L.tonnage, `${v.grossTonnage} GT / ${v.lengthMetres} m`)}
        {row(L.colours, `${v.hullColour} / ${v.superstructureColour}`)}
        {row(L.marks, v.identifyingMarks)}
        {row(L.persons, `${v.maxPassengers} / ${v.crew}`)}
        {row(L.epirb, v.epirbHexId && beacon ? `${v.epirbHexId} (${beacon})` : v.epirbHexId)}
        {row(L.bridgePhone, <Tel number={v.communications.bridgePhone} />)}
        {row(L.vhf, v.communications.vhf)}
        {row(L.satellite, v.communications.satellite.join(', '))}
        {row(L.ports, ports.map((p) => nameIn(lang, p)).join(' – '))}
        {row(
          L.lifeSaving,
          [
            `${t({ zh: '救生筏', en: 'Liferafts' })} ${v.lifeSaving.liferafts} (${v.lifeSaving.liferaftCapacity} ${t({ zh: '人', en: 'persons' })})`,
            `${t({ zh: '海上撤離系統', en: 'Marine evacuation systems' })} ${v.lifeSaving.marineEvacuationSystems}`,
            `${t({ zh: '救助艇', en: 'Rescue boats' })} ${v.lifeSaving.rescueBoats}`,
          ].join(' · '),
        )}
        {row(L.winching, v.helicopterWinchingArea)}
        {row(L.medical, v.medicalFacilities)}
        {row(L.formerNames, v.formerNames.map((f) => [f.nameZh, f.nameEn, f.until].filter(Boolean).join(' ')).join('\n'))}
      </dl>
      <h2>{t(L.module1)}</h2>
      <dl class="facts">
        {row(L.nameZh, c.nameZh)}
        {row(L.nameEn, c.nameEn)}
        {row(L.emergencyPhone, <Tel number={c.emergencyPhone} />)}
        {row(L.emergencyPhoneAlt, <Tel number={c.emergencyPhoneAlt} />)}
        {row(L.dpa, `${c.designatedPerson.name} · ${c.designatedPerson.phone} · ${c.designatedPerson.email}`)}
        {row(L.ert, `${c.emergencyTeam.name} · ${c.emergencyTeam.phone}`)}
      </dl>
    </Layout>
  );
};
