import type { MeResponse } from '@signoff/contracts';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { useLogin } from '../api/login';
import { signInProblems, type SignInAnswers } from '../lib/password-forms';

const WORDING = { subjects: { email: 'Email address', password: 'Password' } };

export interface LoginFormProps {
  onSuccess: (me: MeResponse) => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const form = useForm<SignInAnswers>({
    defaultValues: { email: '', password: '' },
    resolver: resolverFrom(signInProblems),
  });
  const login = useLogin({ onSuccess });

  return (
    <ValidatedForm
      form={form}
      onValid={({ email, password }) =>
        login.mutate(
          { email: email.trim(), password },
          { onError: () => form.setValue('password', '') },
        )
      }
      isPending={login.isPending}
      serverError={login.error}
      wording={WORDING}
      aria-label="Sign in"
    >
      <FormTextField
        control={form.control}
        label="Email address"
        name="email"
        type="email"
        autoComplete="username"
        isRequired
        maxLength={EMAIL_MAX_LENGTH}
      />
      <FormTextField
        control={form.control}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        isRequired
        maxLength={PASSWORD_MAX_LENGTH}
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </ValidatedForm>
  );
}
