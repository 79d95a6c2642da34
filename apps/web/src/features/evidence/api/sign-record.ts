import type {
  CountersignRecordRequest,
  EvidenceDetail,
  SignRecordRequest,
} from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceDetailQueryKey, refetchEvidence } from './get-evidence';

/** One signature on a record, with the Idempotency-Key its form made when shown. */
export interface RecordSignature<Body> {
  itemId: string;
  body: Body;
  idempotencyKey: string;
}

/** The assessor signs their draft record: it then awaits the learner's countersignature. */
export function signRecord({
  itemId,
  body,
  idempotencyKey,
}: RecordSignature<SignRecordRequest>): Promise<EvidenceDetail> {
  return apiClient.post<EvidenceDetail>(
    `/api/evidence/${encodeURIComponent(itemId)}/signature`,
    body,
    { 'Idempotency-Key': idempotencyKey },
  );
}

/** The learner agrees that the record is accurate, or disagrees saying why. */
export function countersignRecord({
  itemId,
  body,
  idempotencyKey,
}: RecordSignature<CountersignRecordRequest>): Promise<EvidenceDetail> {
  return apiClient.post<EvidenceDetail>(
    `/api/evidence/${encodeURIComponent(itemId)}/countersignature`,
    body,
    { 'Idempotency-Key': idempotencyKey },
  );
}

/**
 * The signed record replaces the cached one at once, which takes the form that signed it off
 * the page: callers follow up with `mutateAsync(…).then(…)`, which settles even then (a `mutate`
 * callback of an unmounted form would never run).
 */
function useRecordSignature<Body>(
  send: (signature: RecordSignature<Body>) => Promise<EvidenceDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      queryClient.setQueryData(evidenceDetailQueryKey(detail.id), detail);
      // Its versions and the portfolio's lists change too.
      void refetchEvidence(queryClient, detail.id);
    },
  });
}

export function useSignRecord() {
  return useRecordSignature(signRecord);
}

export function useCountersignRecord() {
  return useRecordSignature(countersignRecord);
}
