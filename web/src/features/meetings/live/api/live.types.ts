/**
 * The live meeting's and the minutes' reply and request shapes, inferred from the server's own zod
 * contracts. Type-only imports: nothing from the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type {
  castVoteBody,
  closeVotingBody,
  concludeItemBody,
  conflictBody,
  decideItemBody,
  meetingDto,
  minutesDto,
  noticeDto,
  openMeetingBody,
  openVotingBody,
  postMinutesBody,
  proposalBody,
  statementBody,
  updateMinutesBody,
  updateStatementBody,
} from '../../../../../../server/modules/meetings/meetings.contract.ts';

/** A meeting with its agenda, participants and record, as the signed-in person may see it. */
export type Meeting = z.infer<typeof meetingDto>;
export type AgendaItem = Meeting['items'][number];
export type Participant = Meeting['participants'][number];
export type Quorum = NonNullable<Meeting['quorum']>;
export type Proposal = AgendaItem['proposals'][number];
export type Voting = AgendaItem['votings'][number];
export type VotingResult = NonNullable<Voting['result']>;
export type Speaker = AgendaItem['speakers'][number];
export type Conflict = AgendaItem['conflicts'][number];
export type Statement = AgendaItem['statements'][number];
export type AssignmentDraft = AgendaItem['assignments'][number];

export type Minutes = z.infer<typeof minutesDto>;
export type Notice = z.infer<typeof noticeDto>;

export type OpenMeetingInput = z.input<typeof openMeetingBody>;
export type ConcludeInput = z.input<typeof concludeItemBody>;
export type DecideInput = z.input<typeof decideItemBody>;
export type ProposalInput = z.input<typeof proposalBody>;
export type OpenVotingInput = z.input<typeof openVotingBody>;
export type CastVoteInput = z.input<typeof castVoteBody>;
export type CloseVotingInput = z.input<typeof closeVotingBody>;
export type StatementInput = z.input<typeof statementBody>;
export type UpdateStatementInput = z.input<typeof updateStatementBody>;
export type ConflictInput = z.input<typeof conflictBody>;
export type UpdateMinutesInput = z.input<typeof updateMinutesBody>;
export type PostMinutesInput = z.input<typeof postMinutesBody>;
