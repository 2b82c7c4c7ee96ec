import type { BaseMessages } from '../index.ts';
import { nn } from '../nn.ts';
import { webNn } from '../web/nn.ts';

/**
 * This language's server and shared web messages, which the web app loads before its first page;
 * each feature's own messages (`../web/<feature>/`) load with its pages.
 */
export const catalog: BaseMessages = { ...nn, ...webNn };
