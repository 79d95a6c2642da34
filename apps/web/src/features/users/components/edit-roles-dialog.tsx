import { USER_FIELD_NAMES, type UserSummary } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { ModalDialog } from '../../../components/modal-dialog';
import { describeError, fieldErrorsOf } from '../../../lib/error-messages';
import { useReplaceUserRoles } from '../api/replace-user-roles';
import {
  rolesFormProblems,
  toRoleSelection,
  toRolesRequest,
  type RolesAnswers,
} from '../lib/user-forms';
import { RoleCheckboxes, type AdminCentre } from './role-checkboxes';

const WORDING = { subjects: USER_FIELD_NAMES };

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
  const form = useForm<RolesAnswers>({
    defaultValues: { roles: toRoleSelection(user.roles) },
    resolver: resolverFrom(rolesFormProblems, WORDING),
  });
  const replaceRoles = useReplaceUserRoles(user.id, { onSuccess: onDone });

  return (
    <ValidatedForm
      form={form}
      onValid={(answers) => replaceRoles.mutate(toRolesRequest(answers))}
      isPending={replaceRoles.isPending}
      serverError={replaceRoles.error}
      wording={WORDING}
      // A refusal about the roles is said by the roles.
      describeServerError={(error) =>
        'roles' in fieldErrorsOf(error, WORDING.subjects) ? null : describeError(error)
      }
    >
      <RoleCheckboxes control={form.control} centres={centres} />
      <div className="button-row">
        <SubmitButton pendingLabel="Save roles">Save roles</SubmitButton>
        <Button variant="secondary" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </ValidatedForm>
  );
}
