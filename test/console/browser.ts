import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { consoleDirectory } from '../../src/http/console.js';
import { onPostgres, startTestApp, type Person, type TestApp } from '../support/harness.js';

export const CHROMIUM = '/usr/bin/chromium';
/**
 * The browser tests need Debian's Chromium; without it they are skipped, and say why. They run
 * once, on SQLite: the journeys search, and the embedded search engine is SQLite's (the API suites
 * cover PostgreSQL).
 */
export const skipBrowser = !existsSync(CHROMIUM) || onPostgres;
export const SKIPPED = onPostgres ? 'skipped on PostgreSQL: the journeys search, and the embedded search engine is SQLite-only' : `skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (skipBrowser) console.warn(`console browser tests ${SKIPPED}`);

const ARTIFACTS = resolve('test/artifacts');

/** A GraphQL request the page sent, as the server received it. */
export interface SentOperation {
  operationName: string;
  variables: Record<string, any>;
  authorization: string | undefined;
}

export interface ConsoleSession {
  page: Page;
  context: BrowserContext;
  /** every GraphQL operation this page sent, in order */
  operations: SentOperation[];
  /** every other request to the server (flow charts, CSV downloads), with its authorization header */
  fetched: { url: string; authorization: string | undefined }[];
  /** the operations of one name */
  sent(operationName: string): SentOperation[];
  screenshot(name: string): Promise<void>;
}

export interface ConsoleHarness {
  app: TestApp;
  /** where the console is served: the server's root */
  base: string;
  /** a new browser context (its own sessionStorage), signed in with the test token of `person` */
  signIn(person: Person, options?: { path?: string }): Promise<ConsoleSession>;
  /** a new browser context at `path`, not signed in */
  visit(path: string): Promise<ConsoleSession>;
  close(): Promise<void>;
}

/** A seeded server with the built console, and Chromium. */
export async function startConsole(): Promise<ConsoleHarness> {
  if (!existsSync(join(consoleDirectory(), 'index.html'))) throw new Error('dist/web/index.html is missing: run npm run build (npm test does) before the console tests');
  await mkdir(ARTIFACTS, { recursive: true });
  const app = await startTestApp({ seed: true });
  const base = app.url.replace(/\/graphql$/, '');
  // without the background-networking flags Chromium keeps trying the closed network and misbehaves
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const contexts: BrowserContext[] = [];

  const harness: ConsoleHarness = {
    app,
    base,
    async visit(path) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      // a step that cannot happen fails naming what it waited for, well inside the test's own timeout (90 s: the whole suite shares two cores)
      page.setDefaultTimeout(20_000);
      const operations: SentOperation[] = [];
      const fetched: ConsoleSession['fetched'] = [];
      page.on('request', (request: Request) => {
        const url = new URL(request.url());
        const authorization = request.headers().authorization;
        if (url.pathname === '/graphql' && request.method() === 'POST') {
          const body = request.postDataJSON() as { operationName: string; variables?: Record<string, any> };
          operations.push({ operationName: body.operationName, variables: body.variables ?? {}, authorization });
        } else if (/^\/(flows|reports)\//.test(url.pathname)) fetched.push({ url: request.url(), authorization });
      });
      await page.goto(`${base}${path}`);
      return {
        page,
        context,
        operations,
        fetched,
        sent: (name) => operations.filter((o) => o.operationName === name),
        async screenshot(name) {
          await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
        },
      };
    },
    async signIn(person, options = {}) {
      const session = await harness.visit(options.path ?? '/');
      await session.page.getByLabel('访问令牌').fill(`token-${person}`);
      await session.page.getByRole('button', { name: '登录' }).click();
      await session.page.getByRole('button', { name: '退出' }).waitFor();
      return session;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await app.close();
    },
  };
  return harness;
}
