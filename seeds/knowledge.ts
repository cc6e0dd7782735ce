import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../src/db/database.js';
import { SearchLogRow } from '../src/modules/search/search.entity.js';
import { normalizedQuery } from '../src/modules/search/search.service.js';
import { type Actor, type Role, systemActor } from '../src/shared/actor.js';
import { fixedClock, type Clock } from '../src/shared/clock.js';
import { createUser, updateUser } from '../src/modules/auth/auth.service.js';
import { type Post, UserRow } from '../src/modules/auth/user.entity.js';
import { keepAsCase } from '../src/modules/cases/cases.service.js';
import { escalate } from '../src/modules/exceptions/escalation.js';
import { ExceptionRow, type Priority } from '../src/modules/exceptions/exception.entity.js';
import { addDemand, answerException, assignException, createException, resolveException } from '../src/modules/exceptions/exceptions.service.js';
import { flagVersion } from '../src/modules/exceptions/flags.service.js';
import { DocumentRow } from '../src/modules/versioning/document.entity.js';
import { VersionRow } from '../src/modules/versioning/version.entity.js';
import { isInForce } from '../src/modules/versioning/windows.js';

const HOUR = 3_600_000;

/** The staff the knowledge process routes to and escalates along (no tokens: they appear in the history). */
const STAFF: { name: string; role: Role; post?: Post; supervisor?: string }[] = [
  { name: '中心负责人-周强', role: 'APPROVER', post: 'CENTRE_HEAD' },
  { name: '质检经理-刘洋', role: 'APPROVER', post: 'QUALITY_MANAGER', supervisor: '中心负责人-周强' },
  { name: '知识主管-孙丽', role: 'PROCESS_MANAGER', supervisor: '中心负责人-周强' },
  { name: '班组长-陈静', role: 'AGENT', post: 'TEAM_LEADER', supervisor: '质检经理-刘洋' },
  { name: '坐席-王芳', role: 'AGENT', supervisor: '班组长-陈静' },
  { name: '坐席-李明', role: 'AGENT', supervisor: '班组长-陈静' },
  { name: '坐席-赵磊', role: 'AGENT', supervisor: '班组长-陈静' },
];

async function staff(db: Db, system: Actor): Promise<Map<string, UserRow>> {
  const users = new Map<string, UserRow>();
  for (const s of STAFF) {
    const found = await db.dataSource.getRepository(UserRow).findOneBy({ name: s.name });
    users.set(s.name, found ?? (await createUser(db, system, { name: s.name, role: s.role, post: s.post ?? null, supervisorId: s.supervisor ? users.get(s.supervisor)!.id : null })));
  }
  return users;
}

async function inForce(db: Db, kind: string, code: string, at: Date): Promise<VersionRow> {
  const document = await db.dataSource.getRepository(DocumentRow).findOneByOrFail({ kind: kind as DocumentRow['kind'], code });
  const versions = await db.dataSource.getRepository(VersionRow).findBy({ documentId: document.id });
  const found = versions.find((v) => isInForce(v, at.toISOString()));
  if (!found) throw new Error(`${code} has no version in force at ${at.toISOString()}`);
  return found;
}

/**
 * The corpus's one real contradiction, as it happened: on 2025-06-15 flow QRY-CALL-FORWARD v1 has
 * every caller verify the service password first, while script verify-sms-code says a call-forward
 * query needs none. An agent flags it; the knowledge flow answers within hours; the flow's
 * 2025-07-01 version resolves it, and the exception is kept as a case. Dated steps, run in date
 * order with the corpus's own.
 */
export function contradictionSteps(db: Db): { at: Date; run: (clock: Clock) => Promise<void> }[] {
  let flagged: ExceptionRow | undefined;
  let people: Map<string, UserRow>;
  const ownerOf = async (clock: Clock): Promise<Actor> => ({ user: await db.dataSource.getRepository(UserRow).findOneByOrFail({ id: flagged!.ownerId }), clock });
  return [
    {
      at: new Date('2025-06-15T02:30:00Z'),
      run: async (clock) => {
        people = await staff(db, systemActor(clock));
        const flow = await inForce(db, 'FLOW', 'QRY-CALL-FORWARD', clock.now());
        flagged = await flagVersion(db, { user: people.get('坐席-王芳')!, clock }, {
          versionId: flow.id,
          reason: 'CONTRADICTS',
          comment: '流程要求所有来电先核验服务密码，但话术 verify-sms-code 说查询呼叫转移不需要服务密码、只验短信验证码，客户问起时不知道按哪个执行。',
        });
      },
    },
    {
      at: new Date('2025-06-15T06:00:00Z'),
      run: async (clock) => {
        await answerException(db, await ownerOf(clock), {
          exceptionId: flagged!.id,
          answer: '临时口径：查询呼叫转移设置时，按话术 verify-sms-code 验证短信验证码即可，无需服务密码；流程将于 7 月 1 日修订。',
        });
      },
    },
    {
      at: new Date('2025-07-01T01:00:00Z'),
      run: async (clock) => {
        const revised = await inForce(db, 'FLOW', 'QRY-CALL-FORWARD', clock.now());
        await resolveException(db, await ownerOf(clock), { exceptionId: flagged!.id, resolvedByVersionId: revised.id });
        await keepAsCase(db, await ownerOf(clock), { exceptionId: flagged!.id });
      },
    },
  ];
}

interface DemoException {
  question: string;
  touchpointCode: string;
  priority?: Priority;
  raisedHoursAgo: number;
  raisedBy: string;
  answer?: { afterHours: number; text: string };
  close?: { afterHours: number; reject?: string; resolveWith?: { kind: string; code: string } };
  joinedBy?: string[];
}

const DEMO: DemoException[] = [
  { question: '携号转网转入的客户，原来运营商的积分能带过来吗', touchpointCode: 'AAA1102', raisedHoursAgo: 2, raisedBy: 'demo-agent' },
  { question: '国际漫游落地后收不到短信验证码怎么办', touchpointCode: 'AAA1201', raisedHoursAgo: 26, raisedBy: '坐席-王芳', joinedBy: ['坐席-李明'] },
  { question: '副卡停机了主卡还能给副卡交话费吗', touchpointCode: 'AAA1102', raisedHoursAgo: 28, raisedBy: '坐席-李明', joinedBy: ['坐席-赵磊', 'demo-agent'] },
  { question: '宽带报装地址是新小区查不到资源怎么答复', touchpointCode: 'AAA1102', priority: 'NORMAL', raisedHoursAgo: 50, raisedBy: '坐席-赵磊' },
  { question: '老人机不会操作，家属代查话费需要什么证件', touchpointCode: 'AAA1102', raisedHoursAgo: 10, raisedBy: 'demo-agent', answer: { afterHours: 3, text: '家属代查需提供机主身份证件信息并核验服务密码；无法核验时引导至营业厅办理。' } },
  { question: '积分兑换的流量包什么时候到账', touchpointCode: 'AAA1102', raisedHoursAgo: 72, raisedBy: '坐席-王芳', answer: { afterHours: 30, text: '一般兑换成功后 2 小时内到账，最长不超过 24 小时；超时请提交工单。' } },
  { question: '查询余额时客户说话费和余额是不是一回事', touchpointCode: 'AAA1102', raisedHoursAgo: 120, raisedBy: '坐席-李明', answer: { afterHours: 5, text: '话费余额即账户可用余额，按查询余额流程答复。' }, close: { afterHours: 40, resolveWith: { kind: 'FLOW', code: 'QRY-BALANCE' } } },
  { question: '客户要求把通话录音发到邮箱', touchpointCode: 'AAA1102', raisedHoursAgo: 96, raisedBy: 'demo-agent', close: { afterHours: 20, reject: '通话录音涉及客户隐私，不对外提供；按投诉处理规范引导客户到营业厅申请调取。' } },
  { question: '副卡欠费停机，主卡能不能替副卡缴费', touchpointCode: 'AAA1102', raisedHoursAgo: 27, raisedBy: '坐席-赵磊' },
];

/** The demo's questions still open: agents kept searching for them before anyone raised them. */
export const OPEN_DEMO_QUESTIONS = DEMO.filter((d) => !d.close).map((d) => d.question);

/** Exceptions in every state, escalated to each level, a merge, flags marking versions under review, cases — relative to now. */
/** A search by `actor` a minute before now that found nothing; its id. */
async function failedSearch(tx: Tx, actor: Actor, question: string, touchpointCode: string | null): Promise<string> {
  const id = randomUUID();
  const at = new Date(actor.clock.now().getTime() - 60_000).toISOString();
  const filters = touchpointCode ? { channels: [touchpointCode[1]], brands: [touchpointCode[2]], businessCodes: [touchpointCode.slice(3)] } : {};
  await tx.em.insert(SearchLogRow, { id, at, userId: actor.user.id, query: question, normalized: normalizedQuery(question), filters: JSON.stringify(filters), hits: 0, latencyMs: 3, engine: 'embedded', touchpointCode, resultIds: null, firstPosition: 1, promptClicks: 0, promptRankSum: 0, promptRanked: 0 });
  return id;
}

export async function seedDemoExceptions(db: Db, now: Clock, manager: UserRow): Promise<void> {
  if ((await db.dataSource.getRepository(ExceptionRow).count()) > 1) return;
  const system = systemActor(now);
  const people = await staff(db, system);
  people.set(manager.name, manager);
  const agent = await db.dataSource.getRepository(UserRow).findOneBy({ name: 'demo-agent' });
  if (agent) people.set(agent.name, agent);
  // the demo manager answers to the knowledge lead, who takes their work when they are away
  await updateUser(db, system, { userId: manager.id, supervisorId: people.get('知识主管-孙丽')!.id, fallbackId: people.get('知识主管-孙丽')!.id });
  const base = now.now().getTime();
  const raised: ExceptionRow[] = [];
  for (const d of DEMO) {
    const clock = fixedClock(new Date(base - d.raisedHoursAgo * HOUR));
    const as = (name: string): Actor => ({ user: people.get(name) ?? manager, clock });
    // each agent asking searched first and found nothing: the knowledge gaps report shows those searches
    const searched = async (name: string) => db.write((tx) => failedSearch(tx, as(name), d.question, d.touchpointCode));
    const queryId = await searched(d.raisedBy);
    let row = await db.write((tx) =>
      createException(tx, as(d.raisedBy), { question: d.question, priority: d.priority ?? 'NORMAL', touchpointCode: d.touchpointCode, queryId, context: null, customerGrade: null, flaggedVersionId: null, nearestDocumentId: null }),
    );
    row = await assignException(db, as(manager.name), { exceptionId: row.id, ownerId: manager.id, reason: '知识组值班分派' });
    for (const name of d.joinedBy ?? []) {
      const joined = await searched(name);
      row = await db.write((tx) => addDemand(tx, as(name), row, joined));
    }
    if (d.answer) {
      clock.set(new Date(clock.now().getTime() + d.answer.afterHours * HOUR));
      row = await answerException(db, as(manager.name), { exceptionId: row.id, answer: d.answer.text });
    }
    if (d.close) {
      clock.set(new Date(base - (d.raisedHoursAgo - d.close.afterHours) * HOUR));
      const resolvedByVersionId = d.close.resolveWith ? (await inForce(db, d.close.resolveWith.kind, d.close.resolveWith.code, clock.now())).id : undefined;
      row = await resolveException(db, as(manager.name), { exceptionId: row.id, resolvedByVersionId, rejectReason: d.close.reject });
      await keepAsCase(db, as(manager.name), { exceptionId: row.id });
    }
    raised.push(row);
  }
  // the last question is the third one asked again: merged into it
  await resolveException(db, { user: manager, clock: now }, { exceptionId: raised.at(-1)!.id, mergedIntoId: raised[2]!.id });

  // three agents flag the same script: under review; a team leader's one flag on a standard is enough
  const script = await inForce(db, 'SCRIPT', 'verify-sms-code', now.now());
  for (const name of ['坐席-王芳', '坐席-李明', '坐席-赵磊']) {
    await flagVersion(db, { user: people.get(name)!, clock: now }, { versionId: script.id, reason: 'UNCLEAR', comment: '验证码超时重发的说法没有写，客户常问。' });
  }
  const standards = await db.dataSource.getRepository(VersionRow).find({ where: { kind: 'STANDARD', status: 'PUBLISHED' }, order: { createdAt: 'ASC' } });
  const standard = standards.find((v) => isInForce(v, now.now().toISOString()));
  if (standard) await flagVersion(db, { user: people.get('班组长-陈静')!, clock: now }, { versionId: standard.id, reason: 'OUTDATED', comment: '钻石卡客户的回访时限已调整，标准还是旧的。' });

  for (const row of await db.dataSource.getRepository(ExceptionRow).find()) await escalate(db, now, row.id);
}
