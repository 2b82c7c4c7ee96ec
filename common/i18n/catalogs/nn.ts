import type { Messages } from '../index.ts';
import { nn } from '../nn.ts';
import { webNn } from '../web/nn.ts';
import { meetingsNn } from '../web/meetings/nn.ts';
import { publicMeetingsNn } from '../web/public-meetings/nn.ts';
import { meetingLiveNn } from '../web/meeting-live/nn.ts';

/** Every message in this language: the server's and the web app's. Loaded on its own by the web app. */
export const catalog: Messages = { ...nn, ...webNn, ...meetingsNn, ...publicMeetingsNn, ...meetingLiveNn };
