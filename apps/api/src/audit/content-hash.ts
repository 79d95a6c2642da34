import { createHash } from 'node:crypto';
import { canonicalJson } from '@signoff/domain';

/** SHA-256 of a JSON value in canonical form (RFC 8785), so the same content always hashes the same. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
