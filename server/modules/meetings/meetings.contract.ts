import { z } from 'zod';
import {
  agendaItemKinds,
  minutesApprovals,
  agendaItemStates,
  allClosingGrounds,
  conflictStatuses,
  meetingKinds,
  meetingStates,
  minutesStates,
  noticeKinds,
  participantStatuses,
  proposalKinds,
  signerRoles,
  statementKinds,
  tieBreaks,
  voteMethods,
} from '../../../common/meetings.ts';
import { matterNatures, matterStates, matterTypes } from '../../../common/matters.ts';
import { bodyKinds, membershipRoles } from '../../../common/organisation.ts';
import { assignmentInput } from '../matters/matters.contract.ts';

const municipality = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const isoDate = z.iso.date().describe('A date, YYYY-MM-DD');
const isoDateTime = z.iso.datetime({ offset: true }).describe('A date and time with its offset');
const version = z.number().int().nonnegative().describe('The version you last read (optimistic locking)');
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const ref = z.object({ id: z.uuid(), name: z.string() });

export const meetingIdParams = z.object({ municipality, meetingId: z.uuid() });
export const itemIdParams = meetingIdParams.extend({ itemId: z.uuid() });
export const votingIdParams = meetingIdParams.extend({ votingId: z.uuid() });
export const conflictIdParams = meetingIdParams.extend({ conflictId: z.uuid() });
export const speakerIdParams = itemIdParams.extend({ speakerId: z.uuid() });
export const proposalIdParams = itemIdParams.extend({ proposalId: z.uuid() });
export const statementIdParams = meetingIdParams.extend({ statementId: z.uuid() });
export const bodyIdParams = z.object({ municipality, bodyId: z.uuid() });
export const personIdParams = z.object({ municipality, personId: z.uuid() });
export const noticeIdParams = z.object({ municipality, noticeId: z.uuid() });

// Settings --------------------------------------------------------------------------------------

export const meetingSettingsDto = z
  .object({
    bodyId: z.uuid(),
    noticeLeadDays: z.number().int(),
    minimumNoticeDays: z.number().int().describe('The statutory minimum the lead time may not go below'),
    noticeSource: z.string(),
    publicMeetings: z.boolean(),
    signersCount: z.number().int(),
    minutesApproval: z
      .enum(minutesApprovals)
      .describe('Signing, or (Norway, by the body’s rules) approval at the body’s next meeting'),
    version: z.number().int(),
  })
  .meta({ id: 'MeetingSettings' });
export type MeetingSettingsDto = z.infer<typeof meetingSettingsDto>;

export const updateMeetingSettingsBody = z
  .object({
    noticeLeadDays: z.number().int().min(0).max(60).optional(),
    publicMeetings: z.boolean().optional(),
    signersCount: z.number().int().min(0).max(5).optional(),
    minutesApproval: z.enum(minutesApprovals).optional(),
    version,
  })
  .strict();

// Meetings --------------------------------------------------------------------------------------

const meetingFields = {
  name: text(200),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  location: optionalText(300),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  description: z.string().trim().max(5000).optional(),
};

export const createMeetingBody = z
  .object({
    bodyId: z.uuid(),
    kind: z.enum(meetingKinds),
    ...meetingFields,
    standardItems: z
      .boolean()
      .optional()
      .describe(
        'Add the standard items (opening, roll call, adjusters, agenda…); default for decision meetings',
      ),
  })
  .strict();
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z
  .object({
    name: meetingFields.name.optional(),
    startsAt: isoDateTime.optional(),
    endsAt: isoDateTime.optional(),
    location: meetingFields.location,
    onlineUrl: meetingFields.onlineUrl,
    description: meetingFields.description,
    version,
  })
  .strict();
export type UpdateMeetingInput = z.infer<typeof updateMeetingBody>;

export const cancelMeetingBody = z.object({ reason: text(2000), version }).strict();
export const versionBody = z.object({ version }).strict();

export const meetingsQuery = z.object({
  bodyId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  state: z.enum(meetingStates).optional(),
});
export type MeetingsQuery = z.infer<typeof meetingsQuery>;

export const meetingListItemDto = z
  .object({
    id: z.uuid(),
    body: ref.extend({ kind: z.enum(bodyKinds) }),
    kind: z.enum(meetingKinds),
    name: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string().nullable(),
    state: z.enum(meetingStates),
    itemCount: z.number().int(),
    noticePublishedAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
  })
  .meta({ id: 'MeetingListItem' });
export type MeetingListItemDto = z.infer<typeof meetingListItemDto>;

const quorumDto = z.object({
  seats: z.number().int(),
  present: z.number().int(),
  conflicted: z.number().int(),
  counted: z.number().int(),
  needed: z.number().int(),
  met: z.boolean(),
  source: z.string(),
});

export const participantDto = z
  .object({
    id: z.uuid(),
    person: ref.extend({ party: z.string().nullable() }),
    role: z.enum(membershipRoles),
    listName: z.string().nullable(),
    votingRight: z.boolean(),
    substituteOrder: z.number().int().nullable(),
    status: z.enum(participantStatuses),
    replaces: ref.nullable(),
    absenceReason: z.string().nullable().describe('Shown only to the secretary and the person'),
    present: z.boolean(),
    adjuster: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Participant' });
export type ParticipantDto = z.infer<typeof participantDto>;

const conflictDto = z.object({
  id: z.uuid(),
  person: ref,
  reason: z.string().nullable().describe('Hidden from those not entitled to the item'),
  status: z.enum(conflictStatuses),
  ruledAt: z.string().nullable(),
});

const speakerDto = z.object({
  id: z.uuid(),
  person: ref,
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});

const proposalDto = z.object({
  id: z.uuid(),
  kind: z.enum(proposalKinds),
  person: ref.nullable().describe('Who proposed it; none for the recommendation'),
  text: z.string(),
  eliminated: z.boolean(),
  withdrawn: z.boolean(),
  createdAt: z.string(),
});

export const votingDto = z
  .object({
    id: z.uuid(),
    round: z.number().int(),
    method: z.enum(voteMethods),
    optionIds: z.array(z.uuid()),
    eligibleCount: z.number().int(),
    eligible: z.array(ref).describe('Who may vote in the round, by name'),
    votedCount: z.number().int(),
    open: z.boolean(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    abstainAllowed: z.boolean(),
    myVote: z.string().nullable().describe('Your choice in an open vote; "cast" in a secret ballot'),
    mayVote: z.boolean(),
    votes: z
      .array(z.object({ person: ref, listName: z.string().nullable(), choice: z.string().nullable() }))
      .describe('Roll-call votes, each member by name; in a secret ballot only who has voted'),
    result: z
      .object({
        counts: z.record(z.string(), z.number().int()),
        abstentions: z.number().int(),
        winner: z.string(),
        tie: z.boolean(),
        tieBreak: z.enum(tieBreaks).nullable(),
        tieBreakSource: z.string().nullable(),
        lot: z.object({ seed: z.string(), order: z.array(z.string()) }).nullable(),
        parties: z.record(z.string(), z.record(z.string(), z.number().int())).nullable(),
        splitParties: z.array(z.string()),
      })
      .nullable(),
  })
  .meta({ id: 'Voting' });
export type VotingDto = z.infer<typeof votingDto>;

const statementDto = z.object({
  id: z.uuid(),
  kind: z.enum(statementKinds),
  person: ref,
  text: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
});

export const agendaItemDto = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    number: z.string().describe('The item number shown, "§ 3" / "Sak 3"'),
    kind: z.enum(agendaItemKinds),
    title: z.string(),
    restricted: z.boolean().describe('A closed item you are not entitled to: only its public face'),
    matter: z
      .object({
        id: z.uuid(),
        registryNumber: z.string(),
        title: z.string(),
        type: z.enum(matterTypes),
        nature: z.enum(matterNatures),
        state: z.enum(matterStates),
      })
      .nullable(),
    public: z.boolean(),
    closingGround: z.enum(allClosingGrounds).nullable(),
    closingSource: z.string().nullable(),
    exerciseOfAuthority: z.boolean(),
    election: z.boolean(),
    state: z.enum(agendaItemStates),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    decisionText: z.string().nullable(),
    decidedBy: z.enum(voteMethods).nullable(),
    quorum: quorumDto.nullable(),
    conflicts: z.array(conflictDto),
    standIns: z
      .array(z.object({ person: ref, replaces: ref }))
      .describe('Substitutes sitting in the seats of members with a conflict on this item'),
    speakers: z.array(speakerDto),
    proposals: z.array(proposalDto),
    votings: z.array(votingDto),
    statements: z.array(statementDto),
    assignments: z.array(assignmentInput),
    signedAt: z.string().nullable().describe('When every signer had signed the item at once'),
    signatures: z
      .array(z.object({ person: ref, role: z.enum(signerRoles), signedAt: z.string() }))
      .describe('Signatures of this item signed at once (omedelbar justering)'),
    myNote: z.object({ text: z.string(), version: z.number().int() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItemDto = z.infer<typeof agendaItemDto>;

export const meetingDto = z
  .object({
    id: z.uuid(),
    body: ref.extend({ kind: z.enum(bodyKinds) }),
    kind: z.enum(meetingKinds),
    name: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    description: z.string(),
    state: z.enum(meetingStates),
    urgent: z.boolean(),
    urgentReason: z.string().nullable(),
    noticePublishedAt: z.string().nullable(),
    noticeLastDay: isoDate.describe('The last day the notice may be published without urgency'),
    noticeSource: z.string(),
    chair: ref.nullable(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    items: z.array(agendaItemDto),
    participants: z.array(participantDto),
    quorum: quorumDto.nullable().describe('Quorum now, before any item’s conflicts'),
    minutesState: z.enum(minutesStates).nullable(),
    minutesApproval: z
      .enum(minutesApprovals)
      .describe('How the body approves its minutes: signed, or at its next meeting (Norway)'),
    you: z.object({
      personId: z.uuid().nullable(),
      manage: z.boolean().describe('You may build the agenda and run the meeting as its secretary'),
      chair: z.boolean().describe('You preside over this meeting'),
      participant: z.boolean(),
      votingRight: z.boolean(),
      seesClosed: z.boolean(),
    }),
    version: z.number().int(),
  })
  .meta({ id: 'Meeting' });
export type MeetingDto = z.infer<typeof meetingDto>;

// Agenda ----------------------------------------------------------------------------------------

export const createItemBody = z
  .object({
    kind: z
      .enum(agendaItemKinds)
      .exclude(['minutes_approval'])
      .describe('An approval of minutes is added by itself'),
    title: text(300).optional().describe('Required unless the item is a matter (its title is used)'),
    matterId: z.uuid().optional(),
    public: z.boolean().optional(),
    closingGround: z.enum(allClosingGrounds).nullable().optional(),
    exerciseOfAuthority: z.boolean().optional(),
    election: z.boolean().optional(),
    position: z.number().int().min(0).optional(),
  })
  .strict();
export type CreateItemInput = z.infer<typeof createItemBody>;

export const updateItemBody = z
  .object({
    title: text(300).optional(),
    public: z.boolean().optional(),
    closingGround: z.enum(allClosingGrounds).nullable().optional(),
    exerciseOfAuthority: z.boolean().optional(),
    election: z.boolean().optional(),
    version,
  })
  .strict();
export type UpdateItemInput = z.infer<typeof updateItemBody>;

export const orderBody = z
  .object({ itemIds: z.array(z.uuid()).min(1).max(200), version: version.describe('The meeting’s version') })
  .strict();

export const publishNoticeBody = z
  .object({
    urgent: z.boolean().optional(),
    urgentReason: optionalText(2000),
    version,
  })
  .strict();

// Member portal ---------------------------------------------------------------------------------

export const absenceBody = z
  .object({
    personId: z.uuid().optional().describe('Someone else’s absence, reported by the secretary'),
    reason: optionalText(500),
  })
  .strict();

export const conflictBody = z
  .object({
    personId: z.uuid().optional().describe('Raise a question about another member (chair or secretary)'),
    reason: text(2000),
  })
  .strict();

export const rulingBody = z
  .object({ upheld: z.boolean().describe('The body finds the member has a conflict of interest') })
  .strict();

export const noteBody = z.object({ text: z.string().max(20_000), version }).strict();

// The meeting itself ----------------------------------------------------------------------------

export const openMeetingBody = z
  .object({ chairPersonId: z.uuid().optional().describe('Who presides, if not the body’s chair'), version })
  .strict();

export const attendanceBody = z.object({ personId: z.uuid(), present: z.boolean() }).strict();

export const adjustersBody = z.object({ personIds: z.array(z.uuid()).max(5) }).strict();

export const speakerBody = z.object({ personId: z.uuid().optional() }).strict();

export const proposalBody = z
  .object({
    kind: z.enum(['counter', 'amendment']),
    text: text(20_000),
    personId: z.uuid().optional().describe('Who proposes it, when the secretary records it'),
  })
  .strict();

export const openVotingBody = z
  .object({
    method: z.enum(['roll_call', 'secret']),
    optionIds: z.array(z.uuid()).min(2).max(20),
  })
  .strict();

export const castVoteBody = z
  .object({
    choice: z.string().min(1).max(64).describe('A proposal id of the round, or "abstain"'),
    personId: z
      .uuid()
      .optional()
      .describe(
        'The secretary or the chair records the vote a member gives aloud in a roll call (not a secret ballot)',
      ),
  })
  .strict();

export const closeVotingBody = z
  .object({ chairChoice: z.uuid().optional().describe('The chair’s casting vote in a tie') })
  .strict();

export const decideItemBody = z
  .object({
    method: z.enum(['acclamation', 'vote']),
    minutesApproved: z
      .boolean()
      .optional()
      .describe(
        'For the approval of earlier minutes: false when the body does not approve them as they stand',
      ),
    proposalId: z
      .uuid()
      .optional()
      .describe('By acclamation: the proposal adopted (the main one if left out)'),
    text: text(20_000).optional().describe('The decision’s wording, if not the adopted proposal’s'),
    assignments: z.array(assignmentInput).max(20).optional(),
    version,
  })
  .strict();

export const concludeItemBody = z
  .object({
    outcome: z.enum(['noted', 'postponed', 'referred_back']),
    reason: optionalText(2000),
    version,
  })
  .strict();

export const statementBody = z
  .object({
    kind: z.enum(statementKinds),
    text: z.string().trim().max(20_000).optional(),
    personId: z.uuid().optional(),
  })
  .strict();

export const updateStatementBody = z.object({ text: z.string().trim().max(20_000), version }).strict();

// Minutes ---------------------------------------------------------------------------------------

export const minutesDto = z
  .object({
    meetingId: z.uuid(),
    state: z.enum(minutesStates),
    approval: z
      .enum(minutesApprovals)
      .describe('Signed by the chair and those elected to sign, or approved at the body’s next meeting'),
    approvedAt: z
      .object({ meetingId: z.uuid(), name: z.string(), startsAt: z.string() })
      .nullable()
      .describe('The meeting whose agenda has the approval of these minutes'),
    text: z.string().describe('The whole minutes as one text'),
    preamble: z.string().describe('The opening part: attendance, presiding, adjusters'),
    sections: z.array(
      z.object({ itemId: z.uuid(), number: z.string(), title: z.string(), text: z.string() }),
    ),
    dueOn: isoDate,
    overdue: z.boolean(),
    signedOn: isoDate.nullable(),
    signers: z.array(z.object({ person: ref, role: z.enum(signerRoles), signedAt: z.string().nullable() })),
    itemSignatures: z.array(
      z.object({ itemId: z.uuid(), person: ref, role: z.enum(signerRoles), signedAt: z.string() }),
    ),
    revisions: z.array(z.object({ version: z.number().int(), editedBy: z.string(), editedAt: z.string() })),
    mySignature: z.enum(signerRoles).nullable().describe('You are to sign, as this'),
    version: z.number().int(),
  })
  .meta({ id: 'Minutes' });
export type MinutesDto = z.infer<typeof minutesDto>;

export const updateMinutesBody = z
  .object({
    preamble: z.string().max(100_000).optional(),
    sections: z.record(z.uuid(), z.string().max(200_000)).optional().describe('Item texts by item id'),
    regenerate: z.boolean().optional().describe('Write the draft anew from the record (edits are replaced)'),
    version,
  })
  .strict();
export const signBody = z
  .object({ itemId: z.uuid().optional().describe('Sign one item at once (omedelbar justering)') })
  .strict();

export const postMinutesBody = z
  .object({
    postedOn: isoDate.optional().describe('Today if left out'),
    keptAt: optionalText(300),
  })
  .strict();

// Notice board ----------------------------------------------------------------------------------

export const noticeDto = z
  .object({
    id: z.uuid(),
    kind: z.enum(noticeKinds),
    meetingId: z.uuid(),
    body: ref,
    title: z.string(),
    meetingStartsAt: z.string(),
    postedOn: isoDate,
    deadlineOn: isoDate,
    deadlineSource: z.string().nullable(),
    late: z.boolean(),
    keptAt: z.string().nullable(),
    archived: z.boolean(),
    signedOn: isoDate.nullable(),
  })
  .meta({ id: 'Notice' });
export type NoticeDto = z.infer<typeof noticeDto>;

export const noticeBoardQuery = z.object({ archive: z.enum(['true', 'false']).optional() });

// Statistics ------------------------------------------------------------------------------------

export const statisticsQuery = z.object({ termId: z.uuid().optional() });

export const meetingStatisticsDto = z
  .object({
    term: ref.extend({ startsOn: isoDate, endsOn: isoDate }).nullable(),
    bodies: z.array(
      z.object({
        body: ref.extend({ kind: z.enum(bodyKinds) }),
        meetings: z.number().int(),
        hours: z.number(),
        strategicMinutes: z.number(),
        operationalMinutes: z.number(),
        otherMinutes: z.number(),
        strategicShare: z.number().nullable().describe('Of item time on matters, 0–1'),
      }),
    ),
    members: z.array(
      z.object({
        person: ref.extend({ party: z.string().nullable() }),
        body: ref,
        attended: z.number().int(),
        of: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'MeetingStatistics' });
export type MeetingStatisticsDto = z.infer<typeof meetingStatisticsDto>;

// Public ----------------------------------------------------------------------------------------

export const publicMeetingsQuery = z.object({
  bodyId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const myMeetingsDto = z.object({
  items: z.array(meetingListItemDto.extend({ myStatus: z.enum(participantStatuses) })),
});
