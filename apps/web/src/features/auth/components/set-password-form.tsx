import { useForm } from 'react-hook-form';
import { FormAlert } from '../../../components/form-alert';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { isApiError } from '../../../lib/api-client';
import { ERROR_MESSAGES, fieldErrorsOf } from '../../../lib/error-messages';
import { useCompletePasswordReset } from '../api/complete-password-reset';
import { setPasswordProblems, type SetPasswordAnswers } from '../lib/password-forms';
import { NewPasswordFields } from './new-password-fields';

const WORDING = { subjects: { password: 'New password' } };

export interface SetPasswordFormProps {
  token: string;
  onSuccess: () => void;
}

export function SetPasswordForm({ token, onSuccess }: SetPasswordFormProps) {
  const form = useForm<SetPasswordAnswers>({
    defaultValues: { password: '', confirmPassword: '' },
    resolver: resolverFrom(setPasswordProblems),
  });
  const reset = useCompletePasswordReset({ onSuccess });

  // A token the API calls malformed is a link cut short in copying: same advice as a dead one.
  const linkIsDead =
    isApiError(reset.error, 'RESET_LINK_INVALID') || 'token' in fieldErrorsOf(reset.error);

  // Nothing typed here can succeed any more: say so and offer no form.
  if (linkIsDead) return <FormAlert message={ERROR_MESSAGES.RESET_LINK_INVALID} />;

  return (
    <ValidatedForm
      form={form}
      onValid={({ password }) => reset.mutate({ token, password })}
      isPending={reset.isPending}
      serverError={reset.error}
      wording={WORDING}
      aria-label="Set your password"
    >
      <NewPasswordFields control={form.control} name="password" label="New password" />
      <SubmitButton pendingLabel="Saving…">Set password</SubmitButton>
    </ValidatedForm>
  );
}
