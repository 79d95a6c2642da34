import type { UnitSignOffView } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { resolverFrom } from '../../../components/form/resolver-from';
import { ModalDialog } from '../../../components/modal-dialog';
import { SignatureForm } from '../../../components/signature-form';
import { passwordProblems, type PasswordAnswer } from '../../../lib/signing';
import { useSign, type Signing } from '../api/sign';
import { rowTitle, signedNotice, signingStatement } from '../lib/sign-off-words';

const TITLES: Record<Signing['kind'], string> = {
  rows: 'Sign off rows',
  unit: 'Sign the unit',
  countersignature: 'Countersign this unit',
};

function buttonWords(signing: Signing): string {
  if (signing.kind === 'rows')
    return `Sign ${signing.rows.length} row${signing.rows.length === 1 ? '' : 's'}`;
  return signing.kind === 'unit' ? 'Sign the unit' : 'Countersign';
}

export interface SigningDialogProps {
  view: UnitSignOffView;
  /** What is being signed; null while the dialog is closed. */
  signing: Signing | null;
  onClose: () => void;
  /** Called with the words to announce once the signature is written. */
  onSigned: (notice: string) => void;
}

/**
 * What the person agrees to, and their password asked again; one request, whose
 * Idempotency-Key is made when the dialog opens so that trying again after a lost answer signs
 * once.
 */
export function SigningDialog({ view, signing, onClose, onSigned }: SigningDialogProps) {
  return (
    <ModalDialog
      title={signing ? TITLES[signing.kind] : ''}
      isOpen={signing !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
    >
      {(close) =>
        signing ? (
          <SigningForm
            view={view}
            signing={signing}
            close={close}
            onSigned={(notice) => {
              onSigned(notice);
              close();
            }}
          />
        ) : null
      }
    </ModalDialog>
  );
}

/** Inside the dialog, so each opening has its own key and forgets the password. */
function SigningForm({
  view,
  signing,
  close,
  onSigned,
}: {
  view: UnitSignOffView;
  signing: Signing;
  close: () => void;
  onSigned: (notice: string) => void;
}) {
  const form = useForm<PasswordAnswer>({
    defaultValues: { password: '' },
    resolver: resolverFrom(passwordProblems),
  });
  const sign = useSign(view.enrolmentId, view.unit.reference, signing);
  const rows =
    signing.kind === 'rows' ? view.matrix.rows.filter((row) => signing.rows.includes(row.ref)) : [];

  return (
    <SignatureForm
      form={form}
      onSign={({ password }, idempotencyKey) =>
        sign.mutate(
          { password, idempotencyKey },
          { onSuccess: () => onSigned(signedNotice(view, signing)) },
        )
      }
      isPending={sign.isPending}
      error={sign.error}
      submitLabel={buttonWords(signing)}
      onCancel={close}
      statement={
        <>
          <p>{signingStatement(view, signing)}</p>
          {rows.length > 0 ? (
            // Scrolls within itself when long, so the password stays in reach.
            <div
              className="signing-statement__rows"
              role="region"
              aria-label="The rows you sign"
              tabIndex={0}
            >
              <ul>
                {rows.map((row) => (
                  <li key={row.ref}>{rowTitle(row)}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      }
    />
  );
}
