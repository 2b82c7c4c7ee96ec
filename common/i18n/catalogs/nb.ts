import type { Messages } from '../index.ts';
import { nb } from '../nb.ts';
import { webNb } from '../web/nb.ts';
import { meetingsNb } from '../web/meetings/nb.ts';
import { publicMeetingsNb } from '../web/public-meetings/nb.ts';
import { meetingLiveNb } from '../web/meeting-live/nb.ts';

/** Every message in this language: the server's and the web app's. Loaded on its own by the web app. */
export const catalog: Messages = { ...nb, ...webNb, ...meetingsNb, ...publicMeetingsNb, ...meetingLiveNb };
