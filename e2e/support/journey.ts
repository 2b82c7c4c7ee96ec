import type { Browser, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchChromium, watchPageProblems } from './browser.ts';
import { startServer, type E2eServerOptions } from './server.ts';

/** How long a locator or navigation may wait before the step fails with its own message. */
const STEP_TIMEOUT_MS = 10_000;

type OpenPage = {
  page: Page;
  /** Closes the page's context and fails if the page violated the CSP or threw. */
  close: () => Promise<void>;
};

export type PageOptions = {
  /** The browser's language, which Samspel follows until a person chooses one; `sv-SE` unless told. */
  locale?: string;
};

/**
 * A page in a fresh browser context (its own cookies and storage) at the server's address.
 * Motion is reduced, as many people set it, so that dialogs are in place when a step looks.
 */
async function openPage(
  browser: Browser,
  baseURL: string,
  { locale = 'sv-SE' }: PageOptions,
): Promise<OpenPage> {
  const context = await browser.newContext({ baseURL, locale, reducedMotion: 'reduce' });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  // File choosers are intercepted from the page's start: a listener added just before Space is
  // pressed on a file field turns interception on asynchronously and can lose that race.
  page.on('filechooser', () => undefined);
  const problems = watchPageProblems(page);
  return {
    page,
    close: async () => {
      await context.close();
      problems.assertNone();
    },
  };
}

/**
 * The `test` for one journey spec: one Samspel server and one Chromium for the file, and for
 * each test a page in a fresh browser context at the server's address, in Swedish; `newPage`
 * opens more, each in a context of its own, like another device. A test fails when one of its pages violated
 * the Content Security Policy or threw an uncaught error.
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
      const opened = await openPage(browser, server.url, {});
      onCleanup(opened.close);
      return opened.page;
    })
    .extend('newPage', async ({ server, browser }, { onCleanup }) => {
      const opened: OpenPage[] = [];
      onCleanup(async () => {
        const closed = await Promise.allSettled(opened.map(({ close }) => close()));
        const failure = closed.find((result) => result.status === 'rejected');
        if (failure) throw failure.reason;
      });
      return async (pageOptions: PageOptions = {}): Promise<Page> => {
        const next = await openPage(browser, server.url, pageOptions);
        opened.push(next);
        return next.page;
      };
    });
}
