import type { QualificationDetail } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { qualificationsQueryKey } from './get-qualifications';

/**
 * One qualification with one of its versions: the version numbered, or else the default
 * (for admins the open draft, for everyone else the newest published version).
 */
export function getQualification(id: string, version?: number): Promise<QualificationDetail> {
  const query = version === undefined ? '' : `?version=${version}`;
  return apiClient.get<QualificationDetail>(
    `/api/qualifications/${encodeURIComponent(id)}${query}`,
  );
}

export function qualificationQueryOptions(id: string, version?: number) {
  return queryOptions({
    queryKey: [...qualificationsQueryKey, id, version ?? 'default'],
    queryFn: () => getQualification(id, version),
  });
}

export function useQualification(id: string, version?: number) {
  return useQuery(qualificationQueryOptions(id, version));
}
