import {
  ASSESSMENT_LIMITS,
  type AssessmentDecisionKind,
  type EvidenceDetail,
  type Unit,
} from '@signoff/contracts';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormRadioGroup, FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useDecideEvidence, useReloadEvidence } from '../api/decide-evidence';
import {
  DECISION_SUBJECTS,
  decisionProblems,
  startingMapping,
  toDecisionRequest,
  type DecisionAnswers,
} from '../lib/assessment-decision';
import { OutcomePickerField } from '../../../components/outcome-picker';
import { plannedUnitsOf } from '../../../lib/evidence-claims';

const WORDING = { subjects: DECISION_SUBJECTS };

const CHOICES = [
  {
    id: 'accept',
    label: 'Accept',
    description: 'It proves what you map below. This version is then locked.',
  },
  {
    id: 'refer',
    label: 'Refer',
    description: 'It goes back to the learner with your feedback, to revise and submit again.',
  },
];

export interface DecisionFormProps {
  detail: EvidenceDetail;
  /** Every unit of the enrolment's qualification version. */
  units: readonly Unit[];
  /** The enrolment's planned units: the mapping names outcomes of these only. */
  plannedUnits: readonly string[];
  onDecided: (detail: EvidenceDetail, decision: AssessmentDecisionKind) => void;
}

/**
 * The assessor's decision on the newest version: accept or refer, feedback (required to refer)
 * and their mapping, which starts from the learner's claims, marked beside each outcome. Checked
 * with the API's own rule; a 409 (the item moved on) says so and offers to reload.
 */
export function DecisionForm({ detail, units, plannedUnits, onDecided }: DecisionFormProps) {
  const version = detail.current;
  const planned = plannedUnitsOf(units, plannedUnits);
  const form = useForm<DecisionAnswers>({
    defaultValues: {
      decision: null,
      feedback: '',
      mapping: startingMapping(version.claims, plannedUnits),
    },
    resolver: resolverFrom(decisionProblems(planned, plannedUnits), WORDING),
  });
  const decision = useWatch({ control: form.control, name: 'decision' });
  const decide = useDecideEvidence(detail.id);
  const reload = useReloadEvidence(detail.id);
  const headingId = useId();
  const mappingHeadingId = useId();
  const outside = version.claims.filter((claim) => !plannedUnits.includes(claim.unit));
  const moved = isApiError(decide.error, 'CONFLICT');

  return (
    <section aria-labelledby={headingId} className="card decision-panel">
      <h2 id={headingId}>Your decision on version {version.number}</h2>
      <ValidatedForm
        form={form}
        aria-label={`Your decision on version ${version.number}`}
        onValid={(answers) =>
          decide.mutate(toDecisionRequest(version.number, answers), {
            onSuccess: (decided) => onDecided(decided, answers.decision ?? 'accept'),
          })
        }
        isPending={decide.isPending}
        serverError={decide.error}
        wording={WORDING}
        describeServerError={(error) =>
          moved
            ? `Your decision was not recorded. ${describeError(error)} Reload the evidence to see it as it is now.`
            : describeError(error)
        }
        status={
          moved ? (
            <Button
              variant="secondary"
              onPress={() => {
                decide.reset();
                void reload();
              }}
            >
              Reload the evidence
            </Button>
          ) : null
        }
      >
        <FormRadioGroup
          control={form.control}
          name="decision"
          label="Decision"
          options={CHOICES}
          isRequired
        />
        <FormTextAreaField
          control={form.control}
          name="feedback"
          label="Feedback for the learner"
          description={
            decision === 'refer'
              ? 'Required to refer: say what to change or add.'
              : 'What it shows well, or what to change. Required to refer.'
          }
          isRequired={decision === 'refer'}
          maxLength={ASSESSMENT_LIMITS.feedbackMaxLength}
          rows={5}
        />
        <h3 id={mappingHeadingId}>Outcomes and criteria it proves</h3>
        <p className="muted">
          Ticked to start with: what the learner claimed, each marked “claimed by the learner”.
          Confirm, untick or add. Your mapping is what counts from now on.
        </p>
        {outside.length > 0 ? (
          <p className="muted">
            The learner also claimed {[...new Set(outside.map((claim) => claim.unit))].join(', ')},
            which the enrolment does not plan.
          </p>
        ) : null}
        <OutcomePickerField
          control={form.control}
          name="mapping"
          units={planned}
          learnerClaims={version.claims}
          labelledBy={mappingHeadingId}
          headingLevel={4}
        />
        <SubmitButton pendingLabel="Recording your decision…">
          {decision === 'refer'
            ? 'Refer to the learner'
            : decision === 'accept'
              ? `Accept version ${version.number}`
              : 'Record the decision'}
        </SubmitButton>
      </ValidatedForm>
    </section>
  );
}
