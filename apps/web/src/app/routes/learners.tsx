import { Link } from 'react-router';
import { LearnersTable } from '../../features/learners/components/learners-table';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { adminCentresOf } from './admin-centres';
import { useSignedInUser } from './app-layout';

export function LearnersRoute() {
  useDocumentTitle('Learners');
  const centres = adminCentresOf(useSignedInUser());

  return (
    <>
      <div className="page-heading">
        <h1>Learners</h1>
        <div className="button-row">
          <Link to="/learners/new" className="button button--primary">
            Add learner
          </Link>
          <Link to="/learners/import" className="button button--secondary">
            Import from CSV
          </Link>
        </div>
      </div>
      <p className="lead">
        Learners at {centres.map((centre) => centre.centreName).join(', ')}: their records and
        enrolments.
      </p>
      <LearnersTable centres={centres} />
    </>
  );
}
