import type { BaseMessages } from '../index.ts';
import { sv } from '../sv.ts';
import { webSv } from '../web/sv.ts';

/**
 * This language's server and shared web messages, which the web app loads before its first page;
 * each feature's own messages (`../web/<feature>/`) load with its pages.
 */
export const catalog: BaseMessages = { ...sv, ...webSv };
