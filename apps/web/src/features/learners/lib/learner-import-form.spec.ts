import { toLearnerForm } from './learner-form';
import {
  correctionProblems,
  learnerImportProblems,
  learnerProfileProblems,
  newLearnerProblems,
} from './learner-form-problems';

describe('newLearnerProblems', () => {
  it('asks for the email and the centre first, then what the profile needs', () => {
    expect(Object.entries(newLearnerProblems(toLearnerForm(null, null)))).toEqual([
      ['email', 'Enter their email address.'],
      ['centreId', 'Choose their centre.'],
      ['displayName', 'Name must be filled in.'],
      ['dateOfBirth', 'Date of birth must be filled in.'],
    ]);
  });

  it('asks an edit of the record only what the profile needs', () => {
    expect(Object.keys(learnerProfileProblems(toLearnerForm(null, null)))).toEqual([
      'displayName',
      'dateOfBirth',
    ]);
  });
});

describe('correctionProblems', () => {
  it('asks which detail and what it should say', () => {
    expect(correctionProblems({ field: null, proposed: ' ' })).toEqual({
      field: 'Choose the detail to correct.',
      proposed: 'Say what it should say.',
    });
    expect(correctionProblems({ field: 'uln', proposed: '1234567890' })).toEqual({});
  });
});

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
