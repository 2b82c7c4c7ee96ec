import type { Messages } from '../index.ts';
import { nb } from '../nb.ts';
import { webNb } from '../web/nb.ts';

/** Every message in this language: the server's and the web app's. Loaded on its own by the web app. */
export const catalog: Messages = { ...nb, ...webNb };
