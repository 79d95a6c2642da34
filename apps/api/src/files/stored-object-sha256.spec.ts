import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage } from './local-disk-storage';
import { newStorageKey } from './storage-key';
import { storedObjectSha256 } from './stored-object-sha256';

describe('storedObjectSha256', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'signoff-sha-'));
    storage = await LocalDiskStorage.open(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('hashes the bytes storage holds now', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    const key = newStorageKey();
    await storage.write(key, Readable.from([bytes]));
    expect(await storedObjectSha256(storage, key)).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });

  it('answers null for an object storage no longer holds', async () => {
    expect(await storedObjectSha256(storage, newStorageKey())).toBeNull();
  });
});
