import { createContext, useContext, useEffect, useState, type ReactNode, type Ref } from 'react';
import { Form } from 'react-aria-components';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { describeError, ERROR_MESSAGES } from '../../lib/error-messages';
import { Button, type ButtonProps } from '../button';
import { FormAlert } from '../form-alert';
import { showServerErrors, type ServerErrorWording } from './server-errors';

const FormPending = createContext(false);

export interface ValidatedFormProps<Values extends FieldValues> {
  form: UseFormReturn<Values>;
  /** Called with the values once the form's resolver finds nothing wrong. */
  onValid: (values: Values) => void;
  /** While the request runs: a second submit is ignored and the submit button says it is busy. */
  isPending?: boolean;
  /** The API's answer to the last submit: its field problems go on the fields. */
  serverError?: unknown;
  /** How the API's field problems are worded and which fields they belong to. */
  wording?: ServerErrorWording;
  /** The words above the form for the API's answer (by default the error table's). */
  describeServerError?: (error: unknown) => string | null;
  /**
   * The words above the form when its own checks fail; null where the one field's problem says
   * it all.
   */
  checksSummary?: string | null;
  /** Shown between the alert and the fields: a success message, say. */
  status?: ReactNode;
  className?: string;
  'aria-label'?: string;
  ref?: Ref<HTMLFormElement>;
  children: ReactNode;
}

/**
 * A form checked by react-hook-form with React Aria's fields (see `form-fields.tsx`): on submit
 * its resolver runs, the first field at fault takes focus and each shows its problem, with one
 * alert above saying that some answers need correcting. An API answer's field problems are shown
 * on their fields the same way, and its message in the alert. A problem stays until its field is
 * edited, never disappearing on blur: that would shift the layout under the pointer between press
 * and release, and the click on Submit would miss.
 */
export function ValidatedForm<Values extends FieldValues>({
  form,
  onValid,
  isPending = false,
  serverError,
  wording,
  describeServerError = describeError,
  checksSummary = ERROR_MESSAGES.VALIDATION_FAILED,
  status,
  className = 'form',
  'aria-label': ariaLabel,
  ref,
  children,
}: ValidatedFormProps<Values>) {
  const [checksFailed, setChecksFailed] = useState(false);
  const { errors, isSubmitting } = form.formState;
  const { setError } = form;

  useEffect(() => {
    if (serverError) showServerErrors(serverError, setError, wording);
    // The wording is constant for a form: only a new answer shows anew.
  }, [serverError, setError]);

  const alert = checksFailed
    ? Object.keys(errors).length > 0
      ? checksSummary
      : null
    : serverError
      ? describeServerError(serverError)
      : null;

  return (
    <FormProvider {...form}>
      <FormPending value={isPending || isSubmitting}>
        <Form
          ref={ref}
          className={className}
          aria-label={ariaLabel}
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            if (isPending || isSubmitting) return;
            void form.handleSubmit(
              (values) => {
                setChecksFailed(false);
                onValid(values);
              },
              () => setChecksFailed(true),
            )(event);
          }}
        >
          <FormAlert message={alert} />
          {status}
          {children}
        </Form>
      </FormPending>
    </FormProvider>
  );
}

export interface SubmitButtonProps extends Omit<ButtonProps, 'type' | 'children'> {
  /** What the button says while the request runs, e.g. "Saving…". */
  pendingLabel: string;
  children: string;
}

/** The form's submit button: busy, and saying so, while the form's request runs. */
export function SubmitButton({ pendingLabel, children, isPending, ...props }: SubmitButtonProps) {
  const formPending = useContext(FormPending);
  const busy = isPending ?? formPending;
  return (
    <Button {...props} type="submit" isPending={busy}>
      {busy ? pendingLabel : children}
    </Button>
  );
}

/** A form's buttons: submit, and Cancel where the form can be closed without sending. */
export function SubmitOrCancel({
  submitLabel,
  pendingLabel,
  onCancel,
}: {
  submitLabel: string;
  pendingLabel: string;
  onCancel?: () => void;
}) {
  return (
    <div className="button-row">
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      {onCancel ? (
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
      ) : null}
    </div>
  );
}
