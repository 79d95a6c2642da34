import type { QualificationDocument } from '@signoff/contracts';
import leadershipL5 from './l5-diploma-leadership-hsc-cyp.json';
import othmL7 from './othm-l7-diploma-hsc-management.json';
import qualCertL6 from './qualcert-l6-diploma-mental-health-management.json';
import schema from './qualification.schema.json';

/** The JSON Schema of the catalogue import format (version 1). */
export const QUALIFICATION_SCHEMA: object = schema;

/**
 * The qualifications the product was founded on, as their seeds state them: the first
 * catalogue content and the backbone of the test data. Validated against the schema by the tests.
 */
export const SEED_QUALIFICATIONS = {
  qualCertL6: qualCertL6 as QualificationDocument,
  othmL7: othmL7 as QualificationDocument,
  leadershipL5: leadershipL5 as QualificationDocument,
};
