import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0 } from '../support/harness.js';
import { type ConsoleHarness, skipBrowser, SKIPPED, startConsole } from './browser.js';

describe.skipIf(skipBrowser)(`console: reports and the exception queue${skipBrowser ? ` (${SKIPPED})` : ''}`, { timeout: 90_000 }, () => {
  let harness: ConsoleHarness;

  beforeAll(async () => {
    harness = await startConsole();
    const { app } = harness;
    // agents' work in December: flows opened at touchpoints, searches, and questions raised
    const opened: [string, string, number][] = [
      ['QRY-CALL-FORWARD', 'AAA1201', 5],
      ['QRY-BILL', 'AAA1102', 3],
      ['QRY-BALANCE', 'AAA1101', 2],
    ];
    let minute = 0;
    const at = () => app.clock.set(new Date(Date.parse('2025-12-20T02:00:00.000Z') + minute++ * 60_000));
    for (const [code, touchpoint, times] of opened)
      for (let i = 0; i < times; i++) {
        at();
        await app.ok('agent', 'query($c: String!, $t: String) { flow(code: $c, touchpointCode: $t) { code } }', { c: code, t: touchpoint });
      }
    for (const query of ['呼叫转移', '话费余额', '宠物托运', '宠物托运']) {
      at();
      await app.ok('agent', 'query($q: String!) { search(query: $q) { totalCount } }', { q: query });
    }
    app.clock.set('2025-12-30T02:00:00.000Z');
    await app.ok('agent', 'mutation($i: RaiseExceptionInput!) { raiseException(input: $i) { exception { id } } }', { i: { question: '宠物能否随机托运', touchpointCode: 'AAA1201', priority: 'HIGH' } });
    app.clock.set('2025-12-31T20:00:00.000Z');
    await app.ok('agent', 'mutation($i: RaiseExceptionInput!) { raiseException(input: $i) { exception { id } } }', { i: { question: '副卡能否单独办理呼叫转移', touchpointCode: 'AAA1201' } });
    await app.runtime.usage.flush();
    await app.runtime.search.log.flush();
    app.clock.set(T0);
  });
  afterAll(() => harness?.close());

  it('shows the reports for a period in Beijing days as tables and charts, and downloads one as CSV with the token', async () => {
    const manager = await harness.signIn('manager', { path: '/manage/reports' });
    const { page } = manager;
    // the seed's four weeks of usage end at the test clock's instant, 2026-01-01
    await page.getByLabel('开始日期').fill('2025-12-01');
    await page.getByLabel('结束日期').fill('2026-01-02');
    await expect.poll(() => manager.sent('Reports').some((o) => o.variables.from === '2025-12-01T00:00:00+08:00' && o.variables.to === '2026-01-02T00:00:00+08:00')).toBe(true);

    const usage = page.getByRole('region', { name: '流程使用' });
    await usage.getByRole('cell', { name: /QRY-CALL-FORWARD/ }).waitFor();
    // the figures on screen are the API's for the same period
    const period = { from: '2025-12-01T00:00:00+08:00', to: '2026-01-02T00:00:00+08:00' };
    const figures = await harness.app.ok(
      'manager',
      'query($from: DateTime!, $to: DateTime!) { searchAnalytics(from: $from, to: $to) { searches } exceptionSla(from: $from, to: $to) { raised openOverdue } contentHealth { reviewOverdue flaggedDocuments } }',
      period,
    );
    await page.getByRole('region', { name: '搜索分析' }).getByText(`搜索 ${figures.searchAnalytics.searches} 次`).waitFor();
    await page.getByRole('region', { name: '例外时效' }).getByText(`提出 ${figures.exceptionSla.raised} ·`).waitFor();
    expect(await page.getByRole('region', { name: '例外时效' }).innerText()).toContain(`超时未结 ${figures.exceptionSla.openOverdue}`);
    await page.getByRole('region', { name: '内容健康' }).getByText(`复核逾期 ${figures.contentHealth.reviewOverdue} ·`).waitFor();
    expect(await page.getByRole('region', { name: '内容健康' }).innerText()).toContain(`被标记 ${figures.contentHealth.flaggedDocuments}`);
    await page.getByRole('region', { name: '知识缺口' }).getByRole('columnheader', { name: '搜索词' }).waitFor();
    // each chart is drawn as SVG by ECharts
    for (const name of ['各流程打开次数', '热门搜索', '按优先级的例外数', '文档阶段分布']) await page.getByRole('img', { name }).locator('svg').first().waitFor();
    await manager.screenshot('reports');

    const [download] = await Promise.all([page.waitForEvent('download'), usage.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('flowUsage.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('QRY-CALL-FORWARD');
    const sent = manager.fetched.find((f) => f.url.includes('/reports/flowUsage.csv'));
    expect(sent?.authorization).toBe('Bearer token-manager');
    expect(new URL(sent!.url).searchParams.get('from')).toBe('2025-12-01T00:00:00+08:00');
  });

  it('lists open exceptions with their deadlines counting down and their escalation levels', async () => {
    const approver = await harness.signIn('approver', { path: '/manage/exceptions' });
    const { page } = approver;
    const { exceptions } = await harness.app.ok('approver', '{ exceptions(filter: { statuses: [OPEN, ANSWERED] }, first: 100) { totalCount edges { node { question escalationLevel minutesLeft } } } }');
    await page.getByRole('heading', { name: `例外队列（${exceptions.totalCount}）` }).waitFor();
    expect(exceptions.totalCount).toBeGreaterThanOrEqual(2);
    for (const { node } of exceptions.edges) {
      const row = await page.getByRole('row').filter({ hasText: node.question }).innerText();
      if (node.escalationLevel > 0) expect(row).toContain(`第 ${node.escalationLevel} 级`);
      if (node.minutesLeft !== null) expect(row).toContain(node.minutesLeft < 0 ? '已超时' : '剩余');
    }
    await approver.screenshot('exceptions');
  });

  it('lets a process manager give an interim answer from the queue', async () => {
    const manager = await harness.signIn('manager', { path: '/manage/exceptions' });
    const { page } = manager;
    const row = page.getByRole('row').filter({ hasText: '副卡能否单独办理呼叫转移' });
    await row.getByRole('button', { name: '答复' }).click();
    await row.getByLabel('临时答复').fill('副卡可单独设置呼叫转移，需主卡机主同意。');
    await row.getByRole('button', { name: '提交答复' }).click();
    await row.getByText('临时答复：副卡可单独设置呼叫转移').waitFor();
    expect(await row.innerText()).toContain('已临时答复');
    expect(manager.sent('AnswerException').at(-1)?.variables.input).toMatchObject({ answer: '副卡可单独设置呼叫转移，需主卡机主同意。', expectedRevision: expect.any(Number) });
  });

  it('keeps the API answering at its own paths beside the console', async () => {
    const health = await fetch(`${harness.base}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const page = await fetch(`${harness.base}/manage/exceptions`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const missingChart = await fetch(`${harness.base}/flows/NO-SUCH-FLOW.svg`, { headers: { accept: 'text/html', authorization: 'Bearer token-agent' } });
    expect(missingChart.headers.get('content-type')).not.toContain('text/html');
  });
});
