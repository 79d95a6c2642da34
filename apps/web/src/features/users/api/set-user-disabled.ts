import type { UserSummary } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export function disableUser(userId: string): Promise<UserSummary> {
  return apiClient.post<UserSummary>(`/api/users/${encodeURIComponent(userId)}/disable`);
}

export function enableUser(userId: string): Promise<UserSummary> {
  return apiClient.post<UserSummary>(`/api/users/${encodeURIComponent(userId)}/enable`);
}

export function useSetUserDisabled(userId: string, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (disabled: boolean) => (disabled ? disableUser(userId) : enableUser(userId)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.();
    },
  });
}
