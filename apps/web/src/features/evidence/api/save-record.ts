import type { EvidenceDetail, WorkplaceRecordKind } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { RecordDraftContent } from '../lib/draft-kinds';
import { RECORD_ROUTES } from '../lib/workplace-records';
import { evidenceDetailQueryKey } from './get-evidence';
import { evidenceQueryKey } from './get-evidence-list';

function recordsPath(kind: WorkplaceRecordKind, enrolmentId: string): string {
  return `/api/enrolments/${encodeURIComponent(enrolmentId)}/${RECORD_ROUTES[kind]}`;
}

/** Starts the assessor's record (an observation, a discussion) as a draft on the enrolment. */
export function createRecord(
  kind: WorkplaceRecordKind,
  enrolmentId: string,
  content: RecordDraftContent,
): Promise<EvidenceDetail> {
  return apiClient.post<EvidenceDetail>(recordsPath(kind, enrolmentId), content);
}

/** Saves the record's draft; a signed version is refused with 409. */
export function saveRecord(
  kind: WorkplaceRecordKind,
  enrolmentId: string,
  itemId: string,
  content: RecordDraftContent,
): Promise<EvidenceDetail> {
  return apiClient.put<EvidenceDetail>(
    `${recordsPath(kind, enrolmentId)}/${encodeURIComponent(itemId)}`,
    content,
  );
}

/** Creates and saves one kind of record on one enrolment, keeping the cache as evidence saves do. */
export function useRecordDraftRequests(kind: WorkplaceRecordKind, enrolmentId: string) {
  const queryClient = useQueryClient();
  const listChanged = () =>
    queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, 'list'] });
  const create = useMutation({
    mutationFn: (content: RecordDraftContent) => createRecord(kind, enrolmentId, content),
    onSuccess: (detail) => {
      queryClient.setQueryData(evidenceDetailQueryKey(detail.id), detail);
      return listChanged();
    },
  });
  const save = useMutation({
    mutationFn: ({ id, content }: { id: string; content: RecordDraftContent }) =>
      saveRecord(kind, enrolmentId, id, content),
    onSuccess: (saved) => {
      // A save changes only the content: the files may have changed since it was answered.
      queryClient.setQueryData<EvidenceDetail>(evidenceDetailQueryKey(saved.id), (cached) =>
        cached?.current.number === saved.current.number
          ? { ...saved, current: { ...saved.current, files: cached.current.files } }
          : saved,
      );
      return listChanged();
    },
  });
  return { create: create.mutateAsync, save: save.mutateAsync };
}
