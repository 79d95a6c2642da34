import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InjectFileVault, type FileVault } from './file-vault';
import { purgeStaging } from './purge-staging';
import { InjectProcessRole, type ProcessRole } from '../config/process-role';
import { sweepOrphanObjects } from './sweep-orphan-objects';

const EVERY_MS = 60 * 60 * 1000;
/**
 * Long enough that no upload still streaming, nor one between storage and its record, is touched
 * where its owner cannot be checked.
 */
const GRACE_MS = 6 * 60 * 60 * 1000;

/**
 * Clears what a crash can leave behind, at start and hourly: the staging of processes that are
 * gone (and stale staging files of any), and stored objects that never got their record (the
 * record is written after the object is in place).
 */
@Injectable()
export class FileHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FileHousekeeping.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectFileVault() private readonly vault: FileVault,
    @InjectDataSource() private readonly db: DataSource,
    @InjectProcessRole() private readonly role: ProcessRole,
  ) {}

  onApplicationBootstrap(): void {
    if (this.role === 'cli') return;
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(now = new Date()): Promise<{ staging: number; orphans: number }> {
    try {
      const staging = await purgeStaging(
        this.vault.stagingRoot,
        this.vault.stagingOwner,
        GRACE_MS,
        now,
      );
      const orphans = await sweepOrphanObjects(
        this.vault.storage,
        async (keys) => {
          const rows: { key: string }[] = await this.db.query(
            `SELECT storage_key AS key FROM stored_files WHERE storage_key = ANY($1::text[])`,
            [keys],
          );
          return new Set(rows.map((row) => row.key));
        },
        now,
        GRACE_MS,
      );
      if (staging + orphans > 0)
        this.logger.log({ staging, orphans }, 'Removed files left by an interrupted upload');
      return { staging, orphans };
    } catch (error) {
      this.logger.warn({ err: error }, 'File housekeeping failed; will retry');
      return { staging: 0, orphans: 0 };
    }
  }
}
