import type { AreaCode } from './areas.ts';
import type { Vessel, VesselDetails } from './vessel.ts';

// Transfer of registry: a ship moves from one area's register to another's. The losing agency
// releases it, the gaining agency accepts it and gives the identifiers of its new register; the IMO
// number stays. What the ship was called and carried before stays searchable.

export const TRANSFER_STATES = ['released', 'accepted', 'cancelled'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

/** The ship's entry in the losing area's register, as it was when released. */
export type FormerRegistration = Pick<
  VesselDetails,
  'areaOfRegistry' | 'nameZh' | 'nameEn' | 'mmsi' | 'callSign' | 'portOfRegistry' | 'epirbHexId' | 'nationalRegistrationNumber' | 'companyId'
>;

export type Transfer = {
  id: number;
  vesselId: number;
  fromArea: AreaCode;
  toArea: AreaCode;
  state: TransferState;
  former: FormerRegistration;
  note: string | null;
  releasedAt: string;
  releasedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
};

/** What the gaining agency completes on acceptance: the new register's identifiers (names only if they change). */
export type NewRegistration = {
  mmsi: string;
  callSign: string;
  portOfRegistry: string;
  epirbHexId: string | null;
  nationalRegistrationNumber?: string | null;
  nameZh?: string;
  nameEn?: string;
  companyId?: number;
};

export function formerRegistration(v: Vessel): FormerRegistration {
  return {
    areaOfRegistry: v.areaOfRegistry,
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    mmsi: v.mmsi,
    callSign: v.callSign,
    portOfRegistry: v.portOfRegistry,
    epirbHexId: v.epirbHexId,
    nationalRegistrationNumber: v.nationalRegistrationNumber,
    companyId: v.companyId,
  };
}

/**
 * The ship as the gaining area registers it: new identifiers, same IMO number; a name it leaves
 * behind joins its former names, dated the day of the transfer.
 */
export function registeredIn(v: VesselDetails, toArea: AreaCode, reg: NewRegistration, today: string): VesselDetails {
  const nameZh = reg.nameZh ?? v.nameZh;
  const nameEn = reg.nameEn ?? v.nameEn;
  const renamed = nameZh !== v.nameZh || nameEn !== v.nameEn;
  return {
    ...v,
    areaOfRegistry: toArea,
    nameZh,
    nameEn,
    formerNames: renamed ? [...v.formerNames, { nameZh: v.nameZh, nameEn: v.nameEn, until: today }] : v.formerNames,
    mmsi: reg.mmsi,
    callSign: reg.callSign,
    portOfRegistry: reg.portOfRegistry,
    epirbHexId: reg.epirbHexId,
    nationalRegistrationNumber: reg.nationalRegistrationNumber === undefined ? v.nationalRegistrationNumber : reg.nationalRegistrationNumber,
    companyId: reg.companyId ?? v.companyId,
  };
}
