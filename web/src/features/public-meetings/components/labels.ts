import type {
  AgendaItemKind,
  AgendaItemState,
  ClosingGround,
  MeetingKind,
  MeetingState,
  NoticeKind,
} from '../../../../../common/meetings.ts';
import type { BodyKind } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import type { Translate } from '../../../lib/i18n.ts';

/*
 * What things are called on the public meeting pages. Where Sweden and Norway differ (minutes and
 * møtebok, laglighetsprövning and lovlighetskontroll), the messages choose by the municipality's
 * `jurisdiction`, whatever the UI language.
 */

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function meetingKindLabel(t: Translate, kind: MeetingKind, jurisdiction: Jurisdiction): string {
  return t(`web.public_meetings.kind.${kind}`, { jurisdiction });
}

export function meetingStateLabel(t: Translate, state: MeetingState): string {
  return t(`web.public_meetings.state.${state}`);
}

export function noticeKindLabel(t: Translate, kind: NoticeKind, jurisdiction: Jurisdiction): string {
  return t(`web.public_meetings.notice_kind.${kind}`, { jurisdiction });
}

/** Items that run the meeting itself: "noted" would say the wrong thing of them. */
const proceduralKinds: readonly AgendaItemKind[] = ['opening', 'roll_call', 'adjusters', 'agenda_approval'];

/** An item's handling, in the server's words ("Being handled", "Referred back"). */
export function itemStateLabel(t: Translate, state: AgendaItemState, kind?: AgendaItemKind): string {
  if (state === 'noted' && kind && proceduralKinds.includes(kind))
    return t('web.public_meetings.item.handled');
  return capitalise(t(`meeting.item_state.${state}`));
}

/** Why an item is handled behind closed doors, in the server's words. */
export function closingGroundName(t: Translate, ground: ClosingGround): string {
  return t(`meeting.closing_ground.${ground}`);
}

/** A body's kind as the organisation pages name it ("Kommunstyrelse", "Formannskap"). */
export function bodyKindLabel(t: Translate, kind: BodyKind, jurisdiction: Jurisdiction): string {
  return t(`web.org.kind.${kind}`, { jurisdiction });
}

export function termLabel(t: Translate, jurisdiction: Jurisdiction): string {
  return t('web.org.term', { jurisdiction });
}
