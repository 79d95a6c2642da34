import type { QualificationDocument, Unit, UnitGroup } from '@signoff/contracts';

/** Builders for test documents: every field present, nulls where a test does not care. */
export function unit(reference: string, credits: number | null, extra: Partial<Unit> = {}): Unit {
  return {
    reference,
    title: `Unit ${reference}`,
    level: null,
    credits,
    glh: null,
    tqt: null,
    outcomes: [{ number: '1', title: 'Understand something', requiredMethods: [], criteria: [] }],
    ...extra,
  };
}

export function group(
  key: string,
  kind: UnitGroup['kind'],
  units: string[],
  extra: Partial<UnitGroup> = {},
): UnitGroup {
  return {
    key,
    title: `${key[0].toUpperCase()}${key.slice(1).replace(/-/g, ' ')} group`,
    kind,
    pathway: null,
    units,
    minimumCredits: null,
    maximumCredits: null,
    minimumUnits: null,
    maximumUnits: null,
    ...extra,
  };
}

export function qualification(extra: Partial<QualificationDocument> = {}): QualificationDocument {
  return {
    formatVersion: 1,
    awardingBody: 'Test Awards',
    code: 'T100',
    title: 'Test Diploma',
    level: 5,
    totalCredits: null,
    tqt: null,
    glh: null,
    minimumAge: null,
    entryRequirements: [],
    targetHours: null,
    pathways: [],
    units: [],
    rules: {
      minimumCredits: null,
      groups: [],
      requiredUnits: [],
      minimumCreditsAtLevel: [],
      barredCombinations: [],
    },
    source: null,
    ...extra,
  };
}

/** The QualCert L6 Diploma in Mental Health Management as its seed states it: six 20-credit units. */
export function qualCertL6(): QualificationDocument {
  const references = [1, 2, 3, 4, 5, 6].map((n) => `QC28074-${n}`);
  return qualification({
    awardingBody: 'QualCert',
    code: 'QC28074',
    level: 6,
    totalCredits: 120,
    glh: 600,
    tqt: 1200,
    units: references.map((reference) => unit(reference, 20, { glh: 100, tqt: 200 })),
    rules: {
      minimumCredits: 120,
      groups: [group('mandatory', 'mandatory', references, { title: 'Mandatory units' })],
      requiredUnits: [],
      minimumCreditsAtLevel: [],
      barredCombinations: [],
    },
  });
}

/**
 * The L5 Diploma in Leadership for HSC and CYP's rule (90 credits: 30 mandatory, 60 from the
 * chosen pathway, including F/504/2218) with invented units, since the seed names only Unit 70.
 */
export function leadershipL5(): QualificationDocument {
  const pathways = [
    { code: 'cyp-management', title: "Children and Young People's Management" },
    { code: 'adults-management', title: "Adults' Management" },
  ];
  return qualification({
    level: 5,
    totalCredits: 90,
    pathways,
    units: [
      unit('F/504/2218', 6, { level: 5 }),
      unit('M1', 12, { level: 5 }),
      unit('M2', 12, { level: 4 }),
      unit('C1', 30, { level: 5 }),
      unit('C2', 30, { level: 5 }),
      unit('C3', 1, { level: 5 }),
      unit('A1', 30, { level: 5 }),
      unit('A2', 30, { level: 5 }),
      unit('S1', 15, { level: 5 }),
    ],
    rules: {
      minimumCredits: 90,
      groups: [
        group('mandatory', 'mandatory', ['F/504/2218', 'M1', 'M2'], {
          title: 'Mandatory group',
          minimumCredits: 30,
        }),
        group('cyp-management', 'pathway', ['C1', 'C2', 'C3', 'S1'], {
          title: 'CYP Management pathway',
          pathway: 'cyp-management',
          minimumCredits: 60,
        }),
        group('adults-management', 'pathway', ['A1', 'A2', 'S1'], {
          title: "Adults' Management pathway",
          pathway: 'adults-management',
          minimumCredits: 60,
        }),
      ],
      requiredUnits: ['F/504/2218'],
      minimumCreditsAtLevel: [],
      barredCombinations: [],
    },
  });
}
