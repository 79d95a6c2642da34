/** Folds case and accents, so that "zoe" finds "Zoë" and "chloe" finds "Chloé". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');
}

/** True when every word of the query appears in one of the fields, in any order. */
export function matchesSearch(
  query: string,
  fields: readonly (string | null | undefined)[],
): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fields
    .filter((field): field is string => Boolean(field))
    .map(fold)
    .join('\n');
  return words.every((word) => text.includes(word));
}
