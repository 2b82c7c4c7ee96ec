import {
  closingGrounds,
  type AgendaItemState,
  type ClosingGround,
  type MeetingKind,
  type MeetingState,
  type ParticipantStatus,
} from '../../../../../common/meetings.ts';
import { isPoliticalKind, type MembershipRole } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import type { Body } from '../../../lib/api-types.ts';
import type { Translate } from '../../../lib/i18n.ts';
import type { Participant } from '../api/meetings.types.ts';

/*
 * States, grounds and standard items are named by the server's own messages (`meeting.*`), which
 * the web app shares, so a page and an error say the same; the rest lives under `web.meetings.`.
 */

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A meeting's state on its own, in a table cell or a tag ("Called"). */
export function meetingStateLabel(t: Translate, state: MeetingState): string {
  return capitalised(t(`meeting.state.${state}`));
}

export function meetingKindLabel(t: Translate, kind: MeetingKind): string {
  return t(`web.meetings.kind.${kind}`);
}

export function itemStateLabel(t: Translate, state: AgendaItemState): string {
  return capitalised(t(`meeting.item_state.${state}`));
}

/** Why an item is closed, as the law puts it ("exercise of public authority over an individual"). */
export function closingGroundLabel(t: Translate, ground: ClosingGround): string {
  return t(`meeting.closing_ground.${ground}`);
}

/** The grounds for closing an item that the municipality's country knows. */
export function groundsOf(jurisdiction: Jurisdiction): readonly ClosingGround[] {
  return closingGrounds[jurisdiction];
}

export function isClosingGround(jurisdiction: Jurisdiction, value: string): value is ClosingGround {
  return (groundsOf(jurisdiction) as readonly string[]).includes(value);
}

export function roleLabel(t: Translate, role: MembershipRole, jurisdiction: Jurisdiction): string {
  return t(`web.meetings.role.${role}`, { jurisdiction });
}

/** Where a participant stands: invited, absent, called in for someone, or not called. */
export function participantStatusLabel(t: Translate, participant: Participant): string {
  if (participant.status === 'called_in') {
    return participant.replaces
      ? t('web.meetings.status.called_in_for', { name: participant.replaces.name })
      : t('web.meetings.status.called_in');
  }
  return t(`web.meetings.status.${participant.status satisfies Exclude<ParticipantStatus, 'called_in'>}`);
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name);
}

/** The bodies that hold meetings: the political ones still in being. */
export function meetingBodies(bodies: Body[]): Body[] {
  return bodies.filter((body) => isPoliticalKind(body.kind) && body.isActive).sort(byName);
}
