import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { purgeStaging } from './purge-staging';

const HOUR = 3600 * 1000;

describe('purgeStaging', () => {
  let stagingDir: string;
  beforeEach(async () => {
    stagingDir = await mkdtemp(join(tmpdir(), 'purge-staging-'));
  });
  afterEach(async () => {
    await rm(stagingDir, { recursive: true, force: true });
  });

  async function stagedAt(name: string, modifiedAt: Date): Promise<void> {
    await writeFile(join(stagingDir, name), 'partial upload');
    await utimes(join(stagingDir, name), modifiedAt, modifiedAt);
  }

  it('removes only staging files older than the age given', async () => {
    const now = new Date('2026-03-01T12:00:00Z');
    await stagedAt('crashed.part', new Date(now.getTime() - 25 * HOUR));
    await stagedAt('also-crashed.part', new Date(now.getTime() - 48 * HOUR));
    await stagedAt('in-progress.part', new Date(now.getTime() - 1 * HOUR));
    await mkdir(join(stagingDir, 'a-directory'));

    expect(await purgeStaging(stagingDir, 24 * HOUR, now)).toBe(2);
    expect((await readdir(stagingDir)).sort()).toEqual(['a-directory', 'in-progress.part']);
  });

  it('counts nothing when the staging directory does not exist yet', async () => {
    expect(await purgeStaging(join(stagingDir, 'missing'), HOUR, new Date())).toBe(0);
  });
});
