import type { FieldError } from '@signoff/contracts';

/**
 * Who may hold an enrolment: its assessor and its IQA are different people, and nobody assesses
 * or verifies their own learning.
 */
export function staffingProblems(people: {
  learnerId: string;
  assessorId: string;
  iqaId: string;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (people.assessorId === people.learnerId)
    problems.push({
      path: 'assessorId',
      message: 'cannot be the learner: nobody assesses their own enrolment',
    });
  if (people.iqaId === people.learnerId)
    problems.push({
      path: 'iqaId',
      message: 'cannot be the learner: nobody verifies their own enrolment',
    });
  if (people.iqaId === people.assessorId)
    problems.push({ path: 'iqaId', message: 'must be a different person from the assessor' });
  return problems;
}
