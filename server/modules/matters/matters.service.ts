import {
  decidedStates,
  finalStates,
  findTransition,
  transitionsFrom,
  type MatterState,
} from '../../../common/matters.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { noRules } from '../../rules/no.ts';
import { seRules } from '../../rules/se.ts';
import { recordChange } from '../audit/audit.service.ts';
import { createAssignments, listAssignmentDtos } from './assignments.service.ts';
import {
  addEvent,
  canSeeConfidential,
  canSeeConfidentialMatter,
  confidentialityFields,
  formatRegistryNumber,
  legalDeadlineFor,
  loadContext,
  missingSections,
  requireAction,
  requireMatter,
  toDeadlineDto,
  toDocumentDto,
  toEventDto,
  toFileDto,
  type MatterContext,
} from './matters.common.ts';
import type {
  AssignmentInput,
  CreateMatterInput,
  DecisionDto,
  MatterDto,
  MatterListItemDto,
  MatterSettingsDto,
  MattersQuery,
  PreparationInput,
  PublicMatterDto,
  RecommendationDto,
  RecordDecisionInput,
  TimelineEventDto,
  TransitionInput,
  UpdateMatterInput,
  UpdateMatterSettingsInput,
} from './matters.contract.ts';
import * as repo from './matters.repository.ts';

// Settings --------------------------------------------------------------------------------------

async function toSettingsDto(db: DbOrTx, ctx: MatterContext): Promise<MatterSettingsDto> {
  const year = Number(ctx.today.slice(0, 4));
  const next = (await repo.peekSequence(db, ctx.municipalityId, 'matter', year)) + 1;
  const s = ctx.settings;
  return {
    numberFormat: s.numberFormat,
    numberPrefix: s.numberPrefix,
    example: formatRegistryNumber(s.numberFormat, s.numberPrefix, year, next),
    recommendationTemplate: s.recommendationTemplate,
    dueSoonDays: s.dueSoonDays,
    version: s.version,
  };
}

/** The registry settings; anyone who reads the registry may see them. */
export async function getMatterSettings(db: Db, input: { actor: Actor; municipalityId: string }) {
  requireAction(input.actor, 'matters.read', input.municipalityId);
  return toSettingsDto(db, await loadContext(db, input.municipalityId));
}

/**
 * Changes the number format, the recommendation template or the due-soon window.
 * @throws FORBIDDEN unless administrator; CONFLICT on a stale version
 */
export async function updateMatterSettings(
  db: Db,
  input: { actor: Actor; municipalityId: string; patch: UpdateMatterSettingsInput },
) {
  const { actor, municipalityId, patch } = input;
  requireAction(actor, 'matters.configure', municipalityId);
  return db.transaction(async (tx) => {
    const before = await loadContext(tx, municipalityId);
    const { version, ...changes } = patch;
    const { numberFormat, numberPrefix, recommendationTemplate, dueSoonDays } = before.settings;
    const row = await repo.saveSettings(tx, municipalityId, version, {
      numberFormat,
      numberPrefix,
      recommendationTemplate,
      dueSoonDays,
      ...changes,
    });
    if (!row) throw staleVersion(before.settings.version);
    const dto = await toSettingsDto(tx, { ...before, settings: row });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'matter-settings.update',
      entityType: 'matter_settings',
      entityId: municipalityId,
      before: await toSettingsDto(tx, before),
      after: dto,
    });
    return dto;
  });
}

// Registry --------------------------------------------------------------------------------------

export function toMatterListItem(row: repo.MatterSummaryRow, showConfidential: boolean): MatterListItemDto {
  const m = row.matter;
  return {
    id: m.id,
    registryNumber: m.registryNumber,
    title: m.confidential && !showConfidential ? m.publicTitle : m.title,
    type: m.type,
    nature: m.nature,
    state: m.state,
    confidential: m.confidential,
    receivedOn: m.receivedOn,
    responsibleBody:
      m.responsibleBodyId && row.bodyName ? { id: m.responsibleBodyId, name: row.bodyName } : null,
    responsiblePerson:
      m.responsiblePersonId && row.personName ? { id: m.responsiblePersonId, name: row.personName } : null,
    nextDeadline: row.nextDeadline,
  };
}

async function assertReferences(
  db: DbOrTx,
  municipalityId: string,
  refs: { bodyIds: Array<string | null | undefined>; personIds: Array<string | null | undefined> },
) {
  const bodyIds = [...new Set(refs.bodyIds.filter((x): x is string => !!x))];
  const personIds = [...new Set(refs.personIds.filter((x): x is string => !!x))];
  const bodies = await repo.findBodyNames(db, municipalityId, bodyIds);
  const persons = await repo.findPersonNames(db, municipalityId, personIds);
  const issues = [
    ...bodyIds.filter((id) => !bodies.has(id)).map((id) => ({ path: 'body', message: `unknown body ${id}` })),
    ...personIds
      .filter((id) => !persons.has(id))
      .map((id) => ({ path: 'body', message: `unknown person ${id}` })),
  ];
  if (issues.length > 0)
    throw new AppError('VALIDATION', 'error.unknown_reference', { count: issues.length }, { issues });
}

/**
 * Registers a matter: the next registry number of the year in the municipality's format, the
 * legal decision deadline its type carries (KL 5 kap. 35 §; kommuneloven § 12-1), and the first
 * entry of its timeline.
 * @throws FORBIDDEN unless secretary or official; VALIDATION for an unknown body or person, or a
 * confidential matter without its legal ground and public title
 */
export async function registerMatter(
  db: Db,
  input: { actor: Actor; municipalityId: string; matter: CreateMatterInput; now?: Date },
): Promise<MatterDto> {
  const { actor, municipalityId, matter } = input;
  requireAction(actor, 'matters.register', municipalityId);
  const id = await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    await assertReferences(tx, municipalityId, {
      bodyIds: [matter.responsibleBodyId],
      personIds: [matter.responsiblePersonId, matter.initiatorPersonId],
    });
    const receivedOn = matter.receivedOn ?? ctx.today;
    const year = Number(ctx.today.slice(0, 4));
    const sequence = await repo.nextSequence(tx, municipalityId, 'matter', year);
    const registryNumber = formatRegistryNumber(
      ctx.settings.numberFormat,
      ctx.settings.numberPrefix,
      year,
      sequence,
    );
    const row = await repo.insertMatter(tx, {
      municipalityId,
      year,
      sequence,
      registryNumber,
      title: matter.title,
      ...confidentialityFields({ ...matter, confidential: matter.confidential ?? false }),
      description: matter.description ?? '',
      type: matter.type,
      nature: matter.nature,
      classification: matter.classification ?? null,
      responsibleBodyId: matter.responsibleBodyId ?? null,
      responsiblePersonId: matter.responsiblePersonId ?? null,
      initiatorName: matter.initiatorName ?? null,
      initiatorPersonId: matter.initiatorPersonId ?? null,
      receivedOn,
      searchConfig: ctx.searchConfig,
      createdBy: actor.userId,
    });
    await addEvent(tx, actor, row, { kind: 'registered', toState: 'registered', data: { registryNumber } });
    const legal = legalDeadlineFor(ctx.jurisdiction, row.type, receivedOn);
    if (legal) {
      await repo.insertDeadline(tx, {
        municipalityId,
        matterId: row.id,
        kind: 'legal',
        label: legal.rule,
        source: legal.source,
        dueOn: legal.dueOn,
      });
      await addEvent(tx, actor, row, {
        kind: 'deadline_set',
        data: { label: legal.rule, dueOn: legal.dueOn, source: legal.source },
      });
    }
    await recordChange(tx, actor, {
      municipalityId,
      action: 'matter.register',
      entityType: 'matter',
      entityId: row.id,
      after: { registryNumber, type: row.type, confidential: row.confidential },
    });
    return row.id;
  });
  return getMatter(db, { actor, municipalityId, matterId: id, now: input.now });
}

/** The registry, filtered; a confidential matter shows its public title to those who may not see it. */
export async function listMatters(
  db: Db,
  input: { actor: Actor; municipalityId: string; query: MattersQuery; now?: Date },
): Promise<{ items: MatterListItemDto[]; total: number }> {
  const { actor, municipalityId, query } = input;
  requireAction(actor, 'matters.read', municipalityId);
  const { rows, total } = await repo.listMatters(
    db,
    municipalityId,
    { ...query, openOnly: query.open === 'true' },
    { limit: query.limit, offset: query.offset },
  );
  const show = canSeeConfidential(actor, municipalityId);
  return { items: rows.map((r) => toMatterListItem(r, show)), total };
}

/** Matters whose recommendation is ready and that the body is to decide: its next agenda's matters. */
export async function listReadyMatters(
  db: Db,
  input: { actor: Actor; municipalityId: string; bodyId: string },
) {
  requireAction(input.actor, 'matters.read', input.municipalityId);
  const show = canSeeConfidential(input.actor, input.municipalityId);
  const rows = await repo.findReadyMatters(db, input.municipalityId, input.bodyId);
  return rows.map((r) => toMatterListItem(r, show));
}

async function toDecisionDtos(
  db: DbOrTx,
  municipalityId: string,
  rows: repo.DecisionRow[],
): Promise<DecisionDto[]> {
  const names = await repo.findBodyNames(
    db,
    municipalityId,
    rows.map((d) => d.bodyId),
  );
  return rows.map((d) => ({
    id: d.id,
    body: { id: d.bodyId, name: names.get(d.bodyId)?.name ?? '' },
    decidedOn: d.decidedOn,
    text: d.text,
  }));
}

/**
 * A matter with its documents, decisions, assignments, deadlines and the state changes open to
 * the caller. Those who may not read confidential matters see only a confidential matter's public
 * face: its public title, number, state and body, never its title, description or documents.
 */
export async function getMatter(
  db: DbOrTx,
  input: { actor: Actor; municipalityId: string; matterId: string; now?: Date },
): Promise<MatterDto> {
  const { actor, municipalityId, matterId } = input;
  requireAction(actor, 'matters.read', municipalityId);
  const ctx = await loadContext(db, municipalityId, input.now);
  const m = await requireMatter(db, municipalityId, matterId);
  const restricted = m.confidential && !(await canSeeConfidentialMatter(db, actor, municipalityId, m.id));
  const bodies = await repo.findBodyNames(
    db,
    municipalityId,
    [m.responsibleBodyId, m.preparingBodyId].filter((x): x is string => !!x),
  );
  const persons = await repo.findPersonNames(
    db,
    municipalityId,
    [m.responsiblePersonId, m.preparingPersonId, m.initiatorPersonId].filter((x): x is string => !!x),
  );
  const refOf = (id: string | null, names: Map<string, string>) =>
    id && names.has(id) ? { id, name: names.get(id) ?? '' } : null;
  const bodyNames = new Map([...bodies].map(([id, b]) => [id, b.name]));
  const documents = restricted ? [] : await repo.findDocuments(db, matterId);
  const files = await repo.findFilesOfDocuments(
    db,
    documents.map((d) => d.id),
  );
  const decisions = restricted ? [] : await repo.findDecisions(db, matterId);
  const deadlines = await repo.listDeadlines(db, municipalityId, { matterId });
  const origin = m.originMatterId ? await repo.findMatter(db, municipalityId, m.originMatterId) : undefined;
  return {
    id: m.id,
    registryNumber: m.registryNumber,
    title: restricted ? m.publicTitle : m.title,
    publicTitle: m.publicTitle,
    description: restricted ? '' : m.description,
    type: m.type,
    nature: m.nature,
    classification: m.classification,
    state: m.state,
    responsibleBody: refOf(m.responsibleBodyId, bodyNames),
    responsiblePerson: refOf(m.responsiblePersonId, persons),
    initiatorName: restricted ? null : m.initiatorName,
    initiatorPerson: restricted ? null : refOf(m.initiatorPersonId, persons),
    receivedOn: m.receivedOn,
    decidedOn: m.decidedOn,
    closedOn: m.closedOn,
    confidential: m.confidential,
    confidentialityGround: m.confidentialityGround,
    restricted,
    preparation: {
      preparingBody: refOf(m.preparingBodyId, bodyNames),
      preparingPerson: refOf(m.preparingPersonId, persons),
      boardStatement: restricted ? null : m.boardStatement,
      boardStatementOn: m.boardStatementOn,
      investigatedOn: m.investigatedOn,
      investigatedBy: m.investigatedBy,
    },
    origin: origin
      ? { matterId: origin.id, registryNumber: origin.registryNumber, assignmentId: m.originAssignmentId }
      : null,
    transitions: transitionsFrom(m.state).map((t) => ({
      to: t.to,
      reasonRequired: t.reasonRequired,
      viaDecision: t.viaDecision ?? false,
      allowed: !restricted && actor.roles.some((r) => t.roles.includes(r)),
    })),
    documents: documents.map((d) => toDocumentDto(d, files)),
    decisions: await toDecisionDtos(db, municipalityId, decisions),
    assignments: restricted ? [] : await listAssignmentDtos(db, { actor, ctx, filter: { matterId } }),
    deadlines: deadlines.map((d) => toDeadlineDto(d, ctx, !restricted)),
    priority: await repo.findPriorityOfMatter(db, m.id, m.responsibleBodyId),
    version: m.version,
  };
}

/**
 * Changes a matter's registry facts (title, type, body, official, confidentiality).
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT on a stale version; VALIDATION for confidentiality
 * without its ground or public title
 */
export async function updateMatter(
  db: Db,
  input: { actor: Actor; municipalityId: string; matterId: string; patch: UpdateMatterInput; now?: Date },
): Promise<MatterDto> {
  const { actor, municipalityId, matterId, patch } = input;
  requireAction(actor, 'matters.prepare', municipalityId);
  if (!canSeeConfidential(actor, municipalityId)) throw forbidden();
  await db.transaction(async (tx) => {
    const current = await requireMatter(tx, municipalityId, matterId);
    if (finalStates.includes(current.state)) {
      throw new AppError('CONFLICT', 'error.matter_final').withTerms({
        state: `matter.state.${current.state}`,
      });
    }
    await assertReferences(tx, municipalityId, {
      bodyIds: [patch.responsibleBodyId],
      personIds: [patch.responsiblePersonId, patch.initiatorPersonId],
    });
    const { version, ...changes } = patch;
    const title = changes.title ?? current.title;
    const confidential = changes.confidential ?? current.confidential;
    const confidentiality = confidentialityFields({
      title,
      confidential,
      publicTitle:
        changes.publicTitle !== undefined
          ? changes.publicTitle
          : current.confidential
            ? current.publicTitle
            : null,
      confidentialityGround:
        changes.confidentialityGround !== undefined
          ? changes.confidentialityGround
          : current.confidentialityGround,
    });
    const row = await repo.updateMatter(tx, municipalityId, matterId, version, {
      ...changes,
      ...confidentiality,
    });
    if (!row) throw staleVersion(current.version);
    const changed = Object.keys(changes).filter(
      (k) =>
        JSON.stringify((current as Record<string, unknown>)[k]) !==
        JSON.stringify((row as Record<string, unknown>)[k]),
    );
    await addEvent(tx, actor, row, { kind: 'updated', data: { fields: changed }, public: !row.confidential });
    await recordChange(tx, actor, {
      municipalityId,
      action: 'matter.update',
      entityType: 'matter',
      entityId: matterId,
      before: { title: current.title, confidential: current.confidential, state: current.state },
      after: { title: row.title, confidential: row.confidential, fields: changed },
    });
  });
  return getMatter(db, { actor, municipalityId, matterId, now: input.now });
}

// Lifecycle -------------------------------------------------------------------------------------

/** The rules of law that must hold before a matter goes to the deciding body. */
async function assertReadyForBody(db: DbOrTx, ctx: MatterContext, m: repo.MatterRow): Promise<void> {
  if (!m.responsibleBodyId) {
    throw new AppError('VALIDATION', 'error.responsible_body_required');
  }
  const bodies = await repo.findBodyNames(
    db,
    ctx.municipalityId,
    [m.responsibleBodyId, m.preparingBodyId].filter((x): x is string => !!x),
  );
  if (ctx.jurisdiction === 'se' && bodies.get(m.responsibleBodyId)?.kind === 'council') {
    if (!m.preparingBodyId) {
      throw AppError.ruleViolation(
        { rule: 'council_preparation', source: seRules.councilPreparation.source },
        {},
        { key: 'error.council_preparation' },
      );
    }
    const preparedByBoard = bodies.get(m.preparingBodyId)?.kind === 'executive_board';
    if (!preparedByBoard && !m.boardStatement) {
      throw AppError.ruleViolation(
        { rule: 'board_statement', source: seRules.boardStatement.source },
        {},
        { key: 'error.board_statement' },
      );
    }
  }
  if (ctx.jurisdiction === 'no' && !m.investigatedOn) {
    throw AppError.ruleViolation(
      { rule: 'properly_investigated', source: noRules.properlyInvestigated.source },
      {},
      { key: 'error.properly_investigated' },
    );
  }
}

function illegalTransition(from: MatterState, to: MatterState): AppError {
  const allowed = transitionsFrom(from)
    .filter((t) => !t.viaDecision)
    .map((t) => t.to);
  return new AppError('CONFLICT', 'error.illegal_transition', {}, { from, to, allowed }).withTerms({
    from: `matter.state.${from}`,
    to: `matter.state.${to}`,
    allowed: allowed.map((s) => `matter.state.${s}` as const),
  });
}

/**
 * Moves a matter to another state along the allowed transitions (common/matters.ts), by the roles
 * each allows, with a reason where one is expected. Marking the recommendation ready needs every
 * required section; scheduling needs the preparation the law asks for (KL 5 kap. 26 and 28 §§;
 * kommuneloven § 13-1). Withdrawing or writing off a matter ends its legal deadline.
 * @throws CONFLICT for a transition that is not allowed (listing those that are) or a stale
 * version; FORBIDDEN for a role that may not make it; VALIDATION without a required reason;
 * RULE_VIOLATION citing the rule
 */
export async function transitionMatter(
  db: Db,
  input: { actor: Actor; municipalityId: string; matterId: string; change: TransitionInput; now?: Date },
): Promise<MatterDto> {
  const { actor, municipalityId, matterId, change } = input;
  requireAction(actor, 'matters.prepare', municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const m = await requireMatter(tx, municipalityId, matterId, true);
    if (m.version !== change.version) throw staleVersion(m.version);
    const transition = findTransition(m.state, change.to);
    if (!transition || transition.viaDecision) throw illegalTransition(m.state, change.to);
    if (!actor.roles.some((r) => transition.roles.includes(r))) throw forbidden();
    if (transition.reasonRequired && !change.reason)
      throw new AppError('VALIDATION', 'error.reason_required');
    if (change.to === 'recommendation_ready' && m.type !== 'report_back') {
      const rec = await repo.findRecommendation(tx, matterId);
      const missing = missingSections(ctx.settings.recommendationTemplate, rec?.sections ?? {});
      if (missing.length > 0) {
        throw new AppError(
          'VALIDATION',
          'error.recommendation_incomplete',
          { count: missing.length },
          { missing },
        ).withTerms({
          sections: missing.map((key) => `matter.section.${key}` as const),
        });
      }
    }
    if (change.to === 'scheduled') await assertReadyForBody(tx, ctx, m);
    await applyMatterState(tx, actor, ctx, m, change.to, change.reason ?? null);
  });
  return getMatter(db, { actor, municipalityId, matterId, now: input.now });
}

/** Writes a new state with its side effects and timeline entry; the caller has checked the rules. */
export async function applyMatterState(
  tx: DbOrTx,
  actor: Actor,
  ctx: MatterContext,
  m: repo.MatterRow,
  to: MatterState,
  reason: string | null,
  extra: Partial<repo.MatterRow> = {},
): Promise<repo.MatterRow> {
  const row = await repo.updateMatter(tx, ctx.municipalityId, m.id, m.version, {
    state: to,
    closedOn: finalStates.includes(to) ? ctx.today : m.closedOn,
    ...extra,
  });
  if (!row) throw staleVersion(m.version);
  if (to === 'withdrawn' || to === 'written_off') await repo.closeOpenDeadlines(tx, m.id, 'void', ctx.today);
  if (decidedStates.includes(to) && !decidedStates.includes(m.state)) {
    await repo.closeOpenDeadlines(tx, m.id, 'met', row.decidedOn ?? ctx.today, 'legal');
  }
  if (finalStates.includes(to) || decidedStates.includes(to)) await repo.removeFromPriorities(tx, m.id);
  await addEvent(tx, actor, row, {
    kind: 'state_changed',
    fromState: m.state,
    toState: to,
    reason,
  });
  await recordChange(tx, actor, {
    municipalityId: ctx.municipalityId,
    action: 'matter.transition',
    entityType: 'matter',
    entityId: m.id,
    before: { state: m.state },
    after: { state: to, reason },
  });
  return row;
}

/**
 * Records who prepares the matter and, in Sweden, the executive board's statement on a council
 * matter (KL 5 kap. 28 §).
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT on a stale version or a matter already decided
 */
export async function updatePreparation(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    preparation: PreparationInput;
    now?: Date;
  },
): Promise<MatterDto> {
  const { actor, municipalityId, matterId, preparation } = input;
  requireAction(actor, 'matters.prepare', municipalityId);
  await db.transaction(async (tx) => {
    const m = await requireMatter(tx, municipalityId, matterId);
    if (finalStates.includes(m.state) || decidedStates.includes(m.state)) {
      throw new AppError('CONFLICT', 'error.matter_final').withTerms({ state: `matter.state.${m.state}` });
    }
    await assertReferences(tx, municipalityId, {
      bodyIds: [preparation.preparingBodyId],
      personIds: [preparation.preparingPersonId],
    });
    const { version, ...changes } = preparation;
    const row = await repo.updateMatter(tx, municipalityId, matterId, version, changes);
    if (!row) throw staleVersion(m.version);
    await addEvent(tx, actor, row, {
      kind: 'preparation_updated',
      data: { fields: Object.keys(changes) },
      public: !row.confidential,
    });
  });
  return getMatter(db, { actor, municipalityId, matterId, now: input.now });
}

/**
 * The director confirms that the matter is properly investigated (forsvarlig utredet), which
 * kommuneloven § 13-1 requires before it goes to an elected body.
 * @throws FORBIDDEN unless director; NOT_FOUND; CONFLICT on a stale version
 */
export async function confirmInvestigated(
  db: Db,
  input: { actor: Actor; municipalityId: string; matterId: string; version: number; now?: Date },
): Promise<MatterDto> {
  const { actor, municipalityId, matterId } = input;
  requireAction(actor, 'matters.confirm-investigated', municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId, input.now);
    const m = await requireMatter(tx, municipalityId, matterId);
    const row = await repo.updateMatter(tx, municipalityId, matterId, input.version, {
      investigatedOn: ctx.today,
      investigatedBy: actor.label,
    });
    if (!row) throw staleVersion(m.version);
    await addEvent(tx, actor, row, {
      kind: 'preparation_updated',
      data: { investigated: true, source: noRules.properlyInvestigated.source },
    });
  });
  return getMatter(db, { actor, municipalityId, matterId, now: input.now });
}

// Recommendation --------------------------------------------------------------------------------

const editableStates: readonly MatterState[] = ['registered', 'in_preparation', 'referred_back'];

/** The official's recommendation with the municipality's template and what is still missing. */
export async function getRecommendation(
  db: DbOrTx,
  input: { actor: Actor; municipalityId: string; matterId: string },
): Promise<RecommendationDto> {
  const { actor, municipalityId, matterId } = input;
  requireAction(actor, 'matters.read', municipalityId);
  const ctx = await loadContext(db, municipalityId);
  const m = await requireMatter(db, municipalityId, matterId);
  if (m.confidential && !canSeeConfidential(actor, municipalityId)) throw forbidden();
  const rec = await repo.findRecommendation(db, matterId);
  const sections = rec?.sections ?? {};
  const authors = await repo.findPersonNames(
    db,
    municipalityId,
    rec?.authorPersonId ? [rec.authorPersonId] : [],
  );
  return {
    matterId,
    template: ctx.settings.recommendationTemplate,
    sections,
    missing: missingSections(ctx.settings.recommendationTemplate, sections),
    author: rec?.authorPersonId
      ? { id: rec.authorPersonId, name: authors.get(rec.authorPersonId) ?? '' }
      : null,
    editable: editableStates.includes(m.state) && can(actor, 'matters.prepare', { municipalityId }),
    version: rec?.version ?? 0,
  };
}

/**
 * Saves the recommendation's sections (a draft may be incomplete; marking it ready may not). It
 * can be edited while the matter is being prepared, and no longer once it is ready.
 * @throws FORBIDDEN; NOT_FOUND; CONFLICT on a stale version or when the matter is past preparation
 */
export async function saveRecommendation(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    sections: RecommendationDto['sections'];
    version: number;
  },
): Promise<RecommendationDto> {
  const { actor, municipalityId, matterId } = input;
  requireAction(actor, 'matters.prepare', municipalityId);
  await db.transaction(async (tx) => {
    const ctx = await loadContext(tx, municipalityId);
    const m = await requireMatter(tx, municipalityId, matterId, true);
    if (!editableStates.includes(m.state)) {
      throw new AppError('CONFLICT', 'error.recommendation_locked').withTerms({
        state: `matter.state.${m.state}`,
      });
    }
    const allowedKeys = new Set(ctx.settings.recommendationTemplate.map((s) => s.key));
    const sections = Object.fromEntries(
      Object.entries(input.sections).filter(([k, v]) => allowedKeys.has(k as never) && v !== undefined),
    );
    const author = actor.userId ? await repo.findPersonIdForUser(tx, municipalityId, actor.userId) : null;
    const current = await repo.findRecommendation(tx, matterId);
    if (!current) {
      if (input.version !== 0) throw staleVersion(0);
      const inserted = await repo.insertRecommendation(tx, {
        matterId,
        municipalityId,
        sections,
        authorPersonId: author,
      });
      if (!inserted) throw staleVersion(1);
    } else {
      const merged = { ...current.sections, ...sections };
      const row = await repo.updateRecommendation(tx, matterId, input.version, {
        sections: merged,
        authorPersonId: author ?? current.authorPersonId,
      });
      if (!row) throw staleVersion(current.version);
    }
    await addEvent(tx, actor, m, {
      kind: 'recommendation_saved',
      data: { sections: Object.keys(sections) },
      public: false,
    });
  });
  return getRecommendation(db, { actor, municipalityId, matterId });
}

// Decisions -------------------------------------------------------------------------------------

/**
 * Records a body's decision on a matter (until meetings record them): the matter becomes decided,
 * its legal deadline is met, and the assignments the decision gives are created — the matter then
 * moves into implementation.
 * @throws FORBIDDEN unless secretary; CONFLICT when the matter is not ready for a decision or on
 * a stale version; RULE_VIOLATION when the preparation the law asks for is missing
 */
export async function recordDecision(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    decision: RecordDecisionInput;
    now?: Date;
  },
): Promise<MatterDto> {
  const { actor, municipalityId, matterId, decision } = input;
  requireAction(actor, 'matters.decide', municipalityId);
  await db.transaction(async (tx) => {
    const m = await requireMatter(tx, municipalityId, matterId, true);
    if (m.version !== decision.version) throw staleVersion(m.version);
    const decisionId = await decideMatter(tx, {
      actor,
      municipalityId,
      matterId,
      bodyId: decision.bodyId,
      decidedOn: decision.decidedOn,
      text: decision.text,
      now: input.now,
    });
    const given = decision.assignments ?? [];
    if (given.length > 0) {
      await implementDecision(tx, {
        actor,
        municipalityId,
        matterId,
        decisionId,
        bodyId: decision.bodyId,
        assignments: given,
        now: input.now,
      });
    }
  });
  return getMatter(db, { actor, municipalityId, matterId, now: input.now });
}

/**
 * Records a body's decision on a matter in the caller's transaction: the matter becomes decided and
 * its legal deadline is met. Recording a decision by hand and deciding an item in a meeting both
 * come here; the caller has checked who may decide.
 * @returns the decision's id
 * @throws CONFLICT when the matter is not ready for a decision; VALIDATION for a date in the future;
 * RULE_VIOLATION when the preparation the law asks for is missing
 */
export async function decideMatter(
  tx: DbOrTx,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    bodyId: string;
    decidedOn: string;
    text: string;
    now?: Date;
  },
): Promise<string> {
  const { actor, municipalityId, matterId } = input;
  const ctx = await loadContext(tx, municipalityId, input.now);
  const m = await requireMatter(tx, municipalityId, matterId, true);
  const transition = findTransition(m.state, 'decided');
  if (!transition?.viaDecision) throw illegalTransition(m.state, 'decided');
  if (input.decidedOn > ctx.today) {
    throw new AppError('VALIDATION', 'error.decision_in_future', { date: input.decidedOn });
  }
  await assertReferences(tx, municipalityId, { bodyIds: [input.bodyId], personIds: [] });
  await assertReadyForBody(tx, ctx, m);
  const saved = await repo.insertDecision(tx, {
    municipalityId,
    matterId,
    bodyId: input.bodyId,
    decidedOn: input.decidedOn,
    text: input.text,
    recordedBy: actor.userId,
  });
  const row = await applyMatterState(tx, actor, ctx, m, 'decided', null, { decidedOn: input.decidedOn });
  await addEvent(tx, actor, row, {
    kind: 'decision_recorded',
    data: { decisionId: saved.id, bodyId: input.bodyId, decidedOn: input.decidedOn },
    public: !row.confidential,
  });
  return saved.id;
}

/**
 * Carries a decision out: the assignments it gives are created and the matter moves into
 * implementation (from the decision, or from the extract of the signed minutes).
 */
export async function implementDecision(
  tx: DbOrTx,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    decisionId: string;
    bodyId: string;
    assignments: AssignmentInput[];
    now?: Date;
  },
): Promise<void> {
  if (input.assignments.length === 0) return;
  const ctx = await loadContext(tx, input.municipalityId, input.now);
  const m = await requireMatter(tx, input.municipalityId, input.matterId, true);
  await createAssignments(tx, {
    actor: input.actor,
    ctx,
    matter: m,
    decisionId: input.decisionId,
    bodyId: input.bodyId,
    assignments: input.assignments,
  });
  if (m.state === 'decided') await applyMatterState(tx, input.actor, ctx, m, 'in_implementation', null);
}

/**
 * Meetings move a matter along as its agenda item is handled: scheduled when the notice goes out,
 * postponed or referred back at the meeting, back to ready when taken off the agenda. The same
 * transition table applies; the meeting's secretary or chair has been checked by the caller.
 * @throws CONFLICT for a change the matter's state does not allow; RULE_VIOLATION when scheduling
 * lacks the preparation the law asks for
 */
export async function moveMatterForMeeting(
  tx: DbOrTx,
  input: {
    actor: Actor;
    municipalityId: string;
    matterId: string;
    to: 'scheduled' | 'postponed' | 'referred_back' | 'recommendation_ready';
    reason: string | null;
    now?: Date;
  },
): Promise<void> {
  const ctx = await loadContext(tx, input.municipalityId, input.now);
  const m = await requireMatter(tx, input.municipalityId, input.matterId, true);
  if (m.state === input.to) return;
  const transition = findTransition(m.state, input.to);
  if (!transition || transition.viaDecision) throw illegalTransition(m.state, input.to);
  if (input.to === 'scheduled') await assertReadyForBody(tx, ctx, m);
  await applyMatterState(tx, input.actor, ctx, m, input.to, input.reason);
}

// Priorities ------------------------------------------------------------------------------------

/** A body's ranked list of politically prioritised matters; public titles for those who may not see more. */
export async function getPriorities(
  db: DbOrTx,
  input: { actor: Actor; municipalityId: string; bodyId: string },
) {
  const { actor, municipalityId, bodyId } = input;
  requireAction(actor, 'matters.read', municipalityId);
  const bodies = await repo.findBodyNames(db, municipalityId, [bodyId]);
  if (!bodies.has(bodyId)) throw notFound();
  const ranked = await repo.findPriorities(db, bodyId);
  const rows = await repo.findMatterSummaries(
    db,
    municipalityId,
    ranked.map((r) => r.matterId),
  );
  const byId = new Map(rows.map((r) => [r.matter.id, r]));
  const show = canSeeConfidential(actor, municipalityId);
  return {
    bodyId,
    items: ranked.flatMap((r) => {
      const row = byId.get(r.matterId);
      return row ? [toMatterListItem(row, show)] : [];
    }),
    version: await repo.findPriorityVersion(db, bodyId),
  };
}

/**
 * Replaces a body's ranked list as a whole. Only the body's own open matters can be on it.
 * @throws FORBIDDEN unless secretary; CONFLICT on a stale list version; VALIDATION for a matter
 * that is not the body's or no longer open
 */
export async function setPriorities(
  db: Db,
  input: { actor: Actor; municipalityId: string; bodyId: string; matterIds: string[]; version: number },
) {
  const { actor, municipalityId, bodyId, matterIds } = input;
  requireAction(actor, 'matters.prioritise', municipalityId);
  await db.transaction(async (tx) => {
    const bodies = await repo.findBodyNames(tx, municipalityId, [bodyId]);
    if (!bodies.has(bodyId)) throw notFound();
    if (new Set(matterIds).size !== matterIds.length) {
      throw new AppError('VALIDATION', 'error.priority_invalid', { count: 1 });
    }
    const rows = await repo.findMatterSummaries(tx, municipalityId, matterIds);
    const valid = new Set(
      rows
        .filter(
          (r) =>
            r.matter.responsibleBodyId === bodyId &&
            !finalStates.includes(r.matter.state) &&
            !decidedStates.includes(r.matter.state),
        )
        .map((r) => r.matter.id),
    );
    const invalid = matterIds.filter((id) => !valid.has(id));
    if (invalid.length > 0) {
      throw new AppError(
        'VALIDATION',
        'error.priority_invalid',
        { count: invalid.length },
        { matterIds: invalid },
      );
    }
    const before = await repo.findPriorities(tx, bodyId);
    if (!(await repo.replacePriorities(tx, municipalityId, bodyId, input.version, matterIds))) {
      throw staleVersion(await repo.findPriorityVersion(tx, bodyId));
    }
    const beforeRank = new Map(before.map((p) => [p.matterId, p.rank]));
    for (const row of rows) {
      const rank = matterIds.indexOf(row.matter.id) + 1;
      if (beforeRank.get(row.matter.id) !== rank) {
        await addEvent(tx, actor, row.matter, { kind: 'priority_changed', data: { bodyId, rank } });
      }
    }
    await recordChange(tx, actor, {
      municipalityId,
      action: 'priorities.set',
      entityType: 'body',
      entityId: bodyId,
      before: before.map((p) => p.matterId),
      after: matterIds,
    });
  });
  return getPriorities(db, { actor, municipalityId, bodyId });
}

// Timeline --------------------------------------------------------------------------------------

/** Every event of a matter in order, with who did it; confidential details only for those entitled. */
export async function getTimeline(
  db: DbOrTx,
  input: { actor: Actor; municipalityId: string; matterId: string },
): Promise<TimelineEventDto[]> {
  const { actor, municipalityId, matterId } = input;
  requireAction(actor, 'matters.read', municipalityId);
  const m = await requireMatter(db, municipalityId, matterId);
  const restricted = m.confidential && !(await canSeeConfidentialMatter(db, actor, municipalityId, m.id));
  const rows = await repo.findEvents(db, matterId, restricted);
  return rows.map((r) => toEventDto(r, restricted));
}

// Public ----------------------------------------------------------------------------------------

/**
 * A matter as the public sees it, without signing in. A confidential matter shows its public
 * title, number, type, state and body — never its title, description, documents, files,
 * decisions' text or reasons. A confidential document in an open matter shows its public
 * description and no files.
 */
export async function getPublicMatter(
  db: DbOrTx,
  input: { municipalityId: string; matterId: string },
): Promise<PublicMatterDto> {
  const { municipalityId, matterId } = input;
  const m = await requireMatter(db, municipalityId, matterId);
  const bodies = await repo.findBodyNames(
    db,
    municipalityId,
    m.responsibleBodyId ? [m.responsibleBodyId] : [],
  );
  const documents = m.confidential ? [] : await repo.findDocuments(db, matterId);
  const open = documents.filter((d) => !d.confidential);
  const files = await repo.findFilesOfDocuments(
    db,
    open.map((d) => d.id),
  );
  const decisions = m.confidential ? [] : await repo.findDecisions(db, matterId);
  const events = await repo.findEvents(db, matterId, true);
  return {
    id: m.id,
    registryNumber: m.registryNumber,
    title: m.publicTitle,
    description: m.confidential ? '' : m.description,
    type: m.type,
    nature: m.nature,
    state: m.state,
    confidential: m.confidential,
    responsibleBody:
      m.responsibleBodyId && bodies.has(m.responsibleBodyId)
        ? { id: m.responsibleBodyId, name: bodies.get(m.responsibleBodyId)?.name ?? '' }
        : null,
    receivedOn: m.receivedOn,
    decidedOn: m.decidedOn,
    documents: documents
      .filter((d) => d.status !== 'cancelled')
      .map((d) => ({
        id: d.id,
        number: d.number,
        direction: d.direction,
        documentDate: d.documentDate,
        registeredOn: d.registeredOn,
        correspondent: d.confidential ? null : d.correspondent,
        description: d.confidential ? d.publicDescription : d.description,
        confidential: d.confidential,
        files: d.confidential ? [] : files.filter((f) => f.documentId === d.id).map(toFileDto),
      })),
    decisions: await toDecisionDtos(db, municipalityId, decisions),
    timeline: events
      .filter((e) => !m.confidential || e.kind === 'state_changed' || e.kind === 'registered')
      .map((e) => toEventDto(e, m.confidential || e.kind === 'updated' || e.kind === 'preparation_updated')),
  };
}
