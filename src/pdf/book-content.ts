import type { VesselStatus, VesselType } from '../domain/vessel.ts';

// What the incident book holds, shared by its PDF (rendered in the render threads) and its HTML twin
// (made on the main thread), kept apart from the PDF code so the server does not load pdfkit to start.

/** What the book prints of each ship (the lookup's incident card). */
export type BookCard = {
  vessel: {
    nameZh: string;
    nameEn: string;
    type: VesselType;
    status: VesselStatus;
    areaOfRegistry: string;
    imoNumber: string | null;
    nationalRegistrationNumber: string | null;
    mmsi: string;
    callSign: string;
    epirbHexId: string | null;
    maxPassengers: number;
    crew: number;
    lengthMetres: number;
    grossTonnage: number;
    lifeSaving: { liferafts: number; liferaftCapacity: number; marineEvacuationSystems: number; rescueBoats: number };
    communications: { bridgePhone: string | null; satellite: string[]; vhf: string };
    routePorts: { code: string; nameZh: string; nameEn: string }[];
    formerNames: { nameZh: string | null; nameEn: string | null; until: string | null }[];
    formerIdentifiers: { kind: 'mmsi' | 'callSign' | 'imoNumber' | 'epirbHexId'; value: string; until: string }[];
  };
  company: {
    nameZh: string;
    nameEn: string;
    emergencyPhone: string;
    emergencyPhoneAlt: string | null;
    designatedPerson: { name: string; phone: string; mobile: string | null };
    emergencyTeam: { name: string; phone: string };
  };
  homeAgency: { code: string };
  plan: { planNumber: string; homeAgency: string; revision: number | null; issuedOn: string | null; status: string } | null;
  incomingPlan: { planNumber: string; homeAgency: string } | null;
};

/**
 * A ship's former names and identifiers, in a line: what an old alert or an old chart may still call
 * it. `callSign` is the book's word for a call sign (the other kinds are written the same in both languages).
 */
export function formerlyText(v: BookCard['vessel'], callSign: string): string | null {
  const kind = { mmsi: 'MMSI', callSign, imoNumber: 'IMO', epirbHexId: 'EPIRB' };
  const names = v.formerNames.map((f) => `${[f.nameZh, f.nameEn].filter(Boolean).join(' ')}${f.until ? ` (–${f.until})` : ''}`);
  const ids = v.formerIdentifiers.map((f) => `${kind[f.kind]} ${f.value} (–${f.until})`);
  const all = [...names, ...ids];
  return all.length ? all.join(' · ') : null;
}

export type BookContent = {
  madeAt: string;
  area: string | null;
  centres: { code: string; nameZh: string; nameEn: string; phone24h: string | null; shortNumber: string | null }[];
  cards: BookCard[];
};

/** When the book was made, as every page says it: to the minute, in UTC. */
export const madeAtText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
