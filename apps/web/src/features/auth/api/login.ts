import type { LoginRequest, MeResponse } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

export function login(body: LoginRequest): Promise<MeResponse> {
  return apiClient.post<MeResponse>('/api/auth/login', body);
}

export function useLogin({ onSuccess }: { onSuccess?: (me: MeResponse) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Another person may have used this browser: start from a clean cache.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
      onSuccess?.(me);
    },
  });
}
