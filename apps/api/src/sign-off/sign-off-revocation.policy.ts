import type { SignOffRecord } from '@signoff/contracts';
import { holdsRoleAt, type Actor } from '../auth/actor';
import type { RevokerRole } from './sign-off-records.repository';
import type { StoredSignOff } from './sign-off.repository';

/**
 * Who may revoke a signature: the signer (as such, even when also an admin), or an admin of its
 * centre; null for anyone else. Whether it is revoked already is a conflict, not a permission.
 */
export function revokerRole(actor: Actor, signOff: StoredSignOff): RevokerRole | null {
  if (signOff.signer.id === actor.userId) return 'signer';
  if (holdsRoleAt(actor, 'admin', signOff.centre.id)) return 'admin';
  return null;
}

/** The stored signature with what the actor may do to it now, as the revocation route decides. */
export function signOffAsSeenBy(actor: Actor, signOff: StoredSignOff): SignOffRecord {
  return {
    ...signOff,
    can: { revoke: signOff.revocation === null && revokerRole(actor, signOff) !== null },
  };
}
