import { useQuery } from '@tanstack/react-query';
import { enrolmentQueryOptions } from '../../features/enrolments/api/get-enrolment';
import { useQualificationVersion } from '../../features/enrolments/api/get-enrolment-qualifications';
import { useMethodCodes } from '../../features/evidence/api/get-method-codes';

/**
 * What a portfolio page needs besides the evidence: the enrolment, the units of the version it
 * follows (for mapping and for outcome titles) and the centre's method codes.
 */
export function usePortfolioContext(enrolmentId: string | undefined) {
  const enrolment = useQuery({
    ...enrolmentQueryOptions(enrolmentId ?? ''),
    enabled: enrolmentId !== undefined,
  });
  const qualification = useQualificationVersion(
    enrolment.data?.qualification.id ?? null,
    enrolment.data?.qualification.version ?? null,
  );
  const methodCodes = useMethodCodes(enrolment.data?.centreId);
  return {
    enrolment,
    units: qualification.data?.version.document.units,
    methodCodes: methodCodes.data,
    error: enrolment.error ?? qualification.error ?? null,
    isPending: enrolment.isPending || qualification.isPending,
  };
}
