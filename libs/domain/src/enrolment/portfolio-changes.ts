import type { EnrolmentStatus } from '@signoff/contracts';

/**
 * Why the portfolio of an enrolment in this status takes no changes (new evidence, draft edits,
 * files, submissions, revisions, discards, the learner's unit plan), or null while it is active.
 * Words for the learner: what happened and what to do. An admin can still change the status.
 */
const REFUSALS: Record<EnrolmentStatus, string | null> = {
  active: null,
  break_in_learning:
    'This enrolment is on a break in learning, so its portfolio cannot be changed until your centre makes it active again.',
  withdrawn:
    'This enrolment has been withdrawn, so its portfolio can no longer be changed. If you are coming back, ask your centre to make it active again.',
  completed:
    'This enrolment is completed, so its portfolio can no longer be changed. If something is missing, ask your centre to reopen it.',
  certificated:
    'This enrolment has been certificated, so its portfolio is final and can no longer be changed.',
};

export function portfolioChangeRefusal(status: EnrolmentStatus): string | null {
  return REFUSALS[status];
}
