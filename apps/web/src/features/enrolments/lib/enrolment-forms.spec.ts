import type { QualificationDocument } from '@signoff/contracts';
import {
  enrolProblems,
  staffProblems,
  statusChangeProblems,
  toEnrolmentRequest,
  type EnrolAnswers,
  type EnrolStep,
} from './enrolment-forms';

describe('statusChangeProblems', () => {
  it('asks for the new status until one is chosen', () => {
    expect(statusChangeProblems({ status: null, note: '' })).toEqual({
      status: 'Choose the new status.',
    });
    expect(statusChangeProblems({ status: 'withdrawn', note: '' })).toEqual({});
  });
});

const STAFF_ID = (n: number) => `00000000-0000-4000-8000-00000000001${n}`;
const LEARNER = STAFF_ID(9);

describe('staffProblems', () => {
  it.each([
    [
      { assessorId: null, iqaId: null },
      [
        { path: 'assessorId', message: 'must be chosen' },
        { path: 'iqaId', message: 'must be chosen' },
      ],
    ],
    [
      { assessorId: 'someone', iqaId: STAFF_ID(2) },
      [{ path: 'assessorId', message: 'must be a user id' }],
    ],
    [
      { assessorId: STAFF_ID(1), iqaId: STAFF_ID(1) },
      [{ path: 'iqaId', message: 'must be a different person from the assessor' }],
    ],
    [
      { assessorId: LEARNER, iqaId: STAFF_ID(2) },
      [
        {
          path: 'assessorId',
          message: 'cannot be the learner: nobody assesses their own enrolment',
        },
      ],
    ],
    [{ assessorId: STAFF_ID(1), iqaId: STAFF_ID(2) }, []],
  ])(
    'checks %j by the reassign request’s rules, then the domain’s staffing rule',
    (answers, problems) => {
      expect(staffProblems(answers, LEARNER)).toEqual(problems);
    },
  );
});

describe('enrolProblems', () => {
  const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
  const complete: EnrolAnswers = {
    qualificationId: ID(1),
    pathway: null,
    startDate: '2026-09-01',
    plannedEndDate: '2027-09-01',
    registrationNumber: ' ',
    assessorId: ID(2),
    iqaId: ID(3),
    overrideReason: '',
  };
  const step: EnrolStep = { learnerId: ID(4), document: null, needsOverride: false };
  const withPathways = {
    pathways: [{ code: 'adults-management', title: 'Adults’ Management' }],
  } as QualificationDocument;

  it('finds nothing wrong with complete details and no unmet requirement', () => {
    expect(enrolProblems(complete, step)).toEqual([]);
  });

  it('asks by the API’s rules for what is not chosen or filled in', () => {
    expect(
      enrolProblems(
        { ...complete, qualificationId: null, startDate: '', assessorId: null, iqaId: null },
        step,
      ),
    ).toEqual([
      { path: 'qualificationId', message: 'must be chosen' },
      { path: 'startDate', message: 'must be filled in' },
      { path: 'assessorId', message: 'must be chosen' },
      { path: 'iqaId', message: 'must be chosen' },
    ]);
  });

  it('asks for a pathway only when the qualification has some', () => {
    expect(enrolProblems(complete, { ...step, document: withPathways })).toEqual([
      { path: 'pathway', message: 'is required: choose one of the pathways' },
    ]);
    expect(
      enrolProblems(
        { ...complete, pathway: 'adults-management' },
        { ...step, document: withPathways },
      ),
    ).toEqual([]);
  });

  it('holds the planned end date to the domain’s end-after-start rule', () => {
    expect(enrolProblems({ ...complete, plannedEndDate: '2026-08-01' }, step)).toEqual([
      { path: 'plannedEndDate', message: 'must be after the start date' },
    ]);
  });

  it('needs a reason of ten characters or more to override an unmet requirement', () => {
    const overriding = { ...step, needsOverride: true };
    expect(enrolProblems({ ...complete, overrideReason: 'too short' }, overriding)).toEqual([
      { path: 'overrideReason', message: 'must explain the override in 10 to 2000 characters' },
    ]);
    expect(
      enrolProblems({ ...complete, overrideReason: 'Experience in post' }, overriding),
    ).toEqual([]);
  });

  it('sends the override reason only when one is needed, and a blank number as none', () => {
    expect(toEnrolmentRequest({ ...complete, overrideReason: 'Experience in post' }, step)).toEqual(
      {
        learnerId: ID(4),
        qualificationId: ID(1),
        pathway: null,
        startDate: '2026-09-01',
        plannedEndDate: '2027-09-01',
        registrationNumber: null,
        assessorId: ID(2),
        iqaId: ID(3),
        overrideReason: null,
      },
    );
  });
});
