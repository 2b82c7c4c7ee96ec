import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEntries } from './audit.schema.ts';

export type AuditRow = typeof auditEntries.$inferSelect;
export type NewAuditRow = typeof auditEntries.$inferInsert;

/** Serialises appends to one chain until the transaction ends (both drivers support it). */
export async function lockChain(tx: DbOrTx, chain: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${chain}))`);
}

export async function findLastEntry(tx: DbOrTx, chain: string): Promise<AuditRow | undefined> {
  const [row] = await tx
    .select()
    .from(auditEntries)
    .where(eq(auditEntries.chain, chain))
    .orderBy(desc(auditEntries.seq))
    .limit(1);
  return row;
}

export async function insertEntry(tx: DbOrTx, row: NewAuditRow): Promise<void> {
  await tx.insert(auditEntries).values(row);
}

export async function findEntriesAfter(tx: DbOrTx, chain: string, afterSeq: number, limit: number) {
  return tx
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.chain, chain), gt(auditEntries.seq, afterSeq)))
    .orderBy(asc(auditEntries.seq))
    .limit(limit);
}

export async function countEntries(tx: DbOrTx, chain: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEntries)
    .where(eq(auditEntries.chain, chain));
  return row?.n ?? 0;
}

export async function findEntriesForMunicipality(
  tx: DbOrTx,
  municipalityId: string,
  options: { limit: number; beforeSeq?: number },
) {
  return tx
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.chain, municipalityId),
        options.beforeSeq === undefined ? undefined : lt(auditEntries.seq, options.beforeSeq),
      ),
    )
    .orderBy(desc(auditEntries.seq))
    .limit(options.limit);
}

export async function findChains(tx: DbOrTx): Promise<string[]> {
  const rows = await tx.selectDistinct({ chain: auditEntries.chain }).from(auditEntries);
  return rows.map((r) => r.chain);
}
