import { Link } from 'react-router';
import { QualificationsTable } from '../../features/catalogue/components/qualifications-table';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInUser } from './app-layout';

export function QualificationsRoute() {
  useDocumentTitle('Qualifications');
  const isAdmin = useSignedInUser().roles.includes('admin');

  return (
    <>
      <div className="page-heading">
        <h1>Qualifications</h1>
        {isAdmin ? (
          <Link to="/qualifications/import" className="button button--primary">
            Import qualification
          </Link>
        ) : null}
      </div>
      <p className="lead">
        {isAdmin
          ? 'The qualifications your centre offers: their units, learning outcomes, assessment criteria and rules of combination. Drafts are seen by admins only until published.'
          : 'The qualifications your centre offers: their units, learning outcomes, assessment criteria and rules of combination.'}
      </p>
      <QualificationsTable isAdmin={isAdmin} />
    </>
  );
}
