import type { Unit } from '@signoff/contracts';
import {
  compareMapping,
  decisionProblems,
  startingMapping,
  toDecisionRequest,
  toWithdrawalRequest,
  withdrawalProblems,
} from './assessment-decision';
import { plannedUnitsOf } from '../../../lib/evidence-claims';

const units = [
  {
    reference: 'U1',
    title: 'Safeguarding',
    outcomes: [
      {
        number: '1',
        title: 'Understand the law',
        criteria: [{ number: '1.1', title: 'Explain the Mental Health Act' }],
      },
    ],
  },
  {
    reference: 'U2',
    title: 'Leadership',
    outcomes: [{ number: '1', title: 'Lead a team', criteria: [] }],
  },
] as unknown as Unit[];

const planned = ['U1'];
const inPlan = { unit: 'U1', outcome: '1', criterion: null };
const criterion = { unit: 'U1', outcome: '1', criterion: '1.1' };
const unplanned = { unit: 'U2', outcome: '1', criterion: null };
const check = decisionProblems(plannedUnitsOf(units, planned), planned);

describe('the assessor’s decision form', () => {
  it('offers the planned units only, and starts the mapping from the learner’s claims on them', () => {
    expect(plannedUnitsOf(units, planned).map((unit) => unit.reference)).toEqual(['U1']);
    expect(startingMapping([unplanned, inPlan], planned)).toEqual([inPlan]);
  });

  it.each([
    [
      'no decision chosen',
      { decision: null, feedback: '', mapping: [inPlan] },
      [{ path: 'decision', message: 'must be chosen: accept or refer' }],
    ],
    ['an acceptance without feedback', { decision: 'accept', feedback: '', mapping: [inPlan] }, []],
    [
      'a referral without feedback',
      { decision: 'refer', feedback: '  ', mapping: [inPlan] },
      [{ path: 'feedback', message: 'is required to refer: tell the learner what to change' }],
    ],
    [
      'nothing mapped',
      { decision: 'accept', feedback: '', mapping: [] },
      [{ path: 'mapping', message: 'must name at least one outcome or criterion' }],
    ],
    [
      'a unit outside the plan, on the mapping as a whole',
      { decision: 'accept', feedback: '', mapping: [unplanned] },
      [{ path: 'mapping', message: 'U2 is not a planned unit of this enrolment' }],
    ],
  ] as const)('checks %s as the API does', (_case, answers, problems) => {
    expect(check({ ...answers, mapping: [...answers.mapping] })).toEqual(problems);
  });

  it('requires a reason to withdraw an acceptance', () => {
    expect(withdrawalProblems({ feedback: '' })).toEqual([
      {
        path: 'feedback',
        message: 'is required to withdraw an acceptance: say why it was given in error',
      },
    ]);
    expect(withdrawalProblems({ feedback: 'Accepted in error' })).toEqual([]);
  });

  it('names the version judged, trims the feedback and leaves out none given', () => {
    expect(
      toDecisionRequest(2, { decision: 'refer', feedback: ' Add the plan. ', mapping: [inPlan] }),
    ).toEqual({ version: 2, decision: 'refer', feedback: 'Add the plan.', mapping: [inPlan] });
    expect(toDecisionRequest(1, { decision: 'accept', feedback: ' ', mapping: [inPlan] })).toEqual({
      version: 1,
      decision: 'accept',
      mapping: [inPlan],
    });
    expect(toWithdrawalRequest(1, { feedback: ' Wrong item ' })).toEqual({
      version: 1,
      decision: 'withdrawAcceptance',
      feedback: 'Wrong item',
    });
  });
});

describe('compareMapping', () => {
  it('marks what the assessor confirmed, added and left out of the learner’s claim', () => {
    expect(compareMapping([inPlan, criterion], [inPlan, unplanned])).toEqual([
      { claim: inPlan, state: 'confirmed' },
      { claim: unplanned, state: 'removed' },
      { claim: criterion, state: 'added' },
    ]);
  });

  it('has nothing to mark when neither names anything', () => {
    expect(compareMapping([], [])).toEqual([]);
  });
});
