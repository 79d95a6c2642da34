import type { Readable } from 'node:stream';
import type { ByteRange } from './file-storage';

/**
 * A stored file as a service hands it out: what it is and how to read its bytes, with nothing of
 * HTTP, so a job can use it as a route does (send-stored-file.ts answers a request with one).
 */
export interface StoredFileDescriptor {
  /** The storage key; an object never changes, so it also names this content (the ETag). */
  key: string;
  size: number;
  mediaType: string;
  originalName: string;
  disposition: 'attachment' | 'inline';
  /** Opens the bytes, all or one range; called only once the answer needs them. */
  read(range?: ByteRange): Readable;
}
