import { qualCertL6 } from '../catalogue/qualification.fixtures';
import { assessmentProblems } from './assessment-problems';

const planned = ['QC28074-1'];
const inPlan = { unit: 'QC28074-1', outcome: '1', criterion: null };

describe('assessmentProblems', () => {
  it('accepts an acceptance mapped to a planned unit, with or without feedback', () => {
    expect(
      assessmentProblems(qualCertL6(), planned, { decision: 'accept', mapping: [inPlan] }),
    ).toEqual([]);
    expect(
      assessmentProblems(qualCertL6(), planned, {
        decision: 'accept',
        feedback: 'Well argued',
        mapping: [inPlan],
      }),
    ).toEqual([]);
  });

  it('requires feedback to refer, and blank feedback does not count', () => {
    expect(
      assessmentProblems(qualCertL6(), planned, {
        decision: 'refer',
        feedback: '   ',
        mapping: [inPlan],
      }),
    ).toEqual([
      { path: 'feedback', message: 'is required to refer: tell the learner what to change' },
    ]);
  });

  it('requires a reason and no mapping to withdraw an acceptance', () => {
    expect(
      assessmentProblems(qualCertL6(), planned, {
        decision: 'withdrawAcceptance',
        mapping: [inPlan],
      }),
    ).toEqual([
      {
        path: 'feedback',
        message: 'is required to withdraw an acceptance: say why it was given in error',
      },
      { path: 'mapping', message: 'is not taken when withdrawing an acceptance' },
    ]);
    expect(
      assessmentProblems(qualCertL6(), planned, {
        decision: 'withdrawAcceptance',
        feedback: 'Accepted in error: wrong learner',
      }),
    ).toEqual([]);
  });

  it('requires a mapping to accept or refer', () => {
    expect(assessmentProblems(qualCertL6(), planned, { decision: 'accept', mapping: [] })).toEqual([
      { path: 'mapping', message: 'must name at least one outcome or criterion' },
    ]);
  });

  it('names entries outside the enrolment’s planned units, or unknown, by index', () => {
    expect(
      assessmentProblems(qualCertL6(), planned, {
        decision: 'accept',
        mapping: [
          inPlan,
          { unit: 'QC28074-2', outcome: '1', criterion: null },
          { unit: 'QC28074-1', outcome: '9', criterion: null },
          inPlan,
        ],
      }),
    ).toEqual([
      { path: 'mapping.1.unit', message: 'QC28074-2 is not a planned unit of this enrolment' },
      { path: 'mapping.2.outcome', message: 'unit QC28074-1 has no learning outcome 9' },
      { path: 'mapping.3', message: 'repeats an earlier claim' },
    ]);
  });
});
