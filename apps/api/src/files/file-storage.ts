import type { Readable } from 'node:stream';

/** Inclusive byte offsets, as in an HTTP Range. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  key: string;
  modifiedAt: Date;
}

export interface SignedUrlRequest {
  disposition: 'attachment' | 'inline';
  /** When the address stops working. */
  expiresAt: Date;
}

/**
 * Where evidence files live: local disk now, an object store later. Objects are immutable and
 * named by a generated key (see storage-key.ts); nothing user-supplied ever becomes a path.
 */
export interface FileStorage {
  /**
   * Moves a fully staged file in (an upload checked in staging); afterwards the object is there
   * whole, or not at all. On local disk a rename; an object store would send the file.
   */
  put(key: string, stagedPath: string): Promise<void>;
  /** Stores what a stream gives (e.g. a file a job makes); whole, or not at all. */
  write(key: string, body: Readable): Promise<void>;
  /**
   * An expiring address that serves the object to whoever holds it, with no session: what an
   * object store presigns. Whoever asks for one must first have checked the person may read it.
   */
  signedUrl(key: string, request: SignedUrlRequest): Promise<string>;
  read(key: string, range?: ByteRange): Readable;
  size(key: string): Promise<number>;
  /** Succeeds if the object is already gone. */
  remove(key: string): Promise<void>;
  /** Every object, for sweeping those no record points to. */
  keys(): AsyncIterable<StoredObject>;
}
