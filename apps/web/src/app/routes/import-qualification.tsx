import type { ImportQualificationResponse } from '@signoff/contracts';
import { Link, useNavigate } from 'react-router';
import { ImportForm } from '../../features/catalogue/components/import-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import type { QualificationNotice } from './qualification';

export function ImportQualificationRoute() {
  useDocumentTitle('Import qualification');
  const navigate = useNavigate();

  function imported({ qualificationId, version }: ImportQualificationResponse) {
    const count = version.problems.length;
    const at = `/qualifications/${encodeURIComponent(qualificationId)}`;
    const state: QualificationNotice = {
      notice:
        count === 0
          ? `Imported as draft version ${version.number}. Check it, then publish it.`
          : `Imported as draft version ${version.number}, with ${count} problem${count === 1 ? '' : 's'} to put right before it can be published.`,
    };
    // With problems, straight to the editor where they can be put right.
    void navigate(count === 0 ? at : `${at}/edit`, { state });
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/qualifications">Qualifications</Link>
      </p>
      <h1>Import qualification</h1>
      <p className="lead">
        Import a qualification from a catalogue file (JSON). A qualification already in the
        catalogue, with the same awarding body and code, gets a new draft version.
      </p>
      <ImportForm onImported={imported} />
    </>
  );
}
