import type { Messages } from '../index.ts';
import { nn } from '../nn.ts';
import { webNn } from '../web/nn.ts';

/** Every message in this language: the server's and the web app's. Loaded on its own by the web app. */
export const catalog: Messages = { ...nn, ...webNn };
