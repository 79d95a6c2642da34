import type { SignOffRecord, SignOffVerification } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function signOffKey(signOffId: string) {
  return ['sign-offs', signOffId] as const;
}

function signOffUrl(signOffId: string): string {
  return `/api/sign-offs/${encodeURIComponent(signOffId)}`;
}

/** One signature as stored, with what became of it and what the reader may do to it. */
export function getSignOff(signOffId: string): Promise<SignOffRecord> {
  return apiClient.get<SignOffRecord>(signOffUrl(signOffId));
}

export function signOffQueryOptions(signOffId: string) {
  return queryOptions({
    queryKey: signOffKey(signOffId),
    queryFn: () => getSignOff(signOffId),
  });
}

export function useSignOff(signOffId: string) {
  return useQuery(signOffQueryOptions(signOffId));
}

/** The signature's content recomputed from the stored records and the files' bytes. */
export function verifySignOff(signOffId: string): Promise<SignOffVerification> {
  return apiClient.get<SignOffVerification>(`${signOffUrl(signOffId)}/verify`);
}

/** Asked for only once the reader presses "Check this signature"; each press checks afresh. */
export function useSignOffVerification(signOffId: string, asked: boolean) {
  return useQuery({
    queryKey: [...signOffKey(signOffId), 'verification'],
    queryFn: () => verifySignOff(signOffId),
    enabled: asked,
    staleTime: 0,
    gcTime: 0,
  });
}
