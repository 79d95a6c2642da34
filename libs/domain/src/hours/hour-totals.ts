import type { HourCategory, HourCategoryTotal, HourEntryStatus } from '@signoff/contracts';
import type { HourTarget } from './hour-targets';

export interface HourEntryFacts {
  category: string;
  minutes: number;
  status: HourEntryStatus;
  /** A correction supersedes it: it no longer counts, its correction does. */
  correctedBy: string | null;
}

/**
 * The totals per category, in the categories' order: every entry not superseded by a
 * correction counts as logged, and as confirmed or queried as it stands, so a corrected hour
 * is never counted twice. What remains is the target less what is confirmed, never below 0.
 */
export function hourTotals(
  categories: readonly HourCategory[],
  entries: readonly HourEntryFacts[],
  targetOf: (category: string) => HourTarget,
): HourCategoryTotal[] {
  const known = new Set(categories.map(({ key }) => key));
  const stray = [...new Set(entries.map(({ category }) => category))]
    .filter((key) => !known.has(key))
    .map((key) => ({ key, title: key, builtIn: false }));
  return [...categories, ...stray].map(({ key, title }) => {
    const counted = entries.filter((entry) => entry.category === key && entry.correctedBy === null);
    const sum = (status?: HourEntryStatus) =>
      counted
        .filter((entry) => status === undefined || entry.status === status)
        .reduce((total, entry) => total + entry.minutes, 0);
    const target = targetOf(key);
    const confirmedMinutes = sum('confirmed');
    return {
      category: key,
      title,
      loggedMinutes: sum(),
      confirmedMinutes,
      queriedMinutes: sum('queried'),
      targetMinutes: target.minutes,
      targetSource: target.source,
      remainingMinutes:
        target.minutes === null ? null : Math.max(0, target.minutes - confirmedMinutes),
      targetSettable: target.settable,
    };
  });
}
