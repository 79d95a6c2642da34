import { newEnrolmentProblems, reassignProblems } from './enrolment-rules';

const ID = '0b7c4f0e-3f5a-4c1e-9d2a-6a1f3e5b7c9d';
const enrolment = {
  learnerId: ID,
  qualificationId: ID,
  startDate: '2026-09-01',
  pathway: null,
  plannedEndDate: '2027-08-31',
  registrationNumber: null,
  assessorId: ID,
  iqaId: ID,
  overrideReason: null,
};
const REAL_DATE = 'must be a real date, written YYYY-MM-DD (for example 2026-09-01)';

describe('newEnrolmentProblems', () => {
  it.each([
    [{}, []],
    [{ targetHours: { supervised: 120, work: null }, plannedUnits: ['F/504/2218'] }, []],
    [
      { startDate: '2026-02-30', plannedEndDate: '31/08/2027' },
      [`startDate ${REAL_DATE}`, `plannedEndDate ${REAL_DATE}`],
    ],
    [
      { overrideReason: 'ok' },
      ['overrideReason must explain the override in 10 to 2000 characters'],
    ],
    [{ assessorId: 'me' }, ['assessorId must be a user id']],
    [
      { targetHours: { supervised: -1, work: 2.5 } },
      ['targetHours.supervised must be 0 or more', 'targetHours.work must be a whole number'],
    ],
    [{ plannedUnits: [1] }, ['plannedUnits must be text, in every entry']],
  ])('%j: %j', (change, expected) => {
    expect(
      newEnrolmentProblems({ ...enrolment, ...change }).map((p) => `${p.path} ${p.message}`),
    ).toEqual(expected);
  });
});

describe('reassignProblems', () => {
  it.each([
    [{ assessorId: ID, iqaId: ID }, []],
    [{ assessorId: null, iqaId: '' }, ['assessorId must be chosen', 'iqaId must be chosen']],
    [{ assessorId: 'me', iqaId: 42 }, ['assessorId must be a user id', 'iqaId must be a user id']],
    [{}, ['assessorId must be filled in', 'iqaId must be filled in']],
  ])('%j: %j', (request, expected) => {
    expect(reassignProblems(request).map((p) => `${p.path} ${p.message}`)).toEqual(expected);
  });
});
