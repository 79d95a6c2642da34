import type { WitnessStatementReceipt, WitnessStatementSubmission } from '@signoff/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { witnessPath } from './get-witness-page';

/** The witness's statement, taken once; the link then stops working. */
export function submitWitnessStatement(
  token: string,
  submission: WitnessStatementSubmission,
): Promise<WitnessStatementReceipt> {
  return apiClient.post<WitnessStatementReceipt>(witnessPath(token), submission);
}

export function useSubmitWitnessStatement(token: string) {
  return useMutation({
    mutationFn: (submission: WitnessStatementSubmission) =>
      submitWitnessStatement(token, submission),
  });
}
