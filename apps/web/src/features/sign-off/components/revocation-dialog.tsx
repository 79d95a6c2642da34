import { SIGN_OFF_LIMITS, type SignOffRecord } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { ModalDialog } from '../../../components/modal-dialog';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useRevoke } from '../api/revoke';
import { signedWhat } from '../lib/sign-off-words';
import { PasswordAgainField } from '../../../components/form/password-again-field';

export interface RevocationDialogProps {
  signOff: SignOffRecord;
  isOpen: boolean;
  onClose: () => void;
  /** Called with the signature as revoked. */
  onRevoked: (revoked: SignOffRecord) => void;
}

/** The reason, and the password asked again, before a signature stops counting. */
export function RevocationDialog({ signOff, isOpen, onClose, onRevoked }: RevocationDialogProps) {
  return (
    <ModalDialog
      title="Revoke this signature"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      {(close) => (
        <RevocationForm
          signOff={signOff}
          close={close}
          onRevoked={(revoked) => {
            onRevoked(revoked);
            close();
          }}
        />
      )}
    </ModalDialog>
  );
}

interface RevocationAnswers {
  reason: string;
  password: string;
}

function revocationProblems({ reason, password }: RevocationAnswers): Record<string, string> {
  return {
    ...(reason.trim() === '' ? { reason: 'Say why you are revoking this signature.' } : {}),
    ...(password === '' ? { password: 'Enter your password to revoke it.' } : {}),
  };
}

/** Inside the dialog, so each opening forgets the password. */
function RevocationForm({
  signOff,
  close,
  onRevoked,
}: {
  signOff: SignOffRecord;
  close: () => void;
  onRevoked: (revoked: SignOffRecord) => void;
}) {
  const form = useForm<RevocationAnswers>({
    defaultValues: { reason: '', password: '' },
    resolver: resolverFrom(revocationProblems),
  });
  const revoke = useRevoke(signOff);
  return (
    <ValidatedForm
      form={form}
      onValid={(answers) => revoke.mutate(answers, { onSuccess: onRevoked })}
      isPending={revoke.isPending}
      serverError={revoke.error}
      wording={{
        subjects: { reason: 'The reason', password: 'The password you entered' },
      }}
      // The fields show what was wrong with them; the alert need not repeat it.
      describeServerError={(error) =>
        isApiError(error, 'VALIDATION_FAILED') ? null : describeError(error)
      }
      status={
        <div className="signing-statement">
          <p>
            Once revoked, {signedWhat(signOff)} for {signOff.learner.displayName} will no longer
            count until {signOff.kind === 'countersignature' ? 'countersigned' : 'signed'} again.
          </p>
          <p className="muted">
            The signature is kept, with your revocation, the reason and the date and time beside it.
          </p>
        </div>
      }
    >
      <FormTextAreaField
        control={form.control}
        label="Reason"
        description="Everyone who can see the signature will read it."
        name="reason"
        isRequired
        maxLength={SIGN_OFF_LIMITS.reasonMaxLength}
      />
      <PasswordAgainField control={form.control} />
      <div className="button-row">
        <SubmitButton pendingLabel="Revoking…">Revoke the signature</SubmitButton>
        <Button variant="secondary" onPress={close}>
          Cancel
        </Button>
      </div>
    </ValidatedForm>
  );
}
