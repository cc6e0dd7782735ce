import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleHarness, type ConsoleSession, skipBrowser, SKIPPED, startConsole } from './browser.js';

describe.skipIf(skipBrowser)(`console: the agent's screen${skipBrowser ? ` (${SKIPPED})` : ''}`, { timeout: 90_000 }, () => {
  let harness: ConsoleHarness;
  let agent: ConsoleSession;
  /** the result list (the touchpoint bar's <option>s are options too) */
  const results = () => agent.page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
  /** the search for these words has been sent (typing sends the words typed so far as well) */
  const searched = (query: string) => expect.poll(() => agent.sent('AgentSearch').some((o) => o.variables.query === query)).toBe(true);

  beforeAll(async () => {
    harness = await startConsole();
    agent = await harness.signIn('agent');
  });
  afterAll(() => harness?.close());

  it('refuses a token the API does not know, and keeps a good one for the tab only', async () => {
    const stranger = await harness.visit('/');
    await stranger.page.getByLabel('访问令牌').fill('token-nobody');
    await stranger.page.getByRole('button', { name: '登录' }).click();
    await stranger.page.getByText('令牌无效或已失效，请重新输入。').waitFor();
    // the agent's tab reloaded is still signed in; a new tab is not
    await agent.page.reload();
    await agent.page.getByRole('button', { name: '退出' }).waitFor();
    const other = await agent.context.newPage();
    await other.goto(harness.base);
    await other.getByLabel('访问令牌').waitFor();
    await other.close();
  });

  it('shows an agent the agent screen only, with the search box focused', async () => {
    const { page } = agent;
    await expect(page.getByText('test-agent（座席）').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '报表' }).count()).resolves.toBe(0);
    // the manager screens' addresses lead an agent back to the agent screen
    await page.goto(`${harness.base}/manage/reports`);
    await page.getByLabel('搜索知识').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(agent.sent('Reports')).toEqual([]);
    // typing without clicking anywhere lands in the search box
    await page.keyboard.type('呼叫转移');
    await expect(page.getByLabel('搜索知识').inputValue()).resolves.toBe('呼叫转移');
  });

  it('answers as the agent types: suggestions, then results with kind, marks, touchpoints and phase', async () => {
    await searched('呼叫转移');
    const flowHit = results().filter({ hasText: 'QRY-CALL-FORWARD' });
    await flowHit.waitFor();
    const text = await flowHit.innerText();
    expect(text).toContain('服务流程');
    expect(text).toContain('现行');
    expect(text).toContain('AAA1201');
    // the snippet's matches are <mark> elements holding text, not markup from the server
    await expect(flowHit.locator('mark').count()).resolves.toBeGreaterThan(0);
    expect(agent.sent('Suggest').length).toBeGreaterThan(0);
    expect(agent.sent('AgentSearch').at(-1)?.authorization).toBe('Bearer token-agent');
  });

  it('opens a flow from the keyboard: the chart drawn from /flows with the token, the steps with post and time limit, the click recorded', async () => {
    const { page } = agent;
    const options = await results().allInnerTexts();
    const index = options.findIndex((o) => o.includes('QRY-CALL-FORWARD'));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    // the arrows moved the selection, and the box says which result it is
    await expect(page.getByLabel('搜索知识').getAttribute('aria-activedescendant')).resolves.toBe(`hit-${index}`);
    await expect(results().nth(index).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');

    await page.locator('.document h2').filter({ hasText: 'QRY-CALL-FORWARD' }).waitFor();
    const chart = page.locator('.flow-chart svg');
    await chart.first().waitFor();
    await expect(page.locator('.flow-chart svg script').count()).resolves.toBe(0);
    await page.getByRole('heading', { name: '流程步骤' }).waitFor();
    const steps = await page.locator('.steps').innerText();
    expect(steps).toMatch(/岗位：\S+/);
    expect(steps).toMatch(/时限：\d+(分钟|小时|天)/);
    const svg = agent.fetched.find((f) => f.url.includes('/flows/QRY-CALL-FORWARD.svg'));
    expect(svg?.authorization).toBe('Bearer token-agent');
    const click = agent.sent('RecordSearchClick').at(-1);
    expect(click?.variables.input.queryId).toBeTruthy();
    await agent.screenshot('agent-flow');

    // Esc closes the document, the next Esc clears the box
    await page.keyboard.press('Escape');
    await page.getByText('打开一条结果即可在此查看内容。').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('搜索知识').inputValue()).resolves.toBe('');
  });

  it('reads a flow as it was in force at an instant chosen in Beijing time', async () => {
    const { page } = agent;
    await page.getByLabel('查看时点').fill('2025-06-15T14:32');
    await page.getByLabel('搜索知识').fill('呼叫转移');
    const hit = results().filter({ hasText: 'QRY-CALL-FORWARD' });
    await hit.click();
    await page.locator('.document').getByText('第 1 版').waitFor();
    expect(agent.sent('AgentFlow').at(-1)?.variables.asOf).toBe('2025-06-15T14:32:00+08:00');
    expect(agent.sent('AgentSearch').at(-1)?.variables.asOf).toBe('2025-06-15T14:32:00+08:00');
    await page.getByRole('button', { name: '回到现在' }).click();
    await page.locator('.document').getByText('第 2 版').waitFor();
  });

  it('renders a script with its placeholders filled, ready to read aloud', async () => {
    const { page } = agent;
    await page.getByLabel('搜索知识').fill('标准开头语');
    await results().filter({ hasText: 'greeting-standard' }).click();
    await page.getByLabel('客服代表工号（agentId）').fill('1024');
    await page.getByLabel(/客户称呼/).fill('王先生');
    const rendered = page.getByLabel('生成的话术');
    await rendered.waitFor();
    expect(await rendered.innerText()).toBe('王先生您好，中国移动10086，1024号客服代表很高兴为您服务，请问有什么可以帮您？');
    expect(agent.sent('RenderScript').at(-1)?.variables.values).toEqual([
      { name: 'customerName', value: '王先生' },
      { name: 'agentId', value: '1024' },
    ]);
    await agent.screenshot('agent-script');
    // on a tablet held upright the document follows the results in one column
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(page.getByLabel('生成的话术').isVisible()).resolves.toBe(true);
    await agent.screenshot('agent-tablet');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('narrows the search to the touchpoint chosen in the bar', async () => {
    const { page } = agent;
    await page.getByLabel('渠道').selectOption('A');
    await page.getByLabel('品牌').selectOption('A');
    await page.getByLabel('业务').selectOption('1201');
    await page.getByText('接触点 AAA1201').waitFor();
    // with nothing typed, the flow serving the touchpoint is one click away, read there
    await page.getByLabel('搜索知识').fill('');
    await page.getByText('接触点 AAA1201（呼叫转移查询）的服务流程：').getByRole('button', { name: /QRY-CALL-FORWARD/ }).click();
    await page.locator('.document h2').filter({ hasText: 'QRY-CALL-FORWARD' }).waitFor();
    expect(agent.sent('AgentFlow').at(-1)?.variables).toMatchObject({ code: 'QRY-CALL-FORWARD', touchpointCode: 'AAA1201' });
    await page.keyboard.press('Escape');
    await page.getByLabel('搜索知识').fill('转移');
    await searched('转移');
    await results().first().waitFor();
    const filter = agent.sent('AgentSearch').at(-1)?.variables.filter;
    expect(filter).toEqual({ channels: ['A'], brands: ['A'], businessCodes: ['1201'] });
    await page.getByLabel('渠道').selectOption('');
    await page.getByLabel('品牌').selectOption('');
    await page.getByLabel('业务').selectOption('');
  });

  it('raises an exception in one click from a search that found nothing', async () => {
    const { page } = agent;
    await page.keyboard.press('Escape');
    await page.getByLabel('搜索知识').fill('宠物托运');
    await page.getByText('找到 0 条').waitFor();
    await page.getByRole('heading', { name: '没有合适的答案？' }).waitFor();
    // an exception belongs to the touchpoint of the call: the agent names it first
    await page.getByText('请先在上方选择渠道、品牌和业务').waitFor();
    await page.getByLabel('渠道').selectOption('A');
    await page.getByLabel('品牌').selectOption('A');
    await page.getByLabel('业务').selectOption('1201');
    expect(agent.sent('SimilarOpenExceptions').at(-1)?.variables.question).toBe('宠物托运');
    await page.getByRole('button', { name: '提交例外：“宠物托运”' }).click();
    await page.getByRole('status').filter({ hasText: '已提交例外“宠物托运”' }).waitFor();
    const raised = agent.sent('RaiseException').at(-1);
    expect(raised?.variables.input).toMatchObject({ question: '宠物托运', queryId: expect.any(String), touchpointCode: 'AAA1201' });
    await agent.screenshot('agent-exception');

    // the next agent asking the same finds it being answered
    const { exceptions } = await harness.app.ok('manager', '{ exceptions(filter: { statuses: [OPEN] }) { edges { node { question touchpoint { code } } } } }');
    expect(exceptions.edges.map((e: any) => e.node)).toContainEqual({ question: '宠物托运', touchpoint: { code: 'AAA1201' } });
    for (const axis of ['渠道', '品牌', '业务']) await page.getByLabel(axis).selectOption('');
  });

  it("shows the interim answer to the next agent who searches for the same question", async () => {
    const { page } = agent;
    const { exceptions } = await harness.app.ok('manager', '{ exceptions(filter: { statuses: [OPEN] }) { edges { node { id question } } } }');
    const raised = exceptions.edges.map((e: any) => e.node).find((x: any) => x.question === '宠物托运');
    await harness.app.ok('manager', 'mutation($i: AnswerExceptionInput!) { answerException(input: $i) { exception { status } } }', {
      i: { exceptionId: raised.id, answer: '活体宠物不属于本业务范围，请引导客户咨询航空或物流公司。' },
    });
    await page.getByLabel('搜索知识').fill('宠物');
    await searched('宠物');
    const before = agent.sent('AgentSearch').length;
    await page.getByLabel('搜索知识').fill('宠物托运');
    await expect.poll(() => agent.sent('AgentSearch').slice(before).some((o) => o.variables.query === '宠物托运')).toBe(true);
    const interim = page.locator('.interim').filter({ hasText: '活体宠物不属于本业务范围' }).first();
    await interim.waitFor();
    expect(await interim.innerText()).toContain('临时答复');
  });

  it('shows a standard with its value for each customer grade', async () => {
    const { page } = agent;
    await page.getByLabel('搜索知识').fill('宽带新装开通时限');
    await results().filter({ hasText: 'broadband-install-time' }).click();
    const table = page.locator('.document table');
    await table.waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['客户等级 承诺', '钻 受理后24小时内装通', '金 受理后48小时内装通', '银 受理后72小时内装通', '基础 受理后5日内装通']);
  });

  it('flags the version in force from the document', async () => {
    const { page } = agent;
    await page.getByLabel('搜索知识').fill('标准开头语');
    await results().filter({ hasText: 'greeting-standard' }).click();
    await page.getByRole('button', { name: '⚑ 标记问题' }).click();
    await page.getByLabel('问题类型').selectOption('UNCLEAR');
    await page.getByLabel('问题说明').fill('称呼规则不清楚');
    await page.getByRole('button', { name: '提交标记' }).click();
    await page.getByText('已标记，已转给负责人').waitFor();
    expect(agent.sent('FlagVersion').at(-1)?.variables.input).toMatchObject({ reason: 'UNCLEAR', comment: '称呼规则不清楚' });
  });
  it('signs the tab out when the token is revoked mid-shift', async () => {
    const { page } = agent;
    const { users } = await harness.app.ok('admin', '{ users(first: 100) { edges { node { name tokens { id revokedAt } } } } }');
    const tokens = users.edges.map((e: any) => e.node).find((u: any) => u.name === 'test-agent').tokens;
    for (const token of tokens) await harness.app.ok('admin', 'mutation($i: RevokeTokenInput!) { revokeToken(input: $i) { apiToken { revokedAt } } }', { i: { tokenId: token.id, reason: '离职' } });
    await page.getByLabel('搜索知识').fill('套餐变更');
    await page.getByText('令牌无效或已失效，请重新输入。').waitFor();
    await expect(page.getByLabel('访问令牌').isVisible()).resolves.toBe(true);
  });
});
