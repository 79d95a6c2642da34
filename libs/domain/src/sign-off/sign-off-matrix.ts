import type {
  AcceptedEvidence,
  AssessmentMethod,
  EvidenceClaim,
  SignOff,
  SignOffMatrix,
  SignOffMatrixRow,
  Unit,
} from '@signoff/contracts';
import { newestSignOff, signOffState } from './sign-off-state';

/**
 * The sign-off matrix of one unit for one enrolment. Its rows are the unit's assessment criteria,
 * or an outcome's own row where the outcome has no criteria. Each row shows the accepted evidence
 * the assessor mapped to it (a mapping to a whole outcome covers each of its criteria), the
 * methods it must be assessed by (its own and its outcome's, since an outcome is assessed through
 * its criteria) and those none of that evidence uses, and the state of its newest signature. An
 * outcome is met when every one of its rows is signed and counting.
 */
export function signOffMatrix(
  unit: Pick<Unit, 'outcomes'> & { reference: string },
  accepted: readonly AcceptedEvidence[],
  signOffs: readonly SignOff[],
): SignOffMatrix {
  const rowSignOffs = signOffs.filter(
    (signOff) => signOff.kind === 'rows' && signOff.unit === unit.reference,
  );
  const rows = unit.outcomes.flatMap((outcome) => {
    const criteria =
      outcome.criteria.length > 0
        ? outcome.criteria
        : [{ number: null, title: outcome.title, requiredMethods: [] }];
    return criteria.map((criterion): SignOffMatrixRow => {
      const ref = criterion.number ?? outcome.number;
      const mapped = (claim: EvidenceClaim) =>
        claim.unit === unit.reference &&
        claim.outcome === outcome.number &&
        (claim.criterion === null || criterion.number === null || claim.criterion === ref);
      const evidence = accepted
        .filter((item) => item.mapping.some(mapped))
        .map(({ versionId, itemId, version, title, method }) => ({
          versionId,
          itemId,
          version,
          title,
          method,
        }));
      const requiredMethods = [
        ...new Set<AssessmentMethod>([...criterion.requiredMethods, ...outcome.requiredMethods]),
      ];
      return {
        ref,
        outcome: outcome.number,
        criterion: criterion.number,
        title: criterion.title,
        evidence,
        requiredMethods,
        missingMethods: requiredMethods.filter(
          (method) => !evidence.some((item) => item.method === method),
        ),
        state: signOffState(
          newestSignOff(rowSignOffs.filter((signOff) => signOff.rows.includes(ref))),
        ),
      };
    });
  });
  return {
    unit: unit.reference,
    rows,
    outcomes: unit.outcomes.map((outcome) => ({
      number: outcome.number,
      title: outcome.title,
      met: rows
        .filter((row) => row.outcome === outcome.number)
        .every((row) => row.state.status === 'signed'),
    })),
  };
}
