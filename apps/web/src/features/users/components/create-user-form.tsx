import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  USER_FIELD_NAMES,
  type CreateUserResponse,
} from '@signoff/contracts';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { PasswordLinkBox } from '../../../components/password-link-box';
import { useCreateUser } from '../api/create-user';
import { newUserFormProblems, toNewUserRequest, type NewUserAnswers } from '../lib/user-forms';
import { RoleCheckboxes, type AdminCentre } from './role-checkboxes';

const WORDING = { subjects: USER_FIELD_NAMES };
const EMPTY: NewUserAnswers = { email: '', displayName: '', roles: {} };

export interface CreateUserFormProps {
  centres: readonly AdminCentre[];
}

export function CreateUserForm({ centres }: CreateUserFormProps) {
  const form = useForm<NewUserAnswers>({
    defaultValues: EMPTY,
    resolver: resolverFrom(newUserFormProblems, WORDING),
  });
  const [created, setCreated] = useState<CreateUserResponse | null>(null);
  const createUser = useCreateUser();
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (created) resultHeadingRef.current?.focus();
  }, [created]);

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

  return (
    <ValidatedForm
      form={form}
      onValid={(answers) =>
        createUser.mutate(toNewUserRequest(answers), {
          onSuccess: (result) => {
            setCreated(result);
            form.reset(EMPTY);
          },
        })
      }
      isPending={createUser.isPending}
      serverError={createUser.error}
      wording={WORDING}
      className="form form--create-user"
    >
      <FormTextField
        control={form.control}
        label="Email address"
        description="They sign in with it."
        name="email"
        type="email"
        autoComplete="off"
        isRequired
        maxLength={EMAIL_MAX_LENGTH}
      />
      <FormTextField
        control={form.control}
        label="Display name"
        description="The name other people see, e.g. Sam Patel."
        name="displayName"
        autoComplete="off"
        isRequired
        maxLength={DISPLAY_NAME_MAX_LENGTH}
      />
      <RoleCheckboxes control={form.control} centres={centres} />
      <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
    </ValidatedForm>
  );
}
