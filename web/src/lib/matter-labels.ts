import type { DocumentDirection, MatterState, MatterType } from '../../../common/matters.ts';
import type { Translate } from './i18n.ts';

/*
 * Names of a matter's states, types and document directions, for the registry's pages and the
 * public ones alike: the server's own messages (`matter.*`), so every page and error says the same.
 */

/** A state as it stands in a sentence ("in preparation"). */
export function stateName(t: Translate, state: MatterState): string {
  return t(`matter.state.${state}`);
}

/** A state on its own, in a table cell, a fact or an option ("In preparation"). */
export function stateLabel(t: Translate, state: MatterState): string {
  const name = stateName(t, state);
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

export function typeLabel(t: Translate, type: MatterType): string {
  return t(`matter.type.${type}`);
}

export function directionLabel(t: Translate, direction: DocumentDirection): string {
  return t(`matter.direction.${direction}`);
}
