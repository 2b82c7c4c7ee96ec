import { ABSTAIN } from '../../../../../common/meetings.ts';
import type { Translate } from '../../../lib/i18n.ts';
import type { PublicAgendaItem } from '../api/public-meetings.types.ts';

/** A proposal as the minutes number it: "Proposal 2 (Eva Ledamot)", "Proposal 1 (the recommendation)". */
export function proposalLabel(t: Translate, item: PublicAgendaItem, proposalId: string): string {
  if (proposalId === ABSTAIN) return t('web.public_meetings.vote.abstain');
  const index = item.proposals.findIndex((proposal) => proposal.id === proposalId);
  if (index < 0) return t('web.public_meetings.vote.unknown_option');
  return proposalName(t, index, item.proposals[index]?.person ?? null);
}

/** "Proposal 2 (Eva Ledamot)"; a proposal by no one is the official's recommendation. */
export function proposalName(t: Translate, index: number, person: { name: string } | null): string {
  return t('web.public_meetings.proposal.label', {
    n: index + 1,
    by: person ? 'person' : 'recommendation',
    who: person?.name ?? '',
  });
}

/** An item's number and title, as it heads the item: "§ 3 Ny förskola", "Sak 3 Ny barnehage". */
export function itemHeading(t: Translate, item: PublicAgendaItem): string {
  // A closed item without a matter has no public title: its title may name whom the closing protects.
  if (!item.title) return t('web.public_meetings.item.heading_untitled', { number: item.number });
  return t('web.public_meetings.item.heading', { number: item.number, title: item.title });
}
