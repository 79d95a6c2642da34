import type { UnitSignOffView } from '@signoff/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { ModalDialog } from '../../../components/modal-dialog';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useSign, type Signing } from '../api/sign';
import { rowTitle, signedNotice, signingStatement } from '../lib/sign-off-words';
import { PasswordAgainField } from './password-again-field';

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

interface PasswordAnswers {
  password: string;
}

function passwordProblems({ password }: PasswordAnswers): Record<string, string> {
  return password === '' ? { password: 'Enter your password to sign.' } : {};
}

function describeRefusal(error: unknown): string | null {
  // The field shows what was wrong with the password; the alert need not repeat it.
  if (isApiError(error, 'VALIDATION_FAILED')) return null;
  if (isApiError(error, 'UNAVAILABLE') || isApiError(error, 'INTERNAL'))
    return `${describeError(error)} Signing again is safe: it will not be signed twice.`;
  return describeError(error);
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
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<PasswordAnswers>({
    defaultValues: { password: '' },
    resolver: resolverFrom(passwordProblems),
  });
  const sign = useSign(view.enrolmentId, view.unit.reference, signing);
  const rows =
    signing.kind === 'rows' ? view.matrix.rows.filter((row) => signing.rows.includes(row.ref)) : [];

  return (
    <ValidatedForm
      form={form}
      onValid={({ password }) =>
        sign.mutate(
          { password, idempotencyKey },
          { onSuccess: () => onSigned(signedNotice(view, signing)) },
        )
      }
      isPending={sign.isPending}
      serverError={sign.error}
      wording={{ subjects: { password: 'The password you entered' } }}
      describeServerError={describeRefusal}
      checksSummary={null}
      status={
        <div className="signing-statement">
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
          <p className="muted">
            Your signature is kept with the date and time, and cannot be changed afterwards.
          </p>
        </div>
      }
    >
      <PasswordAgainField control={form.control} />
      <div className="button-row">
        <SubmitButton pendingLabel="Signing…">{buttonWords(signing)}</SubmitButton>
        <Button variant="secondary" onPress={close}>
          Cancel
        </Button>
      </div>
    </ValidatedForm>
  );
}
