import type { EvidenceDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type UploadOptions } from '../../../lib/api-client';
import { refetchEvidence } from './get-evidence';

export interface UploadEvidenceFileRequest extends UploadOptions {
  itemId: string;
  file: File;
}

/**
 * Sends the file itself as the body; the server judges it by its content and refuses a name
 * that disagrees with it (415), a file over the limit (413) or a version no longer a draft (409).
 */
export function uploadEvidenceFile({
  itemId,
  file,
  ...options
}: UploadEvidenceFileRequest): Promise<EvidenceDetail> {
  return apiClient.upload<EvidenceDetail>(
    `/api/evidence/${encodeURIComponent(itemId)}/files?name=${encodeURIComponent(file.name)}`,
    file,
    options,
  );
}

/** One mutation runs any number of uploads at once: each call has its own promise. */
export function useUploadEvidenceFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadEvidenceFile,
    onSuccess: (detail) => refetchEvidence(queryClient, detail.id),
  });
}
