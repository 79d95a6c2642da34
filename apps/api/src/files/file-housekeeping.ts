import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { text } from '../database/row-readers';
import { queryRows } from '../database/typed-query';
import { JobsService } from '../jobs/jobs.service';
import { InjectFileVault, type FileVault } from './file-vault';
import { purgeStaging } from './purge-staging';
import { sweepOrphanObjects } from './sweep-orphan-objects';

/**
 * Long enough that no upload still streaming, nor one between storage and its record, is touched
 * where its owner cannot be checked.
 */
const GRACE_MS = 6 * 60 * 60 * 1000;

/**
 * Clears what a crash can leave behind: at this process's start, the staging of processes that
 * are gone (and stale staging files of any); hourly, in one process of all that share DATA_DIR,
 * the same and the stored objects that never got their record (the record is written after the
 * object is in place).
 */
@Injectable()
export class FileHousekeeping implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(FileHousekeeping.name);

  constructor(
    @InjectFileVault() private readonly vault: FileVault,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'files.sweep',
      schedule: '0 * * * *',
      timeoutSeconds: 60 * 60,
      handle: async () => {
        await this.sweep();
      },
    });
  }

  /** Per process by design: only a process on this host can tell which owners are gone. */
  onApplicationBootstrap(): void {
    void this.purgeStaging(new Date()).catch((error: unknown) =>
      this.logger.warn(
        { err: error },
        'Clearing staging at start failed; the hourly sweep retries',
      ),
    );
  }

  async sweep(now = new Date()): Promise<{ staging: number; orphans: number }> {
    const staging = await this.purgeStaging(now);
    const orphans = await sweepOrphanObjects(
      this.vault.storage,
      async (keys) => {
        const known = await queryRows(
          this.db,
          `SELECT storage_key AS key FROM stored_files WHERE storage_key = ANY($1::text[])`,
          [keys],
          (raw) => text(raw, 'key'),
        );
        return new Set(known);
      },
      now,
      GRACE_MS,
    );
    if (orphans > 0) this.logger.log({ orphans }, 'Removed stored files that never got a record');
    return { staging, orphans };
  }

  private async purgeStaging(now: Date): Promise<number> {
    const staging = await purgeStaging(
      this.vault.stagingRoot,
      this.vault.stagingOwner,
      GRACE_MS,
      now,
    );
    if (staging > 0) this.logger.log({ staging }, 'Removed files left by an interrupted upload');
    return staging;
  }
}
