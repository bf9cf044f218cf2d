import type { FC } from 'hono/jsx';
import type { ShipDetail } from '../../services/registry.ts';
import { nameIn, say, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, Layout, PlanStatus, Tel, type View } from '../layout.tsx';
import type { Transfer } from '../../domain/transfer.ts';
import { RegistryHistory } from './life.tsx';

type History = { transfers: Transfer[]; mayRelease: boolean; mayCancel: boolean; mayAccept: boolean };

export const ShipPage: FC<
  ShipDetail & {
    view: View;
    history: History;
    mayPropose: boolean;
    notice?: string;
  }
> = ({ view, vessel: v, company: c, ports, plan, incomingPlan, mayWrite, beacon, history, mayPropose, notice }) => {
  // The home agency opens a plan when it has none in force: a plan handed over in a transfer is another agency's.
  const mayOpenPlan = (!plan || plan.withdrawn || plan.homeAgency !== v.homeAgency) && !incomingPlan;
  const lang = view.lang;
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const row = (label: Key, value: unknown) => (
    <>
      <dt>{t(label)}</dt>
      <dd>{value === null || value === undefined || value === '' ? '—' : value}</dd>
    </>
  );
  return (
    <Layout view={view} title={`${v.nameZh} ${v.nameEn}`}>
      <h1>
        {v.nameZh} · {v.nameEn} <Badge kind={v.status === 'in_service' ? 'current' : 'withdrawn'} text={t(`vesselStatus.${v.status}`)} />
      </h1>
      {notice && <p class="notice ok">{notice}</p>}
      {mayWrite && (
        <div class="actions">
          <a href={`/ships/${v.id}/edit`}>{t('page.edit')}</a>
          {mayOpenPlan && v.status !== 'withdrawn' && !history.transfers.some((x) => x.state === 'released') && (
            <form method="post" action={`/ships/${v.id}/plan`} class="inline">
              <button class="primary" type="submit">
                {t('page.openPlan')}
              </button>
            </form>
          )}
        </div>
      )}
      {mayPropose && (
        <div class="actions">
          <a href={`/proposals/new?vessel=${v.id}`}>{t('page.proposeChange')}</a>
        </div>
      )}
      <RegistryHistory view={view} vesselId={v.id} version={v.version} {...history} />
      <h2>{t('page.plan')}</h2>
      {plan ? (
        <p>
          <a href={`/plans/${plan.id}`}>{plan.planNumber}</a> <PlanStatus plan={plan} lang={lang} />
          {plan.current && ` ${t('doc.revision')} ${plan.current.revision} · ${plan.current.issuedOn}`}
          {plan.homeAgency !== v.homeAgency && !plan.withdrawn && (
            <>
              {' · '}
              {t('page.handover', { agency: { key: `area.${v.homeAgency}` } })}
              {incomingPlan && (
                <>
                  {' '}
                  <a href={`/plans/${incomingPlan.id}`}>{incomingPlan.planNumber}</a> <PlanStatus plan={incomingPlan} lang={lang} />
                </>
              )}
            </>
          )}
        </p>
      ) : (
        <p class="help">{t('page.noPlan')}</p>
      )}
      <h2>{t('doc.module2')}</h2>
      <dl class="facts">
        {row('doc.imo', v.imoNumber)}
        {row('doc.nationalReg', v.nationalRegistrationNumber)}
        {row('doc.mmsi', v.mmsi)}
        {row('doc.callSign', v.callSign)}
        {row('doc.registry', `${v.portOfRegistry} (${v.areaOfRegistry})`)}
        {row('doc.type', t(`vesselType.${v.type}`))}
        {row('doc.tonnage', `${v.grossTonnage} GT / ${v.lengthMetres} m`)}
        {row('doc.colours', `${v.hullColour} / ${v.superstructureColour}`)}
        {row('doc.marks', v.identifyingMarks)}
        {row('doc.persons', `${v.maxPassengers} / ${v.crew}`)}
        {row('doc.epirb', v.epirbHexId && beacon ? `${v.epirbHexId} (${beacon})` : v.epirbHexId)}
        {row('doc.bridgePhone', <Tel number={v.communications.bridgePhone} />)}
        {row('doc.vhf', v.communications.vhf)}
        {row('doc.satellite', v.communications.satellite.join(', '))}
        {row('doc.ports', ports.map((p) => nameIn(lang, p)).join(' – '))}
        {row(
          'doc.lifeSaving',
          [
            `${t('page.liferafts')} ${v.lifeSaving.liferafts} (${v.lifeSaving.liferaftCapacity} ${t('page.persons')})`,
            `${t('doc.evacuationSystems')} ${v.lifeSaving.marineEvacuationSystems}`,
            `${t('doc.rescueBoats')} ${v.lifeSaving.rescueBoats}`,
          ].join(' · '),
        )}
        {row('doc.winching', v.helicopterWinchingArea)}
        {row('doc.medical', v.medicalFacilities)}
        {row('doc.formerNames', v.formerNames.map((f) => [f.nameZh, f.nameEn, f.until].filter(Boolean).join(' ')).join('\n'))}
      </dl>
      <h2>{t('doc.module1')}</h2>
      <dl class="facts">
        {row('doc.nameZh', c.nameZh)}
        {row('doc.nameEn', c.nameEn)}
        {row('doc.emergencyPhone', <Tel number={c.emergencyPhone} />)}
        {row('doc.emergencyPhoneAlt', <Tel number={c.emergencyPhoneAlt} />)}
        {row('doc.dpa', `${c.designatedPerson.name} · ${c.designatedPerson.phone} · ${c.designatedPerson.email}`)}
        {row('doc.ert', `${c.emergencyTeam.name} · ${c.emergencyTeam.phone}`)}
      </dl>
    </Layout>
  );
};
