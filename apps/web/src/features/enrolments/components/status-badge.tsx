import type { EnrolmentStatus } from '@signoff/contracts';
import { STATUS_WORDS } from '../lib/enrolment-status';

export interface StatusBadgeProps {
  status: EnrolmentStatus;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  return <span className={`badge badge--status-${status}`}>{STATUS_WORDS[status]}</span>;
}
