import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
