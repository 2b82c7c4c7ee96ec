import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { canSeeConfidential, loadContext, requireAction } from './matters.common.ts';
import type { SearchHitDto, SearchQuery } from './matters.contract.ts';
import * as repo from './matters.repository.ts';
import { toMatterListItem } from './matters.service.ts';

/** Splits a highlighted snippet into plain parts and the words found, so no markup leaves the server. */
export function toSnippet(headline: string): SearchHitDto['snippet'] {
  const parts: SearchHitDto['snippet'] = [];
  for (const [i, piece] of headline.split(repo.HIGHLIGHT_START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const [found, rest] = piece.split(repo.HIGHLIGHT_END);
    if (found) parts.push({ text: found, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

async function search(
  db: Db,
  input: { municipalityId: string; query: SearchQuery; publicOnly: boolean; showConfidential: boolean },
): Promise<{ items: SearchHitDto[]; hasMore: boolean }> {
  const { municipalityId, query, publicOnly } = input;
  const ctx = await loadContext(db, municipalityId);
  const rows = await repo.searchMatters(db, {
    municipalityId,
    config: ctx.searchConfig,
    q: query.q,
    publicOnly,
    filter: {
      bodyId: query.bodyId,
      type: query.type,
      state: query.state,
      year: query.year,
      personId: query.personId,
      openOnly: query.open === 'true',
    },
    limit: query.limit + 1,
    offset: query.offset,
  });
  const page = rows.slice(0, query.limit);
  const summaries = await repo.findMatterSummaries(db, municipalityId, [
    ...new Set(page.map((r) => r.matter_id)),
  ]);
  const byId = new Map(summaries.map((s) => [s.matter.id, s]));
  const documents = new Map(
    (
      await repo.findDocumentsByIds(
        db,
        page.flatMap((r) => (r.document_id ? [r.document_id] : [])),
      )
    ).map((d) => [d.id, d]),
  );
  const items = page.flatMap((r): SearchHitDto[] => {
    const summary = byId.get(r.matter_id);
    if (!summary) return [];
    const document = r.document_id ? documents.get(r.document_id) : undefined;
    const hideDocument = document && (publicOnly || !input.showConfidential) && document.confidential;
    return [
      {
        kind: r.kind,
        matter: toMatterListItem(summary, input.showConfidential),
        document: document
          ? {
              id: document.id,
              number: document.number,
              description: hideDocument ? document.publicDescription : document.description,
            }
          : null,
        snippet: toSnippet(r.headline),
        rank: Number(r.rank),
      },
    ];
  });
  return { items, hasMore: rows.length > query.limit };
}

/**
 * Searches the registry: matters and documents, ranked, with the municipality's stemming, typo-
 * tolerant titles, filters and highlighted snippets. Without the right to read confidential
 * matters the search runs over what the public may see.
 */
export async function searchRegistry(
  db: Db,
  input: { actor: Actor; municipalityId: string; query: SearchQuery },
) {
  requireAction(input.actor, 'matters.read', input.municipalityId);
  const showConfidential = canSeeConfidential(input.actor, input.municipalityId);
  return search(db, { ...input, publicOnly: !showConfidential, showConfidential });
}

/**
 * Public search: only public titles and public text; a confidential matter is found only by its
 * public title, and its documents never.
 */
export async function searchPublic(db: Db, input: { municipalityId: string; query: SearchQuery }) {
  return search(db, { ...input, publicOnly: true, showConfidential: false });
}
