import { learnerImportProblems } from './learner-import-form';

describe('learnerImportProblems', () => {
  const file = { name: 'learners.csv', text: 'email\n' };

  it('asks which centre only of an admin of several', () => {
    expect(learnerImportProblems({ centreId: null, file }, 2)).toEqual({
      centreId: 'Choose the centre the learners belong to.',
    });
    expect(learnerImportProblems({ centreId: null, file }, 1)).toEqual({});
  });

  it('asks for a file', () => {
    expect(learnerImportProblems({ centreId: 'c1', file: null }, 2)).toEqual({
      file: 'Choose a CSV file first.',
    });
  });
});
