import {
  newEnrolmentProblems,
  reassignProblems,
  type CreateEnrolmentRequest,
  type EnrolmentStatus,
  type FieldError,
  type QualificationDocument,
  type ReassignEnrolmentRequest,
} from '@signoff/contracts';
import { pathwayProblems, plannedEndDateProblems, staffingProblems } from '@signoff/domain';

/** Problems found before sending, as sentences keyed by form field. */
export type FormProblems = Record<string, string>;

export interface StatusChangeAnswers {
  status: EnrolmentStatus | null;
  note: string;
}

export function statusChangeProblems({ status }: StatusChangeAnswers): FormProblems {
  return status === null ? { status: 'Choose the new status.' } : {};
}

export interface StaffAnswers {
  assessorId: string | null;
  iqaId: string | null;
}

/**
 * An enrolment needs an assessor and an IQA, each chosen by their id (the reassign request's
 * rules), then two people, neither of them the learner (the rule of libs/domain): both as the
 * API checks them.
 */
export function staffProblems(answers: StaffAnswers, learnerId: string): FieldError[] {
  const shape = reassignProblems(answers);
  if (shape.length > 0) return shape;
  const { assessorId, iqaId } = answers as ReassignEnrolmentRequest;
  return staffingProblems({ learnerId, assessorId, iqaId });
}

export interface EnrolAnswers extends StaffAnswers {
  qualificationId: string | null;
  pathway: string | null;
  startDate: string;
  plannedEndDate: string;
  registrationNumber: string;
  overrideReason: string;
}

/** What the request needs besides the answers. */
export interface EnrolStep {
  learnerId: string;
  /** The chosen qualification's document once loaded: one of its pathways, if any, is needed. */
  document: QualificationDocument | null;
  /** The entry check found an unmet requirement, so a reason to override it is needed. */
  needsOverride: boolean;
}

/** The request the answers make; it is sent only once `enrolProblems` finds nothing. */
export function toEnrolmentRequest(answers: EnrolAnswers, step: EnrolStep): CreateEnrolmentRequest {
  const hasPathways = (step.document?.pathways.length ?? 0) > 0;
  return {
    learnerId: step.learnerId,
    qualificationId: answers.qualificationId,
    pathway: hasPathways ? answers.pathway : null,
    startDate: answers.startDate,
    plannedEndDate: answers.plannedEndDate,
    registrationNumber: answers.registrationNumber.trim() || null,
    assessorId: answers.assessorId,
    iqaId: answers.iqaId,
    overrideReason: step.needsOverride ? answers.overrideReason.trim() : null,
  } as CreateEnrolmentRequest;
}

/**
 * The request's problems by the rules the API checks it with: its shape's (libs/contracts),
 * then those of libs/domain that need more than one field or the qualification, each only once
 * the fields it compares are sound.
 */
export function enrolProblems(answers: EnrolAnswers, step: EnrolStep): FieldError[] {
  const request = toEnrolmentRequest(answers, step);
  const shape = newEnrolmentProblems(request);
  const sound = (...fields: string[]) => !shape.some(({ path }) => fields.includes(path));
  return [
    ...shape,
    ...(step.document && sound('pathway') ? pathwayProblems(step.document, request.pathway) : []),
    ...(sound('startDate', 'plannedEndDate') ? plannedEndDateProblems(request) : []),
    ...(sound('assessorId', 'iqaId') ? staffingProblems(request) : []),
  ];
}
