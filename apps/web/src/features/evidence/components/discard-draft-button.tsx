import { useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { describeError } from '../../../lib/error-messages';
import { useDiscardEvidence } from '../api/discard-evidence';

export interface DiscardDraftButtonProps {
  itemId: string;
  title: string;
  onDiscarded: () => void;
}

/** Throws away a draft that was never submitted, after asking. */
export function DiscardDraftButton({ itemId, title, onDiscarded }: DiscardDraftButtonProps) {
  const [isOpen, setOpen] = useState(false);
  const discard = useDiscardEvidence();
  const name = title.trim() === '' ? 'this draft' : `“${title.trim()}”`;
  return (
    <>
      <Button variant="secondary" onPress={() => setOpen(true)}>
        Discard draft
      </Button>
      <ModalDialog
        title="Discard this draft?"
        role="alertdialog"
        isOpen={isOpen}
        onOpenChange={(open) => {
          setOpen(open);
          if (!open) discard.reset();
        }}
      >
        {(close) => (
          <>
            <p>
              {name} and its files will be deleted. It has never been submitted, so nobody else has
              seen it. This cannot be undone.
            </p>
            <FormAlert message={discard.error ? describeError(discard.error) : null} />
            <div className="button-row">
              <Button
                variant="danger"
                isPending={discard.isPending}
                onPress={() => discard.mutate(itemId, { onSuccess: onDiscarded })}
              >
                {discard.isPending ? 'Discarding…' : 'Discard draft'}
              </Button>
              <Button variant="secondary" onPress={close}>
                Keep it
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </>
  );
}
