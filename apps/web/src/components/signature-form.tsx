import { useState, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { describeSigningRefusal } from '../lib/signing';
import { PasswordAgainField } from './form/password-again-field';
import { SubmitOrCancel, ValidatedForm } from './form/validated-form';

export interface SignatureFormProps<Values extends FieldValues & { password: string }> {
  /** The form, with a resolver that asks for the password (see lib/signing.ts). */
  form: UseFormReturn<Values>;
  /**
   * Sends the signature with its Idempotency-Key, made when this form was first shown: a retry
   * after a lost answer sends the same key, so nothing is signed twice.
   */
  onSign: (values: Values, idempotencyKey: string) => void;
  isPending: boolean;
  /** The API's answer to the last attempt. */
  error: unknown;
  /** Words for a refusal, where the signer's case needs its own (the signing ones by default). */
  describeRefusal?: (error: unknown) => string | null;
  /** What the signer confirms, and for whom: above the fields. */
  statement: ReactNode;
  /** How the API's field problems are worded; the password's is said for the signer. */
  subjects?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  /** Closes the dialog the form is in; a form on the page has no Cancel. */
  onCancel?: () => void;
  'aria-label'?: string;
  /** Answers asked before the password (agreeing or not, a comment). */
  children?: ReactNode;
}

/**
 * A signature: what is confirmed, any answers, the password asked again, and one request with
 * an Idempotency-Key made when the form is first shown. Mount it afresh for each signature (a
 * dialog's opening, a record's version), so each has its own key and forgets the password.
 */
export function SignatureForm<Values extends FieldValues & { password: string }>({
  form,
  onSign,
  isPending,
  error,
  describeRefusal = describeSigningRefusal,
  statement,
  subjects,
  submitLabel,
  pendingLabel = 'Signing…',
  onCancel,
  'aria-label': ariaLabel,
  children,
}: SignatureFormProps<Values>) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ValidatedForm
      form={form}
      onValid={(values) => onSign(values, idempotencyKey)}
      isPending={isPending}
      serverError={error}
      wording={{ subjects: { password: 'The password you entered', ...subjects } }}
      describeServerError={describeRefusal}
      checksSummary={children ? undefined : null}
      status={
        <div className="signing-statement">
          {statement}
          <p className="muted">
            Your signature is kept with the date and time, and cannot be changed afterwards.
          </p>
        </div>
      }
      aria-label={ariaLabel}
    >
      {children}
      <PasswordAgainField control={form.control} />
      <SubmitOrCancel submitLabel={submitLabel} pendingLabel={pendingLabel} onCancel={onCancel} />
    </ValidatedForm>
  );
}
