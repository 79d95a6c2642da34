import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { useQualification } from '../../features/catalogue/api/get-qualification';
import { EntryRequirementsList } from '../../features/catalogue/components/entry-requirements-list';
import { ProblemLinks } from '../../features/catalogue/components/problem-links';
import { QualificationFacts } from '../../features/catalogue/components/qualification-facts';
import { UnitChoiceCheck } from '../../features/catalogue/components/unit-choice-check';
import { UnitList } from '../../components/unit-list';
import { VersionAdminActions } from '../../features/catalogue/components/version-admin-actions';
import { VersionBadge } from '../../features/catalogue/components/version-badge';
import { VersionsList } from '../../features/catalogue/components/versions-list';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/error-messages';

export interface QualificationNotice {
  notice?: string;
}

function versionParam(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function QualificationRoute() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const state = useLocation().state as QualificationNotice | null;
  const qualification = useQualification(id, versionParam(params.get('version')));
  useDocumentTitle(
    qualification.data
      ? qualification.data.title
      : qualification.isError
        ? 'Qualification not found'
        : 'Qualification',
  );

  if (qualification.isPending) return <p role="status">Loading the qualification…</p>;
  if (qualification.isError) {
    return (
      <>
        <h1>
          {isApiError(qualification.error, 'NOT_FOUND')
            ? 'Qualification not found'
            : 'Qualification'}
        </h1>
        <FormAlert message={describeError(qualification.error)} />
        <p>
          <Link to="/qualifications">All qualifications</Link>
        </p>
      </>
    );
  }

  const { version } = qualification.data;
  const { document } = version;
  const newestPublished = Math.max(
    0,
    ...qualification.data.versions.filter((v) => v.status === 'published').map((v) => v.number),
  );

  return (
    <>
      <p className="breadcrumb">
        <Link to="/qualifications">Qualifications</Link>
      </p>
      <h1>{document.title}</h1>
      <p className="lead qualification-lead">
        <span>
          {document.awardingBody ?? 'Awarding body not stated'} ·{' '}
          {document.code ?? 'code not stated'}
        </span>{' '}
        <VersionBadge status={version.status} number={version.number} />
      </p>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>
      {version.status === 'published' && version.number < newestPublished ? (
        <p className="notice">
          This is an earlier version. Version {newestPublished} is the newest published.
        </p>
      ) : null}

      {qualification.data.can.edit ? (
        <VersionAdminActions qualification={qualification.data} />
      ) : null}
      {qualification.data.can.edit && version.status === 'draft' && version.problems.length > 0 ? (
        <section aria-labelledby="problems-heading" className="card card--problem">
          <h2 id="problems-heading">
            {version.problems.length} problem{version.problems.length === 1 ? '' : 's'} to put right
            before publishing
          </h2>
          <ProblemLinks
            qualificationId={qualification.data.id}
            problems={version.problems}
            document={document}
          />
        </section>
      ) : null}

      <div className="qualification-page">
        <div className="qualification-page__main">
          <section aria-labelledby="facts-heading" className="card">
            <h2 id="facts-heading">About this qualification</h2>
            <QualificationFacts document={document} />
          </section>

          <section aria-labelledby="rules-heading" className="card">
            <h2 id="rules-heading">Rules of combination</h2>
            {document.pathways.length > 0 ? (
              <>
                <h3>Pathways</h3>
                <ul>
                  {document.pathways.map((pathway) => (
                    <li key={pathway.code}>{pathway.title}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>This qualification has no pathways: every learner follows the same rules.</p>
            )}
            {version.rulesInWords.length > 0 ? (
              <>
                {document.pathways.length > 0 ? <h3>To achieve the qualification</h3> : null}
                <ul>
                  {version.rulesInWords.map((rule) => (
                    <li key={rule}>{rule}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Rules of combination: not stated.</p>
            )}
          </section>

          <section aria-labelledby="units-heading" className="units-section">
            <h2 id="units-heading">
              Units <span className="muted">({document.units.length})</span>
            </h2>
            <UnitList units={document.units} />
          </section>

          <section aria-labelledby="entry-heading" className="card">
            <h2 id="entry-heading">Entry requirements</h2>
            <EntryRequirementsList requirements={document.entryRequirements} />
          </section>
        </div>

        <div className="qualification-page__aside">
          <section aria-labelledby="check-heading" className="card">
            <h2 id="check-heading">Check a unit choice</h2>
            <p>Choose units to see whether they meet the rules of combination.</p>
            <UnitChoiceCheck
              qualificationId={qualification.data.id}
              versionNumber={version.number}
              pathways={document.pathways}
              units={document.units}
            />
          </section>

          <section aria-labelledby="versions-heading" className="card">
            <h2 id="versions-heading">Versions</h2>
            <VersionsList
              qualificationId={qualification.data.id}
              versions={qualification.data.versions}
              shown={version.number}
            />
          </section>

          {document.source ? (
            <section aria-labelledby="source-heading" className="card">
              <h2 id="source-heading">Source</h2>
              <p className="source">{document.source}</p>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
