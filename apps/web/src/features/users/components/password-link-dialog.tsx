import type { UserSummary } from '@signoff/contracts';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useIssuePasswordLink } from '../api/issue-password-link';
import { PasswordLinkBox } from '../../../components/password-link-box';

export interface PasswordLinkDialogProps {
  user: UserSummary;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

export function PasswordLinkDialog({ user, isOpen, onOpenChange }: PasswordLinkDialogProps) {
  const issue = useIssuePasswordLink(user.id);

  return (
    <ModalDialog
      title={`Password reset link for ${user.displayName}`}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) issue.reset();
        onOpenChange(open);
      }}
    >
      {(close) =>
        issue.data ? (
          <>
            <PasswordLinkBox link={issue.data} personName={user.displayName} />
            <div className="button-row">
              <Button onPress={close}>Done</Button>
            </div>
          </>
        ) : (
          <>
            <p>
              You will get a one-time link to send to {user.displayName}. With it they choose a new
              password.
            </p>
            <FormAlert message={issue.error ? linkRefusal(issue.error) : null} />
            <div className="button-row">
              <Button isPending={issue.isPending} onPress={() => issue.mutate()}>
                Issue link
              </Button>
              <Button variant="secondary" onPress={close}>
                Cancel
              </Button>
            </div>
          </>
        )
      }
    </ModalDialog>
  );
}

/** A refused link says why, and who can issue one (an admin of all the person's centres). */
function linkRefusal(error: unknown): string {
  return isApiError(error, 'FORBIDDEN') && error.message ? error.message : describeError(error);
}
