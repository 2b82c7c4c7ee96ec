import type { Messages } from '../index.ts';
import { sv } from '../sv.ts';
import { webSv } from '../web/sv.ts';

/** Every message in this language: the server's and the web app's. Loaded on its own by the web app. */
export const catalog: Messages = { ...sv, ...webSv };
