import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { CreateMunicipalityInput } from './municipalities.contract.ts';
import { municipalities } from './municipalities.schema.ts';

export type MunicipalityRow = typeof municipalities.$inferSelect;

export async function findAll(db: DbOrTx): Promise<MunicipalityRow[]> {
  return db.select().from(municipalities).orderBy(asc(municipalities.name));
}

export async function findBySlug(db: DbOrTx, slug: string): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.slug, slug));
  return row;
}

export async function findById(db: DbOrTx, id: string): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.id, id));
  return row;
}

export async function countAll(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(municipalities);
  return row?.n ?? 0;
}

export async function insert(db: DbOrTx, input: CreateMunicipalityInput): Promise<MunicipalityRow> {
  const [row] = await db
    .insert(municipalities)
    .values({ ...input, settings: input.settings ?? {} })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when the stored version is the expected one; returns undefined otherwise. */
export async function updateVersioned(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  patch: Partial<Pick<MunicipalityRow, 'name' | 'population' | 'defaultLocale' | 'settings'>>,
): Promise<MunicipalityRow | undefined> {
  const [row] = await db
    .update(municipalities)
    .set({ ...patch, updatedAt: new Date(), version: sql`${municipalities.version} + 1` })
    .where(and(eq(municipalities.id, id), eq(municipalities.version, expectedVersion)))
    .returning();
  return row;
}
