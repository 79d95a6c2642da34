import type { UnitProgressStatus } from '@signoff/contracts';

export const UNIT_PROGRESS_WORDS: Record<UnitProgressStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  awaiting_unit_sign_off: 'Awaiting the assessor’s sign-off',
  awaiting_countersignature: 'Awaiting the learner’s countersignature',
  achieved: 'Achieved',
};

/** Where a unit stands, as a badge. */
export function UnitProgressBadge({ status }: { status: UnitProgressStatus }) {
  return <span className={`badge badge--unit-${status}`}>{UNIT_PROGRESS_WORDS[status]}</span>;
}
