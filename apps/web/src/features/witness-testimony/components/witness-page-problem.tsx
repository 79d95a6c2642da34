import { Button } from '../../../components/button';
import { witnessLinkProblem } from '../lib/witness-link-problem';

export interface WitnessPageProblemProps {
  error: unknown;
  /** Offered when asking again may work (a limit passed, a connection back). */
  onRetry?: () => void;
  /** The statement the witness had written when the link closed, to copy and keep. */
  unsent?: string;
}

/** Why the witness cannot give their statement here, and what to do about it. */
export function WitnessPageProblem({ error, onRetry, unsent }: WitnessPageProblemProps) {
  const problem = witnessLinkProblem(error);
  return (
    <>
      <h1>{problem.title}</h1>
      <p className="lead">{problem.message}</p>
      {problem.mayRetry && onRetry ? (
        <Button className="button--wide" onPress={onRetry}>
          Try again
        </Button>
      ) : null}
      {unsent ? (
        <section aria-labelledby="unsent-heading" className="card">
          <h2 id="unsent-heading">What you wrote</h2>
          <p>It was not sent. Copy it if you want to keep it for a new request.</p>
          <p className="witness-unsent">{unsent}</p>
        </section>
      ) : null}
    </>
  );
}
