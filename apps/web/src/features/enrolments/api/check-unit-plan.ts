import type { RulesEvaluation } from '@signoff/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface UnitPlanCheckRequest {
  qualificationId: string;
  version: number;
  pathway: string | null;
  units: string[];
}

/** A plan of units against the rules of combination of the enrolment's version; nothing is stored. */
export function checkUnitPlan({
  qualificationId,
  ...body
}: UnitPlanCheckRequest): Promise<RulesEvaluation> {
  return apiClient.post<RulesEvaluation>(
    `/api/qualifications/${encodeURIComponent(qualificationId)}/evaluate`,
    body,
  );
}

/**
 * Asked afresh as the plan changes: a question about the plan as it stands, with no effect, so
 * it is a query. The previous answer stays on screen while the next one comes.
 */
export function useUnitPlanCheck(request: UnitPlanCheckRequest) {
  const units = [...request.units].sort();
  return useQuery({
    queryKey: [
      'qualifications',
      'plan-check',
      request.qualificationId,
      request.version,
      request.pathway,
      units,
    ],
    queryFn: () => checkUnitPlan({ ...request, units }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
