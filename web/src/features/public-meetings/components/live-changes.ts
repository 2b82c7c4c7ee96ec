import type { Translate } from '../../../lib/i18n.ts';
import type { PublicMeeting } from '../api/public-meetings.types.ts';
import { itemStateLabel } from './labels.ts';
import { itemHeading, proposalLabel } from './voting-labels.ts';

/**
 * What changed between two readings of a meeting, in sentences for the live region: the meeting
 * opening or closing, an item taken up or concluded, a vote opened or counted. Votes being cast
 * are left out: the progress is on the page, and announcing every vote would drown the rest.
 */
export function describeChanges(t: Translate, before: PublicMeeting, after: PublicMeeting): string[] {
  const said: string[] = [];
  if (before.state !== after.state) {
    if (after.state === 'in_progress') said.push(t('web.public_meetings.live.opened'));
    if (after.state === 'closed') said.push(t('web.public_meetings.live.closed'));
    if (after.state === 'cancelled') said.push(t('web.public_meetings.live.cancelled'));
  }
  const earlier = new Map(before.items.map((item) => [item.id, item]));
  for (const item of after.items) {
    const was = earlier.get(item.id);
    const heading = itemHeading(t, item);
    if (!was) continue;
    if (was.state !== item.state) {
      said.push(
        item.state === 'in_progress'
          ? t('web.public_meetings.live.item_started', { item: heading })
          : t('web.public_meetings.live.item_state', {
              item: heading,
              state: itemStateLabel(t, item.state, item.kind),
            }),
      );
    }
    const rounds = new Map(was.votings.map((voting) => [voting.id, voting]));
    for (const voting of item.votings) {
      const round = rounds.get(voting.id);
      if (!round && voting.open) {
        said.push(t('web.public_meetings.live.vote_opened', { item: heading, round: voting.round }));
      }
      if (voting.result && (!round || !round.result)) {
        said.push(
          t('web.public_meetings.live.vote_counted', {
            item: heading,
            round: voting.round,
            winner: proposalLabel(t, item, voting.result.winner),
          }),
        );
      }
    }
  }
  return said;
}
