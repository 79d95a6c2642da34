import type { EnrolmentStatus } from '@signoff/contracts';

const NEXT: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  active: ['break_in_learning', 'withdrawn', 'completed'],
  break_in_learning: ['active', 'withdrawn'],
  // A withdrawn learner may come back to the same enrolment.
  withdrawn: ['active'],
  completed: ['certificated', 'active'],
  certificated: [],
};

/** May an enrolment move from one status to another? Certification is final. */
export function mayChangeStatus(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return NEXT[from].includes(to);
}
