import type { EvidenceFile } from '@signoff/contracts';

/**
 * How the evidence page shows a file: a photo that opens in the viewer, a PDF framed on the
 * page, a player, a note that this browser cannot show it (a HEIC photo, a video the API stored
 * but cannot vouch a browser plays), or nothing beyond its name and download.
 */
export type FilePreview = 'image' | 'pdf' | 'audio' | 'video' | 'unshowable' | 'none';

export function filePreviewOf(file: Pick<EvidenceFile, 'mediaType' | 'previewable'>): FilePreview {
  const kind = file.mediaType.split('/')[0];
  if (!file.previewable) return kind === 'image' || kind === 'video' ? 'unshowable' : 'none';
  if (file.mediaType === 'application/pdf') return 'pdf';
  if (kind === 'image' || kind === 'audio' || kind === 'video') return kind;
  return 'none';
}

/** The photo `step` places on from `index`, going round from the last to the first and back. */
export function photoAfter(index: number, count: number, step: 1 | -1): number {
  return (index + step + count) % count;
}
