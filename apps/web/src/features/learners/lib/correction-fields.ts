import { LEARNER_FIELD_NAMES, LEARNER_PROFILE_RULES } from '@signoff/contracts';

/** A part of the learner record in the words the record's form uses: "Date of birth". */
export function correctionFieldName(field: string): string {
  return LEARNER_FIELD_NAMES[field] ?? field;
}

/** The parts of the record a learner may ask to correct: every part the record's rules name. */
export const CORRECTABLE_FIELDS = Object.keys(LEARNER_PROFILE_RULES).map((id) => ({
  id,
  label: correctionFieldName(id),
}));
