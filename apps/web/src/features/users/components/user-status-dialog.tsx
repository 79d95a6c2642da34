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

/** Confirms disabling or enabling a user: disabling signs them out everywhere. */
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
              ? 'They will be signed out and will not be able to sign in until you enable them again. Their records are kept.'
              : 'They will be able to sign in again with their password.'}
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
