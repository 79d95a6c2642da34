import {
  WITNESS_FIELD_NAMES,
  WITNESS_LIMITS,
  WITNESS_STATEMENT_DECLARATION,
  type WitnessPage,
} from '@signoff/contracts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { CheckMark } from '../../../components/check-mark';
import {
  FormCheckbox,
  FormTextAreaField,
  FormTextField,
} from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useSubmitWitnessStatement } from '../api/submit-witness-statement';
import {
  startingStatement,
  statementFormProblems,
  toStatementSubmission,
  type StatementAnswers,
} from '../lib/witness-forms';
import { witnessLinkProblem } from '../lib/witness-link-problem';

// The witness's own words for the fields, rather than the asker's ("Your job role").
const WORDING = {
  subjects: {
    ...WITNESS_FIELD_NAMES,
    statement: 'Your statement',
    jobRole: 'Your job role',
    relationship: 'Your relationship to the learner',
    activityDate: 'The date you saw this',
    confirmed: 'The box',
  },
};

export interface WitnessStatementFormProps {
  token: string;
  page: WitnessPage;
  /** The statement was taken: the page thanks the witness. */
  onSubmitted: () => void;
  /** The link closed meanwhile (expired, revoked): the page says so, keeping the words typed. */
  onRefused: (error: unknown, statement: string) => void;
}

/**
 * The witness's statement: plain text, their role and relationship as they state them now, the
 * day they saw it, and the declaration they confirm. Sent once; a refusal that leaves the link
 * open (too many tries, a lost connection) keeps everything typed.
 */
export function WitnessStatementForm({
  token,
  page,
  onSubmitted,
  onRefused,
}: WitnessStatementFormProps) {
  const form = useForm<StatementAnswers>({
    defaultValues: startingStatement(page),
    resolver: resolverFrom(
      statementFormProblems(() => new Date()),
      WORDING,
    ),
  });
  const submit = useSubmitWitnessStatement(token);
  const declarationId = useId();

  return (
    <ValidatedForm
      form={form}
      aria-label="Write your statement"
      onValid={(answers) =>
        submit.mutate(toStatementSubmission(answers), {
          onSuccess: onSubmitted,
          onError: (error) => {
            if (
              isApiError(error, 'WITNESS_LINK_CLOSED') ||
              isApiError(error, 'NOT_FOUND') ||
              isApiError(error, 'CONFLICT')
            )
              onRefused(error, answers.statement);
          },
        })
      }
      isPending={submit.isPending}
      serverError={submit.error}
      wording={WORDING}
      describeServerError={(error) =>
        isApiError(error, 'VALIDATION_FAILED')
          ? describeError(error)
          : witnessLinkProblem(error).message
      }
      className="form witness-statement-form"
    >
      <FormTextAreaField
        control={form.control}
        name="statement"
        label="Your statement"
        description="What you saw the learner do, in your own words. Leave a blank line between paragraphs."
        rows={12}
        isRequired
        maxLength={WITNESS_LIMITS.statementMaxLength}
        inputClassName="witness-statement-form__statement"
      />
      <FormTextField
        control={form.control}
        name="activityDate"
        label="The date you saw this"
        description="If it was over several days, the last of them."
        type="date"
        isRequired
        className="field--short"
      />
      <FormTextField
        control={form.control}
        name="jobRole"
        label="Your job role"
        description="Correct it if it is not right."
        autoComplete="organization-title"
        isRequired
        maxLength={WITNESS_LIMITS.jobRoleMaxLength}
      />
      <FormTextField
        control={form.control}
        name="relationship"
        label={`Your relationship to ${page.learnerName}`}
        description="How you know their work. Correct it if it is not right."
        isRequired
        maxLength={WITNESS_LIMITS.relationshipMaxLength}
      />
      <div className="witness-declaration">
        <h2 className="witness-declaration__title">Declaration</h2>
        <blockquote id={declarationId} className="declaration">
          {/* What is sent with the statement, so what the witness confirms is what they read. */}
          {WITNESS_STATEMENT_DECLARATION}
        </blockquote>
        <FormCheckbox
          control={form.control}
          name="confirmed"
          isRequired
          aria-describedby={declarationId}
        >
          <CheckMark />
          <span>I confirm the declaration above is true</span>
        </FormCheckbox>
      </div>
      <p className="muted">
        Once sent, your statement is locked: it cannot be changed. If something needs adding later,{' '}
        {page.requestedBy} can send you a new request.
      </p>
      <SubmitButton pendingLabel="Sending your statement…" className="button--wide">
        Send my statement
      </SubmitButton>
    </ValidatedForm>
  );
}
