import type {
  AssessmentDecisionRequest,
  FieldError,
  QualificationDocument,
} from '@signoff/contracts';
import { claimProblems } from '../evidence/evidence-claims';

/**
 * What is wrong with an assessor's decision, by field: feedback is required to refer and, as the
 * reason, to withdraw an acceptance; a mapping is required to accept or refer (a withdrawal
 * carries none), and it names outcomes and criteria of the enrolment's planned units, each once.
 */
export function assessmentProblems(
  qualification: Pick<QualificationDocument, 'units'>,
  plannedUnits: readonly string[],
  request: Pick<AssessmentDecisionRequest, 'decision' | 'feedback' | 'mapping'>,
): FieldError[] {
  const problems: FieldError[] = [];
  const feedback = request.feedback?.trim() ?? '';
  if (request.decision !== 'accept' && feedback === '') {
    problems.push({
      path: 'feedback',
      message:
        request.decision === 'refer'
          ? 'is required to refer: tell the learner what to change'
          : 'is required to withdraw an acceptance: say why it was given in error',
    });
  }
  if (request.decision === 'withdrawAcceptance') {
    if ((request.mapping ?? []).length > 0)
      problems.push({ path: 'mapping', message: 'is not taken when withdrawing an acceptance' });
    return problems;
  }
  if (request.mapping === undefined || request.mapping.length === 0) {
    problems.push({ path: 'mapping', message: 'must name at least one outcome or criterion' });
    return problems;
  }
  const planned = qualification.units.filter(
    (unit) => unit.reference !== null && plannedUnits.includes(unit.reference),
  );
  problems.push(
    ...claimProblems(
      { units: planned },
      request.mapping,
      'mapping',
      'a planned unit of this enrolment',
    ),
  );
  return problems;
}
