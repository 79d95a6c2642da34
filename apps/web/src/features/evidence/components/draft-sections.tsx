import type { EvidenceDetail, Unit } from '@signoff/contracts';
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormAlert } from '../../../components/form-alert';
import { SubmitButton } from '../../../components/form/validated-form';
import { OutcomePickerField } from '../../../components/outcome-picker';
import { StatusMessage } from '../../../components/status-message';
import { clearDraftCopy, draftCopyKey } from '../lib/draft-copy';
import type { SaveState } from '../lib/autosave';
import { DiscardDraftButton } from './discard-draft-button';
import { SaveStatus } from './save-status';

/** Above a draft's form: what went wrong, and whether the form came back from this device. */
export function DraftStatus({ notice, restored }: { notice: string | null; restored: boolean }) {
  return (
    <>
      <FormAlert message={notice} />
      {restored ? (
        <StatusMessage>
          What you typed before is back from this device, and is being saved now.
        </StatusMessage>
      ) : null}
    </>
  );
}

/** A draft's card of the outcomes it covers: the picker bound to the form's `claims`. */
export function OutcomesSection<Values extends FieldValues & { claims: unknown[] }>({
  heading,
  children,
  control,
  units,
  draft,
}: {
  heading: string;
  /** What to tick, in the writer's words. */
  children: ReactNode;
  control: Control<Values>;
  units: readonly Unit[];
  draft: { unitProblems: ReadonlyMap<string, string>; clearUnitProblems: () => void };
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{heading}</h2>
      <p className="muted">{children}</p>
      <OutcomePickerField
        control={control}
        name={'claims' as Path<Values>}
        units={units}
        labelledBy={headingId}
        unitProblems={draft.unitProblems}
        onChanged={draft.clearUnitProblems}
      />
    </section>
  );
}

/**
 * A draft's actions: how its saving goes, the button that submits (or signs) it, and discarding
 * it while it may be (which clears its copy on this device too).
 */
export function DraftActions({
  draft,
  userId,
  submitLabel,
  pendingLabel,
  onDiscarded,
}: {
  draft: {
    saveState: SaveState;
    flush: () => Promise<unknown>;
    itemId: string | null;
    title: string;
    current: EvidenceDetail | undefined;
  };
  userId: string;
  submitLabel: string;
  pendingLabel: string;
  onDiscarded: () => void;
}) {
  const { itemId } = draft;
  return (
    <div className="editor__actions evidence-editor__actions">
      <SaveStatus state={draft.saveState} onRetry={() => void draft.flush()} />
      <div className="button-row">
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        {itemId && (draft.current?.can.discard ?? true) ? (
          <DiscardDraftButton
            itemId={itemId}
            title={draft.title}
            onDiscarded={() => {
              clearDraftCopy(draftCopyKey(userId, { itemId }));
              onDiscarded();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
