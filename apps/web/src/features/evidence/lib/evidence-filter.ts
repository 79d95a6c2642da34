import {
  ASSESSMENT_METHOD_KEYS,
  EVIDENCE_STATUSES,
  type AssessmentMethod,
  type EvidenceFilter,
  type EvidenceStatus,
} from '@signoff/contracts';

export const FILTER_PARAMS = ['unit', 'outcome', 'method', 'status'] as const;

/** The filter the address asks for; unknown methods and statuses are ignored. */
export function filterFromSearch(params: URLSearchParams): EvidenceFilter {
  const filter: EvidenceFilter = {};
  const unit = params.get('unit');
  const outcome = params.get('outcome');
  const method = params.get('method');
  const status = params.get('status');
  if (unit) {
    filter.unit = unit;
    // The API narrows by outcome only within a unit.
    if (outcome) filter.outcome = outcome;
  }
  if (method && (ASSESSMENT_METHOD_KEYS as string[]).includes(method))
    filter.method = method as AssessmentMethod;
  if (status && (EVIDENCE_STATUSES as readonly string[]).includes(status))
    filter.status = status as EvidenceStatus;
  return filter;
}

/** The address's parameters with the filter changed; others (the enrolment) are kept. */
export function searchWithFilter(params: URLSearchParams, filter: EvidenceFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('page'); // another filter starts from the first page
  for (const name of FILTER_PARAMS) {
    const value = filter[name];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

export function isFiltered(filter: EvidenceFilter): boolean {
  return FILTER_PARAMS.some((name) => Boolean(filter[name]));
}
