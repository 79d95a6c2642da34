import { evaluateRules } from './evaluate-rules';
import { group, leadershipL5, qualCertL6, qualification, unit } from './qualification.fixtures';

const L6_UNITS = [1, 2, 3, 4, 5, 6].map((n) => `QC28074-${n}`);
const L5_MANDATORY = ['F/504/2218', 'M1', 'M2'];

describe('evaluateRules on the seeds', () => {
  it('L6: all six units satisfy the 120-credit rule', () => {
    const result = evaluateRules(qualCertL6(), { pathway: null, units: L6_UNITS });
    expect(result).toEqual({
      satisfied: true,
      totalCredits: 120,
      groups: [
        {
          key: 'mandatory',
          title: 'Mandatory units',
          kind: 'mandatory',
          credits: 120,
          units: L6_UNITS,
          satisfied: true,
        },
      ],
      shortfalls: [],
      uncounted: [],
      unknown: [],
    });
  });

  it('L6: five units leave a mandatory unit missing and the total short', () => {
    const result = evaluateRules(qualCertL6(), { pathway: null, units: L6_UNITS.slice(0, 5) });
    expect(result.satisfied).toBe(false);
    expect(result.totalCredits).toBe(100);
    expect(result.shortfalls).toEqual([
      'Mandatory units: unit QC28074-6 (Unit QC28074-6) missing',
      'Total: 100 of 120 credits',
    ]);
  });

  it('L6: nothing achieved yet', () => {
    const result = evaluateRules(qualCertL6(), { pathway: null, units: [] });
    expect(result.totalCredits).toBe(0);
    expect(result.shortfalls).toHaveLength(7);
  });

  it('L5: 30 mandatory and 60 pathway credits, with F/504/2218, on a pathway', () => {
    const result = evaluateRules(leadershipL5(), {
      pathway: 'cyp-management',
      units: [...L5_MANDATORY, 'C1', 'C2'],
    });
    expect(result.satisfied).toBe(true);
    expect(result.totalCredits).toBe(90);
    expect(result.groups.map((g) => [g.key, g.credits, g.satisfied])).toEqual([
      ['mandatory', 30, true],
      ['cyp-management', 60, true],
    ]);
  });

  it('L5: a pathway group short by one credit', () => {
    const result = evaluateRules(leadershipL5(), {
      pathway: 'cyp-management',
      units: [...L5_MANDATORY, 'C1', 'C3', 'S1'],
    });
    expect(result.satisfied).toBe(false);
    expect(result.shortfalls).toEqual([
      'CYP Management pathway: 46 of 60 credits',
      'Total: 76 of 90 credits',
    ]);
  });

  it('L5: the required unit missing is named once, whatever else is taken', () => {
    const result = evaluateRules(leadershipL5(), {
      pathway: 'cyp-management',
      units: ['M1', 'M2', 'C1', 'C2', 'S1'],
    });
    expect(result.shortfalls).toEqual([
      'Mandatory group: 24 of 30 credits',
      'Required unit F/504/2218 missing',
    ]);
  });

  it("L5: a unit of another pathway never counts towards the chosen pathway's group or the total", () => {
    const result = evaluateRules(leadershipL5(), {
      pathway: 'cyp-management',
      units: [...L5_MANDATORY, 'C1', 'A1'],
    });
    expect(result.uncounted).toEqual(['A1']);
    expect(result.groups.find((g) => g.key === 'cyp-management')?.credits).toBe(30);
    expect(result.totalCredits).toBe(60);
    expect(result.shortfalls).toEqual([
      'CYP Management pathway: 30 of 60 credits',
      'Total: 60 of 90 credits',
    ]);
  });

  it('L5: a unit shared by two pathways counts on whichever is chosen', () => {
    const adults = evaluateRules(leadershipL5(), {
      pathway: 'adults-management',
      units: [...L5_MANDATORY, 'A1', 'S1', 'C3'],
    });
    expect(adults.groups.find((g) => g.key === 'adults-management')?.units).toEqual(['A1', 'S1']);
    expect(adults.uncounted).toEqual(['C3']);
  });

  it('L5: no pathway chosen, or an unknown one', () => {
    const none = evaluateRules(leadershipL5(), {
      pathway: null,
      units: [...L5_MANDATORY, 'C1', 'C2'],
    });
    expect(none.shortfalls).toEqual(['No pathway chosen', 'Total: 30 of 90 credits']);
    expect(none.uncounted).toEqual(['C1', 'C2']);
    const unknown = evaluateRules(leadershipL5(), { pathway: 'space-travel', units: L5_MANDATORY });
    expect(unknown.shortfalls[0]).toBe('Unknown pathway "space-travel"');
  });

  it('refuses a pathway on a qualification that has none', () => {
    expect(evaluateRules(qualCertL6(), { pathway: 'adults', units: L6_UNITS }).shortfalls).toEqual([
      'This qualification has no pathways ("adults" given)',
    ]);
  });
});

describe('evaluateRules edge cases', () => {
  const optional = (extra = {}) =>
    qualification({
      units: [
        unit('O1', 10, { level: 4 }),
        unit('O2', 5, { level: 5 }),
        unit('O3', 5, { level: 6 }),
        unit('O4', 4, { level: 3 }),
      ],
      rules: {
        minimumCredits: 15,
        groups: [
          group('optional', 'optional', ['O1', 'O2', 'O3', 'O4'], {
            minimumCredits: 15,
            maximumCredits: 20,
          }),
        ],
        requiredUnits: [],
        minimumCreditsAtLevel: [],
        barredCombinations: [],
        ...extra,
      },
    });

  it('an optional group short by one credit', () => {
    const result = evaluateRules(optional(), { pathway: null, units: ['O1', 'O4'] });
    expect(result.shortfalls).toEqual([
      'Optional group: 14 of 15 credits',
      'Total: 14 of 15 credits',
    ]);
  });

  it('exactly the minimum is enough', () => {
    expect(evaluateRules(optional(), { pathway: null, units: ['O1', 'O2'] }).satisfied).toBe(true);
  });

  it('a maximum exceeded', () => {
    const result = evaluateRules(optional(), { pathway: null, units: ['O1', 'O2', 'O3', 'O4'] });
    expect(result.shortfalls).toEqual(['Optional group: 24 credits, more than the maximum of 20']);
  });

  it('the level minimum not met, then met', () => {
    const rules = { minimumCreditsAtLevel: [{ level: 5, credits: 10 }] };
    expect(
      evaluateRules(optional(rules), { pathway: null, units: ['O1', 'O2'] }).shortfalls,
    ).toEqual(['Level 5 or above: 5 of 10 credits']);
    expect(
      evaluateRules(optional(rules), { pathway: null, units: ['O1', 'O2', 'O3'] }).satisfied,
    ).toBe(true);
  });

  it('a barred pair', () => {
    const rules = { barredCombinations: [{ units: ['O1', 'O2'], reason: 'overlapping content' }] };
    const result = evaluateRules(optional(rules), { pathway: null, units: ['O1', 'O2'] });
    expect(result.shortfalls).toEqual(['Barred combination: O1 with O2 (overlapping content)']);
    expect(evaluateRules(optional(rules), { pathway: null, units: ['O1', 'O3'] }).satisfied).toBe(
      true,
    );
  });

  it('unit counts: too few and too many', () => {
    const rules = {
      groups: [
        group('optional', 'optional', ['O1', 'O2', 'O3', 'O4'], {
          minimumUnits: 2,
          maximumUnits: 3,
        }),
      ],
      minimumCredits: null,
    };
    expect(evaluateRules(optional(rules), { pathway: null, units: ['O1'] }).shortfalls).toEqual([
      'Optional group: 1 of 2 units',
    ]);
    expect(
      evaluateRules(optional(rules), { pathway: null, units: ['O1', 'O2', 'O3', 'O4'] }).shortfalls,
    ).toEqual(['Optional group: 4 units, more than the maximum of 3']);
  });

  it('a unit that is not part of the qualification', () => {
    const result = evaluateRules(optional(), { pathway: null, units: ['O1', 'O2', 'X9'] });
    expect(result.unknown).toEqual(['X9']);
    expect(result.shortfalls).toEqual(['Unit X9 is not part of this qualification']);
  });

  it('a unit given twice counts once', () => {
    expect(
      evaluateRules(optional(), { pathway: null, units: ['O1', 'O1', 'O4'] }).totalCredits,
    ).toBe(14);
  });

  it('a counted unit whose credits the source does not state', () => {
    const doc = qualification({
      units: [unit('U1', null)],
      rules: {
        minimumCredits: null,
        groups: [group('optional', 'optional', ['U1'])],
        requiredUnits: [],
        minimumCreditsAtLevel: [],
        barredCombinations: [],
      },
    });
    expect(evaluateRules(doc, { pathway: null, units: ['U1'] }).shortfalls).toEqual([
      'Unit U1 has no credit value',
    ]);
  });

  it('a unit in both the mandatory and an optional group counts once, as mandatory', () => {
    const doc = qualification({
      units: [unit('U1', 10), unit('U2', 5)],
      rules: {
        minimumCredits: 15,
        groups: [
          group('optional', 'optional', ['U1', 'U2']),
          group('mandatory', 'mandatory', ['U1']),
        ],
        requiredUnits: [],
        minimumCreditsAtLevel: [],
        barredCombinations: [],
      },
    });
    const result = evaluateRules(doc, { pathway: null, units: ['U1', 'U2'] });
    expect(result.groups.map((g) => [g.key, g.units])).toEqual([
      ['optional', ['U2']],
      ['mandatory', ['U1']],
    ]);
    expect(result.totalCredits).toBe(15);
  });

  it('a required unit in no group still counts towards the total', () => {
    const doc = qualification({
      units: [unit('R1', 5), unit('U1', 10)],
      rules: {
        minimumCredits: 15,
        groups: [group('optional', 'optional', ['U1'])],
        requiredUnits: ['R1'],
        minimumCreditsAtLevel: [],
        barredCombinations: [],
      },
    });
    expect(evaluateRules(doc, { pathway: null, units: ['R1', 'U1'] }).satisfied).toBe(true);
  });

  it('a unit in no group counts towards nothing', () => {
    const doc = qualification({
      units: [unit('U1', 10), unit('Loose', 10)],
      rules: {
        minimumCredits: 10,
        groups: [group('optional', 'optional', ['U1'])],
        requiredUnits: [],
        minimumCreditsAtLevel: [],
        barredCombinations: [],
      },
    });
    const result = evaluateRules(doc, { pathway: null, units: ['Loose'] });
    expect(result.uncounted).toEqual(['Loose']);
    expect(result.totalCredits).toBe(0);
  });
});
