import type { FailedJobsPage } from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function getFailedJobs(): Promise<FailedJobsPage> {
  return apiClient.get<FailedJobsPage>('/api/jobs/failed');
}

export function useFailedJobs() {
  return useQuery({ queryKey: ['jobs', 'failed'], queryFn: getFailedJobs });
}
