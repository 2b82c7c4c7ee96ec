import { noarkDocumentType, type MatterType, type RecommendationSection } from '../../../common/matters.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { can, type Action } from '../../http/policy.ts';
import { addMonths, rollToWorkingDay, todayIn } from '../../rules/calendar.ts';
import { noRules } from '../../rules/no.ts';
import { seRules } from '../../rules/se.ts';
import { getMunicipality } from '../municipalities/municipalities.service.ts';
import type { DeadlineDto, DocumentDto, FileDto, TimelineEventDto } from './matters.contract.ts';
import * as repo from './matters.repository.ts';
import type { RecommendationTemplateItem } from './matters.schema.ts';

/** What every use-case needs to know about the municipality: its law, its day, its settings. */
export type MatterContext = {
  municipalityId: string;
  jurisdiction: Jurisdiction;
  today: string;
  settings: repo.SettingsRow;
  searchConfig: 'swedish' | 'norwegian';
};

const defaultTemplate: RecommendationTemplateItem[] = [
  { key: 'background', required: true },
  { key: 'assessment', required: true },
  { key: 'financial_consequences', required: true },
  { key: 'gender_equality', required: true },
  { key: 'children_rights', required: true },
  { key: 'climate_environment', required: true },
  { key: 'legal_basis', required: true },
  { key: 'proposed_decision', required: true },
];

/** Sweden: "KS 2026/42"; Norway: "26/00042". */
export function defaultSettings(jurisdiction: Jurisdiction) {
  return jurisdiction === 'se'
    ? { numberFormat: '{prefix} {yyyy}/{n}', numberPrefix: 'KS', recommendationTemplate: defaultTemplate }
    : { numberFormat: '{yy}/{n5}', numberPrefix: '', recommendationTemplate: defaultTemplate };
}

export async function loadContext(
  db: DbOrTx,
  municipalityId: string,
  now = new Date(),
): Promise<MatterContext> {
  const municipality = await getMunicipality(db as Db, municipalityId);
  // Until an administrator changes them, the country's defaults apply (version 0); reading never writes.
  const settings = (await repo.findSettings(db, municipalityId)) ?? {
    municipalityId,
    ...defaultSettings(municipality.jurisdiction),
    dueSoonDays: 30,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    version: 0,
  };
  return {
    municipalityId,
    jurisdiction: municipality.jurisdiction,
    today: todayIn(municipality.jurisdiction, now),
    settings,
    searchConfig: municipality.jurisdiction === 'se' ? 'swedish' : 'norwegian',
  };
}

export function requireAction(actor: Actor, action: Action, municipalityId: string): void {
  if (!can(actor, action, { municipalityId })) throw forbidden();
}

export function canSeeConfidential(actor: Actor, municipalityId: string): boolean {
  return can(actor, 'matters.read-confidential', { municipalityId });
}

/**
 * Whether the caller reads this confidential matter in full: the profession, and the members and
 * substitutes called to a meeting that is to decide it (they cannot decide what they may not read).
 */
export async function canSeeConfidentialMatter(
  db: DbOrTx,
  actor: Actor,
  municipalityId: string,
  matterId: string,
): Promise<boolean> {
  if (canSeeConfidential(actor, municipalityId)) return true;
  if (!actor.userId || !can(actor, 'matters.read', { municipalityId })) return false;
  return repo.isCalledToDecide(db, { municipalityId, matterId, userId: actor.userId });
}

/** Formats a registry number from the municipality's pattern. */
export function formatRegistryNumber(format: string, prefix: string, year: number, sequence: number): string {
  return format
    .replaceAll('{prefix}', prefix)
    .replaceAll('{yyyy}', String(year))
    .replaceAll('{yy}', String(year % 100).padStart(2, '0'))
    .replaceAll('{n5}', String(sequence).padStart(5, '0'))
    .replaceAll('{n}', String(sequence))
    .trim();
}

/** The legal decision deadline a matter of this type gets when it is registered, if any. */
export function legalDeadlineFor(
  jurisdiction: Jurisdiction,
  type: MatterType,
  receivedOn: string,
): { dueOn: string; source: string; rule: 'motion' | 'citizen_proposal' } | null {
  const rule =
    jurisdiction === 'se'
      ? type === 'motion'
        ? seRules.motionDecision
        : type === 'citizen_proposal'
          ? seRules.citizenProposalDecision
          : null
      : type === 'citizen_proposal'
        ? noRules.citizenProposalDecision
        : null;
  if (!rule) return null;
  return {
    dueOn: rollToWorkingDay(jurisdiction, addMonths(receivedOn, rule.months)),
    source: rule.source,
    rule: type === 'motion' ? 'motion' : 'citizen_proposal',
  };
}

/** Required sections of the recommendation that are still empty. */
export function missingSections(
  template: RecommendationTemplateItem[],
  sections: Partial<Record<RecommendationSection, string>>,
): RecommendationSection[] {
  return template.filter((s) => s.required && !(sections[s.key] ?? '').trim()).map((s) => s.key);
}

export function isOverdue(dueOn: string, today: string): boolean {
  return dueOn < today;
}

export function isDueSoon(dueOn: string, today: string, dueSoonDays: number): boolean {
  const days = (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days <= dueSoonDays;
}

/** Adds an entry to a matter's timeline, in the caller's transaction. */
export async function addEvent(
  tx: DbOrTx,
  actor: Actor,
  matter: { id: string; municipalityId: string },
  event: {
    kind: string;
    fromState?: string | null;
    toState?: string | null;
    reason?: string | null;
    data?: Record<string, unknown>;
    public?: boolean;
  },
): Promise<void> {
  await repo.insertEvent(tx, {
    municipalityId: matter.municipalityId,
    matterId: matter.id,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    kind: event.kind,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    reason: event.reason ?? null,
    data: event.data ?? {},
    public: event.public ?? true,
  });
}

export function toEventDto(row: repo.EventRow, redact: boolean): TimelineEventDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actorLabel,
    kind: row.kind,
    fromState: (row.fromState as TimelineEventDto['fromState']) ?? null,
    toState: (row.toState as TimelineEventDto['toState']) ?? null,
    reason: redact ? null : row.reason,
    data: redact ? {} : row.data,
  };
}

export function toFileDto(row: repo.FileRow): FileDto {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDocumentDto(row: repo.DocumentRow, files: repo.FileRow[]): DocumentDto {
  return {
    id: row.id,
    number: row.number,
    journalNumber: `${row.journalYear}/${String(row.journalSequence).padStart(6, '0')}`,
    direction: row.direction,
    noarkType: noarkDocumentType[row.direction],
    status: row.status,
    documentDate: row.documentDate,
    registeredOn: row.registeredOn,
    correspondent: row.correspondent,
    description: row.description,
    publicDescription: row.publicDescription,
    confidential: row.confidential,
    confidentialityGround: row.confidentialityGround,
    files: files.filter((f) => f.documentId === row.id).map(toFileDto),
    version: row.version,
  };
}

export function toDeadlineDto(
  row: repo.DeadlineListRow,
  ctx: MatterContext,
  showTitle: boolean,
): DeadlineDto {
  const { deadline, matter } = row;
  const open = deadline.status === 'open';
  return {
    id: deadline.id,
    matterId: matter.id,
    registryNumber: matter.registryNumber,
    matterTitle: matter.confidential && !showTitle ? matter.publicTitle : matter.title,
    kind: deadline.kind,
    label: deadline.label,
    source: deadline.source,
    dueOn: deadline.dueOn,
    status: deadline.status,
    closedOn: deadline.closedOn,
    overdue: open && isOverdue(deadline.dueOn, ctx.today),
    dueSoon: open && isDueSoon(deadline.dueOn, ctx.today, ctx.settings.dueSoonDays),
    responsibleBody:
      matter.responsibleBodyId && row.bodyName ? { id: matter.responsibleBodyId, name: row.bodyName } : null,
    responsiblePerson:
      matter.responsiblePersonId && row.personName
        ? { id: matter.responsiblePersonId, name: row.personName }
        : null,
    version: deadline.version,
  };
}

export async function requireMatter(db: DbOrTx, municipalityId: string, matterId: string, lock = false) {
  const matter = lock
    ? await repo.lockMatter(db, municipalityId, matterId)
    : await repo.findMatter(db, municipalityId, matterId);
  if (!matter) throw notFound();
  return matter;
}

/** A confidential matter needs a legal ground and a public title; an open one shows its title. */
export function confidentialityFields(input: {
  title: string;
  publicTitle?: string | null;
  confidential: boolean;
  confidentialityGround?: string | null;
}) {
  if (!input.confidential) {
    return { confidential: false, confidentialityGround: null, publicTitle: input.title };
  }
  const problems = [
    ...(!input.confidentialityGround
      ? [{ path: 'body.confidentialityGround', message: 'required when confidential' }]
      : []),
    ...(!input.publicTitle ? [{ path: 'body.publicTitle', message: 'required when confidential' }] : []),
  ];
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION',
      'error.confidential_fields',
      { count: problems.length },
      { issues: problems },
    );
  }
  return {
    confidential: true,
    confidentialityGround: input.confidentialityGround ?? null,
    publicTitle: input.publicTitle ?? input.title,
  };
}
