import { timelineEventKinds, type TimelineEventKind } from '../../../../../common/matters.ts';
import type { Translate } from '../../../lib/i18n.ts';

export { directionLabel, stateLabel, stateName, typeLabel } from '../../../lib/matter-labels.ts';

function isEventKind(kind: string): kind is TimelineEventKind {
  return (timelineEventKinds as readonly string[]).includes(kind);
}

/** What happened; a kind newer than this app is shown as the server names it. */
export function eventLabel(t: Translate, kind: string): string {
  return isEventKind(kind) ? t(`web.public_matters.event.${kind}`) : kind;
}
