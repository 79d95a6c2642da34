import type { CentreWitness } from '@signoff/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/button';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/select-field';
import { StatusMessage } from '../../components/status-message';
import { useCentreWitnesses } from '../../features/witness-testimony/api/get-centre-witnesses';
import { WitnessRegisterDialog } from '../../features/witness-testimony/components/witness-register-dialog';
import { WitnessRegisterTable } from '../../features/witness-testimony/components/witness-register-table';
import { registerCentresOf } from '../../features/witness-testimony/lib/witness-register-centres';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';

/**
 * The dialog: open or not, and the witness it changes (none: it adds one). The witness stays
 * while the dialog closes, so its title does not change as it goes.
 */
interface Editing {
  isOpen: boolean;
  witness?: CentreWitness;
}

/**
 * A centre's register of witnesses: its admins and assessors add and change them; its IQAs and
 * EQAs read it. Someone at several centres picks the centre (`?centre=`).
 */
export function WitnessesRoute() {
  useDocumentTitle('Witnesses');
  const me = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const centres = registerCentresOf(me.memberships);
  const centre = centres.find((each) => each.centreId === params.get('centre')) ?? centres[0];
  const witnesses = useCentreWitnesses(centre?.centreId);
  const [editing, setEditing] = useState<Editing>({ isOpen: false });
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <h1>Witnesses</h1>
      <p className="lead">
        The people{centre && centres.length === 1 ? ` ${centre.centreName}` : ''} asks for witness
        testimony: colleagues and managers who see learners at work. An expert witness is
        occupationally competent in what they testify on; their competence is noted here.
      </p>
      {centres.length > 1 ? (
        <SelectField
          label="Centre"
          className="witness-register__centre"
          options={centres.map((each) => ({ id: each.centreId, label: each.centreName }))}
          value={centre?.centreId ?? null}
          onChange={(chosen) => {
            setNotice(null);
            setParams(chosen ? { centre: chosen } : {});
          }}
        />
      ) : null}
      <StatusMessage>{notice}</StatusMessage>
      {centre?.keeps ? (
        <div className="button-row witness-register__actions">
          <Button onPress={() => setEditing({ isOpen: true })}>Add a witness</Button>
        </div>
      ) : centre ? (
        <p className="muted">You can read this register; its admins and assessors keep it.</p>
      ) : null}
      {!centre ? (
        <p>You hold no role at a centre that keeps a register of witnesses.</p>
      ) : witnesses.isPending ? (
        <p role="status">Loading the register…</p>
      ) : witnesses.isError ? (
        <FormAlert message={describeError(witnesses.error)} />
      ) : (
        <WitnessRegisterTable
          witnesses={witnesses.data}
          onChange={centre.keeps ? (witness) => setEditing({ isOpen: true, witness }) : undefined}
        />
      )}
      {centre?.keeps ? (
        <WitnessRegisterDialog
          centreId={centre.centreId}
          witness={editing.witness}
          isOpen={editing.isOpen}
          onOpenChange={(isOpen) => setEditing({ ...editing, isOpen })}
          onSaved={(saved, added) =>
            setNotice(
              added
                ? `${saved.name} is in the register.`
                : `The changes to ${saved.name} are saved.`,
            )
          }
        />
      ) : null}
    </>
  );
}
