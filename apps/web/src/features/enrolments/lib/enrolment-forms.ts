import type { EnrolmentStatus } from '@signoff/contracts';
import { plannedEndDateProblems } from '@signoff/domain';
import { describeFieldErrors } from '../../../lib/error-messages';

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

/** An enrolment needs an assessor and an IQA, two different people. */
export function staffProblems({ assessorId, iqaId }: StaffAnswers): FormProblems {
  const found: FormProblems = {};
  if (assessorId === null) found['assessorId'] = 'Choose the assessor.';
  if (iqaId === null) found['iqaId'] = 'Choose the IQA.';
  else if (iqaId === assessorId)
    found['iqaId'] = 'The IQA must be a different person from the assessor.';
  return found;
}

export const OVERRIDE_REASON_MIN = 10;
export const OVERRIDE_REASON_MAX = 2000;

export interface EnrolAnswers extends StaffAnswers {
  qualificationId: string | null;
  pathway: string | null;
  startDate: string;
  plannedEndDate: string;
  registrationNumber: string;
  overrideReason: string;
}

export interface EnrolStep {
  /** The chosen qualification's pathways: one must be chosen when it has any. */
  pathwayCount: number;
  /** The entry check found an unmet requirement, so a reason to override it is needed. */
  needsOverride: boolean;
}

const PLANNED_END_SUBJECTS = { plannedEndDate: 'Planned end date', startDate: 'Start date' };

export function enrolProblems(answers: EnrolAnswers, step: EnrolStep): FormProblems {
  const found: FormProblems = {};
  if (answers.qualificationId === null) found['qualificationId'] = 'Choose a qualification.';
  if (step.pathwayCount > 0 && answers.pathway === null) found['pathway'] = 'Choose a pathway.';
  if (answers.startDate === '') found['startDate'] = 'Enter the start date.';
  if (answers.plannedEndDate === '') found['plannedEndDate'] = 'Enter the planned end date.';
  else if (answers.startDate !== '')
    Object.assign(
      found,
      describeFieldErrors(plannedEndDateProblems(answers), PLANNED_END_SUBJECTS),
    );
  Object.assign(found, staffProblems(answers));
  if (step.needsOverride && answers.overrideReason.trim().length < OVERRIDE_REASON_MIN)
    found['overrideReason'] =
      `Explain why the learner is enrolled anyway, in at least ${OVERRIDE_REASON_MIN} characters.`;
  return found;
}
