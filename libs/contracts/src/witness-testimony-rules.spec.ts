import { WITNESS_STATEMENT_DECLARATION } from './witness-testimony';
import {
  centreWitnessProblems,
  witnessRequestProblems,
  witnessStatementProblems,
} from './witness-testimony-rules';

const NURSE = {
  name: 'Sam Okoro',
  jobRole: 'Registered nurse',
  email: 'sam.okoro@example.test',
  expert: true,
  occupationalCompetence: 'NMC registered nurse',
};
const CLAIMS = [{ unit: 'QC28074-1', outcome: '3', criterion: null }];

describe('centreWitnessProblems', () => {
  it.each([
    ['an expert with their competence', NURSE, []],
    ['a colleague without one', { ...NURSE, expert: false, occupationalCompetence: null }, []],
    [
      'a colleague leaving it out',
      { ...NURSE, expert: false, occupationalCompetence: undefined },
      [],
    ],
    [
      'an expert without their competence',
      { ...NURSE, occupationalCompetence: ' ' },
      [{ path: 'occupationalCompetence', message: 'must be filled in for an expert witness' }],
    ],
    [
      'an expert leaving it out',
      { ...NURSE, occupationalCompetence: undefined },
      [{ path: 'occupationalCompetence', message: 'must be filled in' }],
    ],
    [
      'a bad email',
      { ...NURSE, email: 'sam' },
      [{ path: 'email', message: 'must be an email address' }],
    ],
    [
      'expert not a yes or no',
      { ...NURSE, expert: 'yes' },
      [{ path: 'expert', message: 'must be true or false' }],
    ],
  ])('%s', (_case, witness, problems) => {
    expect(centreWitnessProblems(witness)).toEqual(problems);
  });
});

describe('witnessRequestProblems', () => {
  const request = { witness: NURSE, relationship: 'Line manager', claims: CLAIMS };
  it.each([
    ['a new witness', request, []],
    [
      'a witness of the register',
      {
        witnessId: '0b0f5a7e-6a52-4c36-9d5e-5f7a1c0d9e11',
        relationship: 'Colleague',
        claims: CLAIMS,
      },
      [],
    ],
    [
      'no witness',
      { relationship: 'Colleague', claims: CLAIMS },
      [{ path: 'witnessId', message: 'must be chosen, or a new witness given' }],
    ],
    [
      'both',
      { ...request, witnessId: '0b0f5a7e-6a52-4c36-9d5e-5f7a1c0d9e11' },
      [{ path: 'witness', message: 'must be left out when a witness of the register is chosen' }],
    ],
    [
      'no outcomes',
      { ...request, claims: [] },
      [
        {
          path: 'claims',
          message: 'must name at least one learning outcome for the witness to describe',
        },
      ],
    ],
    [
      'too many days',
      { ...request, validDays: 61 },
      [{ path: 'validDays', message: 'must be 60 or less' }],
    ],
    [
      'a new witness’s problem, at its path',
      { ...request, witness: { ...NURSE, name: '' } },
      [{ path: 'witness.name', message: 'must be filled in' }],
    ],
  ])('%s', (_case, body, problems) => {
    expect(witnessRequestProblems(body)).toEqual(problems);
  });
});

describe('witnessStatementProblems', () => {
  const statement = {
    statement: 'I saw it.',
    jobRole: 'Nurse',
    relationship: 'Manager',
    activityDate: '2026-10-14',
    declaration: WITNESS_STATEMENT_DECLARATION,
    confirmed: true,
  };
  it.each([
    ['a whole statement', statement, []],
    ['a blank one', { ...statement, statement: ' ' }, ['statement']],
    ['a day not on the calendar', { ...statement, activityDate: '2026-02-30' }, ['activityDate']],
    ['another declaration', { ...statement, declaration: 'ok' }, ['declaration']],
    ['unconfirmed', { ...statement, confirmed: false }, ['confirmed']],
  ])('%s', (_case, body, paths) => {
    expect(witnessStatementProblems(body).map((problem) => problem.path)).toEqual(paths);
  });
});
