import type { UserSummary } from '@signoff/contracts';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { useFormErrors, type FieldErrors } from '../../../hooks/use-form-errors';
import { describeError } from '../../../lib/error-messages';
import { useReplaceUserRoles } from '../api/replace-user-roles';
import {
  RoleCheckboxes,
  toRoleGrants,
  toRoleSelection,
  type AdminCentre,
  type RoleSelection,
} from './role-checkboxes';

const SUBJECTS = { roles: 'Roles' } as const;

export interface EditRolesDialogProps {
  user: UserSummary;
  centres: readonly AdminCentre[];
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

export function EditRolesDialog({ user, centres, isOpen, onOpenChange }: EditRolesDialogProps) {
  return (
    <ModalDialog title={`Roles of ${user.displayName}`} isOpen={isOpen} onOpenChange={onOpenChange}>
      {(close) => <EditRolesForm user={user} centres={centres} onDone={close} />}
    </ModalDialog>
  );
}

function EditRolesForm({
  user,
  centres,
  onDone,
}: {
  user: UserSummary;
  centres: readonly AdminCentre[];
  onDone: () => void;
}) {
  const [selection, setSelection] = useState<RoleSelection>(() => toRoleSelection(user.roles));
  const replaceRoles = useReplaceUserRoles(user.id, { onSuccess: onDone });
  const { errors, passes, clear, summary } = useFormErrors(replaceRoles.error, SUBJECTS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (replaceRoles.isPending) return;
    const roles = toRoleGrants(selection);
    const found: FieldErrors = {};
    if (roles.length === 0)
      found['roles'] =
        'Choose at least one role. To stop someone signing in, disable them instead.';
    if (!passes(event.currentTarget, found)) return;
    replaceRoles.mutate({ roles });
  }

  const alert = summary(() =>
    replaceRoles.error && !errors['roles'] ? describeError(replaceRoles.error) : null,
  );

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria" validationErrors={errors}>
      <FormAlert message={alert} />
      <RoleCheckboxes
        centres={centres}
        value={selection}
        onChange={(value) => {
          setSelection(value);
          clear('roles');
        }}
        error={errors['roles']}
      />
      <div className="button-row">
        <Button type="submit" isPending={replaceRoles.isPending}>
          Save roles
        </Button>
        <Button variant="secondary" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
