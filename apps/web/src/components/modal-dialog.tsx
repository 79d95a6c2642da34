import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export interface ModalDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** `alertdialog` for confirmations that interrupt the person. */
  role?: 'dialog' | 'alertdialog';
  children: (close: () => void) => ReactNode;
}

export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  role = 'dialog',
  children,
}: ModalDialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={role === 'dialog'}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog role={role} className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              {children(close)}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
