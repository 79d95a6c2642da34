import { WITNESS_FIELD_NAMES, type CentreWitness } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { ModalDialog } from '../../../components/modal-dialog';
import { useAddCentreWitness } from '../api/add-centre-witness';
import { useChangeCentreWitness } from '../api/change-centre-witness';
import {
  NO_WITNESS,
  toCentreWitnessContent,
  witnessAnswersOf,
  witnessFormProblems,
  type WitnessAnswers,
} from '../lib/witness-forms';
import { WitnessFields } from './witness-fields';

const WORDING = { subjects: WITNESS_FIELD_NAMES };

export interface WitnessRegisterDialogProps {
  centreId: string;
  /** The witness to change; none to add one. */
  witness?: CentreWitness;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Told what was saved, to say so on the page. */
  onSaved: (witness: CentreWitness, added: boolean) => void;
}

/** Adds a witness to the centre's register, or changes one: in a dialog over the register. */
export function WitnessRegisterDialog({
  witness,
  isOpen,
  onOpenChange,
  ...props
}: WitnessRegisterDialogProps) {
  return (
    <ModalDialog
      title={witness ? `Change ${witness.name}` : 'Add a witness'}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
    >
      {(close) => <WitnessRegisterForm witness={witness} close={close} {...props} />}
    </ModalDialog>
  );
}

/** Inside the dialog, so closing it forgets what was typed. */
function WitnessRegisterForm({
  centreId,
  witness,
  onSaved,
  close,
}: Pick<WitnessRegisterDialogProps, 'centreId' | 'witness' | 'onSaved'> & { close: () => void }) {
  const form = useForm<WitnessAnswers>({
    defaultValues: witness ? witnessAnswersOf(witness) : NO_WITNESS,
    resolver: resolverFrom(witnessFormProblems, WORDING),
  });
  const add = useAddCentreWitness(centreId);
  const change = useChangeCentreWitness(centreId, witness?.id ?? '');
  const save = witness ? change : add;

  return (
    <ValidatedForm
      form={form}
      onValid={(answers) =>
        save.mutate(toCentreWitnessContent(answers), {
          onSuccess: (saved) => {
            onSaved(saved, !witness);
            close();
          },
        })
      }
      isPending={save.isPending}
      serverError={save.error}
      wording={WORDING}
    >
      <WitnessFields control={form.control} prefix="" />
      <div className="button-row">
        <SubmitButton pendingLabel="Saving…">
          {witness ? 'Save changes' : 'Add witness'}
        </SubmitButton>
        <Button variant="secondary" onPress={close}>
          Cancel
        </Button>
      </div>
    </ValidatedForm>
  );
}
