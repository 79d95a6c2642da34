import { signingStatement } from './signing-statement';

const criterion = (ref: string) => ({ ref, criterion: ref });
const outcome = (ref: string) => ({ ref, criterion: null });

describe('signingStatement', () => {
  it.each([
    [
      'criteria',
      [criterion('1.1'), criterion('1.2')],
      'I confirm that the accepted evidence listed meets assessment criteria 1.1, 1.2 of unit QC28074-2 for Lee Learner, and that the assessment was valid, authentic, current and sufficient.',
    ],
    [
      'one criterion',
      [criterion('1.1')],
      'I confirm that the accepted evidence listed meets assessment criterion 1.1 of unit QC28074-2 for Lee Learner, and that the assessment was valid, authentic, current and sufficient.',
    ],
    [
      'outcomes without criteria',
      [outcome('3'), outcome('4')],
      'I confirm that the accepted evidence listed meets learning outcomes 3, 4 of unit QC28074-2 for Lee Learner, and that the assessment was valid, authentic, current and sufficient.',
    ],
    [
      'criteria and an outcome',
      [criterion('1.1'), outcome('2')],
      'I confirm that the accepted evidence listed meets assessment criterion 1.1 and learning outcome 2 of unit QC28074-2 for Lee Learner, and that the assessment was valid, authentic, current and sufficient.',
    ],
  ])('words the rows signed: %s', (_case, rows, statement) => {
    expect(
      signingStatement({ kind: 'rows', unit: 'QC28074-2', rows, learnerName: 'Lee Learner' }),
    ).toBe(statement);
  });

  it('has the assessor confirm the whole unit', () => {
    expect(
      signingStatement({ kind: 'unit', unit: 'QC28074-2', rows: [], learnerName: 'Lee Learner' }),
    ).toBe(
      'I confirm that Lee Learner has met every learning outcome of unit QC28074-2 on the accepted evidence listed, and that the assessment was valid, authentic, current and sufficient.',
    );
  });

  it('has the learner confirm the unit is complete and their own work', () => {
    expect(
      signingStatement({
        kind: 'countersignature',
        unit: 'QC28074-2',
        rows: [],
        learnerName: 'Lee Learner',
      }),
    ).toBe('I, Lee Learner, confirm that unit QC28074-2 is complete and my own work.');
  });
});
