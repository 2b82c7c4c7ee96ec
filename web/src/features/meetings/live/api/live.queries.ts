import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../../../lib/api.ts';
import type { ItemList, Position } from '../../../../lib/api-types.ts';
import type {
  CastVoteInput,
  CloseVotingInput,
  ConcludeInput,
  ConflictInput,
  DecideInput,
  Meeting,
  Minutes,
  Notice,
  OpenMeetingInput,
  OpenVotingInput,
  PostMinutesInput,
  ProposalInput,
  StatementInput,
  UpdateMinutesInput,
  UpdateStatementInput,
} from './live.types.ts';

const path = (slug: string, ...parts: string[]) =>
  ['/api/m', slug, ...parts].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');

/** The meeting's own address under the API; the documents and events hang off it. */
export const meetingPath = (slug: string, meetingId: string, ...parts: string[]) =>
  path(slug, 'meetings', meetingId, ...parts);

/**
 * The live pages keep their own copy of the meeting, apart from the meeting page's, and refetch it
 * on every live event.
 */
const liveKey = (slug: string, meetingId: string) => ['meeting-live', slug, meetingId] as const;

export function liveMeetingQuery(slug: string, meetingId: string) {
  return queryOptions({
    queryKey: [...liveKey(slug, meetingId), 'meeting'],
    queryFn: () => api<Meeting>(meetingPath(slug, meetingId)),
  });
}

/** The minutes, or null before the meeting has closed (the server answers 404 until then). */
export function minutesQuery(slug: string, meetingId: string) {
  return queryOptions({
    queryKey: [...liveKey(slug, meetingId), 'minutes'],
    queryFn: async () => {
      try {
        return await api<Minutes>(meetingPath(slug, meetingId, 'minutes'));
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });
}

/** The notice of these minutes on the public notice board, current or archived, if posted. */
export function minutesNoticeQuery(slug: string, meetingId: string) {
  return queryOptions({
    queryKey: [...liveKey(slug, meetingId), 'notice'],
    queryFn: async () => {
      const board = (archive: boolean) =>
        api<ItemList<Notice>>(path(slug, 'public', 'notice-board'), {
          query: archive ? { archive: 'true' } : {},
        });
      const mine = (list: ItemList<Notice>) =>
        list.items.find((n) => n.kind === 'minutes' && n.meetingId === meetingId);
      return mine(await board(false)) ?? mine(await board(true)) ?? null;
    },
  });
}

/** Officials holding a position: those an assignment can be given to. */
export function positionsQuery(slug: string) {
  return queryOptions({
    queryKey: ['meeting-live', slug, 'positions'],
    queryFn: async () => (await api<ItemList<Position>>(path(slug, 'positions'))).items,
    staleTime: 60_000,
  });
}

type Method = 'POST' | 'PUT' | 'PATCH';

/**
 * A live action: the server answers with the meeting as the caller now sees it, which replaces the
 * cached one at once; the live event that follows refetches it again for everyone else.
 */
function useMeetingAction<Input>(
  slug: string,
  meetingId: string,
  request: (input: Input) => { method?: Method; parts: string[]; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => {
      const { method = 'POST', parts, body = {} } = request(input);
      return api<Meeting>(meetingPath(slug, meetingId, ...parts), { method, body });
    },
    onSuccess: (meeting) => queryClient.setQueryData(liveMeetingQuery(slug, meetingId).queryKey, meeting),
  });
}

export function useOpenMeeting(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, (input: OpenMeetingInput) => ({ parts: ['open'], body: input }));
}

export function useSetAttendance(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, (input: { personId: string; present: boolean }) => ({
    method: 'PUT',
    parts: ['attendance'],
    body: input,
  }));
}

export function useSetAdjusters(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, (personIds: string[]) => ({
    method: 'PUT',
    parts: ['adjusters'],
    body: { personIds },
  }));
}

export function useStartItem(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, (itemId: string) => ({ parts: ['items', itemId, 'start'] }));
}

export function useConcludeItem(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, ({ itemId, ...body }: ConcludeInput & { itemId: string }) => ({
    parts: ['items', itemId, 'conclude'],
    body,
  }));
}

export function useDecideItem(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, ({ itemId, ...body }: DecideInput & { itemId: string }) => ({
    parts: ['items', itemId, 'decide'],
    body,
  }));
}

export function useRequestFloor(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, ({ itemId, personId }: { itemId: string; personId?: string }) => ({
    parts: ['items', itemId, 'speakers'],
    body: personId ? { personId } : {},
  }));
}

export type SpeakerAction = 'start' | 'end' | 'remove';

export function useMoveSpeaker(slug: string, meetingId: string) {
  return useMeetingAction(
    slug,
    meetingId,
    ({ itemId, speakerId, action }: { itemId: string; speakerId: string; action: SpeakerAction }) => ({
      parts: ['items', itemId, 'speakers', speakerId, action],
    }),
  );
}

export function useAddProposal(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, ({ itemId, ...body }: ProposalInput & { itemId: string }) => ({
    parts: ['items', itemId, 'proposals'],
    body,
  }));
}

export function useWithdrawProposal(slug: string, meetingId: string) {
  return useMeetingAction(
    slug,
    meetingId,
    ({ itemId, proposalId }: { itemId: string; proposalId: string }) => ({
      parts: ['items', itemId, 'proposals', proposalId, 'withdraw'],
    }),
  );
}

export function useOpenVoting(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, ({ itemId, ...body }: OpenVotingInput & { itemId: string }) => ({
    parts: ['items', itemId, 'votings'],
    body,
  }));
}

export function useCloseVoting(slug: string, meetingId: string) {
  return useMeetingAction(
    slug,
    meetingId,
    ({ votingId, ...body }: CloseVotingInput & { votingId: string }) => ({
      parts: ['votings', votingId, 'close'],
      body,
    }),
  );
}

/** Casts the caller's vote; the answer is the round's count, so the meeting is fetched afresh. */
export function useCastVote(slug: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ votingId, ...body }: CastVoteInput & { votingId: string }) =>
      api<{ votedCount: number; eligibleCount: number }>(
        meetingPath(slug, meetingId, 'votings', votingId, 'votes'),
        {
          method: 'POST',
          body,
        },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: liveMeetingQuery(slug, meetingId).queryKey }),
  });
}

export function useAddStatement(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, ({ itemId, ...body }: StatementInput & { itemId: string }) => ({
    parts: ['items', itemId, 'statements'],
    body,
  }));
}

export function useUpdateStatement(slug: string, meetingId: string) {
  return useMeetingAction(
    slug,
    meetingId,
    ({ statementId, ...body }: UpdateStatementInput & { statementId: string }) => ({
      method: 'PATCH',
      parts: ['statements', statementId],
      body,
    }),
  );
}

export function useDeclareConflict(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, ({ itemId, ...body }: ConflictInput & { itemId: string }) => ({
    parts: ['items', itemId, 'conflicts'],
    body,
  }));
}

export function useRuleOnConflict(slug: string, meetingId: string) {
  return useMeetingAction(
    slug,
    meetingId,
    ({ conflictId, upheld }: { conflictId: string; upheld: boolean }) => ({
      parts: ['conflicts', conflictId, 'ruling'],
      body: { upheld },
    }),
  );
}

export function useCloseMeeting(slug: string, meetingId: string) {
  return useMeetingAction(slug, meetingId, (version: number) => ({ parts: ['close'], body: { version } }));
}

/** A change to the minutes replaces the cached minutes; the meeting's minutes state follows. */
function useMinutesAction<Input>(
  slug: string,
  meetingId: string,
  request: (input: Input) => { method?: Method; parts: string[]; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => {
      const { method = 'POST', parts, body = {} } = request(input);
      return api<Minutes>(meetingPath(slug, meetingId, 'minutes', ...parts), { method, body });
    },
    onSuccess: (minutes) => {
      queryClient.setQueryData(minutesQuery(slug, meetingId).queryKey, minutes);
      return queryClient.invalidateQueries({ queryKey: liveMeetingQuery(slug, meetingId).queryKey });
    },
  });
}

/** Saves the secretary's texts, or writes the draft anew; a stale version answers 409. */
export function useUpdateMinutes(slug: string, meetingId: string) {
  return useMinutesAction(slug, meetingId, (input: UpdateMinutesInput) => ({
    method: 'PUT',
    parts: [],
    body: input,
  }));
}

export function useSendForSigning(slug: string, meetingId: string) {
  return useMinutesAction(slug, meetingId, (version: number) => ({
    parts: ['send-for-signing'],
    body: { version },
  }));
}

/** Signs the whole minutes, or with an item id that decided item at once. */
export function useSignMinutes(slug: string, meetingId: string) {
  return useMinutesAction(slug, meetingId, (itemId: string | undefined) => ({
    parts: ['sign'],
    body: itemId ? { itemId } : {},
  }));
}

export function usePostMinutes(slug: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PostMinutesInput) =>
      api<Notice>(meetingPath(slug, meetingId, 'minutes', 'post'), { method: 'POST', body: input }),
    onSuccess: (notice) => queryClient.setQueryData(minutesNoticeQuery(slug, meetingId).queryKey, notice),
  });
}
