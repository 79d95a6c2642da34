import type { ReplaceRolesRequest, UserSummary } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export function replaceUserRoles(userId: string, body: ReplaceRolesRequest): Promise<UserSummary> {
  return apiClient.put<UserSummary>(`/api/users/${encodeURIComponent(userId)}/roles`, body);
}

export function useReplaceUserRoles(
  userId: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplaceRolesRequest) => replaceUserRoles(userId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.();
    },
  });
}
