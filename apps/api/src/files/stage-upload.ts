import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { sniffHead, type DetectedContentType, type HeadVerdict } from './content-type';
import { inspectZip } from './inspect-zip';
import { cleanOriginalName } from './original-name';
import { syncToDisk } from './sync-to-disk';
import {
  UnsupportedContentType,
  UploadAborted,
  UploadEmpty,
  UploadTooLarge,
} from './upload-errors';

/** A complete, checked upload waiting in staging to be put into storage under its record. */
export interface StagedUpload {
  path: string;
  size: number;
  sha256: string;
  mediaType: string;
  extension: string;
  previewable: boolean;
  /** Cleaned for display; never a path. */
  originalName: string;
}

/** An upload as a service takes it: the bytes as they arrive, and what the sender says of them. */
export interface IncomingUpload {
  body: Readable;
  /** The file name as the person sees it; cleaned before it is shown or kept. */
  declaredName: string;
  /** The size the sender announced, if any, to refuse a file too large before reading it. */
  declaredLength: number | null;
}

export interface StageUploadOptions {
  stagingDir: string;
  maxBytes: number;
  declaredName: string;
}

/** All that is kept in memory of a body of up to gigabytes: enough to recognise its type. */
export const HEAD_BYTES = 64 * 1024;

/**
 * How much may wait to be written. The body is read on while earlier bytes are written, and
 * what gathers meanwhile goes in one write; past this, reading pauses until the disk catches up.
 */
export const WRITE_BUFFER_BYTES = 1024 * 1024;

/**
 * Streams an upload body into a new staging file, hashing and counting as bytes pass and
 * judging the type from the head. Reading stops as soon as the body is too large or the head
 * proves a refused type; the source is then left paused, not destroyed, so the caller can still
 * answer. On any failure the staging file is removed before the error is thrown, so a failed
 * upload leaves nothing behind. The data is flushed to disk before this resolves.
 */
export async function stageUpload(
  source: Readable,
  options: StageUploadOptions,
): Promise<StagedUpload> {
  const path = join(options.stagingDir, `${randomUUID()}.part`);
  const file = createWriteStream(path, {
    flags: 'wx',
    mode: 0o600,
    highWaterMark: WRITE_BUFFER_BYTES,
  });
  try {
    const received = await receive(source, file, options);
    file.end();
    await finished(file);
    await syncToDisk(path);

    const type = received.type ?? (await inspectZip(path));
    if (!type)
      throw new UnsupportedContentType(
        'a ZIP archive that is not a Word, Excel, PowerPoint or OpenDocument file',
      );
    const originalName = cleanOriginalName(options.declaredName);
    return { path, size: received.size, sha256: received.sha256, ...type, originalName };
  } catch (error) {
    // No write may still be going when the file is removed.
    file.destroy();
    await finished(file).catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}

interface Received {
  size: number;
  sha256: string;
  /** Undefined for a ZIP, whose type is read from its directory once it is complete. */
  type: DetectedContentType | undefined;
}

async function receive(
  source: Readable,
  file: WriteStream,
  options: StageUploadOptions,
): Promise<Received> {
  let writeError: unknown;
  file.on('error', (error) => (writeError ??= error));
  const hash = createHash('sha256');
  const head = Buffer.alloc(HEAD_BYTES);
  let headLength = 0;
  let size = 0;
  let verdict: HeadVerdict = { verdict: 'need-more' };

  // destroyOnReturn: false leaves the source paused when we stop early (see above).
  const chunks = source.iterator({ destroyOnReturn: false });
  let drained = false;
  try {
    while (true) {
      let next: IteratorResult<unknown>;
      try {
        next = await chunks.next();
      } catch (error) {
        drained = true;
        throw new UploadAborted(error);
      }
      if (next.done) {
        drained = true;
        break;
      }
      const chunk = toBuffer(next.value);

      size += chunk.length;
      if (size > options.maxBytes) throw new UploadTooLarge(options.maxBytes);
      if (verdict.verdict === 'need-more') {
        headLength += chunk.copy(head, headLength);
        const extent = headLength === HEAD_BYTES ? 'head-full' : 'partial';
        verdict = sniffHead(head.subarray(0, headLength), {
          extent,
          declaredName: options.declaredName,
        });
        if (verdict.verdict === 'refused') throw new UnsupportedContentType(verdict.seen);
      }
      hash.update(chunk);
      if (writeError !== undefined) throw writeError;
      // Backpressure: read on while the disk keeps up, wait for it once the buffer is full.
      if (!file.write(chunk)) await once(file, 'drain');
    }
  } finally {
    if (!drained) await chunks.return?.();
  }

  // An HTTP body the client cut short can end without an error; IncomingMessage knows.
  if ((source as { complete?: boolean }).complete === false) throw new UploadAborted();
  if (size === 0) throw new UploadEmpty();
  if (verdict.verdict === 'need-more') {
    verdict = sniffHead(head.subarray(0, headLength), {
      extent: 'whole-file',
      declaredName: options.declaredName,
    });
  }
  switch (verdict.verdict) {
    case 'allowed':
      return { size, sha256: hash.digest('hex'), type: verdict.type };
    case 'zip':
      return { size, sha256: hash.digest('hex'), type: undefined };
    default:
      throw new UnsupportedContentType(
        verdict.verdict === 'refused' ? verdict.seen : 'nothing recognisable',
      );
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array)
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new UploadAborted(new TypeError('The upload stream gave something other than bytes'));
}
