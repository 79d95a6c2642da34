import { FormAlert } from '../../components/form-alert';
import { useProgressSettings } from '../../features/progress/api/get-progress-settings';
import { ProgressSettingsForm } from '../../features/progress/components/progress-settings-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import { adminCentresOf, type AdminCentre } from './admin-centres';
import { useSignedInUser } from './app-layout';

function CentreSettings({ centre, withHeading }: { centre: AdminCentre; withHeading: boolean }) {
  const settings = useProgressSettings(centre.centreId);
  return (
    <section
      aria-label={withHeading ? undefined : `Progress settings at ${centre.centreName}`}
      aria-labelledby={withHeading ? `progress-${centre.centreId}` : undefined}
      className="card"
    >
      {withHeading ? <h2 id={`progress-${centre.centreId}`}>{centre.centreName}</h2> : null}
      {settings.isPending ? (
        <p role="status">Loading the settings…</p>
      ) : settings.isError ? (
        <FormAlert message={describeError(settings.error)} />
      ) : (
        <ProgressSettingsForm
          centreId={centre.centreId}
          centreName={centre.centreName}
          settings={settings.data}
        />
      )}
    </section>
  );
}

/** A centre admin sets when a learner counts as behind, and how often progress is reviewed. */
export function ProgressSettingsRoute() {
  useDocumentTitle('Progress settings');
  const centres = adminCentresOf(useSignedInUser());
  return (
    <>
      <h1>Progress settings</h1>
      <p className="lead">
        Each enrolment compares the share of its qualification achieved with the share of its
        planned learning time elapsed (breaks in learning excluded). It is On track until progress
        lags time by more than the first margin, then Behind, and Well behind beyond the second or
        once past its planned time.
      </p>
      {centres.map((centre) => (
        <CentreSettings key={centre.centreId} centre={centre} withHeading={centres.length > 1} />
      ))}
    </>
  );
}
