import type { ChangePasswordRequest } from '@signoff/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return apiClient.post<void>('/api/me/password', body);
}

export function useChangePassword({ onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: changePassword, onSuccess });
}
