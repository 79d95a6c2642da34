import { useState } from 'react';
import { useParams } from 'react-router';
import { PublicShell } from '../../features/shell/components/public-shell';
import { useWitnessPage } from '../../features/witness-testimony/api/get-witness-page';
import { WitnessAsk } from '../../features/witness-testimony/components/witness-ask';
import { WitnessPageProblem } from '../../features/witness-testimony/components/witness-page-problem';
import { WitnessStatementForm } from '../../features/witness-testimony/components/witness-statement-form';
import { WitnessThanks } from '../../features/witness-testimony/components/witness-thanks';
import { witnessLinkProblem } from '../../features/witness-testimony/lib/witness-link-problem';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** Where the witness is: writing, thanked, or told their link closed while they wrote. */
type Outcome =
  { step: 'writing' } | { step: 'sent' } | { step: 'refused'; error: unknown; unsent: string };

/**
 * A witness's page, opened from the link they were sent: no account and no session (it is
 * outside the signed-in layout, so nothing here asks who is signed in or sends anyone to sign
 * in). It shows what is asked and takes the statement once.
 */
export function WitnessRoute() {
  const { token = '' } = useParams();
  const page = useWitnessPage(token);
  const [outcome, setOutcome] = useState<Outcome>({ step: 'writing' });
  const problem = page.isError ? witnessLinkProblem(page.error) : null;
  useDocumentTitle(
    outcome.step === 'sent'
      ? 'Statement sent'
      : problem
        ? problem.title
        : page.data
          ? `Witness statement about ${page.data.learnerName}`
          : 'Witness statement',
  );

  if (page.isPending)
    return (
      <PublicShell>
        <p role="status">Loading…</p>
      </PublicShell>
    );
  if (page.isError)
    return (
      <PublicShell>
        <WitnessPageProblem error={page.error} onRetry={() => void page.refetch()} />
      </PublicShell>
    );

  return (
    <PublicShell heading={page.data.centreName}>
      {outcome.step === 'sent' ? (
        <WitnessThanks page={page.data} />
      ) : outcome.step === 'refused' ? (
        <WitnessPageProblem error={outcome.error} unsent={outcome.unsent} />
      ) : (
        <>
          <WitnessAsk page={page.data} />
          <section aria-labelledby="statement-heading" className="card witness-statement">
            <h2 id="statement-heading">Write your statement</h2>
            <WitnessStatementForm
              token={token}
              page={page.data}
              onSubmitted={() => setOutcome({ step: 'sent' })}
              onRefused={(error, unsent) => setOutcome({ step: 'refused', error, unsent })}
            />
          </section>
        </>
      )}
    </PublicShell>
  );
}
