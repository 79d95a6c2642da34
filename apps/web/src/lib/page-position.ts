const count = new Intl.NumberFormat('en-GB');

export interface PagePlace {
  /** What the list holds: one, and more than one. */
  noun: { one: string; many: string };
  offset: number;
  /** Rows on this page, and in the whole list. */
  shown: number;
  total: number;
}

/** Where a page sits in its list, in words: "Showing 51–100 of 1,234 learners". */
export function pagePosition({ noun, offset, shown, total }: PagePlace): string {
  if (offset === 0 && shown === total)
    return total === 1
      ? `Showing 1 ${noun.one}`
      : `Showing all ${count.format(total)} ${noun.many}`;
  const first = Math.min(offset + 1, total);
  return `Showing ${count.format(first)}–${count.format(offset + shown)} of ${count.format(total)} ${noun.many}`;
}
