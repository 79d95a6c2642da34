import type { ImportQualificationResponse } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { qualificationsQueryKey } from './get-qualifications';

/**
 * Sends the document as the admin gave it, even when it breaks the format: the API's answer
 * lists every problem by path, which the import page shows in place.
 */
export function importQualification(document: unknown): Promise<ImportQualificationResponse> {
  return apiClient.post<ImportQualificationResponse>('/api/qualifications/import', document);
}

export function useImportQualification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importQualification,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualificationsQueryKey }),
  });
}
