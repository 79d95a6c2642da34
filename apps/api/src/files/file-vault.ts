import { Inject } from '@nestjs/common';
import type { FileStorage } from './file-storage';
import type { StagingOwner } from './staging-owner';
import type { SignedFileAddress } from './url-signer';

/** Where uploads are staged and stored, and how large one may be. */
export interface FileVault {
  storage: FileStorage;
  /** Where every process sharing DATA_DIR stages, each in a folder of its own. */
  stagingRoot: string;
  /** This process's staging folder, and who it is. */
  stagingDir: string;
  stagingOwner: StagingOwner;
  maxBytes: number;
  /** Whether a signed address (FileStorage.signedUrl) may be served by the API: unchanged and unexpired. */
  verifySignedUrl(address: SignedFileAddress): boolean;
}

export const FILE_VAULT = Symbol('FILE_VAULT');

export const InjectFileVault = (): ParameterDecorator => Inject(FILE_VAULT);
