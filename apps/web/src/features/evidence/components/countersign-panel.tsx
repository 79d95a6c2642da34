import {
  COUNTERSIGNING_STATEMENTS,
  WORKPLACE_RECORD_LIMITS,
  type EvidenceDetail,
} from '@signoff/contracts';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormRadioGroup, FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SignatureForm } from '../../../components/signature-form';
import { formatDay } from '../../../lib/dates';
import { useCountersignRecord } from '../api/sign-record';
import {
  COUNTERSIGN_SUBJECTS,
  countersignProblems,
  toCountersignRequest,
  type CountersignAnswers,
} from '../lib/workplace-records';

const ANSWERS = [
  { id: 'agree', label: 'I agree it is accurate', description: COUNTERSIGNING_STATEMENTS.agree },
  {
    id: 'disagree',
    label: 'I do not agree',
    description: COUNTERSIGNING_STATEMENTS.disagree,
  },
];

export interface CountersignPanelProps {
  detail: EvidenceDetail;
  onCountersigned: (detail: EvidenceDetail, agreed: boolean) => void;
}

/**
 * The learner's countersignature of a record their assessor made: what it records, then
 * agreeing that it is accurate or saying why not, and their password again. Mount it per version
 * (`key`): each has its own Idempotency-Key, made when the panel is first shown.
 */
export function CountersignPanel({ detail, onCountersigned }: CountersignPanelProps) {
  const headingId = useId();
  const form = useForm<CountersignAnswers>({
    defaultValues: { answer: null, comment: '', password: '' },
    resolver: resolverFrom(countersignProblems, { subjects: COUNTERSIGN_SUBJECTS }),
  });
  const answer = useWatch({ control: form.control, name: 'answer' });
  const countersign = useCountersignRecord();
  const { current } = detail;
  const made = current.declaration?.declarant.displayName ?? detail.author.displayName;
  return (
    <section aria-labelledby={headingId} className="card countersign-panel">
      <h2 id={headingId}>Countersign this record</h2>
      <SignatureForm
        form={form}
        aria-label="Countersign this record"
        onSign={(answers, idempotencyKey) =>
          countersign
            .mutateAsync({ itemId: detail.id, body: toCountersignRequest(answers), idempotencyKey })
            .then(
              (signed) => onCountersigned(signed, answers.answer === 'agree'),
              // Shown by the form, from the mutation's error.
              () => undefined,
            )
        }
        isPending={countersign.isPending}
        error={countersign.error}
        subjects={COUNTERSIGN_SUBJECTS}
        submitLabel={answer === 'disagree' ? 'Sign that I do not agree' : 'Countersign'}
        statement={
          <>
            <p>
              {made}, your assessor, made this record of{' '}
              {current.title ? `“${current.title}”` : 'your work'} on{' '}
              {formatDay(current.activityDate)}
              {current.observation
                ? `, at ${current.observation.setting}, from ${current.observation.startTime} to ${current.observation.endTime}`
                : ''}
              . Read it above, then say whether it is an accurate account of what happened.
            </p>
          </>
        }
      >
        <FormRadioGroup
          control={form.control}
          name="answer"
          label="Is this record accurate?"
          options={ANSWERS}
          isRequired
        />
        {answer === 'disagree' ? (
          <FormTextAreaField
            control={form.control}
            name="comment"
            label="What is not accurate"
            description="Your assessor reads this and can revise the record."
            maxLength={WORKPLACE_RECORD_LIMITS.commentMaxLength}
            isRequired
          />
        ) : null}
      </SignatureForm>
    </section>
  );
}
