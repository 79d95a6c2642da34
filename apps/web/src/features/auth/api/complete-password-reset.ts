import type { CompletePasswordResetRequest } from '@signoff/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function completePasswordReset(body: CompletePasswordResetRequest): Promise<void> {
  return apiClient.post<void>('/api/auth/password-reset', body);
}

export function useCompletePasswordReset({ onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: completePasswordReset, onSuccess });
}
