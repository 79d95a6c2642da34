import { createHmac, timingSafeEqual } from 'node:crypto';
import { secretFromFile } from './secret-file';

export interface SignedFileAddress {
  key: string;
  disposition: 'attachment' | 'inline';
  /** Unix seconds. */
  expires: number;
  signature: string;
}

const SECRET_BYTES = 32;

/**
 * Signs and checks the expiring addresses local disk storage gives out, with HMAC-SHA256 over
 * the key, the disposition and the expiry, so none of them can be changed without the secret.
 */
export class UrlSigner {
  private constructor(private readonly secret: Buffer) {}

  /** The secret lives in a file beside the objects (see `secretFromFile`). */
  static async fromSecretFile(path: string): Promise<UrlSigner> {
    return new UrlSigner(await secretFromFile(path, SECRET_BYTES, 'a URL signing secret'));
  }

  sign(address: Omit<SignedFileAddress, 'signature'>): SignedFileAddress {
    return { ...address, signature: this.signatureOf(address) };
  }

  /** True only for an address signed here, unchanged, and not yet expired. */
  verify(address: SignedFileAddress, now: Date): boolean {
    if (!Number.isSafeInteger(address.expires) || address.expires * 1000 <= now.getTime())
      return false;
    const expected = Buffer.from(this.signatureOf(address), 'base64url');
    const given = Buffer.from(address.signature, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private signatureOf({ key, disposition, expires }: Omit<SignedFileAddress, 'signature'>): string {
    return createHmac('sha256', this.secret)
      .update(`${key}\n${disposition}\n${expires}`)
      .digest('base64url');
  }
}
