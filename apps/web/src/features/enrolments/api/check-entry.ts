import { type EntryCheckRequest } from '@signoff/contracts';
import type { EntryCheck } from '@signoff/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The learner against the newest published version's entry requirements; nothing is stored. */
export function checkEntry(body: EntryCheckRequest): Promise<EntryCheck> {
  return apiClient.post<EntryCheck>('/api/enrolments/entry-check', body);
}

export function useCheckEntry() {
  return useMutation({ mutationFn: checkEntry });
}

export type { EntryCheckRequest };
