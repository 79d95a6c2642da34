import type { EvaluateRulesRequest, RulesEvaluation } from '@signoff/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Checks a choice of units against the rules of combination; nothing is stored. */
export function evaluateRules(
  qualificationId: string,
  body: EvaluateRulesRequest,
): Promise<RulesEvaluation> {
  return apiClient.post<RulesEvaluation>(
    `/api/qualifications/${encodeURIComponent(qualificationId)}/evaluate`,
    body,
  );
}

export function useEvaluateRules(qualificationId: string) {
  return useMutation({
    mutationFn: (body: EvaluateRulesRequest) => evaluateRules(qualificationId, body),
  });
}
