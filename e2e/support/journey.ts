import { test as base } from 'vitest';
import { launchChromium, watchPageProblems } from './browser.ts';
import { startServer, type E2eServerOptions } from './server.ts';

/** How long a locator or navigation may wait before the step fails with its own message. */
const STEP_TIMEOUT_MS = 10_000;

/**
 * The `test` for one journey spec: one Samspel server and one Chromium for the file, and for
 * each test a page in a fresh browser context at the server's address. A test fails when its
 * page violated the Content Security Policy or threw an uncaught error.
 */
export function journey(options: E2eServerOptions = {}) {
  return base
    .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
      const server = await startServer(options);
      onCleanup(() => server.close());
      return server;
    })
    .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
      const browser = await launchChromium();
      onCleanup(() => browser.close());
      return browser;
    })
    .extend('page', async ({ server, browser }, { onCleanup }) => {
      const context = await browser.newContext({ baseURL: server.url });
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      const page = await context.newPage();
      const problems = watchPageProblems(page);
      onCleanup(async () => {
        await context.close();
        problems.assertNone();
      });
      return page;
    });
}
