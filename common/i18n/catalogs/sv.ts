import type { Messages } from '../index.ts';
import { sv } from '../sv.ts';
import { webSv } from '../web/sv.ts';
import { meetingsSv } from '../web/meetings/sv.ts';
import { publicMeetingsSv } from '../web/public-meetings/sv.ts';
import { meetingLiveSv } from '../web/meeting-live/sv.ts';

/** Every message in this language: the server's and the web app's. Loaded on its own by the web app. */
export const catalog: Messages = { ...sv, ...webSv, ...meetingsSv, ...publicMeetingsSv, ...meetingLiveSv };
