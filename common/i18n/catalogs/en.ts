import type { Messages } from '../index.ts';
import { en } from '../en.ts';
import { webEn } from '../web/en.ts';
import { meetingsEn } from '../web/meetings/en.ts';
import { publicMeetingsEn } from '../web/public-meetings/en.ts';
import { meetingLiveEn } from '../web/meeting-live/en.ts';

/** Every message in this language: the server's and the web app's. Loaded on its own by the web app. */
export const catalog: Messages = { ...en, ...webEn, ...meetingsEn, ...publicMeetingsEn, ...meetingLiveEn };
