import {
  timelineEventKinds,
  type DocumentDirection,
  type MatterState,
  type MatterType,
  type TimelineEventKind,
} from '../../../../../common/matters.ts';
import type { Translate } from '../../../lib/i18n.ts';

export function typeLabel(t: Translate, type: MatterType): string {
  return t(`matter.type.${type}`);
}

/** A state as it reads in running text ("in preparation"). */
export function stateLabel(t: Translate, state: MatterState): string {
  return t(`matter.state.${state}`);
}

export function directionLabel(t: Translate, direction: DocumentDirection): string {
  return t(`web.public_matters.direction.${direction}`);
}

function isEventKind(kind: string): kind is TimelineEventKind {
  return (timelineEventKinds as readonly string[]).includes(kind);
}

/** What happened; a kind newer than this app is shown as the server names it. */
export function eventLabel(t: Translate, kind: string): string {
  return isEventKind(kind) ? t(`web.public_matters.event.${kind}`) : kind;
}

/** A label that stands on its own (a fact, an option) starts with a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
