import type { PasswordLink } from '@signoff/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function issuePasswordLink(userId: string): Promise<PasswordLink> {
  return apiClient.post<PasswordLink>(`/api/users/${encodeURIComponent(userId)}/password-link`);
}

export function useIssuePasswordLink(userId: string) {
  return useMutation({ mutationFn: () => issuePasswordLink(userId) });
}
