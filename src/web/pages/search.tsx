import type { FC } from 'hono/jsx';
import { AREA_NAMES } from '../../domain/areas.ts';
import { L, VESSEL_STATUS, VESSEL_TYPE } from '../../labels.ts';
import type { IncidentCard } from '../../services/lookup.ts';
import { nameIn, readsChinese, say, W, type Lang } from '../i18n.ts';
import { Badge, Layout, Tel, type View } from '../layout.tsx';

const STATUS = { current: W.current, stale: W.stale, withdrawn: W.withdrawn, draft: W.draft } as const;
const RECOGNITION = { compiled: W.compiled, recognised: L.recognised, pending: L.pending } as const;

export const Card: FC<{ card: IncidentCard; lang: Lang }> = ({ card, lang }) => {
  const t = (b: { zh: string; en: string }) => say(lang, b);
  const v = card.vessel;
  const plan = card.plan;
  const notInService = v.status !== 'in_service';
  return (
    <article class={notInService ? 'card out-of-service' : 'card'} data-vessel={v.id}>
      {notInService && (
        <p class="state" role="status">
          {t(VESSEL_STATUS[v.status as keyof typeof VESSEL_STATUS])}
        </p>
      )}
      <h3>
        <a href={`/ships/${v.id}`}>
          {v.nameZh} · {v.nameEn}
        </a>
      </h3>
      <div class="ids">
        MMSI {v.mmsi} · {t(L.callSign)} {v.callSign} · {v.imoNumber ? `IMO ${v.imoNumber}` : `${t(L.nationalReg)} ${v.nationalRegistrationNumber}`}
        {v.epirbHexId && ` · EPIRB ${v.epirbHexId}`}
        <br />
        {t(VESSEL_TYPE[v.type as keyof typeof VESSEL_TYPE])} · {v.hullColour} / {v.superstructureColour} · {t(L.persons)}: {v.maxPassengers} + {v.crew} ={' '}
        {v.maxPersonsOnBoard}
        {v.formerNames.length > 0 && ` · ${t(L.formerNames)}: ${v.formerNames.map((f) => [f.nameZh, f.nameEn].filter(Boolean).join(' ')).join('; ')}`}
        {v.formerRegistrations.map((r) => (
          <>
            <br />
            {t(W.formerly)} ({say(lang, AREA_NAMES[r.areaOfRegistry])}, {r.until}): MMSI {r.mmsi} · {t(L.callSign)} {r.callSign}
            {r.nameEn !== v.nameEn && ` · ${r.nameZh} ${r.nameEn}`}
          </>
        ))}
        {v.routePorts.length > 0 && (
          <>
            <br />
            {t(L.ports)}: {v.routePorts.map((p) => nameIn(lang, p)).join(' – ')}
          </>
        )}
      </div>
      <div class="calls">
        <div class="call">
          <div class="who">
            {t(L.emergencyPhone)} · {readsChinese(lang) ? card.company.nameZh : card.company.nameEn}
          </div>
          <Tel number={card.company.emergencyPhone} />
          {card.company.emergencyPhoneAlt && (
            <>
              <div class="who">{t(L.emergencyPhoneAlt)}</div>
              <Tel number={card.company.emergencyPhoneAlt} />
            </>
          )}
        </div>
        <div class="call">
          <div class="who">
            {t(L.bridgePhone)} · {readsChinese(lang) ? v.nameZh : v.nameEn}
          </div>
          <Tel number={v.communications.bridgePhone} />
          <div class="who">
            {t(L.vhf)}: {v.communications.vhf}
            {v.communications.satellite.length > 0 && ` · ${t(L.satellite)}: ${v.communications.satellite.join(', ')}`}
          </div>
        </div>
        <div class="call">
          <div class="who">
            {t(L.dpa)} · {card.company.designatedPerson.name}
          </div>
          <Tel number={card.company.designatedPerson.phone} />
          {card.company.designatedPerson.mobile && <Tel number={card.company.designatedPerson.mobile} />}
        </div>
        {card.centres.map((centre) => (
          <div class="call centre" data-centre={centre.code}>
            <div class="who">
              {t(L.phone24h)} · {nameIn(lang, centre)}
              {centre.code === card.homeAgency.code && ` (${t(W.homeCentre)})`}
            </div>
            <Tel number={centre.phone24h} />
            {centre.shortNumber && (
              <div class="who">
                {t(L.shortNumber)}: {centre.shortNumber}
              </div>
            )}
            {centre.vhfChannels.length > 0 && (
              <div class="who">
                {t(L.vhfChannels)}: {centre.vhfChannels.join(', ')}
              </div>
            )}
          </div>
        ))}
      </div>
      {plan ? (
        <div>
          <a href={`/plans/${plan.id}`}>{plan.planNumber}</a>
          {plan.revision !== null && ` · ${t(L.revision)} ${plan.revision} (${plan.issuedOn})`} · <Badge kind={plan.status} text={t(STATUS[plan.status])} />
          {plan.recognitions.length > 0 && (
            <span>
              {' · '}
              {plan.recognitions.map((r) => (
                <>
                  {say(lang, AREA_NAMES[r.agency])} <Badge kind={r.status} text={t(RECOGNITION[r.status])} />{' '}
                </>
              ))}
            </span>
          )}
          {plan.predatesRecords && <div class="help">{t(W.predatesRecords)}</div>}
          {plan.copiesHeld.length > 0 && (
            <div class="help">
              {t(W.copiesHeld)}:{' '}
              {plan.copiesHeld
                .map((h) => `${say(lang, AREA_NAMES[h.agency])} (${h.copyNumber}/5${h.acknowledgedAt ? `, ${t(W.acknowledged)}` : ''})`)
                .join(' · ')}
            </div>
          )}
        </div>
      ) : (
        <div class="help">{t(W.noPlan)}</div>
      )}
    </article>
  );
};

/** The result count (announced to a screen reader as soon as it changes) and the cards; also sent alone to the as-you-type script. */
export const Results: FC<{ cards: IncidentCard[] | null; lang: Lang }> = ({ cards, lang }) => {
  const t = (b: { zh: string; en: string }) => say(lang, b);
  return (
    <div id="results">
      <p class={cards && cards.length === 0 ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {cards === null ? '' : cards.length === 0 ? t(W.noResults) : t(W.shipsFound).replace('{n}', String(cards.length))}
      </p>
      {cards?.map((card) => (
        <Card card={card} lang={lang} />
      ))}
    </div>
  );
};

export const SearchPage: FC<{ view: View; q: string; cards: IncidentCard[] | null }> = ({ view, q, cards }) => {
  const t = (b: { zh: string; en: string }) => say(view.lang, b);
  return (
    <Layout view={view} title={t(W.search)}>
      <h1 class="visually-hidden">{t(W.search)}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the screen readers the centres use; a form with the role is announced everywhere */}
      <form method="get" action="/search" role="search">
        <div class="search">
          <input name="q" value={q} autofocus autocomplete="off" aria-label={t(W.search)} aria-describedby="search-help" placeholder={t(W.search)} />
          <button type="submit">{t(W.searchButton)}</button>
        </div>
        <div class="help" id="search-help">
          {t(W.searchHelp)}
        </div>
      </form>
      <Results cards={cards} lang={view.lang} />
      <p class="help book">
        {t(W.incidentBook)}: <a href="/incident-book.pdf">PDF</a> · <a href="/incident-book.html">HTML</a>
      </p>
      {/* Results as you type: the form above works the same without it. */}
      <script src="/assets/search.js" defer></script>
    </Layout>
  );
};
