/** Kinds of body (OParl Organization). Political bodies take part in governance; the rest are the administration. */
export const politicalBodyKinds = [
  'council',
  'executive_board',
  'committee',
  'sub_committee',
  'control_committee',
  'joint_committee',
  'task_committee',
] as const;
export const administrativeBodyKinds = ['administration', 'department', 'unit', 'company'] as const;
export const bodyKinds = [...politicalBodyKinds, ...administrativeBodyKinds] as const;
export type BodyKind = (typeof bodyKinds)[number];

export function isPoliticalKind(kind: BodyKind): boolean {
  return (politicalBodyKinds as readonly string[]).includes(kind);
}

/** How a Norwegian body was elected: the gender rule (kommuneloven § 7-6) depends on it. */
export const electionMethods = ['proportional', 'agreed'] as const;
export type ElectionMethod = (typeof electionMethods)[number];

/** What a task committee may do (kommuneloven § 5-7): nothing formal, recommend, or decide. */
export const taskCommitteePowers = ['none', 'recommend', 'decide'] as const;
export type TaskCommitteePowers = (typeof taskCommitteePowers)[number];

export const membershipRoles = [
  'chair',
  'first_vice_chair',
  'second_vice_chair',
  'member',
  'substitute',
  'adjunct',
  'secretary',
] as const;
export type MembershipRole = (typeof membershipRoles)[number];

/** Roles that hold a seat: they count for quorum and for the gender rule. */
export const seatRoles: readonly MembershipRole[] = [
  'chair',
  'first_vice_chair',
  'second_vice_chair',
  'member',
];

export const genders = ['woman', 'man', 'other'] as const;
export type Gender = (typeof genders)[number];

export const positionKinds = ['director', 'department_head', 'case_officer'] as const;
export type PositionKind = (typeof positionKinds)[number];

export const roleTypes = [
  'council_member',
  'chair',
  'committee_member',
  'director',
  'department_head',
  'case_officer',
  'secretary',
] as const;
export type RoleType = (typeof roleTypes)[number];

/** Who may see a contact detail: everyone, or only people with a role in the municipality. */
export const contactVisibilities = ['public', 'internal'] as const;
export type ContactVisibility = (typeof contactVisibilities)[number];

export const ageBands = ['under_30', '30_49', '50_64', '65_plus'] as const;
export type AgeBand = (typeof ageBands)[number];
