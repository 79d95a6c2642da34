export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 120;
/** The reason written to enrol a learner despite an unmet entry requirement. */
export const OVERRIDE_REASON_MIN_LENGTH = 10;
export const OVERRIDE_REASON_MAX_LENGTH = 2000;
/** How deeply a JSON body may nest; no request of ours comes near, and deeper ones are refused. */
export const MAX_JSON_DEPTH = 32;
