import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHousekeeping } from '../src/files/file-housekeeping';
import { newStorageKey } from '../src/files/storage-key';
import {
  currentStagingOwner,
  processStartOf,
  stagingFolderName,
  type StagingOwner,
} from '../src/files/staging-owner';
import { startTestApp } from './support/test-app';

/** Another process on this host, as a second Signoff process sharing DATA_DIR would be. */
async function anotherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: 'ignore',
  });
  await once(child, 'spawn');
  const pid = child.pid ?? 0;
  const owner: StagingOwner = {
    host: currentStagingOwner().host,
    pid,
    started: processStartOf(pid) ?? 'unknown',
  };
  return { child, owner };
}

describe('staging left by a killed process', () => {
  it('is purged when the app starts, while a live process’s upload is left alone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'signoff-staging-'));
    const killed = await anotherProcess();
    const live = await anotherProcess();
    try {
      const staging = join(dataDir, 'files', 'staging');
      for (const { owner } of [killed, live]) {
        mkdirSync(join(staging, stagingFolderName(owner)), { recursive: true });
        writeFileSync(join(staging, stagingFolderName(owner), 'upload.part'), 'half a video');
      }
      killed.child.kill('SIGKILL');
      await once(killed.child, 'exit');

      const t = await startTestApp({ DATA_DIR: dataDir });
      try {
        const left = () => readdirSync(staging).sort();
        for (let tries = 0; tries < 50 && left().includes(stagingFolderName(killed.owner)); tries++)
          await new Promise((resolve) => setTimeout(resolve, 100));
        expect(left()).toEqual(
          [stagingFolderName(currentStagingOwner()), stagingFolderName(live.owner)].sort(),
        );
        expect(readdirSync(join(staging, stagingFolderName(live.owner)))).toEqual(['upload.part']);
      } finally {
        await t.close();
      }
    } finally {
      live.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('stored objects no record names', () => {
  it('are removed once old, checked against the database in bulk, and recorded ones kept', async () => {
    const t = await startTestApp();
    try {
      const objects = join(t.config.dataDir, 'files', 'objects');
      const store = (key: string) => {
        mkdirSync(join(objects, key.slice(0, 2)), { recursive: true });
        writeFileSync(join(objects, key.slice(0, 2), key), 'an upload');
      };
      const recorded = newStorageKey();
      const orphans = [newStorageKey(), newStorageKey()];
      for (const key of [recorded, ...orphans]) store(key);
      await t.db.query(
        `INSERT INTO stored_files (storage_key, sha256, size, media_type, previewable, original_name)
         VALUES ($1, repeat('a', 64), 9, 'text/plain', true, 'notes.txt')`,
        [recorded],
      );
      const housekeeping = t.app.get(FileHousekeeping);

      // Within the grace period an object may be an upload whose record is being written.
      expect(await housekeeping.sweep(new Date())).toMatchObject({ orphans: 0 });
      const later = new Date(Date.now() + 7 * 60 * 60 * 1000);
      expect(await housekeeping.sweep(later)).toMatchObject({ orphans: 2 });
      expect(readdirSync(join(objects, recorded.slice(0, 2)))).toEqual([recorded]);
      for (const key of orphans)
        expect(readdirSync(join(objects, key.slice(0, 2)))).not.toContain(key);
    } finally {
      await t.close();
    }
  });
});
