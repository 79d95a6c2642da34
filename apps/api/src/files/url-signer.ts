import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';

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

  /**
   * The secret lives in a file beside the objects, made on first use, so every process sharing
   * DATA_DIR signs alike. It is written whole under another name and then linked into place: a
   * process starting at the same moment reads a complete secret or makes none.
   */
  static async fromSecretFile(path: string): Promise<UrlSigner> {
    const draft = `${path}.${randomUUID()}`;
    await writeFile(draft, randomBytes(SECRET_BYTES), { mode: 0o600, flag: 'wx' });
    try {
      await link(draft, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await rm(draft, { force: true });
    }
    const secret = await readFile(path);
    if (secret.length !== SECRET_BYTES) throw new Error(`${path} is not a URL signing secret`);
    return new UrlSigner(secret);
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
