/**
 * A JSON value in the canonical form of RFC 8785 (JCS), so that the same content always gives
 * the same bytes and anyone can recompute a hash stored beside it: object keys sorted by their
 * UTF-16 code units, numbers as ECMAScript writes them, strings escaped as JSON.stringify does,
 * no whitespace. A key whose value is undefined is left out, as JSON.stringify leaves it out.
 * What JSON cannot carry faithfully (NaN, Infinity, lone surrogates, undefined in a list,
 * functions, big integers) is refused rather than written in some lossy way.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value))
      throw new TypeError('a string with a lone surrogate has no JSON form');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      // `<` on strings compares UTF-16 code units, the order RFC 8785 asks for.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${canonicalJson(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`a ${typeof value} has no JSON form`);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
