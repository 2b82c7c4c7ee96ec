import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { LiveEventType } from '../../../../../common/meetings.ts';
import { publicEventsUrl, publicMeetingQuery } from './public-meetings.queries.ts';
import type { PublicMeeting } from './public-meetings.types.ts';

/** Where the live connection stands, for the page to say so. */
export type LiveConnection = 'off' | 'connecting' | 'live' | 'reconnecting' | 'failed';

/** The meeting is fetched again this long after an event, plus up to JITTER_MS more at random. */
const REFETCH_DELAY_MS = 500;
/**
 * Thousands may follow a council meeting; each viewer waits a random while more, so that an event
 * does not bring them all back to the server in the same instant.
 */
const JITTER_MS = 1000;
/** After the browser has given up (the server answered with an error), try again this much later. */
const RETRY_MS = 15_000;

/**
 * The events that change what the public page shows. Speakers, conflicts of interest and
 * statements are not on it, so their events would only make every viewer fetch the same meeting.
 */
const shownEventTypes: readonly LiveEventType[] = [
  'meeting',
  'attendance',
  'item',
  'proposals',
  'voting',
  'vote_cast',
  'voting_result',
];

type VoteCast = { itemId?: unknown; votingId?: unknown; votedCount?: unknown; eligibleCount?: unknown };

function parse(data: unknown): VoteCast {
  if (typeof data !== 'string') return {};
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as VoteCast) : {};
  } catch {
    return {};
  }
}

/** A vote cast changes only the count of a round: patched in place rather than fetched again. */
function withVoteCount(meeting: PublicMeeting, cast: VoteCast): PublicMeeting | null {
  const { votingId, votedCount, eligibleCount } = cast;
  if (typeof votingId !== 'string' || typeof votedCount !== 'number') return null;
  let found = false;
  const items = meeting.items.map((item) => ({
    ...item,
    votings: item.votings.map((voting) => {
      if (voting.id !== votingId) return voting;
      found = true;
      return {
        ...voting,
        votedCount: Math.max(voting.votedCount, votedCount),
        eligibleCount: typeof eligibleCount === 'number' ? eligibleCount : voting.eligibleCount,
      };
    }),
  }));
  return found ? { ...meeting, items } : null;
}

/**
 * Follows a meeting live while `enabled`: listens to its public server-sent events and fetches the
 * meeting again shortly after each burst of them (the browser resumes a dropped connection by
 * itself, sending the last event id it saw, so nothing is missed). Returns the connection's state
 * and a way to reconnect after the browser has given up.
 */
export function useLiveMeeting(
  slug: string,
  meetingId: string,
  enabled: boolean,
): { connection: LiveConnection; reconnect: () => void } {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const query = publicMeetingQuery(slug, meetingId);
    let refetchTimer: ReturnType<typeof setTimeout> | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let opened = false;

    // Events in a burst share one fetch: the first schedules it, the rest ride along.
    const refetchSoon = () => {
      if (refetchTimer) return;
      refetchTimer = setTimeout(
        () => {
          refetchTimer = null;
          void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
        },
        REFETCH_DELAY_MS + Math.random() * JITTER_MS,
      );
    };

    const source = new EventSource(publicEventsUrl(slug, meetingId));
    setConnection('connecting');
    source.onopen = () => {
      setConnection('live');
      // A new viewer is sent only what happens from now on: what happened between loading the
      // page and connecting is fetched once.
      if (!opened) refetchSoon();
      opened = true;
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        setConnection('failed');
        retryTimer = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS + Math.random() * RETRY_MS);
      } else {
        setConnection('reconnecting');
      }
    };
    const onEvent = (event: MessageEvent) => {
      if (event.type === 'vote_cast') {
        const cast = parse(event.data);
        // A vote on a closed item: the public is shown nothing of it, so there is nothing to fetch.
        if (typeof cast.votingId !== 'string') return;
        const current = queryClient.getQueryData(query.queryKey);
        const patched = current ? withVoteCount(current, cast) : null;
        if (patched) {
          queryClient.setQueryData(query.queryKey, patched);
          return;
        }
      }
      refetchSoon();
    };
    for (const type of shownEventTypes) source.addEventListener(type, onEvent);

    return () => {
      source.close();
      if (refetchTimer) clearTimeout(refetchTimer);
      if (retryTimer) clearTimeout(retryTimer);
    };
  }, [enabled, slug, meetingId, attempt, queryClient]);

  const reconnect = useCallback(() => setAttempt((n) => n + 1), []);
  return { connection: enabled ? connection : 'off', reconnect };
}
