import type { EntryCheck, FieldError } from '@signoff/contracts';

/**
 * The entry requirements that block an enrolment: each required (not advisory) one not met,
 * named by its place in the check's results; none once an admin gives a reason to override.
 */
export function unmetEntryRequirements(
  check: EntryCheck,
  overrideReason: string | null,
): FieldError[] {
  if (!check.blocking || overrideReason !== null) return [];
  return check.results.flatMap((result, index) =>
    result.outcome === 'not_met' && !result.advisory
      ? [
          {
            path: `entryCheck.results.${index}`,
            message: `${result.description}: ${result.reason}`,
          },
        ]
      : [],
  );
}
