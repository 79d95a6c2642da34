import { PASSWORD_MAX_LENGTH } from '@signoff/contracts';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { StatusMessage } from '../../../components/status-message';
import { TextField } from '../../../components/text-field';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useChangePassword } from '../api/change-password';
import { checkNewPassword, NewPasswordFields } from './new-password-fields';

const SUBJECTS = {
  currentPassword: 'The password you entered',
  newPassword: 'New password',
} as const;

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [changed, setChanged] = useState(false);
  const change = useChangePassword({
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      setChanged(true);
    },
  });
  const { errors, passes, clear, summary } = useFormErrors(change.error, SUBJECTS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    setChanged(false);
    const found = checkNewPassword('newPassword', newPassword, confirmation);
    if (currentPassword === '') found['currentPassword'] = 'Enter your current password.';
    if (!passes(event.currentTarget, found)) return;
    change.mutate({ currentPassword, newPassword });
  }

  const alert = summary(() =>
    // Should the API answer a wrong current password with this code, it concerns that field.
    isApiError(change.error, 'INVALID_CREDENTIALS')
      ? 'The password you entered is not your current password.'
      : change.error
        ? describeError(change.error)
        : null,
  );

  return (
    <Form
      className="form"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
      aria-label="Change password"
    >
      <FormAlert message={alert} />
      <StatusMessage>
        {changed
          ? 'Your password has been changed. Any other devices signed in as you have been signed out.'
          : null}
      </StatusMessage>
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        isRequired
        maxLength={PASSWORD_MAX_LENGTH}
        value={currentPassword}
        onChange={(value) => {
          setCurrentPassword(value);
          clear('currentPassword');
        }}
      />
      <NewPasswordFields
        name="newPassword"
        label="New password"
        password={newPassword}
        confirmation={confirmation}
        onPasswordChange={(value) => {
          setNewPassword(value);
          clear('newPassword');
        }}
        onConfirmationChange={(value) => {
          setConfirmation(value);
          clear('confirmPassword');
        }}
      />
      <Button type="submit" isPending={change.isPending}>
        {change.isPending ? 'Saving…' : 'Change password'}
      </Button>
    </Form>
  );
}
