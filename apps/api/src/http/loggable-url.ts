/** Paths whose next segment is a secret: whoever holds it may act (a witness's link). */
const SECRET_SEGMENTS = /^(\/api\/witness\/)[^/?#]+/;

/**
 * A request's address as logs and traces keep it: a witness link's token is its own permission,
 * so it is replaced before the address is written anywhere.
 */
export function loggableUrl(url: string): string {
  return url.replace(SECRET_SEGMENTS, '$1[token]');
}
