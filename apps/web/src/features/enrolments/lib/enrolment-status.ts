import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@signoff/contracts';
import { mayChangeStatus } from '@signoff/domain';

export const STATUS_WORDS: Record<EnrolmentStatus, string> = {
  active: 'Active',
  break_in_learning: 'Break in learning',
  withdrawn: 'Withdrawn',
  completed: 'Completed',
  certificated: 'Certificated',
};

/** The statuses an enrolment may move to from where it is; certification is final. */
export function nextStatuses(from: EnrolmentStatus): EnrolmentStatus[] {
  return ENROLMENT_STATUSES.filter((to) => mayChangeStatus(from, to));
}
