import { ASSESSMENT_METHODS, type AssessmentMethod } from '@signoff/contracts';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { useEnrolment } from '../../features/enrolments/api/get-enrolment';
import { useMethodCodes } from '../../features/evidence/api/get-method-codes';
import { useUnitSignOff } from '../../features/sign-off/api/get-unit-sign-off';
import { UnitSignOff } from '../../features/sign-off/components/unit-sign-off';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';

/**
 * One unit's sign-off for one enrolment (`/enrolments/:id/units/:unit`), for everyone who may see
 * the enrolment: its assessor signs rows and the unit here, its learner countersigns.
 */
export function UnitSignOffRoute() {
  const { id = '', unit = '' } = useParams();
  const me = useSignedInUser();
  const view = useUnitSignOff(id, unit);
  const enrolment = useEnrolment(id);
  const methodCodes = useMethodCodes(enrolment.data?.centreId);
  useDocumentTitle(
    view.data
      ? `Sign-off of ${view.data.unit.reference} for ${view.data.learner.displayName}`
      : view.isError
        ? 'Unit not found'
        : 'Sign-off',
  );

  if (view.isPending) return <p role="status">Loading the unit’s sign-off…</p>;
  if (view.isError)
    return (
      <>
        <h1>{isApiError(view.error, 'NOT_FOUND') ? 'Unit not found' : 'Sign-off'}</h1>
        <FormAlert message={describeError(view.error)} />
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </>
    );

  const detail = view.data;
  const isLearner = me.id === detail.learner.id;
  const enrolmentPath = isLearner
    ? `/my-qualification/${encodeURIComponent(id)}`
    : `/enrolments/${encodeURIComponent(id)}`;
  const codeOf = (method: AssessmentMethod) =>
    methodCodes.data?.find((code) => code.method === method)?.code ??
    ASSESSMENT_METHODS[method].code;

  return (
    <>
      <p className="breadcrumb">
        <Link to={enrolmentPath}>
          {isLearner ? 'My qualification' : `Enrolment of ${detail.learner.displayName}`}
        </Link>
      </p>
      <h1>
        <span className="unit-sign-off__reference">{detail.unit.reference}</span>{' '}
        {detail.unit.title}
      </h1>
      <p className="lead">
        {isLearner ? 'Your sign-off' : `Sign-off for ${detail.learner.displayName}`}
        {detail.unit.credits === null ? '' : `, ${detail.unit.credits} credits`}
      </p>
      <UnitSignOff
        view={detail}
        isAssessor={enrolment.data !== undefined && enrolment.data.assessor.id === me.id}
        isLearner={isLearner}
        evidencePath={(itemId) =>
          isLearner
            ? `/portfolio/evidence/${encodeURIComponent(itemId)}`
            : `/enrolments/${encodeURIComponent(id)}/evidence/${encodeURIComponent(itemId)}`
        }
        methodCode={codeOf}
      />
    </>
  );
}
