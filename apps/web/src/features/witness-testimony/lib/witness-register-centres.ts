import type { Membership, Role } from '@signoff/contracts';

/** Who keeps a centre's register of witnesses: they add and change witnesses. */
const KEEPERS: readonly Role[] = ['admin', 'assessor'];
/** Who reads it. */
const READERS: readonly Role[] = [...KEEPERS, 'iqa', 'eqa'];

export interface RegisterCentre {
  centreId: string;
  centreName: string;
  /** Whether the person may add and change witnesses here (else they only read). */
  keeps: boolean;
}

/** The centres whose register the person may open, each once, in the order of their memberships. */
export function registerCentresOf(memberships: readonly Membership[]): RegisterCentre[] {
  const centres = new Map<string, RegisterCentre>();
  for (const { centreId, centreName, role } of memberships) {
    if (!READERS.includes(role)) continue;
    const centre = centres.get(centreId) ?? { centreId, centreName, keeps: false };
    centre.keeps ||= KEEPERS.includes(role);
    centres.set(centreId, centre);
  }
  return [...centres.values()];
}
