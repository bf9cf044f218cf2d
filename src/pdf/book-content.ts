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
    communications: { bridgePhone: string | null; satellite: string[]; vhf: string };
    routePorts: { code: string; nameZh: string; nameEn: string }[];
  };
  company: {
    nameZh: string;
    nameEn: string;
    emergencyPhone: string;
    emergencyPhoneAlt: string | null;
    designatedPerson: { name: string; phone: string; mobile: string | null };
  };
  homeAgency: { code: string };
  plan: { planNumber: string; revision: number | null; issuedOn: string | null; status: string } | null;
};

export type BookContent = {
  madeAt: string;
  area: string | null;
  centres: { code: string; nameZh: string; nameEn: string; phone24h: string | null; shortNumber: string | null }[];
  cards: BookCard[];
};

/** When the book was made, as every page says it: to the minute, in UTC. */
export const madeAtText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
