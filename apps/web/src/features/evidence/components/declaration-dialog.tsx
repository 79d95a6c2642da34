import { DECLARATION_STATEMENT } from '@signoff/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { CheckMark } from './check-mark';

export interface DeclarationDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Called once the box is ticked; the dialog stays open until the caller closes it. */
  onDeclare: () => void;
  isPending: boolean;
  /** Why submitting failed, when it did for a reason other than missing content. */
  error: string | null;
}

/** The declaration in full, and a box the learner must tick before the evidence is submitted. */
export function DeclarationDialog({
  isOpen,
  onOpenChange,
  onDeclare,
  isPending,
  error,
}: DeclarationDialogProps) {
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState(false);
  const statementId = useId();
  const errorId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    if (!agreed) {
      setMissing(true);
      return;
    }
    onDeclare();
  }

  return (
    <ModalDialog
      title="Declaration"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) {
          setAgreed(false);
          setMissing(false);
        }
        onOpenChange(open);
      }}
    >
      {(close) => (
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          <p>Before your assessor sees this evidence, read the declaration and confirm it.</p>
          <blockquote id={statementId} className="declaration">
            {DECLARATION_STATEMENT}
          </blockquote>
          <FormAlert message={error} />
          <div>
            {missing && !agreed ? (
              <p id={errorId} className="field__error">
                Tick the box to confirm the declaration.
              </p>
            ) : null}
            <Checkbox
              className="checkbox checkbox--top"
              isSelected={agreed}
              onChange={(value) => {
                setAgreed(value);
                if (value) setMissing(false);
              }}
              isInvalid={missing && !agreed}
              isRequired
              aria-describedby={missing && !agreed ? `${errorId} ${statementId}` : statementId}
            >
              <CheckMark />
              <span>I confirm the declaration above is true</span>
            </Checkbox>
          </div>
          <div className="button-row">
            <Button type="submit" isPending={isPending}>
              {isPending ? 'Submitting…' : 'Submit for assessment'}
            </Button>
            <Button variant="secondary" onPress={close}>
              Cancel
            </Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
