import type { Db, DbOrTx } from '../../db/client.ts';
import { type Actor } from '../../http/context.ts';
import { forbidden } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { GENESIS_HASH, computeEntryHash, toStoredJson } from './audit.hash.ts';
import * as repo from './audit.repository.ts';

export const INSTALLATION_CHAIN = 'installation';

export type Change = {
  /** The municipality whose chain the entry joins; null for installation-wide events. */
  municipalityId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends an entry to the municipality's hash chain, inside the caller's transaction, so that a
 * change and its audit entry are committed together or not at all. Snapshots must be DTOs
 * (never password hashes or secrets).
 */
export async function recordChange(tx: DbOrTx, actor: Actor, change: Change): Promise<void> {
  const chain = change.municipalityId ?? INSTALLATION_CHAIN;
  await repo.lockChain(tx, chain);
  const last = await repo.findLastEntry(tx, chain);
  const fields = {
    chain,
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: toStoredJson(change.before),
    after: toStoredJson(change.after),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await repo.insertEntry(tx, {
    ...fields,
    municipalityId: change.municipalityId,
    hash: computeEntryHash(fields),
  });
}

export type VerifyResult =
  | { ok: true; chain: string; checked: number }
  | { ok: false; chain: string; checked: number; brokenAt: { seq: number; id: number; reason: string } };

/**
 * Recomputes every hash in a chain in order and names the first entry whose content, hash or
 * link to its predecessor does not match, or the first gap in the sequence.
 */
export async function verifyChain(
  db: DbOrTx,
  chain: string,
  onProgress?: (checked: number, total: number) => void,
): Promise<VerifyResult> {
  const total = await repo.countEntries(db, chain);
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const batch = await repo.findEntriesAfter(db, chain, expectedSeq - 1, 1000);
    if (batch.length === 0) break;
    for (const row of batch) {
      const broken = (reason: string): VerifyResult => ({
        ok: false,
        chain,
        checked,
        brokenAt: { seq: row.seq, id: row.id, reason },
      });
      if (row.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (row.prevHash !== expectedPrev) return broken('does not link to the previous entry');
      const recomputed = computeEntryHash(row);
      if (recomputed !== row.hash) return broken('content does not match its hash');
      expectedPrev = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    onProgress?.(checked, total);
  }
  return { ok: true, chain, checked };
}

/** Verifies every chain in the installation (the CLI's `audit verify`). */
export async function verifyAllChains(
  db: Db,
  onProgress?: (chain: string, checked: number, total: number) => void,
): Promise<VerifyResult[]> {
  const chains = await repo.findChains(db);
  const results: VerifyResult[] = [];
  for (const chain of chains.sort()) {
    results.push(await verifyChain(db, chain, (c, t) => onProgress?.(chain, c, t)));
  }
  return results;
}

export type AuditEntryDto = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  hash: string;
};

/** The municipality's audit trail, newest first. Administrators only. @throws FORBIDDEN */
export async function listAuditEntries(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    limit: number;
    beforeSeq?: number;
  },
): Promise<AuditEntryDto[]> {
  if (!can(input.actor, 'audit.read', { municipalityId: input.municipalityId })) throw forbidden();
  const rows = await repo.findEntriesForMunicipality(db, input.municipalityId, input);
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at.toISOString(),
    actor: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    hash: row.hash,
  }));
}

/** Verifies the municipality's own chain. Administrators only. @throws FORBIDDEN */
export async function verifyMunicipalityChain(db: Db, input: { actor: Actor; municipalityId: string }) {
  if (!can(input.actor, 'audit.read', { municipalityId: input.municipalityId })) throw forbidden();
  return verifyChain(db, input.municipalityId);
}

export async function countAuditEntries(db: DbOrTx, municipalityId: string): Promise<number> {
  return repo.countEntries(db, municipalityId);
}
