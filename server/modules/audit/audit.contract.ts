import { z } from 'zod';

export const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  beforeSeq: z.coerce.number().int().min(1).optional(),
});

export const auditEntryDto = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const auditList = z.object({ items: z.array(auditEntryDto) });

export const verifyResultDto = z.object({
  ok: z.boolean(),
  chain: z.string(),
  checked: z.number().int(),
  brokenAt: z.object({ seq: z.number().int(), id: z.number().int(), reason: z.string() }).optional(),
});
