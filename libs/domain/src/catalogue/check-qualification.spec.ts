import type { QualificationDocument } from '@signoff/contracts';
import { checkQualification } from './check-qualification';
import { group, leadershipL5, qualCertL6, qualification, unit } from './qualification.fixtures';

/** The QualCert L6 with one change made by `edit`. */
function l6With(edit: (doc: QualificationDocument) => void): QualificationDocument {
  const doc = qualCertL6();
  edit(doc);
  return doc;
}

describe('checkQualification', () => {
  it('finds nothing wrong with the QualCert L6: 6 × 20 = 120 credits, 600 GLH, 1200 TQT', () => {
    expect(checkQualification(qualCertL6())).toEqual([]);
  });

  it('finds nothing wrong with a consistent diploma with pathways', () => {
    expect(checkQualification(leadershipL5())).toEqual([]);
  });

  it.each<[string, (doc: QualificationDocument) => void, { path: string; message: string }[]]>([
    [
      'unit credits that do not add up to the total',
      (doc) => ((doc.units[5].credits = 10), (doc.units[5].tqt = 100), (doc.units[5].glh = 50)),
      [
        { path: 'totalCredits', message: "the units' credits add up to 110, not 120" },
        { path: 'glh', message: "the units' GLH add up to 550, not 600" },
        { path: 'tqt', message: "the units' TQT add up to 1100, not 1200" },
        {
          path: 'rules.minimumCredits',
          message: 'can never be met: at most 110 credits can count',
        },
      ],
    ],
    [
      'unit GLH that do not add up',
      (doc) => (doc.units[0].glh = 90),
      [{ path: 'glh', message: "the units' GLH add up to 590, not 600" }],
    ],
    [
      'a unit GLH the source does not state',
      (doc) => (doc.units[2].glh = null),
      [
        {
          path: 'units.2.glh',
          message: "is not stated, so the units' GLH cannot be checked against 600",
        },
      ],
    ],
    [
      'a duplicate reference',
      (doc) => (doc.units[3].reference = 'QC28074-1'),
      [
        { path: 'units.3.reference', message: 'repeats the reference of unit 1' },
        {
          path: 'rules.groups.0.units.3',
          message: 'QC28074-4 is not a unit of this qualification',
        },
        {
          path: 'rules.minimumCredits',
          message: 'can never be met: at most 100 credits can count',
        },
      ],
    ],
    [
      'a unit without outcomes',
      (doc) => (doc.units[2].outcomes = []),
      [{ path: 'units.2.outcomes', message: 'has no learning outcomes' }],
    ],
    [
      'a unit reference not stated',
      (doc) => (
        (doc.units[0].reference = null),
        (doc.rules.groups[0].units = doc.rules.groups[0].units.slice(1))
      ),
      [
        { path: 'units.0.reference', message: 'is not stated' },
        {
          path: 'rules.minimumCredits',
          message: 'can never be met: at most 100 credits can count',
        },
      ],
    ],
    [
      'a unit whose credits do not match its TQT',
      (doc) => (doc.units[1].tqt = 250),
      [
        {
          path: 'units.1.credits',
          message: '20 credits do not match a TQT of 250 (a credit is 10 hours)',
        },
        { path: 'tqt', message: "the units' TQT add up to 1250, not 1200" },
      ],
    ],
    [
      'GLH above TQT',
      (doc) => ((doc.glh = 1300), (doc.units[0].glh = 300)),
      [
        { path: 'glh', message: '1300 GLH is more than the TQT of 1200' },
        { path: 'units.0.glh', message: '300 GLH is more than the TQT of 200' },
        { path: 'glh', message: "the units' GLH add up to 800, not 1300" },
      ],
    ],
    [
      'a missing code and awarding body',
      (doc) => ((doc.code = null), (doc.awardingBody = null)),
      [
        { path: 'awardingBody', message: 'is not stated' },
        { path: 'code', message: 'is not stated' },
      ],
    ],
    [
      'duplicate outcome and criterion numbers, and a criterion under the wrong outcome',
      (doc) =>
        (doc.units[0].outcomes = [
          {
            number: '1',
            title: 'A',
            requiredMethods: [],
            criteria: [
              { number: '1.1', title: 'a', requiredMethods: [] },
              { number: '1.1', title: 'b', requiredMethods: [] },
              { number: '2.1', title: 'c', requiredMethods: [] },
            ],
          },
          { number: '1', title: 'B', requiredMethods: [], criteria: [] },
        ]),
      [
        { path: 'units.0.outcomes.0.criteria.1.number', message: 'repeats criterion 1.1' },
        {
          path: 'units.0.outcomes.0.criteria.2.number',
          message: '2.1 does not belong to outcome 1',
        },
        { path: 'units.0.outcomes.1.number', message: 'repeats outcome 1' },
      ],
    ],
    [
      'a minimum of credits that differs from the total',
      (doc) => (doc.rules.minimumCredits = 100),
      [
        {
          path: 'rules.minimumCredits',
          message: "100 differs from the qualification's 120 credits",
        },
      ],
    ],
    [
      'a group naming a unit that does not exist',
      (doc) => doc.rules.groups[0].units.push('QC99999-1'),
      [
        {
          path: 'rules.groups.0.units.6',
          message: 'QC99999-1 is not a unit of this qualification',
        },
      ],
    ],
    [
      'a mandatory group capped below its own units',
      (doc) => (doc.rules.groups[0].maximumCredits = 100),
      [
        {
          path: 'rules.groups.0.maximumCredits',
          message: 'can never be met: its units, all mandatory, add up to 120 credits',
        },
      ],
    ],
    [
      'a barred pair of mandatory units',
      (doc) =>
        doc.rules.barredCombinations.push({ units: ['QC28074-1', 'QC28074-2'], reason: null }),
      [
        {
          path: 'rules.barredCombinations.0',
          message: 'bars units that are all required: can never be satisfied',
        },
      ],
    ],
    [
      'a level minimum that no units can meet',
      (doc) => doc.rules.minimumCreditsAtLevel.push({ level: 6, credits: 60 }),
      [
        {
          path: 'rules.minimumCreditsAtLevel.0',
          message: 'can never be met: at most 0 credits at level 6 or above',
        },
      ],
    ],
    [
      'a unit above the qualification level',
      (doc) => (doc.units[0].level = 7),
      [{ path: 'units.0.level', message: "level 7 is above the qualification's level 6" }],
    ],
  ])('names %s', (_case, edit, problems) => {
    expect(checkQualification(l6With(edit))).toEqual(problems);
  });

  it('names a pathway group that can never reach its minimum, and the total that then cannot be reached', () => {
    const doc = leadershipL5();
    doc.rules.groups[1].units = ['C1', 'C3'];
    expect(checkQualification(doc)).toEqual([
      {
        path: 'rules.groups.1.minimumCredits',
        message: 'can never be met: its units add up to 31 credits',
      },
      {
        path: 'rules.minimumCredits',
        message: 'can never be met on the cyp-management pathway: at most 61 credits can count',
      },
    ]);
  });

  it('names a pathway without a group, a group on an unknown pathway, and pathway misuse', () => {
    const doc = leadershipL5();
    doc.pathways.push({ code: 'adults-residential', title: "Adults' Residential Management" });
    doc.rules.groups[2].pathway = 'adults';
    doc.rules.groups[0].pathway = 'cyp-management';
    expect(checkQualification(doc)).toEqual([
      { path: 'pathways.1', message: 'has no unit group in the rules' },
      { path: 'pathways.2', message: 'has no unit group in the rules' },
      { path: 'rules.groups.0.pathway', message: 'only pathway groups belong to a pathway' },
      { path: 'rules.groups.2.pathway', message: 'adults is not one of the pathways' },
      {
        path: 'rules.minimumCredits',
        message: 'can never be met on the adults-management pathway: at most 30 credits can count',
      },
      {
        path: 'rules.minimumCredits',
        message: 'can never be met on the adults-residential pathway: at most 30 credits can count',
      },
    ]);
  });

  it('names minimums above maximums and impossible unit counts', () => {
    const doc = qualification({
      totalCredits: 10,
      level: 3,
      units: [unit('U1', 10), unit('U2', 10)],
      rules: {
        minimumCredits: 10,
        groups: [
          group('optional', 'optional', ['U1', 'U2'], {
            minimumCredits: 20,
            maximumCredits: 10,
            minimumUnits: 3,
          }),
        ],
        requiredUnits: ['U9'],
        minimumCreditsAtLevel: [],
        barredCombinations: [{ units: ['U1', 'U8'], reason: null }],
      },
    });
    expect(checkQualification(doc)).toEqual([
      { path: 'rules.groups.0.minimumCredits', message: 'is more than the maximumCredits of 10' },
      { path: 'rules.groups.0.minimumUnits', message: 'can never be met: the group has 2 units' },
      { path: 'rules.requiredUnits.0', message: 'U9 is not a unit of this qualification' },
      {
        path: 'rules.barredCombinations.0.units.1',
        message: 'U8 is not a unit of this qualification',
      },
    ]);
  });

  it('names a draft as the seeds leave it: no units, no rules', () => {
    expect(checkQualification(qualification({ code: null }))).toEqual([
      { path: 'code', message: 'is not stated' },
      { path: 'totalCredits', message: 'is not stated' },
      { path: 'units', message: 'has no units' },
      { path: 'rules', message: 'state a minimum of credits or at least one unit group' },
    ]);
  });

  it('names a group that lists no units', () => {
    const doc = leadershipL5();
    doc.rules.groups[0].units = [];
    doc.rules.requiredUnits = [];
    expect(checkQualification(doc)).toContainEqual({
      path: 'rules.groups.0.units',
      message: 'lists no units',
    });
  });
});
