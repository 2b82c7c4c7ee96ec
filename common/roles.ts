/** Roles a person can hold in a municipality. The anonymous public holds none. */
export const roles = [
  'administrator',
  'secretary',
  'official',
  'director',
  'politician',
  'security_officer',
  'citizen',
] as const;

export type Role = (typeof roles)[number];

export const jurisdictions = ['se', 'no'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];
