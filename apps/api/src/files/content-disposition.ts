/**
 * A Content-Disposition value per RFC 6266 with the name twice: `filename*` in UTF-8 (RFC 8187)
 * for every current browser, and a plain ASCII `filename` for the rest, where anything outside
 * printable ASCII, quotes and backslashes become "_" so the quoted string cannot be broken.
 */
export function contentDisposition(disposition: 'attachment' | 'inline', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

/** Percent-encodes all but RFC 8187's attr-chars; encodeURIComponent alone leaves ' ( ) * in. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
