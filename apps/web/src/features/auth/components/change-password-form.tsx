import { PASSWORD_MAX_LENGTH } from '@signoff/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useChangePassword } from '../api/change-password';
import { useMe } from '../api/get-me';
import { changePasswordProblems, type ChangePasswordAnswers } from '../lib/password-forms';
import { NewPasswordFields } from './new-password-fields';

const WORDING = {
  subjects: { currentPassword: 'The password you entered', newPassword: 'New password' },
};

const EMPTY: ChangePasswordAnswers = { currentPassword: '', newPassword: '', confirmPassword: '' };

function describeRefusal(error: unknown): string | null {
  // Should the API answer a wrong current password with this code, it concerns that field.
  return isApiError(error, 'INVALID_CREDENTIALS')
    ? 'The password you entered is not your current password.'
    : describeError(error);
}

export function ChangePasswordForm() {
  const me = useMe();
  const form = useForm<ChangePasswordAnswers>({
    defaultValues: EMPTY,
    resolver: resolverFrom((answers: ChangePasswordAnswers) =>
      // The signed-in person, read on submit; the API checks against the account in any case.
      changePasswordProblems(answers, me.data ?? { email: '' }),
    ),
  });
  const [changed, setChanged] = useState(false);
  const change = useChangePassword({
    onSuccess: () => {
      form.reset(EMPTY);
      setChanged(true);
    },
  });

  return (
    <ValidatedForm
      form={form}
      onValid={({ currentPassword, newPassword }) => {
        setChanged(false);
        change.mutate({ currentPassword, newPassword });
      }}
      isPending={change.isPending}
      serverError={change.error}
      wording={WORDING}
      describeServerError={describeRefusal}
      aria-label="Change password"
      status={
        <StatusMessage>
          {changed
            ? 'Your password has been changed. Any other devices signed in as you have been signed out.'
            : null}
        </StatusMessage>
      }
    >
      <FormTextField
        control={form.control}
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        isRequired
        maxLength={PASSWORD_MAX_LENGTH}
      />
      <NewPasswordFields control={form.control} name="newPassword" label="New password" />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </ValidatedForm>
  );
}
