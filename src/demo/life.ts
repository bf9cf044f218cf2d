// The demo fleet's history: its plans and their issues and exercises, and the later changes,
// transfers and proposals that show the registry at work (src/demo/fleet.ts holds the companies and ships).

/**
 * Demo plans, by the MMSI of their ship. Days are counted back from the day the demo is loaded, so the
 * demo always shows the same situation: plans in all three areas, one with two revisions, one draft that
 * cannot be issued yet (its company has no alternate 24-hour line), one overdue exercise, and (see
 * DEMO_LATER_CHANGES) one plan out of date with its company's record.
 */
export type DemoPlan = {
  mmsi: string;
  openedDaysAgo: number;
  issues: { daysAgo: number; change: 'major' | 'minor'; summary: string; edit?: Record<string, string> }[];
  exercises: {
    daysAgo: number;
    state: 'planned' | 'held';
    kind: 'communications' | 'table_top' | 'full_scale';
    scenario: string;
    agencies: ('GD' | 'HK' | 'MO')[];
    lessonsLearned?: string;
  }[];
};

export const DEMO_PLANS: DemoPlan[] = [
  {
    mmsi: '477101500',
    openedDaysAgo: 420,
    issues: [{ daysAgo: 410, change: 'major', summary: 'First issue' }],
    exercises: [
      {
        daysAgo: 400,
        state: 'held',
        kind: 'table_top',
        scenario: 'Collision with a cargo vessel in the Lantau channel, 230 passengers',
        agencies: ['HK', 'MO'],
        lessonsLearned: 'Passenger count to reach MRCC within 10 minutes',
      },
    ],
  },
  {
    mmsi: '477101600',
    openedDaysAgo: 320,
    issues: [
      { daysAgo: 300, change: 'major', summary: 'First issue' },
      {
        daysAgo: 40,
        change: 'minor',
        summary: 'Communications notes: bridge mobile added',
        edit: { communicationsNotes: 'VHF 16, 12, 70 (DSC); bridge mobile +852 9800 1008; company operations room on VHF 12' },
      },
    ],
    exercises: [
      {
        daysAgo: 100,
        state: 'held',
        kind: 'full_scale',
        scenario: 'Engine-room fire west of Lamma, evacuation to rescue craft',
        agencies: ['HK', 'GD', 'MO'],
        lessonsLearned: 'Liferaft launching took longer than planned in swell',
      },
    ],
  },
  {
    mmsi: '477101700',
    openedDaysAgo: 210,
    issues: [{ daysAgo: 200, change: 'major', summary: 'First issue' }],
    exercises: [{ daysAgo: 150, state: 'held', kind: 'communications', scenario: 'DSC distress alert and MRCC call-back', agencies: ['HK'] }],
  },
  {
    mmsi: '477202100',
    openedDaysAgo: 130,
    issues: [{ daysAgo: 120, change: 'major', summary: 'First issue' }],
    exercises: [
      {
        daysAgo: 60,
        state: 'held',
        kind: 'table_top',
        scenario: 'Grounding near Zhuhai Jiuzhou approach, casualties to Zhuhai hospital',
        agencies: ['HK', 'GD'],
      },
    ],
  },
  { mmsi: '477202200', openedDaysAgo: 5, issues: [], exercises: [] },
  {
    mmsi: '453300100',
    openedDaysAgo: 260,
    issues: [{ daysAgo: 250, change: 'major', summary: 'First issue' }],
    exercises: [{ daysAgo: 200, state: 'held', kind: 'full_scale', scenario: 'Man overboard at night in the Outer Harbour approach', agencies: ['MO', 'HK'] }],
  },
  {
    mmsi: '453300200',
    openedDaysAgo: 100,
    issues: [{ daysAgo: 90, change: 'major', summary: 'First issue' }],
    exercises: [
      { daysAgo: -30, state: 'planned', kind: 'communications', scenario: 'Communications check with Guangdong MRCC via 12395', agencies: ['MO', 'GD'] },
    ],
  },
  {
    mmsi: '413800100',
    openedDaysAgo: 190,
    issues: [{ daysAgo: 180, change: 'major', summary: 'First issue' }],
    exercises: [{ daysAgo: 170, state: 'held', kind: 'table_top', scenario: 'Fire in the passenger saloon off Shekou', agencies: ['GD', 'MO'] }],
  },
  { mmsi: '412600200', openedDaysAgo: 70, issues: [{ daysAgo: 60, change: 'major', summary: 'First issue' }], exercises: [] },
  { mmsi: '414200100', openedDaysAgo: 10, issues: [], exercises: [] },
  // Nam Van's Hong Kong plan: still in force after Macao accepted the ship (DEMO_TRANSFERS), until Macao issues its own.
  { mmsi: '477303100', openedDaysAgo: 520, issues: [{ daysAgo: 500, change: 'major', summary: 'First issue' }], exercises: [] },
];

/** A change made after the plans were issued, so the demo shows a plan out of date. */
export const DEMO_LATER_CHANGES = [{ company: 'pearl-bay', daysAgo: 20, emergencyPhone: '+852 2736 1999' }];

/**
 * A ship that moved register: released by Hong Kong, accepted by Macao with Macao's identifiers, and
 * its new plan issued by Macao. Found by its Hong Kong MMSI and call sign as well.
 */
export const DEMO_TRANSFERS = [
  {
    mmsi: '477303100',
    toArea: 'MO' as const,
    releasedDaysAgo: 32,
    note: 'Re-registered in Macao by its operator, Ho Kong High Speed Ferries',
    acceptedDaysAgo: 30,
    registration: { mmsi: '453300500', callSign: 'XXNV5', portOfRegistry: 'Macao', epirbHexId: '38A492BA80FFBFF' },
    newPlan: { openedDaysAgo: 29, issuedDaysAgo: 25, summary: 'First issue under the Macao register' },
  },
];

/** An operator's proposal waiting for its home registrar: a new bridge mobile for Bay Area Express. */
export const DEMO_PROPOSALS = [
  {
    company: 'pearl-bay',
    proposer: 'Demo operator (Pearl Bay Express)',
    mmsi: '477202100',
    daysAgo: 2,
    changes: { communications: { bridgePhone: '+852 9800 2121', satellite: [], vhf: 'VHF 16, 12, 70 (DSC)', otherRadio: 'MF/HF DSC' } },
    note: 'Bridge mobile replaced on 20 November',
  },
];
