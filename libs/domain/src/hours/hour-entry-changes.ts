import type { HourEntryStatus } from '@signoff/contracts';

/**
 * What may be done to an entry as it stands, each answering why not in words for the person
 * asking, or null when it may. A confirmed entry never changes: a correction is a new entry that
 * takes its place in the totals, and an entry is corrected once (a later correction corrects the
 * correction).
 */
export function hourEditRefusal(status: HourEntryStatus): string | null {
  return status === 'confirmed'
    ? 'This entry has been confirmed by your assessor, so it can no longer be changed. Log a correction instead: a new entry that takes its place in the totals once saved.'
    : null;
}

export function hourCorrectionRefusal(
  status: HourEntryStatus,
  correctedBy: string | null,
): string | null {
  if (status !== 'confirmed')
    return 'Only a confirmed entry is corrected; this one has not been confirmed, so change it instead.';
  if (correctedBy !== null)
    return 'This entry has already been corrected; correct the correction instead.';
  return null;
}

export function hourReviewRefusal(
  status: HourEntryStatus,
  correctedBy: string | null,
): string | null {
  if (correctedBy !== null)
    return 'This entry has been replaced by a correction; review the correction instead.';
  if (status === 'confirmed') return 'This entry has already been confirmed.';
  if (status === 'queried')
    return 'This entry has been queried and awaits the learner’s change; it can be reviewed once they change it.';
  return null;
}
