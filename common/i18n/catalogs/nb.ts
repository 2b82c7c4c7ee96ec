import type { BaseMessages } from '../index.ts';
import { nb } from '../nb.ts';
import { webNb } from '../web/nb.ts';

/**
 * This language's server and shared web messages, which the web app loads before its first page;
 * each feature's own messages (`../web/<feature>/`) load with its pages.
 */
export const catalog: BaseMessages = { ...nb, ...webNb };
