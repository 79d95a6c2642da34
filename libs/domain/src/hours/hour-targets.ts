import {
  CATALOGUE_TARGET_FIELD,
  type HourTargetSource,
  type QualificationDocument,
} from '@signoff/contracts';

type StatedHours = QualificationDocument['targetHours'];

export interface HourTargetGround {
  /** The qualification version the enrolment is on, as the catalogue states it. */
  catalogue: StatedHours;
  /** The target hours the enrolment was made with. */
  enrolment: StatedHours;
  /** Targets a centre admin set since, in minutes, by category. */
  centre: ReadonlyMap<string, number>;
}

export interface HourTarget {
  minutes: number | null;
  source: HourTargetSource | null;
  /** Whether a centre admin may set it: never over what the catalogue states. */
  settable: boolean;
}

function stated(hours: StatedHours, category: string): number | null {
  if (hours === null || !(category in CATALOGUE_TARGET_FIELD)) return null;
  return hours[CATALOGUE_TARGET_FIELD[category as keyof typeof CATALOGUE_TARGET_FIELD]];
}

/**
 * A category's target: what the catalogue states for the qualification counts for everyone on
 * it; where it states none, what a centre admin set for the enrolment, else what the enrolment
 * was made with; else none.
 */
export function hourTarget(category: string, ground: HourTargetGround): HourTarget {
  const catalogue = stated(ground.catalogue, category);
  if (catalogue !== null) return { minutes: catalogue * 60, source: 'catalogue', settable: false };
  const centre = ground.centre.get(category);
  if (centre !== undefined) return { minutes: centre, source: 'centre', settable: true };
  const enrolment = stated(ground.enrolment, category);
  if (enrolment !== null) return { minutes: enrolment * 60, source: 'enrolment', settable: true };
  return { minutes: null, source: null, settable: true };
}

/** Why a centre admin may not set this category's target, or null when they may. */
export function hourTargetRefusal(category: string, catalogue: StatedHours): string | null {
  const hours = stated(catalogue, category);
  return hours === null
    ? null
    : `The qualification’s catalogue entry states this target (${hours} hours) for everyone on it, so it cannot be set for one enrolment.`;
}
