import { ASSESSMENT_LIMITS, type EvidenceDetail } from '@signoff/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { ModalDialog } from '../../../components/modal-dialog';
import { useDecideEvidence } from '../api/decide-evidence';
import {
  toWithdrawalRequest,
  withdrawalProblems,
  WITHDRAWAL_SUBJECTS,
  type WithdrawalAnswers,
} from '../lib/assessment-decision';

const WORDING = { subjects: WITHDRAWAL_SUBJECTS };

export interface WithdrawAcceptanceButtonProps {
  detail: EvidenceDetail;
  onWithdrawn: (detail: EvidenceDetail) => void;
}

/**
 * Withdraws the acceptance of the newest version, with a reason, after saying what follows: the
 * version awaits a decision again and anything signed off on it is flagged.
 */
export function WithdrawAcceptanceButton({ detail, onWithdrawn }: WithdrawAcceptanceButtonProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onPress={() => setOpen(true)}>
        Withdraw acceptance
      </Button>
      <ModalDialog
        title={`Withdraw the acceptance of version ${detail.current.number}?`}
        isOpen={isOpen}
        onOpenChange={setOpen}
      >
        {(close) => (
          <WithdrawalForm
            detail={detail}
            onCancel={close}
            onWithdrawn={(withdrawn) => {
              close();
              onWithdrawn(withdrawn);
            }}
          />
        )}
      </ModalDialog>
    </>
  );
}

function WithdrawalForm({
  detail,
  onCancel,
  onWithdrawn,
}: WithdrawAcceptanceButtonProps & { onCancel: () => void }) {
  const form = useForm<WithdrawalAnswers>({
    defaultValues: { feedback: '' },
    resolver: resolverFrom(withdrawalProblems, WORDING),
  });
  const withdraw = useDecideEvidence(detail.id);
  return (
    <ValidatedForm
      form={form}
      onValid={(answers) =>
        withdraw.mutate(toWithdrawalRequest(detail.current.number, answers), {
          onSuccess: onWithdrawn,
        })
      }
      isPending={withdraw.isPending}
      serverError={withdraw.error}
      wording={WORDING}
      checksSummary={null}
    >
      <p>
        The version will await your decision again, and your decision stays in its history with your
        reason. <strong>Anything signed off on this evidence will be flagged</strong>: those rows no
        longer count until they are signed again. The learner sees your reason.
      </p>
      <FormTextAreaField
        control={form.control}
        name="feedback"
        label="Reason"
        description="Why the acceptance was wrong, for the learner and the IQA."
        isRequired
        maxLength={ASSESSMENT_LIMITS.feedbackMaxLength}
        rows={4}
      />
      <div className="button-row">
        <SubmitButton variant="danger" pendingLabel="Withdrawing…">
          Withdraw acceptance
        </SubmitButton>
        <Button variant="secondary" onPress={onCancel}>
          Keep the acceptance
        </Button>
      </div>
    </ValidatedForm>
  );
}
