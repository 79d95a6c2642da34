import type { QualificationDetail, QualificationSummary } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { getAllPages } from '../../../lib/paging';

/*
 * Under the qualifications key, so that publishing a version (the catalogue's work) reaches the
 * choice offered here too.
 */
const key = ['qualifications', 'for-enrolment'] as const;

/** Every qualification, over as many pages as it takes: the enrol form offers them all. */
export async function getQualificationSummaries(): Promise<QualificationSummary[]> {
  return (await getAllPages<QualificationSummary>('/api/qualifications')).items;
}

/** Only published qualifications can be enrolled on. */
export function usePublishedQualifications() {
  return useQuery({
    ...queryOptions({ queryKey: [...key, 'list'], queryFn: getQualificationSummaries }),
    select: (qualifications) =>
      qualifications.filter((qualification) => qualification.publishedVersion !== null),
  });
}

/** One qualification at a version: its pathways, units and rules. */
export function getQualificationVersion(id: string, version: number): Promise<QualificationDetail> {
  return apiClient.get<QualificationDetail>(
    `/api/qualifications/${encodeURIComponent(id)}?version=${version}`,
  );
}

export function qualificationVersionQueryOptions(id: string, version: number) {
  return queryOptions({
    queryKey: [...key, id, version],
    queryFn: () => getQualificationVersion(id, version),
  });
}

export function useQualificationVersion(id: string | null, version: number | null) {
  return useQuery({
    ...qualificationVersionQueryOptions(id ?? '', version ?? 0),
    enabled: id !== null && version !== null,
  });
}
