import { DECLARATION_STATEMENT } from '@signoff/contracts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormCheckbox } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { ModalDialog } from '../../../components/modal-dialog';
import { declarationProblems, type DeclarationAnswers } from '../lib/evidence-forms';
import { CheckMark } from '../../../components/check-mark';

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
  return (
    <ModalDialog title="Declaration" isOpen={isOpen} onOpenChange={onOpenChange}>
      {(close) => (
        <DeclarationForm onDeclare={onDeclare} isPending={isPending} error={error} close={close} />
      )}
    </ModalDialog>
  );
}

/** Inside the dialog, so closing it forgets the tick. */
function DeclarationForm({
  onDeclare,
  isPending,
  error,
  close,
}: Pick<DeclarationDialogProps, 'onDeclare' | 'isPending' | 'error'> & { close: () => void }) {
  const form = useForm<DeclarationAnswers>({
    defaultValues: { agreed: false },
    resolver: resolverFrom(declarationProblems),
  });
  const statementId = useId();
  return (
    <ValidatedForm
      form={form}
      onValid={onDeclare}
      isPending={isPending}
      serverError={error ?? undefined}
      // The caller has already put the refusal into words.
      describeServerError={() => error}
      checksSummary={null}
      status={
        <>
          <p>Before your assessor sees this evidence, read the declaration and confirm it.</p>
          <blockquote id={statementId} className="declaration">
            {DECLARATION_STATEMENT}
          </blockquote>
        </>
      }
    >
      <FormCheckbox control={form.control} name="agreed" isRequired aria-describedby={statementId}>
        <CheckMark />
        <span>I confirm the declaration above is true</span>
      </FormCheckbox>
      <div className="button-row">
        <SubmitButton pendingLabel="Submitting…">Submit for assessment</SubmitButton>
        <Button variant="secondary" onPress={close}>
          Cancel
        </Button>
      </div>
    </ValidatedForm>
  );
}
