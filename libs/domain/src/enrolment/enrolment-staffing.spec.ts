import { staffingProblems } from './enrolment-staffing';

describe('staffingProblems', () => {
  it('accepts three different people', () => {
    expect(staffingProblems({ learnerId: 'L', assessorId: 'A', iqaId: 'I' })).toEqual([]);
  });

  it.each([
    [{ learnerId: 'L', assessorId: 'A', iqaId: 'A' }, ['iqaId']],
    [{ learnerId: 'L', assessorId: 'L', iqaId: 'I' }, ['assessorId']],
    [{ learnerId: 'L', assessorId: 'A', iqaId: 'L' }, ['iqaId']],
    [{ learnerId: 'L', assessorId: 'L', iqaId: 'L' }, ['assessorId', 'iqaId', 'iqaId']],
  ])('refuses %j at %j', (people, paths) => {
    expect(staffingProblems(people).map((problem) => problem.path)).toEqual(paths);
  });
});
