/** What a person may do at one centre. A user holds one or more roles per centre. */
export const ROLES = ['admin', 'assessor', 'iqa', 'eqa', 'learner'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_TITLES: Record<Role, string> = {
  admin: 'Centre administrator',
  assessor: 'Assessor',
  iqa: 'Internal quality assurer',
  eqa: 'External quality assurer',
  learner: 'Learner',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
