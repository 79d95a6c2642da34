import type { MeResponse } from '@signoff/contracts';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@signoff/contracts';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/text-field';
import { useFormErrors, type FieldErrors } from '../../../hooks/use-form-errors';
import { describeError } from '../../../lib/error-messages';
import { useLogin } from '../api/login';

const SUBJECTS = { email: 'Email address', password: 'Password' } as const;

export interface LoginFormProps {
  onSuccess: (me: MeResponse) => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin({ onSuccess });
  const { errors, passes, clear, summary } = useFormErrors(login.error, SUBJECTS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const found: FieldErrors = {};
    if (email.trim() === '') found['email'] = 'Enter your email address.';
    if (password === '') found['password'] = 'Enter your password.';
    if (!passes(event.currentTarget, found)) return;
    login.mutate({ email: email.trim(), password }, { onError: () => setPassword('') });
  }

  const alert = summary(() => (login.error ? describeError(login.error) : null));

  return (
    <Form
      className="form"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
      aria-label="Sign in"
    >
      <FormAlert message={alert} />
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="username"
        isRequired
        maxLength={EMAIL_MAX_LENGTH}
        value={email}
        onChange={(value) => {
          setEmail(value);
          clear('email');
        }}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        isRequired
        maxLength={PASSWORD_MAX_LENGTH}
        value={password}
        onChange={(value) => {
          setPassword(value);
          clear('password');
        }}
      />
      <Button type="submit" isPending={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </Form>
  );
}
