import { Inject } from '@nestjs/common';
import type { FileStorage } from './file-storage';

/** Where uploads are staged and stored, and how large one may be. */
export interface FileVault {
  storage: FileStorage;
  stagingDir: string;
  maxBytes: number;
}

export const FILE_VAULT = Symbol('FILE_VAULT');

export const InjectFileVault = (): ParameterDecorator => Inject(FILE_VAULT);
