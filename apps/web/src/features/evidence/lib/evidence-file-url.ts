import type { EvidenceFile } from '@signoff/contracts';

/** Where the API serves a file: as a download, or with `preview` for the browser to show. */
export function evidenceFileUrl(file: Pick<EvidenceFile, 'id'>, preview = false): string {
  return `/api/files/${encodeURIComponent(file.id)}${preview ? '/preview' : ''}`;
}
