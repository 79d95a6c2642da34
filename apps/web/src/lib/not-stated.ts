/** What the page says for a value the source does not state: words, never a blank. */
export const NOT_STATED = 'not stated';

export function orNotStated(value: string | number | null | undefined, suffix = ''): string {
  if (value === null || value === undefined || value === '') return NOT_STATED;
  return `${value}${suffix}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

export function formatDate(iso: string | null): string {
  if (!iso) return NOT_STATED;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}
