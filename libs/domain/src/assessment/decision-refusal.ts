import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@signoff/contracts';

/**
 * Why the evidence of an enrolment in this status takes no assessment decisions, or null while it
 * does. Words for the assessor. An enrolment on a break in learning is still assessed: work the
 * learner submitted before the break is judged, and a referral waits for their return.
 */
const REFUSALS: Record<EnrolmentStatus, string | null> = {
  active: null,
  break_in_learning: null,
  withdrawn:
    'This enrolment has been withdrawn, so its evidence can no longer be assessed. If the learner is coming back, ask an admin to make the enrolment active again.',
  completed:
    'This enrolment is completed, so its evidence can no longer be assessed. If something is missing, ask an admin to reopen it.',
  certificated:
    'This enrolment has been certificated, so its portfolio is final and its evidence can no longer be assessed.',
};

export function decisionRefusal(status: EnrolmentStatus): string | null {
  return REFUSALS[status];
}

/** The statuses whose evidence awaits decisions, for the assessment queue. */
export const ASSESSED_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ENROLMENT_STATUSES.filter(
  (status) => decisionRefusal(status) === null,
);
