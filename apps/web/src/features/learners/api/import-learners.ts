import type { LearnerImportReport } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { learnersQueryKey } from './get-learners';

export interface ImportLearnersRequest {
  /** The CSV file's text, sent as it is. */
  csv: string;
  /** Only when the admin administers several centres. */
  centreId: string | null;
}

/** All or nothing: a 400 lists every problem by line and column, and nothing is stored. */
export function importLearners({ csv, centreId }: ImportLearnersRequest) {
  const query = centreId ? `?centreId=${encodeURIComponent(centreId)}` : '';
  return apiClient.postText<LearnerImportReport>(`/api/learners/import${query}`, csv, 'text/csv');
}

export function useImportLearners() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLearners,
    // Imported rows may enrol learners too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: learnersQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]),
  });
}
