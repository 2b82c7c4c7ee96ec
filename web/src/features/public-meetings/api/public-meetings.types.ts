/**
 * The public meeting pages' reply shapes, inferred from the server's meetings contract by type-only
 * imports (as `lib/api-types.ts` does for the older features): a changed contract fails the type
 * check here, and no server code reaches the browser.
 */
import type { z } from 'zod';
import type {
  agendaItemDto,
  meetingDto,
  meetingListItemDto,
  meetingStatisticsDto,
  noticeDto,
  votingDto,
} from '../../../../../server/modules/meetings/meetings.contract.ts';

/** A notice on the notice board: a meeting's notice, or that its minutes are signed. */
export type Notice = z.infer<typeof noticeDto>;
/** The notice board (GET /api/m/:slug/public/notice-board), with the server's today. */
export type NoticeBoard = { items: Notice[]; today: string };
/** A meeting in the public calendar (GET /api/m/:slug/public/meetings). */
export type PublicMeetingListItem = z.infer<typeof meetingListItemDto>;
/** A meeting as the public sees it (GET /api/m/:slug/public/meetings/:meetingId). */
export type PublicMeeting = z.infer<typeof meetingDto>;
export type PublicAgendaItem = z.infer<typeof agendaItemDto>;
export type PublicVoting = z.infer<typeof votingDto>;
/** Where the meeting time goes over a term (GET /api/m/:slug/public/meeting-statistics). */
export type MeetingStatistics = z.infer<typeof meetingStatisticsDto>;
