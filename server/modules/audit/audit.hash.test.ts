import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, computeEntryHash } from './audit.hash.ts';

const entry = {
  chain: 'c',
  seq: 1,
  at: new Date('2026-11-22T10:00:00.123Z'),
  actorUserId: null,
  actorLabel: 'system',
  action: 'x.create',
  entityType: 'x',
  entityId: '1',
  before: null,
  after: { b: 1, a: [1, { d: 2, c: 3 }] },
  prevHash: GENESIS_HASH,
};

describe('audit hashing', () => {
  it('canonical JSON sorts keys at every level, as jsonb reorders them', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it('the hash does not depend on key order', () => {
    expect(computeEntryHash(entry)).toBe(
      computeEntryHash({ ...entry, after: { a: [1, { c: 3, d: 2 }], b: 1 } }),
    );
  });

  it('the hash changes with any field, including the previous hash', () => {
    const base = computeEntryHash(entry);
    expect(computeEntryHash({ ...entry, prevHash: 'f'.repeat(64) })).not.toBe(base);
    expect(computeEntryHash({ ...entry, seq: 2 })).not.toBe(base);
    expect(computeEntryHash({ ...entry, after: { b: 2, a: [1, { d: 2, c: 3 }] } })).not.toBe(base);
    expect(computeEntryHash({ ...entry, at: new Date('2026-11-22T10:00:00.124Z') })).not.toBe(base);
  });
});
