import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { LocalDiskStorage } from './local-disk-storage';
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
