import { today } from '../../../lib/dates.ts';
import type {
  AssignmentState,
  Commissioner,
  MatterNature,
  RecommendationSection,
} from '../../../../../common/matters.ts';
import { isPoliticalKind } from '../../../../../common/organisation.ts';
import type { Body, Position, TimelineEvent } from '../../../lib/api-types.ts';
import { isMessageKey, type Translate } from '../../../lib/i18n.ts';
import { stateName } from '../../../lib/matter-labels.ts';

export { directionLabel, stateLabel, stateName, typeLabel } from '../../../lib/matter-labels.ts';

/*
 * States, types and sections are named by the server's own messages (`matter.state.*` and so on),
 * which the web app shares; only what the server never names lives under `web.matters.`.
 */

export function sectionLabel(t: Translate, section: RecommendationSection): string {
  return t(`matter.section.${section}`);
}

export function natureLabel(t: Translate, nature: MatterNature): string {
  return t(`web.matters.nature.${nature}`);
}

export function commissionerLabel(t: Translate, commissioner: Commissioner): string {
  return t(`web.matters.commissioner.${commissioner}`);
}

export function assignmentStateLabel(t: Translate, state: AssignmentState): string {
  return t(`web.matters.assignment_state.${state}`);
}

/**
 * A legal deadline is named by its kind (`motion`, the message `matter.deadline.motion`) or by a
 * message key; a custom one by its own text.
 */
export function deadlineLabel(t: Translate, label: string): string {
  const key = `matter.deadline.${label}`;
  if (isMessageKey(key)) return t(key);
  return isMessageKey(label) ? t(label) : label;
}

/** What happened, in words: one message per kind of event, with the states it moved between. */
export function eventText(t: Translate, event: TimelineEvent): string {
  const from = event.fromState ? stateName(t, event.fromState) : '';
  const to = event.toState ? stateName(t, event.toState) : '';
  const label = typeof event.data['label'] === 'string' ? deadlineLabel(t, event.data['label']) : '';
  const key = `web.matters.event.${event.kind}`;
  if (!isMessageKey(key)) return event.kind;
  return t(key, { from, to, label });
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name);
}

export function politicalBodies(bodies: Body[]): Body[] {
  return bodies.filter((body) => isPoliticalKind(body.kind) && body.isActive).sort(byName);
}

/** The administration's departments and units, which can carry out an assignment. */
export function units(bodies: Body[]): Body[] {
  return bodies
    .filter((body) => ['administration', 'department', 'unit'].includes(body.kind) && body.isActive)
    .sort(byName);
}

/** The people holding a position today, once each, with their titles. */
export function officials(positions: Position[]): Array<{ id: string; name: string; titles: string }> {
  const day = today();
  const byPerson = new Map<string, { id: string; name: string; titles: string[] }>();
  for (const position of positions) {
    if (position.startsOn > day || (position.endsOn !== null && position.endsOn < day)) continue;
    const entry = byPerson.get(position.personId) ?? {
      id: position.personId,
      name: position.personName,
      titles: [],
    };
    entry.titles.push(position.title);
    byPerson.set(position.personId, entry);
  }
  return [...byPerson.values()]
    .map((entry) => ({ id: entry.id, name: entry.name, titles: entry.titles.join(', ') }))
    .sort(byName);
}
