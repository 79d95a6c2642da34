import type { WitnessRequestView } from '@signoff/contracts';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { describeError } from '../../../lib/error-messages';
import { useRevokeWitnessRequest } from '../api/revoke-witness-request';

export interface RevokeRequestButtonProps {
  request: WitnessRequestView;
  onRevoked: (request: WitnessRequestView) => void;
}

/** Revoke, after saying what it does: the link stops working at once, for good. */
export function RevokeRequestButton({ request, onRevoked }: RevokeRequestButtonProps) {
  const [isOpen, setOpen] = useState(false);
  const revoke = useRevokeWitnessRequest(request.enrolmentId, request.id, {
    onSuccess: () => {
      setOpen(false);
      onRevoked(request);
    },
  });
  return (
    <>
      <Button
        variant="secondary"
        className="button--small"
        aria-label={`Revoke the request to ${request.witness.name}`}
        onPress={() => setOpen(true)}
      >
        Revoke
      </Button>
      <ModalDialog
        title={`Revoke the request to ${request.witness.name}?`}
        role="alertdialog"
        isOpen={isOpen}
        onOpenChange={(open) => {
          if (!open) revoke.reset();
          setOpen(open);
        }}
      >
        {(close) => (
          <>
            <p>
              The link stops working at once: if {request.witness.name} opens it, they are told it
              was withdrawn. This cannot be undone; to ask them again, make a new request.
            </p>
            <FormAlert message={revoke.error ? describeError(revoke.error) : null} />
            <div className="button-row">
              <Button variant="danger" isPending={revoke.isPending} onPress={() => revoke.mutate()}>
                Revoke request
              </Button>
              <Button variant="secondary" onPress={close}>
                Keep it open
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </>
  );
}
