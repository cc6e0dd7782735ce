import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleHarness, skipBrowser, SKIPPED, startConsole } from './browser.js';

const ADDED = '例外须在24小时内首次答复。';

describe.skipIf(skipBrowser)(`console: editing, review and publishing${skipBrowser ? ` (${SKIPPED})` : ''}`, { timeout: 90_000 }, () => {
  let harness: ConsoleHarness;
  let chapterDraft: { id: string; revision: number };

  beforeAll(async () => {
    harness = await startConsole();
    const { handbook } = await harness.app.ok('manager', '{ handbook { chapters { id number } } }');
    const chapter = handbook.chapters.find((c: any) => c.number === 3);
    const created = await harness.app.ok('manager', 'mutation($input: CreateChapterDraftInput!) { createChapterDraft(input: $input) { version { id revision } } }', {
      input: { chapterId: chapter.id, changeNote: '补充例外答复时限' },
    });
    chapterDraft = created.createChapterDraft.version;
  });
  afterAll(() => harness?.close());

  it('a manager edits one section of a draft, naming the revision it started from, and submits it', async () => {
    // opened at its own address: the server answers client routes with the console
    const manager = await harness.signIn('manager', { path: `/manage/versions/${chapterDraft.id}` });
    const { page } = manager;
    await page.getByRole('heading', { name: `编辑草稿（修订 ${chapterDraft.revision}）` }).waitFor();
    await page.getByRole('button', { name: '编辑 第1节 正文' }).click();
    const body = page.getByLabel('第1节 正文', { exact: true });
    await body.fill(`${await body.inputValue()}${ADDED}`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: `编辑草稿（修订 ${chapterDraft.revision + 1}）` }).waitFor();
    await page.locator('.editor').getByText(ADDED).waitFor();

    const update = manager.sent('UpdateChapterDraft').at(-1)?.variables.input;
    expect(update.expectedRevision).toBe(chapterDraft.revision);
    expect(update.versionId).toBe(chapterDraft.id);
    // only the section edited is sent: the other sections and fields are not sent again
    expect(update.sections).toEqual([{ number: 1, body: expect.stringContaining(ADDED) }]);
    expect(update.title).toBeUndefined();
    expect(update.changeNote).toBeUndefined();
    await manager.screenshot('manager-editor');

    // a new section goes after the last, alone
    const sections = (await harness.app.ok('manager', 'query($id: ID!) { documentVersion(id: $id) { ... on ChapterVersion { sections { number } } } }', { id: chapterDraft.id })).documentVersion.sections.length;
    await page.getByLabel('新增节标题').fill('3.9 例外答复时限');
    await page.getByLabel('新增节正文').fill('初步答复24小时内，逾期逐级升级。');
    await page.getByRole('button', { name: '添加此节' }).click();
    await page.getByRole('heading', { name: `编辑草稿（修订 ${chapterDraft.revision + 2}）` }).waitFor();
    await page.getByRole('button', { name: `编辑 第${sections + 1}节 标题` }).waitFor();
    expect(manager.sent('UpdateChapterDraft').at(-1)?.variables.input.sections).toEqual([{ number: sections + 1, heading: '3.9 例外答复时限', body: '初步答复24小时内，逾期逐级升级。' }]);

    await page.getByRole('button', { name: '提交审核' }).click();
    await page.locator('.version-header .meta').getByText('审核中').first().waitFor();
    expect(manager.sent('SubmitVersion').at(-1)?.variables.input).toEqual({ versionId: chapterDraft.id, expectedRevision: chapterDraft.revision + 2 });
  });

  it('an approver finds it in the review queue, compares it word by word and publishes it from a future instant', async () => {
    const approver = await harness.signIn('approver', { path: '/manage' });
    const { page } = approver;
    const queue = page.getByRole('region', { name: '待审核' });
    const item = queue.getByRole('listitem').filter({ hasText: 'test-manager 提交于' });
    await item.waitFor();
    await approver.screenshot('review-queue');
    await item.getByRole('link').click();
    expect(approver.sent('ReviewQueue').length).toBeGreaterThan(0);
    await page.getByRole('heading', { name: '版本对比' }).waitFor();
    await page.locator('.diff-table ins').filter({ hasText: ADDED }).waitFor();
    await approver.screenshot('approver-diff');

    await page.getByLabel('生效时间').fill('2026-02-01T09:00');
    await page.getByRole('button', { name: '发布，2026/02/01 09:00 生效' }).click();
    await page.getByText('已排期，2026/02/01 09:00 生效。').waitFor();
    expect(approver.sent('PublishVersion').at(-1)?.variables.input).toMatchObject({ versionId: chapterDraft.id, effectiveFrom: '2026-02-01T09:00:00+08:00' });

    // the document's audit trail, newest first, names who did it
    const trail = page.getByRole('region', { name: '审计记录' });
    await trail.getByText('test-approver').first().waitFor();
    const entries = await trail.getByRole('listitem').allInnerTexts();
    expect(entries[0]).toMatch(/test-approver 发布/);
    expect(entries.some((e) => /test-manager 提交审核/.test(e))).toBe(true);
    await trail.scrollIntoViewIfNeeded();
    await approver.screenshot('audit-trail');
    const { documentVersion } = await harness.app.ok('approver', 'query($id: ID!) { documentVersion(id: $id) { status phase effectiveFrom } }', { id: chapterDraft.id });
    expect(documentVersion).toEqual({ status: 'PUBLISHED', phase: 'SCHEDULED', effectiveFrom: '2026-02-01T01:00:00.000Z' });

    // before it takes effect it can be taken back to a draft, with the reason
    await page.getByLabel('撤回原因').fill('生效日期需与培训安排对齐');
    await page.getByRole('button', { name: '生效前撤回为草稿' }).click();
    await page.locator('.version-header .meta').getByText('草稿').waitFor();
    expect(approver.sent('WithdrawScheduledVersion').at(-1)?.variables.input).toMatchObject({ versionId: chapterDraft.id, reason: '生效日期需与培训安排对齐' });
    const withdrawn = await harness.app.ok('approver', 'query($id: ID!) { documentVersion(id: $id) { status } }', { id: chapterDraft.id });
    expect(withdrawn.documentVersion.status).toBe('DRAFT');
  });

  it('a manager discards a draft', async () => {
    const manager = await harness.signIn('manager', { path: `/manage/versions/${chapterDraft.id}` });
    const { page } = manager;
    await page.getByRole('button', { name: '放弃草稿' }).click();
    await page.getByRole('region', { name: '待审核' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/manage');
    expect(manager.sent('DiscardDraft').at(-1)?.variables.input.versionId).toBe(chapterDraft.id);
    const { documentVersion } = await harness.app.ok('manager', 'query($id: ID!) { documentVersion(id: $id) { status } }', { id: chapterDraft.id });
    expect(documentVersion?.status ?? 'DISCARDED').toBe('DISCARDED');
  });

  it('when two people edit the same draft, the later save shows the other version instead of overwriting it', async () => {
    const { scripts } = await harness.app.ok('manager', '{ scripts(first: 100) { edges { node { id code } } } }');
    const script = scripts.edges.map((e: any) => e.node).find((s: any) => s.code === 'greeting-standard');
    const { createScriptDraft } = await harness.app.ok('manager', 'mutation($input: CreateScriptDraftInput!) { createScriptDraft(input: $input) { version { id revision } } }', {
      input: { scriptId: script.id, changeNote: '开头语改写' },
    });
    const { id, revision } = createScriptDraft.version;
    const path = `/manage/versions/${id}`;
    const first = await harness.signIn('manager', { path });
    const second = await harness.signIn('manager2', { path });
    for (const { page } of [first, second]) {
      await page.getByRole('heading', { name: `编辑草稿（修订 ${revision}）` }).waitFor();
      await page.getByRole('button', { name: '编辑 话术正文' }).click();
    }
    await first.page.getByLabel('话术正文', { exact: true }).fill('您好，这里是甲的措辞，{agentId}号为您服务。');
    await first.page.getByRole('button', { name: '保存' }).click();
    await first.page.getByRole('heading', { name: `编辑草稿（修订 ${revision + 1}）` }).waitFor();

    await second.page.getByLabel('话术正文', { exact: true }).fill('您好，这里是乙的措辞，{agentId}号为您服务。');
    await second.page.getByRole('button', { name: '保存' }).click();
    const notice = second.page.getByRole('alert').filter({ hasText: '其他人已修改了这份草稿' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('这里是甲的措辞');
    // nothing typed is lost
    await expect(second.page.getByLabel('话术正文', { exact: true }).inputValue()).resolves.toContain('这里是乙的措辞');
    await second.screenshot('conflict');

    await notice.getByRole('button', { name: '在对方版本上继续编辑' }).click();
    await second.page.getByRole('heading', { name: `编辑草稿（修订 ${revision + 1}）` }).waitFor();
    await second.page.getByRole('button', { name: '保存' }).click();
    await second.page.getByRole('heading', { name: `编辑草稿（修订 ${revision + 2}）` }).waitFor();
    expect(second.sent('UpdateScriptDraft').map((o) => o.variables.input.expectedRevision)).toEqual([revision, revision + 1]);
    // a field is saved alone: the script's other fields are not sent
    expect(Object.keys(second.sent('UpdateScriptDraft')[0]!.variables.input).sort()).toEqual(['expectedRevision', 'text', 'versionId']);
    const { documentVersion } = await harness.app.ok('manager', 'query($id: ID!) { documentVersion(id: $id) { ... on ScriptVersion { text } } }', { id });
    expect(documentVersion.text).toContain('这里是乙的措辞');
  });
  it("edits one step of a flow draft: the graph is sent with that step's time limit changed and nothing else", async () => {
    const { flows } = await harness.app.ok('manager', '{ flows(first: 100) { edges { node { id code } } } }');
    const flow = flows.edges.map((e: any) => e.node).find((f: any) => f.code === 'QRY-CALL-FORWARD');
    const { createFlowDraft } = await harness.app.ok('manager', 'mutation($input: CreateFlowDraftInput!) { createFlowDraft(input: $input) { version { id ... on FlowVersion { graph { nodes { key type timeLimit } } } } } }', {
      input: { flowId: flow.id, changeNote: '首次应答时限放宽' },
    });
    const { id, graph } = createFlowDraft.version;
    const step = graph.nodes.find((n: any) => n.type === 'STEP');
    const manager = await harness.signIn('manager', { path: `/manage/versions/${id}` });
    const { page } = manager;
    await page.getByRole('button', { name: new RegExp(`^编辑 ${step.key} 时限`) }).click();
    await page.getByLabel(new RegExp(`^${step.key} 时限`)).fill('PT2M');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`${step.key} 时限（ISO 8601，如 PT2M；现为 2分钟）`).waitFor();

    const input = manager.sent('UpdateFlowDraft').at(-1)!.variables.input;
    expect(Object.keys(input).sort()).toEqual(['expectedRevision', 'graph', 'versionId']);
    expect(input.graph.nodes.map((n: any) => [n.key, n.timeLimit])).toEqual(graph.nodes.map((n: any) => [n.key, n.key === step.key ? 'PT2M' : n.timeLimit]));
    const saved = await harness.app.ok('manager', 'query($id: ID!) { documentVersion(id: $id) { ... on FlowVersion { graph { nodes { key timeLimit } } } } }', { id });
    expect(saved.documentVersion.graph.nodes.find((n: any) => n.key === step.key).timeLimit).toBe('PT2M');
  });
});
