import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { secretFromFile } from '../files/secret-file';

const SECRET_BYTES = 32;
/** base64url of an HMAC-SHA256: 43 characters, 256 bits. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A witness's link carries a token of 256 bits: HMAC-SHA256 of the request's id under a secret
 * kept in DATA_DIR (made on first use), so it can be made again from the id alone (the e-mail
 * job holds only the id) and is stored nowhere. The database keeps its SHA-256, which finds the
 * request; the token given is then compared with the one made from that request's id, in
 * constant time. Without the secret no id leads to a token; without the token no hash leads
 * to a request.
 */
export class WitnessLinks {
  private constructor(
    private readonly secret: Buffer,
    private readonly publicOrigin: string,
  ) {}

  static async open(dataDir: string, publicOrigin: string): Promise<WitnessLinks> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const secret = await secretFromFile(
      join(dataDir, 'witness-links.key'),
      SECRET_BYTES,
      'a witness link secret',
    );
    return new WitnessLinks(secret, publicOrigin);
  }

  tokenOf(requestId: string): string {
    return createHmac('sha256', this.secret)
      .update(`witness-request\n${requestId}`)
      .digest('base64url');
  }

  linkOf(requestId: string): string {
    return `${this.publicOrigin}/witness/${this.tokenOf(requestId)}`;
  }

  /** The SHA-256 (hex) a request is looked up by; null for what cannot be a token. */
  lookupHash(token: string): string | null {
    return TOKEN.test(token) ? createHash('sha256').update(token).digest('hex') : null;
  }

  /** True when `token` is the one made for `requestId`. */
  matches(token: string, requestId: string): boolean {
    const given = Buffer.from(token);
    const expected = Buffer.from(this.tokenOf(requestId));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
