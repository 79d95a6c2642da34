import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id at the library's defaults (64 MiB, t=3), which meet OWASP's current advice. */
@Injectable()
export class PasswordHasher {
  // Verified against when the account is unknown or has no password, so that a wrong email
  // takes as long to refuse as a wrong password.
  private readonly decoy = argon2.hash('decoy password that matches nothing', {
    type: argon2.argon2id,
  });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
