import type { UserSummary } from '@signoff/contracts';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { describeError } from '../../../lib/error-messages';
import { useSetUserDisabled } from '../api/set-user-disabled';

export interface UserStatusDialogProps {
  user: UserSummary;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** Confirms disabling or enabling a user at the admin's centres (their other centres are not affected). */
export function UserStatusDialog({ user, isOpen, onOpenChange }: UserStatusDialogProps) {
  const disable = !user.disabled;
  const setDisabled = useSetUserDisabled(user.id, { onSuccess: () => onOpenChange(false) });

  return (
    <ModalDialog
      title={disable ? `Disable ${user.displayName}?` : `Enable ${user.displayName}?`}
      role="alertdialog"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) setDisabled.reset();
        onOpenChange(open);
      }}
    >
      {(close) => (
        <>
          <p>
            {disable
              ? 'Their roles at your centres stop working at once, until you enable them again; roles they hold at other centres are not affected. If they belong to no other centre, they are signed out and cannot sign in. Their records are kept.'
              : 'Their roles at your centres will work again, and they can sign in with their password.'}
          </p>
          <FormAlert message={setDisabled.error ? describeError(setDisabled.error) : null} />
          <div className="button-row">
            <Button
              variant={disable ? 'danger' : 'primary'}
              isPending={setDisabled.isPending}
              onPress={() => setDisabled.mutate(disable)}
            >
              {disable ? 'Disable user' : 'Enable user'}
            </Button>
            <Button variant="secondary" onPress={close}>
              Cancel
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
