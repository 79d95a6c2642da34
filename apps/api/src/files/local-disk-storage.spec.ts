import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage, SIGNED_FILES_PATH } from './local-disk-storage';
import { isStorageKey, newStorageKey } from './storage-key';

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'local-disk-storage-'));
    storage = await LocalDiskStorage.open(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function staged(content: string): Promise<string> {
    const path = join(storage.stagingDir, `${newStorageKey()}.part`);
    await writeFile(path, content);
    return path;
  }

  it('moves a staged file in under its key, leaving staging empty', async () => {
    const key = newStorageKey();
    await storage.put(key, await staged('signed witness statement'));

    expect(await readdir(storage.stagingDir)).toEqual([]);
    expect(await stat(join(root, 'objects', key.slice(0, 2), key))).toBeTruthy();
    expect(await storage.size(key)).toBe(24);
    expect(await readAll(storage.read(key))).toBe('signed witness statement');
  });

  it('writes a stream in under its key, leaving staging empty', async () => {
    const key = newStorageKey();
    await storage.write(key, Readable.from([Buffer.from('made '), Buffer.from('by a job')]));
    expect(await readdir(storage.stagingDir)).toEqual([]);
    expect(await readAll(storage.read(key))).toBe('made by a job');
  });

  it('keeps nothing of a stream that fails', async () => {
    const key = newStorageKey();
    const failing = new Readable({
      read() {
        this.push('half');
        this.destroy(new Error('source gone'));
      },
    });
    await expect(storage.write(key, failing)).rejects.toThrow('source gone');
    expect(await readdir(storage.stagingDir)).toEqual([]);
    await expect(storage.size(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  describe('signed addresses', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const inAnHour = new Date(now.getTime() + 60 * 60 * 1000);
    const addressOf = (url: string) => {
      const parsed = new URL(url, 'https://signoff.test');
      return {
        path: parsed.pathname,
        key: parsed.pathname.split('/').pop() as string,
        disposition: parsed.searchParams.get('disposition') as 'attachment' | 'inline',
        expires: Number(parsed.searchParams.get('expires')),
        signature: parsed.searchParams.get('signature') as string,
      };
    };

    it('signs an address for one object that works until it expires', async () => {
      const key = newStorageKey();
      const address = addressOf(
        await storage.signedUrl(key, { disposition: 'inline', expiresAt: inAnHour }),
      );
      expect(address.path).toBe(`${SIGNED_FILES_PATH}/${key}`);
      expect(address.expires).toBe(inAnHour.getTime() / 1000);
      expect(storage.verifySignedUrl(address, now)).toBe(true);
      expect(storage.verifySignedUrl(address, inAnHour)).toBe(false);
    });

    it.each([
      ['another object', { key: newStorageKey() }],
      ['another disposition', { disposition: 'attachment' as const }],
      ['a later expiry', { expires: 4_000_000_000 }],
      ['a changed signature', { signature: 'AAAA' }],
      ['a key that is not one', { key: '../x' }],
    ])('refuses the address with %s', async (_change, change) => {
      const key = newStorageKey();
      const address = addressOf(
        await storage.signedUrl(key, { disposition: 'inline', expiresAt: inAnHour }),
      );
      expect(storage.verifySignedUrl({ ...address, ...change }, now)).toBe(false);
    });

    it('signs alike in every process sharing the folder, and differently elsewhere', async () => {
      const key = newStorageKey();
      const url = await storage.signedUrl(key, { disposition: 'inline', expiresAt: inAnHour });
      const sameFolder = await LocalDiskStorage.open(root);
      expect(sameFolder.verifySignedUrl(addressOf(url), now)).toBe(true);
      const elsewhere = await mkdtemp(join(tmpdir(), 'local-disk-storage-'));
      try {
        const other = await LocalDiskStorage.open(elsewhere);
        expect(other.verifySignedUrl(addressOf(url), now)).toBe(false);
      } finally {
        await rm(elsewhere, { recursive: true, force: true });
      }
    });
  });

  it('reads an inclusive byte range', async () => {
    const key = newStorageKey();
    await storage.put(key, await staged('0123456789'));
    expect(await readAll(storage.read(key, { start: 2, end: 5 }))).toBe('2345');
    expect(await readAll(storage.read(key, { start: 9, end: 9 }))).toBe('9');
  });

  it('removes an object, and removing it again is not an error', async () => {
    const key = newStorageKey();
    await storage.put(key, await staged('x'));
    await storage.remove(key);
    await storage.remove(key);
    await expect(storage.size(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lists every object with its modification time, for sweeping orphans', async () => {
    const keys = [newStorageKey(), newStorageKey(), newStorageKey()];
    for (const key of keys) await storage.put(key, await staged(key));
    const listed: string[] = [];
    for await (const object of storage.keys()) {
      // fs makes its Dates outside jest's realm, so toBeInstanceOf(Date) cannot be used.
      expect(Math.abs(object.modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
      listed.push(object.key);
    }
    expect(listed.sort()).toEqual([...keys].sort());
  });

  it.each([
    '../x',
    '../../etc/passwd',
    'ab/../../x',
    '',
    'A'.repeat(32),
    `${newStorageKey()}/..`,
    'report.pdf',
  ])('refuses %j as a key', async (key) => {
    expect(() => storage.read(key)).toThrow(/Not a storage key/);
    await expect(storage.size(key)).rejects.toThrow(/Not a storage key/);
    await expect(storage.remove(key)).rejects.toThrow(/Not a storage key/);
    await expect(storage.put(key, await staged('x'))).rejects.toThrow(/Not a storage key/);
    await expect(storage.write(key, Readable.from(['x']))).rejects.toThrow(/Not a storage key/);
  });

  it('puts only files from its own staging directory', async () => {
    const outside = join(root, 'elsewhere.txt');
    await writeFile(outside, 'not staged');
    await expect(storage.put(newStorageKey(), outside)).rejects.toThrow(/staged/);
  });

  it('makes random 32-hex keys', () => {
    const key = newStorageKey();
    expect(isStorageKey(key)).toBe(true);
    expect(newStorageKey()).not.toBe(key);
  });
});
