import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function logout(): Promise<void> {
  return apiClient.post<void>('/api/auth/logout');
}

export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: logout, onSuccess });
}
