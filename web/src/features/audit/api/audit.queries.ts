import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { AuditEntry, ItemList, VerifyResult } from '../../../lib/api-types.ts';

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit trail, newest first; `beforeSeq` pages back in time. */
export function auditQuery(slug: string, beforeSeq: number | undefined) {
  return queryOptions({
    queryKey: ['audit', slug, beforeSeq ?? 'latest'],
    queryFn: async () =>
      (
        await api<ItemList<AuditEntry>>(`/api/m/${encodeURIComponent(slug)}/audit`, {
          query: { limit: AUDIT_PAGE_SIZE, beforeSeq },
        })
      ).items,
    placeholderData: keepPreviousData,
  });
}

/** Recomputes the hash chain on the server; it answers with the first entry that does not match. */
export function useVerifyChain(slug: string) {
  return useMutation({
    mutationFn: () => api<VerifyResult>(`/api/m/${encodeURIComponent(slug)}/audit/verify`),
  });
}
