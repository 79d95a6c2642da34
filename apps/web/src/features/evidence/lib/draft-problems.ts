import type { EvidenceClaim, FieldError } from '@signoff/contracts';
import { describeFieldErrors } from '../../../lib/error-messages';

/** The draft's fields as problems name them, to make a predicate a sentence. */
export const DRAFT_SUBJECTS: Record<string, string> = {
  title: 'Title',
  method: 'Method',
  activityDate: 'Date of the activity',
  narrative: 'Narrative',
  claims: 'Mapping',
  'claims.*': 'This claim',
  'claims.*.unit': 'The unit',
  'claims.*.outcome': 'The outcome',
  'claims.*.criterion': 'The criterion',
};

export interface PlacedProblems {
  /** Sentences by the draft's field. */
  fields: Record<string, string>;
  /** Problems with single claims, by the unit claimed. */
  units: Map<string, string>;
}

/**
 * Problems by where they show: `claims.3.outcome` at the unit of claim 3 (the picker has no field
 * per claim), anything else on its field.
 */
export function placeDraftProblems(
  problems: readonly FieldError[],
  claims: readonly EvidenceClaim[],
  subjects: Record<string, string> = DRAFT_SUBJECTS,
): PlacedProblems {
  const fields: Record<string, string> = {};
  const units = new Map<string, string>();
  const byPath = describeFieldErrors(problems, subjects, { fullPaths: true });
  for (const [path, words] of Object.entries(byPath)) {
    const claim = /^claims\.(\d+)/.exec(path);
    const unit = claim ? claims[Number(claim[1])]?.unit : undefined;
    if (unit) units.set(unit, [units.get(unit), words].filter(Boolean).join(' '));
    else {
      const field = path.split('.')[0] ?? path;
      fields[field] = [fields[field], words].filter(Boolean).join(' ');
    }
  }
  return { fields, units };
}
