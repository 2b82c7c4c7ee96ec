import type { Jurisdiction } from '../../../../../common/roles.ts';
import {
  politicalBodyKinds,
  type AgeBand,
  type BodyKind,
  type ElectionMethod,
  type Gender,
  type MembershipRole,
  type PositionKind,
  type RoleType,
  type TaskCommitteePowers,
} from '../../../../../common/organisation.ts';
import type { Body, GenderBalance } from '../../../lib/api-types.ts';
import type { Translate } from '../../../lib/i18n.ts';

/*
 * What things are called follows the municipality's country, whatever the UI language: a
 * Swedish council is kommunfullmäktige and a Norwegian one kommunestyre, and a substitute is an
 * ersättare or a varamedlem. The messages choose by `jurisdiction`.
 */

export function kindLabel(t: Translate, kind: BodyKind, jurisdiction: Jurisdiction): string {
  return t(`web.org.kind.${kind}`, { jurisdiction });
}

export function roleLabel(t: Translate, role: MembershipRole, jurisdiction: Jurisdiction): string {
  return t(`web.org.role.${role}`, { jurisdiction });
}

export function positionLabel(t: Translate, kind: PositionKind, jurisdiction: Jurisdiction): string {
  return t(`web.org.position.${kind}`, { jurisdiction });
}

/** A role description's role: the officials' are their positions, the chair is a membership role. */
export function roleTypeLabel(t: Translate, roleType: RoleType, jurisdiction: Jurisdiction): string {
  switch (roleType) {
    case 'director':
    case 'department_head':
    case 'case_officer':
      return positionLabel(t, roleType, jurisdiction);
    case 'chair':
      return roleLabel(t, 'chair', jurisdiction);
    default:
      return t(`web.org.role_type.${roleType}`, { jurisdiction });
  }
}

/** Group headings: the council, board and audit are one each, committees come in numbers. */
export function kindsLabel(t: Translate, kind: BodyKind, jurisdiction: Jurisdiction): string {
  switch (kind) {
    case 'committee':
    case 'sub_committee':
    case 'joint_committee':
    case 'task_committee':
      return t(`web.org.kinds.${kind}`, { jurisdiction });
    default:
      return kindLabel(t, kind, jurisdiction);
  }
}

export function termLabel(t: Translate, jurisdiction: Jurisdiction): string {
  return t('web.org.term', { jurisdiction });
}

export function genderLabel(t: Translate, gender: Gender | null): string {
  return gender ? t(`web.org.gender.${gender}`) : t('web.org.not_stated');
}

export function methodLabel(t: Translate, method: ElectionMethod): string {
  return t(`web.org.method.${method}`);
}

export function powersLabel(t: Translate, powers: TaskCommitteePowers): string {
  return t(`web.org.powers.${powers}`);
}

export function ageLabel(t: Translate, band: AgeBand | 'unknown'): string {
  return t(`web.org.age.${band}`);
}

export function balanceLabel(t: Translate, status: GenderBalance['status']): string {
  return t(`web.org.balance.${status}`);
}

export function isPolitical(kind: BodyKind): boolean {
  return (politicalBodyKinds as readonly string[]).includes(kind);
}

/** Bodies in alphabetical order for the UI language. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name);
}

/** A body's name with its short name, as people know it: "Kommunstyrelsen (KS)". */
export function bodyName(body: Pick<Body, 'name' | 'shortName'>): string {
  return body.shortName ? `${body.name} (${body.shortName})` : body.name;
}

/** The day after a YYYY-MM-DD day. */
export function dayAfter(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
