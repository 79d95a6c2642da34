import type { QualificationVersionDetail } from '@signoff/contracts';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { useQualification } from '../../features/catalogue/api/get-qualification';
import { DraftEditor } from '../../features/catalogue/components/draft-editor';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import type { QualificationNotice } from './qualification';

export function EditQualificationRoute() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const state = useLocation().state as QualificationNotice | null;
  const navigate = useNavigate();
  // Without a version the API answers with the open draft, else the newest published version.
  const qualification = useQualification(id);
  useDocumentTitle(qualification.data ? `Edit ${qualification.data.title}` : 'Edit qualification');

  if (qualification.isPending) return <p role="status">Loading the qualification…</p>;
  if (qualification.isError) {
    return (
      <>
        <h1>Edit qualification</h1>
        <FormAlert message={describeError(qualification.error)} />
        <p>
          <Link to="/qualifications">All qualifications</Link>
        </p>
      </>
    );
  }

  const qualificationPath = `/qualifications/${encodeURIComponent(qualification.data.id)}`;
  function published(version: QualificationVersionDetail) {
    const notice: QualificationNotice = { notice: `Version ${version.number} is published.` };
    void navigate(`${qualificationPath}?version=${version.number}`, { state: notice });
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/qualifications">Qualifications</Link> ›{' '}
        <Link to={qualificationPath}>{qualification.data.title}</Link>
      </p>
      <h1>Edit {qualification.data.title}</h1>
      <DraftEditor
        key={qualification.data.id}
        qualification={qualification.data}
        at={params.get('at')}
        notice={state?.notice ?? null}
        onPublished={published}
      />
    </>
  );
}
