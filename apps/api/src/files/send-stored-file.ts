import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream';
import { decideByteRange, type RangeDecision } from './byte-range';
import { contentDisposition } from './content-disposition';
import { isPreviewable, MEDIA_TYPES } from './content-type';
import { downloadName } from './original-name';
import type { StoredFileDescriptor } from './stored-file';

/**
 * A sandbox without `allow-scripts` makes the file inert: no script, form, popup or plugin, so
 * even a file that fooled detection could not act as the user. Shown inline, the browser's own
 * viewer page may load the file itself and style itself, nothing else; only our own pages may
 * frame it, so no other site can dress it up.
 */
const DOWNLOAD_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";
const INLINE_POLICY =
  "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
/**
 * Chromium's player page loads the media with CORS; from the opaque origin a bare sandbox gives
 * it, that load fails (seen in Chromium 156). Keeping the origin is harmless without scripts.
 */
const INLINE_MEDIA_POLICY =
  "sandbox allow-same-origin; default-src 'none'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

const logger = new Logger('SendStoredFile');

/**
 * Answers a GET or HEAD with a stored evidence file: typed as detected at upload, never
 * sniffed, never cached, with single byte ranges for media players and resumed downloads.
 * Streams with backpressure and stops reading storage if the client goes away.
 */
export function sendStoredFile(req: Request, res: Response, file: StoredFileDescriptor): void {
  if (file.disposition === 'inline' && !isPreviewable(file.mediaType)) {
    throw new Error(`${file.mediaType} is never shown inline`);
  }
  const etag = `"${file.key}"`;
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', securityPolicy(file));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', etag);

  const decision = rangeDecision(req, etag, file.size);
  if (decision.kind === 'unsatisfiable') {
    res.status(416).setHeader('Content-Range', `bytes */${file.size}`);
    res.end();
    return;
  }
  const range = decision.kind === 'partial' ? decision.range : undefined;
  res.setHeader(
    'Content-Type',
    file.mediaType === MEDIA_TYPES.text ? `${file.mediaType}; charset=utf-8` : file.mediaType,
  );
  res.setHeader(
    'Content-Disposition',
    contentDisposition(file.disposition, downloadName(file.originalName, file.mediaType)),
  );
  if (range) {
    res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200).setHeader('Content-Length', String(file.size));
  }
  if (req.method === 'HEAD') {
    res.end();
    return;
  }

  // pipeline destroys the storage stream when the response closes early, and the response when
  // storage fails: a cut connection, never a short body that could pass for the whole file.
  pipeline(file.read(range), res, (error) => {
    if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      logger.error(`Reading stored file ${file.key} failed: ${error.message}`);
    }
  });
}

function securityPolicy(file: StoredFileDescriptor): string {
  if (file.disposition === 'attachment') return DOWNLOAD_POLICY;
  return /^(audio|video)\//.test(file.mediaType) ? INLINE_MEDIA_POLICY : INLINE_POLICY;
}

/** A Range counts only if If-Range, when sent, still names this content. */
function rangeDecision(req: Request, etag: string, size: number): RangeDecision {
  const ifRange = req.headers['if-range'];
  if (ifRange !== undefined && ifRange !== etag) return { kind: 'whole' };
  return decideByteRange(req.headers.range, size);
}
