import * as argon2 from 'argon2';
import { PasswordHasher } from './password-hasher';

// The test fixtures store cheap hashes to save time (test-app.ts): the app itself must not.
describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at 64 MiB, three passes and four lanes', async () => {
    expect(await hasher.hash('a long and private phrase')).toMatch(
      /^\$argon2id\$v=19\$m=65536,p=4,t=3\$/,
    );
  });

  it('verifies a password against the cost written in its hash, and refuses a wrong one', async () => {
    const cheap = await argon2.hash('right', {
      type: argon2.argon2id,
      memoryCost: 1024,
      timeCost: 1,
    });
    expect(await hasher.verify(cheap, 'right')).toBe(true);
    expect(await hasher.verify(cheap, 'wrong')).toBe(false);
    expect(await hasher.verify(null, 'right')).toBe(false);
  });
});
