import {
  WITNESS_FIELD_NAMES,
  WITNESS_STATEMENT_DECLARATION,
  type CentreWitness,
  type WitnessPage,
} from '@signoff/contracts';
import { problemsByField } from '../../../components/form/resolver-from';
import {
  newWitnessRequestAnswers,
  NO_WITNESS,
  startingStatement,
  statementFormProblems,
  toCentreWitnessContent,
  toCreateWitnessRequest,
  toStatementSubmission,
  witnessAnswersOf,
  witnessFormProblems,
  witnessRequestFormProblems,
  type StatementAnswers,
  type WitnessAnswers,
  type WitnessRequestAnswers,
} from './witness-forms';

const sentences = (problems: Parameters<typeof problemsByField>[0]) =>
  problemsByField(problems, { subjects: WITNESS_FIELD_NAMES });

const sam: WitnessAnswers = {
  name: ' Sam Carter ',
  jobRole: 'Senior care worker',
  email: 'sam.carter@example.org',
  expert: false,
  occupationalCompetence: 'left from when the box was ticked',
};

const claim = { unit: 'QC28074-3', outcome: '1', criterion: null };

describe('the register’s form', () => {
  it('trims the answers and leaves out competence for a witness who is not an expert', () => {
    expect(toCentreWitnessContent(sam)).toEqual({
      name: 'Sam Carter',
      jobRole: 'Senior care worker',
      email: 'sam.carter@example.org',
      expert: false,
      occupationalCompetence: null,
    });
  });

  it.each([
    ['a blank form', NO_WITNESS, ['name', 'jobRole', 'email']],
    [
      'an expert with no competence noted',
      { ...sam, expert: true, occupationalCompetence: ' ' },
      ['occupationalCompetence'],
    ],
    [
      'an expert with their competence',
      { ...sam, expert: true, occupationalCompetence: 'RMN' },
      [],
    ],
    ['a witness who is no expert', sam, []],
  ])('checks %s by the API’s rules', (_case, answers, fields) => {
    expect(Object.keys(sentences(witnessFormProblems(answers)))).toEqual(fields);
  });

  it('says an expert’s competence is needed in words for the person adding them', () => {
    expect(
      sentences(witnessFormProblems({ ...sam, expert: true, occupationalCompetence: '' })),
    ).toEqual({
      occupationalCompetence: 'Occupational competence must be filled in for an expert witness.',
    });
  });

  it('starts a change from the witness as the register holds them', () => {
    const held: CentreWitness = {
      id: 'w1',
      centreId: 'c1',
      name: 'Sam Carter',
      jobRole: 'Nurse',
      email: 'sam@example.org',
      expert: true,
      occupationalCompetence: null,
      testimonies: 2,
      createdAt: '2026-11-01T00:00:00Z',
    };
    expect(witnessAnswersOf(held)).toEqual({
      name: 'Sam Carter',
      jobRole: 'Nurse',
      email: 'sam@example.org',
      expert: true,
      occupationalCompetence: '',
    });
  });
});

describe('asking a witness', () => {
  const asking = (changes: Partial<WitnessRequestAnswers>): WitnessRequestAnswers => ({
    ...newWitnessRequestAnswers('new'),
    witness: sam,
    relationship: 'Shift lead for a year',
    claims: [claim],
    ...changes,
  });

  it('asks a new witness, who joins the register, with the days as a number', () => {
    expect(
      toCreateWitnessRequest(asking({ message: '  ', validDays: ' 7 ', sendEmail: true })),
    ).toEqual({
      witness: toCentreWitnessContent(sam),
      relationship: 'Shift lead for a year',
      claims: [claim],
      validDays: 7,
      sendEmail: true,
    });
  });

  it('asks a witness of the register by their id alone', () => {
    const request = toCreateWitnessRequest(
      asking({
        source: 'register',
        witnessId: '7b0c2a44-1111-4d2e-9c4b-2f6b7e0c1a11',
        message: 'The night shift',
      }),
    );
    expect(request).toMatchObject({
      witnessId: '7b0c2a44-1111-4d2e-9c4b-2f6b7e0c1a11',
      message: 'The night shift',
    });
    expect(request).not.toHaveProperty('witness');
  });

  it('starts with the link valid for 14 days and the email not sent', () => {
    expect(newWitnessRequestAnswers('register')).toMatchObject({
      validDays: '14',
      sendEmail: false,
    });
  });

  it.each([
    [
      'no witness chosen from the register',
      { source: 'register' as const },
      { witnessId: 'Witness must be chosen.' },
    ],
    [
      'the new witness’s name left blank',
      { witness: { ...sam, name: '' } },
      { 'witness.name': 'Witness’s name must be filled in.' },
    ],
    [
      'no relationship',
      { relationship: ' ' },
      { relationship: 'Relationship to the learner must be filled in.' },
    ],
    [
      'no outcome to describe',
      { claims: [] },
      {
        claims:
          'Learning outcomes must name at least one learning outcome for the witness to describe.',
      },
    ],
    [
      'days that are no number',
      { validDays: 'two weeks' },
      { validDays: 'Days the link stays valid must be a whole number.' },
    ],
    [
      'more days than a link may last',
      { validDays: '61' },
      { validDays: 'Days the link stays valid must be 60 or less.' },
    ],
  ])('refuses %s in the API’s words', (_case, changes, expected) => {
    expect(sentences(witnessRequestFormProblems(asking(changes)))).toEqual(expected);
  });
});

describe('the witness’s statement', () => {
  const page = {
    witness: {
      name: 'Sam Carter',
      jobRole: 'Senior care worker',
      relationship: 'Shift lead',
      expert: false,
    },
  } as WitnessPage;
  const now = () => new Date('2026-11-30T12:00:00Z');
  const written = (changes: Partial<StatementAnswers>): StatementAnswers => ({
    ...startingStatement(page),
    statement: 'I saw Jordan plan the handover.',
    activityDate: '2026-11-29',
    confirmed: true,
    ...changes,
  });

  it('starts from the role and relationship the asker gave', () => {
    expect(startingStatement(page)).toEqual({
      statement: '',
      jobRole: 'Senior care worker',
      relationship: 'Shift lead',
      activityDate: '',
      confirmed: false,
    });
  });

  it('sends the declaration the witness was shown, with their words trimmed', () => {
    expect(toStatementSubmission(written({ statement: '  I saw it.\n\nAnd more.  ' }))).toEqual({
      statement: 'I saw it.\n\nAnd more.',
      jobRole: 'Senior care worker',
      relationship: 'Shift lead',
      activityDate: '2026-11-29',
      declaration: WITNESS_STATEMENT_DECLARATION,
      confirmed: true,
    });
  });

  it.each([
    ['a statement as written', {}, []],
    ['no statement', { statement: ' ' }, ['statement']],
    ['no date', { activityDate: '' }, ['activityDate']],
    ['a day not on the calendar', { activityDate: '2026-02-30' }, ['activityDate']],
    ['a day after today', { activityDate: '2026-12-01' }, ['activityDate']],
    ['the box not ticked', { confirmed: false }, ['confirmed']],
  ])('checks %s', (_case, changes, fields) => {
    expect(statementFormProblems(now)(written(changes)).map((problem) => problem.path)).toEqual(
      fields,
    );
  });
});
