import { createHash } from 'node:crypto';

/** The hash of the first entry's predecessor in every chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = {
  chain: string;
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
};

/**
 * JSON with object keys sorted at every level, so the hash does not depend on the key order a
 * database returns (jsonb reorders keys).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 over every field of the entry, including the previous entry's hash. */
export function computeEntryHash(fields: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        chain: fields.chain,
        seq: fields.seq,
        at: fields.at.toISOString(),
        actorUserId: fields.actorUserId,
        actorLabel: fields.actorLabel,
        action: fields.action,
        entityType: fields.entityType,
        entityId: fields.entityId,
        before: fields.before ?? null,
        after: fields.after ?? null,
        prevHash: fields.prevHash,
      }),
    )
    .digest('hex');
}

/** Makes a snapshot look exactly as it will after a round trip through jsonb. */
export function toStoredJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
