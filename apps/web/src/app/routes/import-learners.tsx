import { LEARNER_IMPORT_LIMITS } from '@signoff/contracts';
import { Link } from 'react-router';
import {
  ImportColumnsTable,
  TemplateDownloadLink,
} from '../../features/learners/components/import-columns';
import { ImportLearnersForm } from '../../features/learners/components/import-learners-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { adminCentresOf } from './admin-centres';
import { useSignedInUser } from './app-layout';

export function ImportLearnersRoute() {
  useDocumentTitle('Import learners');
  const centres = adminCentresOf(useSignedInUser());

  return (
    <>
      <p className="breadcrumb">
        <Link to="/learners">Learners</Link>
      </p>
      <h1>Import learners from CSV</h1>
      <p className="lead">
        Add many learners at once, and enrol them if you wish, from a CSV file. Either every row is
        imported or, if any row has a problem, nothing is: the problems are listed by line and
        column. One file takes at most {LEARNER_IMPORT_LIMITS.maxLearners.toLocaleString('en-GB')}{' '}
        learners; split a larger one.
      </p>
      <ImportLearnersForm centres={centres} />
      <section aria-labelledby="columns-heading" className="card">
        <h2 id="columns-heading">The file’s columns</h2>
        <p>
          The first line names the columns, in this order. Dates are written YYYY-MM-DD. Leave the
          enrolment columns blank to import a learner without enrolling them. Each row holds one
          prior qualification and one English result; add more on the learner’s record afterwards.
        </p>
        <p>
          <TemplateDownloadLink />
        </p>
        <ImportColumnsTable />
      </section>
    </>
  );
}
