import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteRange, FileStorage, SignedUrlRequest, StoredObject } from './file-storage';
import { currentStagingOwner, stagingFolderName, type StagingOwner } from './staging-owner';
import { assertStorageKey, isStorageKey } from './storage-key';
import { syncToDisk } from './sync-to-disk';
import { UrlSigner, type SignedFileAddress } from './url-signer';

/** Where the API will serve an object to whoever holds a signed address for it. */
export const SIGNED_FILES_PATH = '/api/files/signed';

/**
 * Objects under `<root>/objects/<first 2 hex of key>/<key>`, uploads in progress under
 * `<root>/staging/<owner>/`, a folder per process (see staging-owner.ts). Both share one
 * filesystem so moving a staged file in is a single rename. Signed addresses are signed with
 * the secret in `<root>/url-signing.key`.
 */
export class LocalDiskStorage implements FileStorage {
  readonly stagingRoot: string;
  /** This process's own staging folder. */
  readonly stagingDir: string;
  private readonly objectsDir: string;

  private constructor(
    root: string,
    readonly stagingOwner: StagingOwner,
    private readonly signer: UrlSigner,
  ) {
    const absoluteRoot = resolve(root);
    this.stagingRoot = join(absoluteRoot, 'staging');
    this.stagingDir = join(this.stagingRoot, stagingFolderName(stagingOwner));
    this.objectsDir = join(absoluteRoot, 'objects');
  }

  static async open(root: string, owner = currentStagingOwner()): Promise<LocalDiskStorage> {
    await mkdir(root, { recursive: true, mode: 0o700 });
    const signer = await UrlSigner.fromSecretFile(join(resolve(root), 'url-signing.key'));
    const storage = new LocalDiskStorage(root, owner, signer);
    await mkdir(storage.stagingDir, { recursive: true, mode: 0o700 });
    await mkdir(storage.objectsDir, { recursive: true, mode: 0o700 });
    return storage;
  }

  async put(key: string, stagedPath: string): Promise<void> {
    const target = this.pathOf(key);
    // Only our own staging files move in: a rename across directories we do not own could
    // take any file the process can reach, or fail with EXDEV on another filesystem.
    if (dirname(resolve(stagedPath)) !== this.stagingDir) {
      throw new Error('Only files staged in this storage can be put');
    }
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await rename(stagedPath, target);
    // The rename is durable only once its directory is flushed.
    await syncToDisk(dirname(target));
  }

  async write(key: string, body: Readable): Promise<void> {
    assertStorageKey(key);
    const staged = join(this.stagingDir, `${randomUUID()}.part`);
    try {
      await pipeline(body, createWriteStream(staged, { flags: 'wx', mode: 0o600 }));
      await syncToDisk(staged);
      await this.put(key, staged);
    } finally {
      await rm(staged, { force: true });
    }
  }

  async signedUrl(key: string, request: SignedUrlRequest): Promise<string> {
    assertStorageKey(key);
    const address = this.signer.sign({
      key,
      disposition: request.disposition,
      expires: Math.floor(request.expiresAt.getTime() / 1000),
    });
    const query = new URLSearchParams({
      disposition: address.disposition,
      expires: String(address.expires),
      signature: address.signature,
    });
    return `${SIGNED_FILES_PATH}/${key}?${query.toString()}`;
  }

  /** Whether an address was signed here for this object and has not yet expired. */
  verifySignedUrl(address: SignedFileAddress, now = new Date()): boolean {
    return isStorageKey(address.key) && this.signer.verify(address, now);
  }

  read(key: string, range?: ByteRange): Readable {
    const path = this.pathOf(key);
    return range
      ? createReadStream(path, { start: range.start, end: range.end })
      : createReadStream(path);
  }

  async size(key: string): Promise<number> {
    return (await stat(this.pathOf(key))).size;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *keys(): AsyncIterable<StoredObject> {
    for (const shard of await readdir(this.objectsDir)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const shardDir = join(this.objectsDir, shard);
      for (const name of await readdirIfPresent(shardDir)) {
        if (!isStorageKey(name) || !name.startsWith(shard)) continue;
        const stats = await stat(join(shardDir, name)).catch(() => null);
        if (stats?.isFile()) yield { key: name, modifiedAt: stats.mtime };
      }
    }
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.objectsDir, key.slice(0, 2), key);
  }
}

async function readdirIfPresent(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
