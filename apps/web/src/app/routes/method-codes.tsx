import { FormAlert } from '../../components/form-alert';
import { useMethodCodes } from '../../features/evidence/api/get-method-codes';
import { MethodCodesForm } from '../../features/evidence/components/method-codes-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import { adminCentresOf, type AdminCentre } from './admin-centres';
import { useSignedInUser } from './app-layout';

function CentreCodes({ centre, withHeading }: { centre: AdminCentre; withHeading: boolean }) {
  const codes = useMethodCodes(centre.centreId);
  return (
    <section
      aria-label={withHeading ? undefined : `Codes at ${centre.centreName}`}
      aria-labelledby={withHeading ? `codes-${centre.centreId}` : undefined}
      className="card"
    >
      {withHeading ? <h2 id={`codes-${centre.centreId}`}>{centre.centreName}</h2> : null}
      {codes.isPending ? (
        <p role="status">Loading the codes…</p>
      ) : codes.isError ? (
        <FormAlert message={describeError(codes.error)} />
      ) : (
        <MethodCodesForm
          centreId={centre.centreId}
          centreName={centre.centreName}
          codes={codes.data}
        />
      )}
    </section>
  );
}

/** A centre admin renames the short codes its portfolios show for assessment methods. */
export function MethodCodesRoute() {
  useDocumentTitle('Assessment method codes');
  const centres = adminCentresOf(useSignedInUser());
  return (
    <>
      <h1>Assessment method codes</h1>
      <p className="lead">
        The short codes shown beside each piece of evidence, e.g. DO for direct observation. Use the
        codes your assessors and awarding body know; each must be different.
      </p>
      {centres.map((centre) => (
        <CentreCodes key={centre.centreId} centre={centre} withHeading={centres.length > 1} />
      ))}
    </>
  );
}
