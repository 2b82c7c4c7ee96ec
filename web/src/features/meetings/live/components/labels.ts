import type { AgendaItemState, MeetingState, ProposalKind } from '../../../../../../common/meetings.ts';
import type { MembershipRole } from '../../../../../../common/organisation.ts';
import type { Translate } from '../../../../lib/i18n.ts';
import type { AgendaItem, Meeting, Participant, Proposal } from '../api/live.types.ts';

/*
 * Names shared with the server's own messages (`meeting.state.*`, `meeting.item_state.*`,
 * `web.org.role.*`), so the live page, the minutes and the server's refusals say the same.
 */

export type Jurisdiction = 'se' | 'no';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function meetingStateLabel(t: Translate, state: MeetingState): string {
  return capitalise(t(`meeting.state.${state}`));
}

export function itemStateLabel(t: Translate, state: AgendaItemState): string {
  return capitalise(t(`meeting.item_state.${state}`));
}

export function roleLabel(t: Translate, role: MembershipRole, jurisdiction: Jurisdiction): string {
  return t(`web.org.role.${role}`, { jurisdiction });
}

/**
 * The number as the messages take it: the server numbers Swedish items "§ 4", which the messages
 * show as it is, and Norwegian ones "Sak 4", whose word the messages say themselves ("Sak {number}").
 */
function messageNumber(item: AgendaItem, jurisdiction: Jurisdiction): string {
  return jurisdiction === 'se' ? item.number : item.number.replace(/^\D+/, '');
}

/** "§ 4 Title" in Sweden, "Sak 4: Title" in Norway. */
export function itemName(t: Translate, item: AgendaItem, jurisdiction: Jurisdiction): string {
  return t('web.meeting_live.item', {
    jurisdiction,
    number: messageNumber(item, jurisdiction),
    title: item.title,
  });
}

/** "§ 4" in Sweden, "sak 4" in Norway: an item in a sentence. */
export function itemRef(t: Translate, item: AgendaItem, jurisdiction: Jurisdiction): string {
  return t('web.meeting_live.item_ref', { jurisdiction, number: messageNumber(item, jurisdiction) });
}

export function proposalKindLabel(t: Translate, kind: ProposalKind, jurisdiction: Jurisdiction): string {
  return t(`web.meeting_live.proposal_kind.${kind}`, { jurisdiction });
}

/** Proposals are numbered in the order they were put, withdrawn ones included, so numbers never shift. */
export function proposalNumber(item: AgendaItem, proposalId: string): number {
  return item.proposals.findIndex((p) => p.id === proposalId) + 1;
}

/** "Proposal 2 (counter-proposal, Bo Ek)"; the recommendation is named by its kind alone. */
export function proposalName(
  t: Translate,
  item: AgendaItem,
  proposal: Proposal,
  jurisdiction: Jurisdiction,
): string {
  const n = proposalNumber(item, proposal.id);
  const kind = proposalKindLabel(t, proposal.kind, jurisdiction);
  return proposal.person
    ? t('web.meeting_live.proposal_name', { n, kind, who: proposal.person.name })
    : t('web.meeting_live.proposal_name_main', { n, kind });
}

/** The short name of a proposal or of abstaining, as a vote or a count is listed. */
export function choiceName(t: Translate, item: AgendaItem, choice: string | null): string {
  if (choice === null) return t('web.meeting_live.vote_secret');
  if (choice === 'abstain') return t('web.meeting_live.abstain_short');
  const n = proposalNumber(item, choice);
  return n > 0 ? t('web.meeting_live.proposal_n', { n }) : choice;
}

export function standing(item: AgendaItem): Proposal[] {
  return item.proposals.filter((p) => !p.withdrawn && !p.eliminated);
}

export function currentItem(meeting: Meeting): AgendaItem | undefined {
  return meeting.items.find((i) => i.state === 'in_progress');
}

/** Whether the signed-in person runs the meeting: the chair presiding, or the secretary. */
export function isRunner(meeting: Meeting): boolean {
  return meeting.you.chair || meeting.you.manage;
}

/** Everyone called to the meeting who is not reported absent. */
export function attending(meeting: Meeting): Participant[] {
  return meeting.participants.filter((p) => p.status === 'invited' || p.status === 'called_in');
}

export function byName(a: Participant, b: Participant): number {
  return a.person.name.localeCompare(b.person.name);
}
