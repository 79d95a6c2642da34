import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { purgeStaging } from './purge-staging';
import {
  currentStagingOwner,
  processStartOf,
  stagingFolderName,
  type StagingOwner,
} from './staging-owner';

const HOUR = 3600 * 1000;
const self = currentStagingOwner();

/** A process of this host's, as another Signoff process sharing DATA_DIR would be. */
async function otherProcess(): Promise<{ child: ChildProcess; owner: StagingOwner }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: 'ignore',
  });
  await once(child, 'spawn');
  const pid = child.pid ?? 0;
  return { child, owner: { host: self.host, pid, started: processStartOf(pid) ?? 'unknown' } };
}

describe('purgeStaging', () => {
  let root: string;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'purge-staging-'));
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  async function staged(owner: StagingOwner | null, name: string, modifiedAt = new Date()) {
    const dir = owner === null ? root : join(root, stagingFolderName(owner));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, name), 'partial upload');
    await utimes(join(dir, name), modifiedAt, modifiedAt);
  }
  const left = async () =>
    (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();

  it('removes at once what a killed process was staging, and nothing a live process is', async () => {
    const killed = await otherProcess();
    const live = await otherProcess();
    children.push(killed.child, live.child);
    killed.child.kill('SIGKILL');
    await once(killed.child, 'exit');
    await staged(killed.owner, 'killed.part');
    await staged(live.owner, 'live.part');
    await staged(self, 'mine.part');
    // This process's pid in an earlier life: a container's pid 1 is pid 1 again after a restart.
    await staged({ ...self, started: '1' }, 'earlier-life.part');
    await staged({ ...self, host: 'another-host' }, 'other-host.part');

    expect(await purgeStaging(root, self, 6 * HOUR, new Date())).toBe(2);
    expect(await left()).toEqual(['live.part', 'mine.part', 'other-host.part']);
    expect(await readdir(root)).not.toContain(stagingFolderName(killed.owner));
  });

  it('removes, by age, stale files of owners it cannot check and loose files of older versions', async () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const elsewhere = { ...self, host: 'another-host' };
    await staged(elsewhere, 'stalled.part', new Date(now.getTime() - 25 * HOUR));
    await staged(elsewhere, 'in-progress.part', new Date(now.getTime() - 1 * HOUR));
    await staged(null, 'loose-old.part', new Date(now.getTime() - 48 * HOUR));
    await staged(null, 'loose-recent.part', new Date(now.getTime() - 1 * HOUR));

    expect(await purgeStaging(root, self, 24 * HOUR, now)).toBe(2);
    expect(await left()).toEqual(['in-progress.part', 'loose-recent.part']);
  });

  it('counts nothing when the staging directory does not exist yet', async () => {
    expect(await purgeStaging(join(root, 'missing'), self, HOUR, new Date())).toBe(0);
  });
});
