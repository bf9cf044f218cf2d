// Examples for the OpenAPI document, taken from the demo registry's records (invented ships and
// companies whose identifiers pass the registry's rules). Spectral checks each against its schema.

export const COMPANY_EXAMPLE = {
  homeAgency: 'HK',
  nameZh: '港澳飛翼船務有限公司',
  nameEn: 'Harbour Wing Jetfoil Company Limited',
  addressZh: '香港上環干諾道中200號信德中心西座12樓',
  addressEn: '12/F West Tower, Shun Tak Centre, 200 Connaught Road Central, Sheung Wan, Hong Kong',
  imoCompanyNumber: '5812343',
  emergencyPhone: '+852 2859 3111',
  emergencyPhoneAlt: '+852 9123 4567',
  designatedPerson: {
    name: '陳志明 Chan Chi-ming',
    phone: '+852 2859 3100',
    mobile: null,
    email: 'dpa@harbourwing.example',
  },
  emergencyTeam: {
    name: 'Fleet Operations Centre',
    phone: '+852 2859 3120',
    email: 'ops@harbourwing.example',
  },
  mediaContact: {
    name: 'Corporate Communications',
    phone: '+852 2859 3200',
    email: 'press@harbourwing.example',
  },
};

export const VESSEL_EXAMPLE = {
  companyId: 1,
  areaOfRegistry: 'HK',
  nameZh: '金龍飛翼',
  nameEn: 'Golden Dragon Wing',
  formerNames: [],
  imoNumber: null,
  nationalRegistrationNumber: 'HK-JF-0871',
  mmsi: '477101500',
  callSign: 'VRJF7',
  portOfRegistry: 'Hong Kong',
  type: 'jetfoil',
  grossTonnage: 267,
  lengthMetres: 27.4,
  hullColour: 'white with red stripe / 白色紅條',
  superstructureColour: 'white / 白色',
  identifyingMarks: 'JF07 on bow',
  maxPassengers: 260,
  crew: 8,
  epirbHexId: '3BA4318F80FFBFF',
  communications: {
    bridgePhone: '+852 9800 1007',
    satellite: [],
    vhf: 'VHF 16, 12, 70 (DSC)',
    otherRadio: 'MF/HF DSC',
  },
  route: {
    ports: ['HKG-SW', 'MAC-OH'],
    sailingsPerDay: 24,
    crossingMinutes: 60,
  },
  lifeSaving: {
    liferafts: 6,
    liferaftCapacity: 300,
    marineEvacuationSystems: 0,
    rescueBoats: 1,
  },
  helicopterWinchingArea: null,
  medicalFacilities: 'First-aid kit, AED',
  status: 'in_service',
};

export const ISSUE_EXAMPLE = { summary: 'Annual revision: the emergency team has a new number', change: 'minor' };

/** The answer to GET /api/lookup?q=澳门之星&limit=1: a simplified fragment finding the ship registered in traditional characters. */
export const LOOKUP_EXAMPLE = {
  query: '澳门之星',
  items: [
    {
      match: 'name prefix',
      vessel: {
        id: 8,
        nameZh: '澳門之星',
        nameEn: 'Macau Star',
        formerNames: [
          {
            nameZh: '海榮',
            nameEn: 'Ocean Glory',
            until: '2019-03-01',
          },
        ],
        type: 'catamaran',
        status: 'in_service',
        areaOfRegistry: 'MO',
        imoNumber: '9319466',
        nationalRegistrationNumber: null,
        mmsi: '453300100',
        callSign: 'XXMS2',
        epirbHexId: '38A4928880FFBFF',
        hullColour: 'red / 紅色',
        superstructureColour: 'white / 白色',
        maxPassengers: 418,
        crew: 12,
        maxPersonsOnBoard: 430,
        lengthMetres: 47.5,
        grossTonnage: 1320,
        lifeSaving: { liferafts: 12, liferaftCapacity: 450, marineEvacuationSystems: 2, rescueBoats: 1 },
        communications: {
          bridgePhone: '+853 6600 1001',
          satellite: ['Inmarsat C 445300101'],
          vhf: 'VHF 16, 10, 70 (DSC)',
          otherRadio: null,
        },
        route: ['MAC-OH', 'HKG-SW'],
        routePorts: [
          {
            code: 'MAC-OH',
            nameZh: '外港客運碼頭',
            nameEn: 'Outer Harbour Ferry Terminal',
          },
          {
            code: 'HKG-SW',
            nameZh: '港澳客輪碼頭',
            nameEn: 'Hong Kong–Macau Ferry Terminal, Sheung Wan',
          },
        ],
        formerIdentifiers: [],
        formerRegistrations: [],
      },
      company: {
        id: 3,
        nameZh: '濠江高速客輪有限公司',
        nameEn: 'Ho Kong High Speed Ferries Limited',
        emergencyPhone: '+853 2855 0001',
        emergencyPhoneAlt: '+853 6612 3456',
        designatedPerson: {
          name: '梁家輝 Leong Ka Fai',
          phone: '+853 2855 0010',
          mobile: null,
          email: 'dpa@hokong.example',
        },
        emergencyTeam: { name: 'Operations Control', phone: '+853 2855 0020', email: 'control@hokong.example' },
      },
      homeAgency: {
        code: 'MO',
        nameZh: '澳門海事及水務局',
        nameEn: 'Marine and Water Bureau, Macao',
        phone24h: '+853 2872 6766',
      },
      centres: [
        {
          code: 'MO',
          nameZh: '澳門海事及水務局',
          nameEn: 'Marine and Water Bureau, Macao',
          phone24h: '+853 2872 6766',
          shortNumber: null,
          vhfChannels: ['16', '10'],
        },
        {
          code: 'GD',
          nameZh: '廣東省海上搜救中心',
          nameEn: 'Guangdong Maritime Search and Rescue Centre',
          phone24h: '+86 20 8322 6000',
          shortNumber: '12395',
          vhfChannels: ['16', '70 (DSC)'],
        },
        {
          code: 'HK',
          nameZh: '香港海上救援協調中心',
          nameEn: 'Maritime Rescue Co-ordination Centre Hong Kong',
          phone24h: '+852 2233 7999',
          shortNumber: null,
          vhfChannels: ['16', '70 (DSC)'],
        },
      ],
      plan: {
        id: 6,
        planNumber: 'MO-2025-0001',
        homeAgency: 'MO',
        revision: 1,
        issuedOn: '2025-06-25',
        status: 'current',
        staleFields: [],
        predatesRecords: false,
        recognitions: [
          {
            agency: 'MO',
            status: 'compiled',
            since: null,
            until: null,
          },
          {
            agency: 'GD',
            status: 'pending',
            since: null,
            until: null,
          },
          {
            agency: 'HK',
            status: 'pending',
            since: null,
            until: null,
          },
        ],
        copiesHeld: [
          {
            agency: 'GD',
            copyNumber: 1,
            acknowledgedAt: null,
          },
          {
            agency: 'HK',
            copyNumber: 2,
            acknowledgedAt: null,
          },
          {
            agency: 'MO',
            copyNumber: 3,
            acknowledgedAt: null,
          },
        ],
      },
      incomingPlan: null,
    },
  ],
};
