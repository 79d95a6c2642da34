import type { AssessmentMethod, EvidenceClaim, EvidenceStatus, Unit } from '@signoff/contracts';
import { unit } from '../catalogue/qualification.fixtures';
import { evidenceCoverage, type CoverageEvidence } from './evidence-coverage';

/** A unit with two outcomes; the first has two criteria, and must be directly observed. */
function practiceUnit(reference = 'U1'): Unit {
  return unit(reference, 10, {
    outcomes: [
      {
        number: '1',
        title: 'Lead a team',
        requiredMethods: ['direct_observation'],
        criteria: [
          { number: '1.1', title: 'Plan', requiredMethods: [] },
          { number: '1.2', title: 'Review', requiredMethods: ['professional_discussion'] },
        ],
      },
      { number: '2', title: 'Reflect', requiredMethods: [], criteria: [] },
    ],
  });
}

function item(
  claims: EvidenceClaim[],
  status: EvidenceStatus = 'submitted',
  method: AssessmentMethod = 'reflective_account',
): CoverageEvidence {
  return { status, method, claims };
}

const whole = (outcome: string, unitRef = 'U1'): EvidenceClaim => ({
  unit: unitRef,
  outcome,
  criterion: null,
});
const criterion = (outcome: string, number: string, unitRef = 'U1'): EvidenceClaim => ({
  unit: unitRef,
  outcome,
  criterion: number,
});

/** [outcome, items, accepted] and [criterion, items] of the one unit, for short expectations. */
function counts(evidence: CoverageEvidence[]) {
  const [coverage] = evidenceCoverage([practiceUnit()], evidence);
  return {
    covered: coverage.covered,
    outcomes: coverage.outcomes.map((o) => [o.outcome, o.items, o.accepted]),
    criteria: coverage.outcomes[0].criteria.map((c) => [c.criterion, c.items]),
  };
}

describe('evidenceCoverage', () => {
  it('shows every outcome and criterion uncovered while there is no evidence', () => {
    expect(counts([])).toEqual({
      covered: 0,
      outcomes: [
        ['1', 0, 0],
        ['2', 0, 0],
      ],
      criteria: [
        ['1.1', 0],
        ['1.2', 0],
      ],
    });
  });

  it('lets a claim on a whole outcome cover each of its criteria', () => {
    expect(counts([item([whole('1')])])).toMatchObject({
      covered: 1,
      outcomes: [
        ['1', 1, 0],
        ['2', 0, 0],
      ],
      criteria: [
        ['1.1', 1],
        ['1.2', 1],
      ],
    });
  });

  it('lets a claim on a criterion cover that criterion and its outcome, not the other criteria', () => {
    expect(counts([item([criterion('1', '1.2')])])).toMatchObject({
      outcomes: [
        ['1', 1, 0],
        ['2', 0, 0],
      ],
      criteria: [
        ['1.1', 0],
        ['1.2', 1],
      ],
    });
  });

  it('counts an item once for an outcome it claims through several criteria', () => {
    expect(counts([item([criterion('1', '1.1'), criterion('1', '1.2'), whole('2')])])).toEqual({
      covered: 2,
      outcomes: [
        ['1', 1, 0],
        ['2', 1, 0],
      ],
      criteria: [
        ['1.1', 1],
        ['1.2', 1],
      ],
    });
  });

  it('counts drafts, submitted and accepted evidence, accepted apart, and not referred evidence', () => {
    expect(
      counts([
        item([whole('2')], 'draft'),
        item([whole('2')], 'submitted'),
        item([whole('2')], 'accepted'),
        item([whole('2'), whole('1')], 'referred'),
      ]),
    ).toMatchObject({
      covered: 1,
      outcomes: [
        ['1', 0, 0],
        ['2', 3, 1],
      ],
    });
  });

  it('does not count a claim on the same outcome number of another unit', () => {
    const coverage = evidenceCoverage(
      [practiceUnit('U1'), practiceUnit('U2')],
      [item([whole('1', 'U2')])],
    );
    expect(coverage.map((u) => [u.unit, u.covered])).toEqual([
      ['U1', 0],
      ['U2', 1],
    ]);
  });

  it('names the required methods no counted item uses yet', () => {
    const missing = (evidence: CoverageEvidence[]) => {
      const [outcome] = evidenceCoverage([practiceUnit()], evidence)[0].outcomes;
      return [outcome.missingMethods, outcome.criteria.map((c) => c.missingMethods)];
    };
    expect(missing([])).toEqual([['direct_observation'], [[], ['professional_discussion']]]);
    expect(missing([item([criterion('1', '1.1')], 'submitted', 'direct_observation')])).toEqual([
      [],
      [[], ['professional_discussion']],
    ]);
    // Referred evidence does not meet a requirement.
    expect(missing([item([whole('1')], 'referred', 'direct_observation')])).toEqual([
      ['direct_observation'],
      [[], ['professional_discussion']],
    ]);
    // A professional discussion on the whole outcome meets the criterion's requirement too.
    expect(missing([item([whole('1')], 'accepted', 'professional_discussion')])).toEqual([
      ['direct_observation'],
      [[], []],
    ]);
    // On another criterion it does not.
    expect(missing([item([criterion('1', '1.1')], 'accepted', 'professional_discussion')])).toEqual(
      [['direct_observation'], [[], ['professional_discussion']]],
    );
  });

  it('leaves out a unit whose reference the source does not state', () => {
    expect(evidenceCoverage([unit('U1', 10, { reference: null })], [])).toEqual([]);
  });
});
