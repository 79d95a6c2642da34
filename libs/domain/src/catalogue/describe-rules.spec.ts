import { describeRules } from './describe-rules';
import { group, leadershipL5, qualCertL6, qualification, unit } from './qualification.fixtures';

describe('describeRules', () => {
  it('says the L6 rule in words', () => {
    expect(describeRules(qualCertL6())).toEqual([
      'Achieve at least 120 credits in total.',
      'Mandatory units: all of QC28074-1, QC28074-2, QC28074-3, QC28074-4, QC28074-5, QC28074-6 are required.',
    ]);
  });

  it('says the L5 rule in words, naming the required unit', () => {
    expect(describeRules(leadershipL5())).toEqual([
      'Achieve at least 90 credits in total.',
      "Choose one pathway: Children and Young People's Management; Adults' Management.",
      'Mandatory group: all of F/504/2218, M1, M2 are required; at least 30 credits.',
      "CYP Management pathway (Children and Young People's Management pathway only): at least 60 credits, from 4 units: C1, C2, C3, S1.",
      "Adults' Management pathway (Adults' Management pathway only): at least 60 credits, from 3 units: A1, A2, S1.",
      'Include unit F/504/2218 Unit F/504/2218, whatever the choice.',
    ]);
  });

  it('says ranges, level minimums and barred combinations', () => {
    const doc = qualification({
      units: [unit('U1', 5), unit('U2', 5)],
      rules: {
        minimumCredits: null,
        groups: [
          group('optional', 'optional', ['U1', 'U2'], {
            minimumCredits: 5,
            maximumCredits: 10,
            minimumUnits: 1,
            maximumUnits: 1,
          }),
          group('extra', 'optional', [], { maximumCredits: 1 }),
        ],
        requiredUnits: [],
        minimumCreditsAtLevel: [{ level: 4, credits: 5 }],
        barredCombinations: [{ units: ['U1', 'U2'], reason: 'same content' }],
      },
    });
    expect(describeRules(doc)).toEqual([
      'Optional group: 5 to 10 credits and exactly 1 unit, from 2 units: U1, U2.',
      'Extra group: at most 1 credit, its units are not yet listed.',
      'At least 5 credits must come from units at level 4 or above.',
      'Take no more than one of U1, U2 (same content).',
    ]);
  });
});
