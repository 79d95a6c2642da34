import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { isApiError } from '../../../lib/api-client';
import { describeError, ERROR_MESSAGES } from '../../../lib/error-messages';
import { useCompletePasswordReset } from '../api/complete-password-reset';
import { checkNewPassword, NewPasswordFields } from './new-password-fields';

const SUBJECTS = { password: 'New password' } as const;

export interface SetPasswordFormProps {
  token: string;
  onSuccess: () => void;
}

export function SetPasswordForm({ token, onSuccess }: SetPasswordFormProps) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const reset = useCompletePasswordReset({ onSuccess });
  const { errors, passes, clear, summary } = useFormErrors(reset.error, SUBJECTS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reset.isPending) return;
    if (!passes(event.currentTarget, checkNewPassword('password', password, confirmation))) return;
    reset.mutate({ token, password });
  }

  // A token the API calls malformed is a link cut short in copying: same advice as a dead one.
  const linkIsDead = isApiError(reset.error, 'RESET_LINK_INVALID') || 'token' in errors;
  const alert = summary(() => (reset.error ? describeError(reset.error) : null));

  // Nothing typed here can succeed any more: say so and offer no form.
  if (linkIsDead) return <FormAlert message={ERROR_MESSAGES.RESET_LINK_INVALID} />;

  return (
    <Form
      className="form"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
      aria-label="Set your password"
    >
      <FormAlert message={alert} />
      <NewPasswordFields
        name="password"
        label="New password"
        password={password}
        confirmation={confirmation}
        onPasswordChange={(value) => {
          setPassword(value);
          clear('password');
        }}
        onConfirmationChange={(value) => {
          setConfirmation(value);
          clear('confirmPassword');
        }}
      />
      <Button type="submit" isPending={reset.isPending}>
        {reset.isPending ? 'Saving…' : 'Set password'}
      </Button>
    </Form>
  );
}
