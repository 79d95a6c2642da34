import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WitnessLinks } from './witness-links';

describe('WitnessLinks', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'witness-links-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('makes a 256-bit token per request, the same from the same secret, found by its SHA-256', async () => {
    const dataDir = folder();
    const links = await WitnessLinks.open(dataDir, 'https://signoff.test');
    const again = await WitnessLinks.open(dataDir, 'https://signoff.test');
    const id = randomUUID();
    const token = links.tokenOf(id);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(again.tokenOf(id)).toBe(token);
    expect(links.linkOf(id)).toBe(`https://signoff.test/witness/${token}`);
    expect(links.tokenOf(randomUUID())).not.toBe(token);
    expect(links.lookupHash(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(readFileSync(join(dataDir, 'witness-links.key'))).toHaveLength(32);
  });

  it('makes other tokens under another secret', async () => {
    const id = randomUUID();
    const one = await WitnessLinks.open(folder(), 'https://signoff.test');
    const other = await WitnessLinks.open(folder(), 'https://signoff.test');
    expect(other.tokenOf(id)).not.toBe(one.tokenOf(id));
    expect(other.matches(one.tokenOf(id), id)).toBe(false);
  });

  it('takes only what can be a token, and matches it to its own request alone', async () => {
    const links = await WitnessLinks.open(folder(), 'https://signoff.test');
    const id = randomUUID();
    const token = links.tokenOf(id);
    expect(links.matches(token, id)).toBe(true);
    expect(links.matches(token, randomUUID())).toBe(false);
    expect(links.matches(`${token}x`, id)).toBe(false);
    for (const notAToken of ['', 'short', `${token}A`, `${token.slice(0, 42)}!`, id])
      expect(links.lookupHash(notAToken)).toBeNull();
  });
});
