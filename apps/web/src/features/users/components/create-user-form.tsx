import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  type CreateUserResponse,
} from '@signoff/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/text-field';
import { useFormErrors, type FieldErrors } from '../../../hooks/use-form-errors';
import { describeError } from '../../../lib/error-messages';
import { useCreateUser } from '../api/create-user';
import { PasswordLinkBox } from '../../../components/password-link-box';
import {
  RoleCheckboxes,
  toRoleGrants,
  type AdminCentre,
  type RoleSelection,
} from './role-checkboxes';

const SUBJECTS = { email: 'Email address', displayName: 'Display name', roles: 'Roles' } as const;

export interface CreateUserFormProps {
  centres: readonly AdminCentre[];
}

export function CreateUserForm({ centres }: CreateUserFormProps) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [selection, setSelection] = useState<RoleSelection>({});
  const [created, setCreated] = useState<CreateUserResponse | null>(null);
  const createUser = useCreateUser();
  const { errors, passes, clear, summary } = useFormErrors(createUser.error, SUBJECTS);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (created) resultHeadingRef.current?.focus();
  }, [created]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createUser.isPending) return;
    const roles = toRoleGrants(selection);
    const found: FieldErrors = {};
    if (email.trim() === '') found['email'] = 'Enter their email address.';
    if (displayName.trim() === '') found['displayName'] = 'Enter their name.';
    if (roles.length === 0) found['roles'] = 'Choose at least one role.';
    if (!passes(event.currentTarget, found)) return;
    createUser.mutate(
      { email: email.trim(), displayName: displayName.trim(), roles },
      {
        onSuccess: (result) => {
          setCreated(result);
          setEmail('');
          setDisplayName('');
          setSelection({});
        },
      },
    );
  }

  if (created) {
    return (
      <div className="result">
        <h3 ref={resultHeadingRef} tabIndex={-1} className="result__title">
          {created.passwordLink
            ? `${created.user.displayName} has been created`
            : `${created.user.displayName} has been added to your centre`}
        </h3>
        {/* An account from another centre keeps its password: the server says so instead. */}
        {created.passwordLink ? (
          <PasswordLinkBox link={created.passwordLink} personName={created.user.displayName} />
        ) : (
          <p>{created.notice}</p>
        )}
        <Button
          variant="secondary"
          onPress={() => {
            setCreated(null);
            createUser.reset();
          }}
        >
          Create another user
        </Button>
      </div>
    );
  }

  const alert = summary(() => (createUser.error ? describeError(createUser.error) : null));

  return (
    <Form
      className="form form--create-user"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
    >
      <FormAlert message={alert} />
      <TextField
        label="Email address"
        description="They sign in with it."
        name="email"
        type="email"
        autoComplete="off"
        isRequired
        maxLength={EMAIL_MAX_LENGTH}
        value={email}
        onChange={(value) => {
          setEmail(value);
          clear('email');
        }}
      />
      <TextField
        label="Display name"
        description="The name other people see, e.g. Sam Patel."
        name="displayName"
        autoComplete="off"
        isRequired
        maxLength={DISPLAY_NAME_MAX_LENGTH}
        value={displayName}
        onChange={(value) => {
          setDisplayName(value);
          clear('displayName');
        }}
      />
      <RoleCheckboxes
        centres={centres}
        value={selection}
        onChange={(value) => {
          setSelection(value);
          clear('roles');
        }}
        error={errors['roles']}
      />
      <Button type="submit" isPending={createUser.isPending}>
        {createUser.isPending ? 'Creating…' : 'Create user'}
      </Button>
    </Form>
  );
}
