import { Module } from '@nestjs/common';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { JobsModule } from '../jobs/jobs.module';
import { APP_CONFIG } from '../config/app-config.provider';
import { FILE_VAULT, type FileVault } from './file-vault';
import { FileHousekeeping } from './file-housekeeping';
import { LocalDiskStorage } from './local-disk-storage';

@Module({
  imports: [JobsModule],
  providers: [
    {
      provide: FILE_VAULT,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<FileVault> => {
        const storage = await LocalDiskStorage.open(join(config.dataDir, 'files'));
        return {
          storage,
          stagingRoot: storage.stagingRoot,
          stagingDir: storage.stagingDir,
          stagingOwner: storage.stagingOwner,
          maxBytes: config.uploadMaxBytes,
          verifySignedUrl: (address) => storage.verifySignedUrl(address),
        };
      },
    },
    FileHousekeeping,
  ],
  exports: [FILE_VAULT, FileHousekeeping],
})
export class FilesModule {}
