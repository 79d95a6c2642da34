import type { EntryCheck, RequirementOutcome, RequirementResult } from '@signoff/contracts';
import { unmetEntryRequirements } from './unmet-entry-requirements';

const result = (outcome: RequirementOutcome, advisory = false): RequirementResult => ({
  kind: 'minimum_age',
  description: 'Aged 19 or over',
  outcome,
  advisory,
  reason: `Judged ${outcome}`,
});

/** A check as checkEntryRequirements makes it: blocking when a required one is not met. */
const check = (results: RequirementResult[]): EntryCheck => ({
  outcome: 'not_met',
  blocking: results.some((each) => each.outcome === 'not_met' && !each.advisory),
  results,
});

describe('unmetEntryRequirements', () => {
  it.each([
    ['all met', [result('met')], null, []],
    ['one needing review', [result('needs_review')], null, []],
    ['an advisory one not met', [result('not_met', true)], null, []],
    [
      'a required one not met, named by its place',
      [result('met'), result('not_met')],
      null,
      ['entryCheck.results.1 Aged 19 or over: Judged not_met'],
    ],
    [
      'each required one not met, never an advisory one',
      [result('not_met'), result('not_met', true), result('not_met')],
      null,
      [
        'entryCheck.results.0 Aged 19 or over: Judged not_met',
        'entryCheck.results.2 Aged 19 or over: Judged not_met',
      ],
    ],
    ['overridden with a reason', [result('not_met')], 'Assessed at interview', []],
  ])('%s', (_case, results, overrideReason, expected) => {
    expect(
      unmetEntryRequirements(check(results), overrideReason).map(
        (problem) => `${problem.path} ${problem.message}`,
      ),
    ).toEqual(expected);
  });
});
