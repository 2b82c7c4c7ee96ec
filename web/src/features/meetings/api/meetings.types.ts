/**
 * The meetings API's shapes, inferred from the server's zod contracts with type-only imports, so
 * nothing from the server reaches the browser while a changed contract fails the type check here.
 */
import type { z } from 'zod';
import type {
  agendaItemDto,
  createItemBody,
  createMeetingBody,
  meetingDto,
  meetingListItemDto,
  meetingSettingsDto,
  myMeetingsDto,
  participantDto,
  publishNoticeBody,
  updateItemBody,
  updateMeetingBody,
  updateMeetingSettingsBody,
} from '../../../../../server/modules/meetings/meetings.contract.ts';

export type Meeting = z.infer<typeof meetingDto>;
export type AgendaItem = z.infer<typeof agendaItemDto>;
export type Participant = z.infer<typeof participantDto>;
export type MeetingListItem = z.infer<typeof meetingListItemDto>;
export type MyMeeting = z.infer<typeof myMeetingsDto>['items'][number];
export type MeetingSettings = z.infer<typeof meetingSettingsDto>;
export type CreateMeetingInput = z.input<typeof createMeetingBody>;
export type UpdateMeetingInput = z.input<typeof updateMeetingBody>;
export type CreateItemInput = z.input<typeof createItemBody>;
export type UpdateItemInput = z.input<typeof updateItemBody>;
export type PublishNoticeInput = z.input<typeof publishNoticeBody>;
export type UpdateMeetingSettingsInput = z.input<typeof updateMeetingSettingsBody>;

/** A matter that may go on the agenda (GET …/meetings/:id/candidates). */
export type AgendaCandidate = {
  id: string;
  registryNumber: string;
  title: string;
  type: string;
  nature: string;
  state: string;
  confidential: boolean;
};

export type MyNote = { text: string; version: number };
