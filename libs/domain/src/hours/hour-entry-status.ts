import type { HourEntryStatus, HourReviewDecision } from '@signoff/contracts';

export interface HourReviewFacts {
  decision: HourReviewDecision;
  /** The entry's revision the assessor judged. */
  revision: number;
}

/**
 * Where an entry stands, from its reviews: a confirmation is final whatever came after; otherwise
 * the review of the entry as it reads now (its current revision) decides, and an entry changed
 * since it was queried is logged again, awaiting the assessor.
 */
export function hourEntryStatus(
  revision: number,
  reviews: readonly HourReviewFacts[],
): HourEntryStatus {
  if (reviews.some(({ decision }) => decision === 'confirm')) return 'confirmed';
  const current = reviews.find((review) => review.revision === revision);
  return current?.decision === 'query' ? 'queried' : 'logged';
}
