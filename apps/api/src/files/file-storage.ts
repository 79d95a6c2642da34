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

/**
 * Where evidence files live: local disk now, an object store later. Objects are immutable and
 * named by a generated key (see storage-key.ts); nothing user-supplied ever becomes a path.
 */
export interface FileStorage {
  /** Moves a fully staged file in; afterwards the object is there whole, or not at all. */
  put(key: string, stagedPath: string): Promise<void>;
  read(key: string, range?: ByteRange): Readable;
  size(key: string): Promise<number>;
  /** Succeeds if the object is already gone. */
  remove(key: string): Promise<void>;
  /** Every object, for sweeping those no record points to. */
  keys(): AsyncIterable<StoredObject>;
}
