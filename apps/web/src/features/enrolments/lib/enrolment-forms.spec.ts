import {
  enrolProblems,
  staffProblems,
  statusChangeProblems,
  type EnrolAnswers,
} from './enrolment-forms';

describe('statusChangeProblems', () => {
  it('asks for the new status until one is chosen', () => {
    expect(statusChangeProblems({ status: null, note: '' })).toEqual({
      status: 'Choose the new status.',
    });
    expect(statusChangeProblems({ status: 'withdrawn', note: '' })).toEqual({});
  });
});

describe('staffProblems', () => {
  it.each([
    [
      { assessorId: null, iqaId: null },
      { assessorId: 'Choose the assessor.', iqaId: 'Choose the IQA.' },
    ],
    [
      { assessorId: 'a', iqaId: 'a' },
      { iqaId: 'The IQA must be a different person from the assessor.' },
    ],
    [{ assessorId: 'a', iqaId: 'b' }, {}],
  ])('checks %j', (answers, problems) => {
    expect(staffProblems(answers)).toEqual(problems);
  });
});

describe('enrolProblems', () => {
  const complete: EnrolAnswers = {
    qualificationId: 'q',
    pathway: null,
    startDate: '2026-09-01',
    plannedEndDate: '2027-09-01',
    registrationNumber: '',
    assessorId: 'a',
    iqaId: 'b',
    overrideReason: '',
  };

  it('finds nothing wrong with complete details and no unmet requirement', () => {
    expect(enrolProblems(complete, { pathwayCount: 0, needsOverride: false })).toEqual({});
  });

  it('asks for a pathway only when the qualification has some', () => {
    expect(enrolProblems(complete, { pathwayCount: 2, needsOverride: false })).toEqual({
      pathway: 'Choose a pathway.',
    });
  });

  it('words the domain’s end-after-start rule for the planned end date', () => {
    expect(
      enrolProblems(
        { ...complete, plannedEndDate: '2026-08-01' },
        { pathwayCount: 0, needsOverride: false },
      ),
    ).toEqual({ plannedEndDate: expect.stringMatching(/^Planned end date /) });
  });

  it('needs a reason of ten characters or more to override an unmet requirement', () => {
    expect(
      enrolProblems(
        { ...complete, overrideReason: 'too short' },
        { pathwayCount: 0, needsOverride: true },
      ),
    ).toEqual({
      overrideReason: 'Explain why the learner is enrolled anyway, in at least 10 characters.',
    });
    expect(
      enrolProblems(
        { ...complete, overrideReason: 'Experience in post' },
        { pathwayCount: 0, needsOverride: true },
      ),
    ).toEqual({});
  });
});
