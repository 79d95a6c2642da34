import type { SignOffRowState } from '@signoff/contracts';
import { Link } from 'react-router';

/** The path of a signature's own page. */
export function signOffPath(signOffId: string): string {
  return `/sign-offs/${encodeURIComponent(signOffId)}`;
}

/**
 * "View signature", to the page of the signature that decides a state (signed, revoked or
 * flagged); nothing while unsigned. `of` names what was signed, for screen readers.
 */
export function SignatureLink({ state, of }: { state: SignOffRowState; of: string }) {
  if (state.status === 'unsigned') return null;
  return (
    <Link className="sign-off-matrix__detail" to={signOffPath(state.signOffId)}>
      View signature<span className="visually-hidden"> of {of}</span>
    </Link>
  );
}
