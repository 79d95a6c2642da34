import {
  RECORD_SIGNING_STATEMENTS,
  type EvidenceDetail,
  type WorkplaceRecordKind,
} from '@signoff/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { isApiError, type ApiError } from '../../../lib/api-client';
import { resolverFrom } from '../../../components/form/resolver-from';
import { ModalDialog } from '../../../components/modal-dialog';
import { SignatureForm } from '../../../components/signature-form';
import {
  describeSigningRefusal,
  passwordProblems,
  type PasswordAnswer,
} from '../../../lib/signing';
import { useSignRecord } from '../api/sign-record';

export interface RecordSigningDialogProps {
  kind: WorkplaceRecordKind;
  /** The learner the record is about, by name. */
  learnerName: string;
  isOpen: boolean;
  onClose: () => void;
  /**
   * Saves what is on screen first; resolves to the item's id once the server holds it, else
   * null (nothing is signed then).
   */
  flush: () => Promise<string | null>;
  onSigned: (signed: EvidenceDetail) => void;
  /** The API found something wrong with the record itself: shown on the record's fields. */
  onContentProblems: (error: ApiError) => void;
}

/**
 * The assessor signs their record: the statement for its kind, about the learner by name, and
 * their password again; one request whose Idempotency-Key is made when the dialog opens.
 */
export function RecordSigningDialog({ isOpen, onClose, ...signing }: RecordSigningDialogProps) {
  return (
    <ModalDialog
      title="Sign this record"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      {(close) => <RecordSigningForm {...signing} close={close} />}
    </ModalDialog>
  );
}

/** Stands for "the draft could not be saved" among the answers to an attempt. */
const NOT_SAVED = Symbol('not saved');

/** Inside the dialog, so each opening has its own key and forgets the password. */
function RecordSigningForm({
  kind,
  learnerName,
  flush,
  onSigned,
  onContentProblems,
  close,
}: Omit<RecordSigningDialogProps, 'isOpen' | 'onClose'> & { close: () => void }) {
  const form = useForm<PasswordAnswer>({
    defaultValues: { password: '' },
    resolver: resolverFrom(passwordProblems),
  });
  const sign = useSignRecord();
  // Saving what is on screen comes first: the record signed is the record shown.
  const [saving, setSaving] = useState<'saving' | 'not-saved' | null>(null);
  return (
    <SignatureForm
      form={form}
      onSign={({ password }, idempotencyKey) => {
        sign.reset();
        setSaving('saving');
        void flush().then((itemId) => {
          setSaving(itemId ? null : 'not-saved');
          if (itemId)
            sign
              .mutateAsync({ itemId, body: { password }, idempotencyKey })
              .then(onSigned, (error: unknown) => {
                if (
                  isApiError(error, 'VALIDATION_FAILED') &&
                  error.errors.some((problem) => problem.path !== 'password')
                )
                  onContentProblems(error);
              });
        });
      }}
      isPending={sign.isPending || saving === 'saving'}
      error={saving === 'not-saved' ? NOT_SAVED : sign.error}
      describeRefusal={(error) =>
        error === NOT_SAVED
          ? 'Your latest changes could not be saved, so nothing was signed. Close this, check the message beside “Sign this record”, then try again.'
          : describeSigningRefusal(error)
      }
      submitLabel="Sign this record"
      onCancel={close}
      statement={
        <>
          <p>
            You sign this record about <strong>{learnerName}</strong>. {learnerName} is then asked
            to countersign it.
          </p>
          <blockquote className="declaration">{RECORD_SIGNING_STATEMENTS[kind]}</blockquote>
        </>
      }
    />
  );
}
