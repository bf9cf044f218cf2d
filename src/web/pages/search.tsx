import type { FC } from 'hono/jsx';
import type { VesselStatus, VesselType } from '../../domain/vessel.ts';
import type { IncidentCard } from '../../services/lookup.ts';
import { nameIn, readsChinese, say, type Lang, type Key, type Params, type Said } from '../i18n.ts';
import { Badge, Layout, RecognitionBadge, Tel, type View } from '../layout.tsx';

const STATUS = { current: 'page.current', stale: 'page.stale', withdrawn: 'page.withdrawn', draft: 'page.draft' } as const;

/** An identifier's name as a coordinator reads it: MMSI and EPIRB as they are, call sign and IMO in the reader's words. */
const identifierWord = (lang: Lang, kind: 'mmsi' | 'callSign' | 'imoNumber' | 'epirbHexId') =>
  kind === 'mmsi' ? 'MMSI' : kind === 'epirbHexId' ? 'EPIRB' : kind === 'imoNumber' ? 'IMO' : say(lang, 'doc.callSign');

export const Card: FC<{ card: IncidentCard; lang: Lang }> = ({ card, lang }) => {
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  const v = card.vessel;
  const plan = card.plan;
  const notInService = v.status !== 'in_service';
  return (
    <article class={notInService ? 'card out-of-service' : 'card'} data-vessel={v.id}>
      {notInService && (
        <p class="state" role="status">
          {t(`vesselStatus.${v.status as VesselStatus}`)}
        </p>
      )}
      {card.match === 'similar name' && (
        <p class="notice" role="status">
          {t('page.similarName')}
        </p>
      )}
      {card.formerly && (
        <p class="notice" role="status">
          {t('page.foundByFormer', { what: identifierWord(lang, card.formerly.kind), value: card.formerly.value, until: card.formerly.until })}
        </p>
      )}
      <h2>
        <a href={`/ships/${v.id}`}>
          {v.nameZh} · {v.nameEn}
        </a>
      </h2>
      <div class="ids">
        MMSI {v.mmsi} · {t('doc.callSign')} {v.callSign} · {v.imoNumber ? `IMO ${v.imoNumber}` : `${t('doc.nationalReg')} ${v.nationalRegistrationNumber}`}
        {v.epirbHexId && ` · EPIRB ${v.epirbHexId}`}
        <br />
        {t(`vesselType.${v.type as VesselType}`)} · {v.hullColour} / {v.superstructureColour} · {t('doc.persons')}: {v.maxPassengers} + {v.crew} ={' '}
        {v.maxPersonsOnBoard} · {v.grossTonnage} GT / {v.lengthMetres} m
        <br />
        {t('doc.liferafts')}: {v.lifeSaving.liferafts} / {v.lifeSaving.liferaftCapacity} · {t('doc.evacuationSystems')}: {v.lifeSaving.marineEvacuationSystems}{' '}
        · {t('doc.rescueBoats')}: {v.lifeSaving.rescueBoats}
        {v.formerNames.length > 0 && ` · ${t('doc.formerNames')}: ${v.formerNames.map((f) => [f.nameZh, f.nameEn].filter(Boolean).join(' ')).join('; ')}`}
        {v.formerRegistrations.map((r) => (
          <>
            <br />
            {t('page.formerly')} ({say(lang, `area.${r.areaOfRegistry}` as const)}, {r.until}): MMSI {r.mmsi} · {t('doc.callSign')} {r.callSign}
            {r.nameEn !== v.nameEn && ` · ${r.nameZh} ${r.nameEn}`}
          </>
        ))}
        {v.formerIdentifiers.length > 0 && (
          <>
            <br />
            {t('page.formerIdentifiers')}:{' '}
            {v.formerIdentifiers.map((f) => `${identifierWord(lang, f.kind)} ${f.value} (${t('page.until', { date: f.until })})`).join(' · ')}
          </>
        )}
        {v.routePorts.length > 0 && (
          <>
            <br />
            {t('doc.ports')}: {v.routePorts.map((p) => nameIn(lang, p)).join(' – ')}
          </>
        )}
      </div>
      <div class="calls">
        <div class="call">
          <div class="who">
            {t('doc.emergencyPhone')} · {readsChinese(lang) ? card.company.nameZh : card.company.nameEn}
          </div>
          <Tel number={card.company.emergencyPhone} />
          {card.company.emergencyPhoneAlt && (
            <>
              <div class="who">{t('doc.emergencyPhoneAlt')}</div>
              <Tel number={card.company.emergencyPhoneAlt} />
            </>
          )}
        </div>
        <div class="call">
          <div class="who">
            {t('doc.bridgePhone')} · {readsChinese(lang) ? v.nameZh : v.nameEn}
          </div>
          <Tel number={v.communications.bridgePhone} />
          <div class="who">
            {t('doc.vhf')}: {v.communications.vhf}
            {v.communications.satellite.length > 0 && ` · ${t('doc.satellite')}: ${v.communications.satellite.join(', ')}`}
          </div>
        </div>
        <div class="call">
          <div class="who">
            {t('doc.dpa')} · {card.company.designatedPerson.name}
          </div>
          <Tel number={card.company.designatedPerson.phone} />
          {card.company.designatedPerson.mobile && <Tel number={card.company.designatedPerson.mobile} />}
        </div>
        <div class="call">
          <div class="who">
            {t('doc.ert')} · {card.company.emergencyTeam.name}
          </div>
          <Tel number={card.company.emergencyTeam.phone} />
        </div>
        {card.centres.map((centre) => (
          <div class="call centre" data-centre={centre.code}>
            <div class="who">
              {t('doc.phone24h')} · {nameIn(lang, centre)}
              {centre.code === card.homeAgency.code && ` (${t('page.homeCentre')})`}
            </div>
            <Tel number={centre.phone24h} />
            {centre.shortNumber && (
              <div class="who">
                {t('doc.shortNumber')}: {centre.shortNumber}
              </div>
            )}
            {centre.vhfChannels.length > 0 && (
              <div class="who">
                {t('doc.vhfChannels')}: {centre.vhfChannels.join(', ')}
              </div>
            )}
          </div>
        ))}
      </div>
      {plan ? (
        <div>
          <a href={`/plans/${plan.id}`}>{plan.planNumber}</a>
          {plan.revision !== null && ` · ${t('doc.revision')} ${plan.revision} (${plan.issuedOn})`} · <Badge kind={plan.status} text={t(STATUS[plan.status])} />
          {plan.recognitions.length > 0 && (
            <span>
              {' · '}
              {plan.recognitions.map((r) => (
                <>
                  {say(lang, `area.${r.agency}` as const)} <RecognitionBadge lang={lang} status={r.status} since={null} until={r.until} />{' '}
                </>
              ))}
            </span>
          )}
          {card.incomingPlan && (
            <div>
              {t('page.handover', { agency: { key: `area.${card.incomingPlan.homeAgency}` } })}{' '}
              <a href={`/plans/${card.incomingPlan.id}`}>{card.incomingPlan.planNumber}</a>
            </div>
          )}
          {plan.predatesRecords && <div class="help">{t('page.predatesRecords')}</div>}
          {plan.copiesHeld.length > 0 && (
            <div class="help">
              {t('page.copiesHeld')}:{' '}
              {plan.copiesHeld
                .map((h) => `${say(lang, `area.${h.agency}` as const)} (${h.copyNumber}/5${h.acknowledgedAt ? `, ${t('page.acknowledged')}` : ''})`)
                .join(' · ')}
            </div>
          )}
        </div>
      ) : (
        <div class="help">{t('page.noPlan')}</div>
      )}
    </article>
  );
};

/** The result count (announced to a screen reader as soon as it changes) and the cards; also sent alone to the as-you-type script. */
export const Results: FC<{ cards: IncidentCard[] | null; lang: Lang }> = ({ cards, lang }) => {
  const t = (k: Key | Said, params?: Params) => say(lang, k, params);
  return (
    <div id="results">
      <p class={cards && cards.length === 0 ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {cards === null ? '' : cards.length === 0 ? t('page.noResults') : t('page.shipsFound', { n: cards.length })}
      </p>
      {cards?.map((card) => (
        <Card card={card} lang={lang} />
      ))}
    </div>
  );
};

export const SearchPage: FC<{ view: View; q: string; cards: IncidentCard[] | null }> = ({ view, q, cards }) => {
  const t = (k: Key | Said, params?: Params) => say(view.lang, k, params);
  return (
    <Layout view={view} title={t('page.search')}>
      <h1 class="visually-hidden">{t('page.search')}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the screen readers the centres use; a form with the role is announced everywhere */}
      <form method="get" action="/search" role="search">
        <div class="search">
          <input name="q" value={q} autofocus autocomplete="off" aria-label={t('page.search')} aria-describedby="search-help" placeholder={t('page.search')} />
          <button type="submit">{t('page.searchButton')}</button>
        </div>
        <div class="help" id="search-help">
          {t('page.searchHelp')}
        </div>
      </form>
      <Results cards={cards} lang={view.lang} />
      <p class="help book">
        {t('page.incidentBook')}: <a href="/incident-book.pdf">PDF</a> · <a href="/incident-book.html">HTML</a>
      </p>
      {/* Results as you type: the form above works the same without it. */}
      <script src="/assets/search.js" defer></script>
    </Layout>
  );
};
