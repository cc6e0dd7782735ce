import type { Db } from '../src/db/database.js';
import { type Actor, type Role, systemActor } from '../src/shared/actor.js';
import { createUser, issueToken } from '../src/modules/auth/auth.service.js';
import { UserRow } from '../src/modules/auth/user.entity.js';
import { ChapterRow } from '../src/modules/handbook/chapter.entity.js';
import { createChapter, createChapterDraft, updateChapterDraft } from '../src/modules/handbook/handbook.service.js';
import type { VersionRow } from '../src/modules/versioning/version.entity.js';
import type { CodedDocumentService } from '../src/modules/versioning/coded-documents.js';
import { publishVersion, submitVersion } from '../src/modules/versioning/versioning.service.js';
import { fixedClock, type Clock } from '../src/shared/clock.js';
import { flowService } from '../src/modules/flows/flows.service.js';
import { scriptService } from '../src/modules/scripts/scripts.service.js';
import { standardService } from '../src/modules/standards/standards.service.js';
import { BrandRow, BusinessRow, ChannelRow } from '../src/modules/touchpoints/touchpoint.entity.js';
import { registerBusiness, registerMapAxis } from '../src/modules/touchpoints/touchpoints.service.js';
import { DocumentRow } from '../src/modules/versioning/document.entity.js';
import { contradictionSteps, seedDemoExceptions } from './knowledge.js';
import { seedHistory } from './usage.js';
import { UsageEventRow } from '../src/modules/usage/usage-event.entity.js';
import { seedQuality } from './quality.js';
import { type ChapterSpec, type CodedSpec, readFlowSeeds, readHandbookSeeds, readScriptSeeds, readServiceMap, readStandardSeeds } from './specs.js';

export { readHandbookSeeds } from './specs.js';

export const DEMO_USERS: { name: string; role: Role; token: string }[] = [
  { name: 'demo-agent', role: 'AGENT', token: 'demo-agent' },
  { name: 'demo-manager', role: 'PROCESS_MANAGER', token: 'demo-manager' },
  { name: 'demo-approver', role: 'APPROVER', token: 'demo-approver' },
  { name: 'demo-admin', role: 'ADMIN', token: 'demo-admin' },
];

/** The corpus is written and approved by two accounts without tokens, in every environment. */
const CORPUS_AUTHOR = { name: '流程管理组（初始版本）', role: 'PROCESS_MANAGER' as const };
const CORPUS_APPROVER = { name: '流程审批组（初始版本）', role: 'APPROVER' as const };

const DAY = 86_400_000;

/** One version of a seeded document: when it happens, and how it is written (a draft, ready for review). */
interface VersionSeed {
  timing: { status: 'DRAFT' | 'PUBLISHED'; effectiveFrom?: string; effectiveInDays?: number };
  write: (actor: Actor, previous: VersionRow | undefined) => Promise<VersionRow>;
}

function chapterSeed(db: Db, spec: ChapterSpec): VersionSeed[] {
  return spec.versions.map((v, index) => ({
    timing: v,
    write: async (actor, previous) => {
      if (index === 0) return createChapter(db, actor, { number: spec.number, title: v.title, changeNote: v.changeNote, sections: v.sections });
      const draft = await createChapterDraft(db, actor, { chapterId: previous!.documentId, changeNote: v.changeNote });
      return updateChapterDraft(db, actor, { versionId: draft.id, expectedRevision: draft.revision, title: v.title, sections: v.sections });
    },
  }));
}

/** Versions of a flow, script or standard; each later version changes only the fields it lists. */
function codedSeed(db: Db, service: CodedDocumentService, spec: CodedSpec): VersionSeed[] {
  return spec.versions.map((v, index) => {
    const { changeNote, status: _status, effectiveFrom: _from, effectiveInDays: _days, name, ...fields } = v;
    return {
      timing: v,
      write: async (actor, previous) => {
        if (index === 0) return service.create(db, actor, { ...fields, code: spec.code, name: name ?? spec.code, changeNote });
        const draft = await service.createDraft(db, actor, { documentId: previous!.documentId, changeNote });
        return service.updateDraft(db, actor, { ...fields, versionId: draft.id, expectedRevision: draft.revision, name });
      },
    };
  });
}

/** "4 handbook chapters, 20 flows, …": what a seeding run added. */
export const describeSeed = (r: SeedResult) =>
  `${r.chapters} handbook chapters, ${r.flows} flows, ${r.scripts} scripts, ${r.standards} standards, ${r.users} demo users`;

export interface SeedResult {
  users: number;
  chapters: number;
  flows: number;
  scripts: number;
  standards: number;
}

/**
 * Load the demo users (outside production), the service map and the corpus — handbook, flows,
 * scripts, standards — through the same services the API uses. Idempotent: what exists already is
 * left alone. Versions that took effect in the past are written with the clock set a day before
 * their effective date, in date order across documents, so the audit trail reads like the history
 * it records; scheduled versions and drafts are written now.
 */
export async function seedDatabase(db: Db, options: { demoUsers: boolean; clock: Clock }): Promise<SeedResult> {
  const system = systemActor(options.clock);
  const existingChapters = new Set((await db.dataSource.getRepository(ChapterRow).find()).map((c) => c.number));
  const existingCodes = new Set((await db.dataSource.getRepository(DocumentRow).find()).map((d) => `${d.kind}:${d.code}`));
  const fresh = (kind: string) => (spec: CodedSpec) => !existingCodes.has(`${kind}:${spec.code}`);

  const chapters = (await readHandbookSeeds()).filter((s) => !existingChapters.has(s.number));
  const flows = (await readFlowSeeds()).filter(fresh('FLOW'));
  const scripts = (await readScriptSeeds()).filter(fresh('SCRIPT'));
  const standards = (await readStandardSeeds()).filter(fresh('STANDARD'));
  const documents = [
    ...chapters.map((s) => chapterSeed(db, s)),
    ...flows.map((s) => codedSeed(db, flowService, s)),
    ...scripts.map((s) => codedSeed(db, scriptService, s)),
    ...standards.map((s) => codedSeed(db, standardService, s)),
  ];

  const dates = documents.flatMap((d) => d.map((v) => (v.timing.effectiveFrom ? Date.parse(v.timing.effectiveFrom) : Infinity)));
  const firstDate = Math.min(...dates);
  const history = fixedClock(Number.isFinite(firstDate) ? new Date(firstDate - 7 * DAY) : options.clock.now());
  const author = await ensureUser(db, { ...system, clock: history }, CORPUS_AUTHOR);
  const approver = await ensureUser(db, { ...system, clock: history }, CORPUS_APPROVER);
  await registerServiceMap(db, { ...system, clock: history });

  const steps: { at: Date | null; run: (clock: Clock) => Promise<void> }[] = [];
  for (const versions of documents) {
    let latest: VersionRow | undefined;
    for (const v of versions) {
      const effective = v.timing.effectiveFrom ? new Date(v.timing.effectiveFrom) : null;
      steps.push({
        at: effective ? new Date(effective.getTime() - DAY) : null,
        run: async (clock) => {
          const as = (user: UserRow): Actor => ({ user, clock });
          latest = await v.write(as(author), latest);
          if (v.timing.status === 'DRAFT') return;
          latest = await submitVersion(db, as(author), { versionId: latest.id, expectedRevision: latest.revision });
          const effectiveFrom = effective ?? new Date(clock.now().getTime() + (v.timing.effectiveInDays ?? 0) * DAY);
          latest = await publishVersion(db, as(approver), { versionId: latest.id, effectiveFrom });
        },
      });
    }
  }
  if (flows.some((f) => f.code === 'QRY-CALL-FORWARD')) steps.push(...contradictionSteps(db));
  // Dated steps in date order first (stable, so file order breaks ties); then what happens now.
  const dated = steps.filter((s) => s.at).sort((a, b) => a.at!.getTime() - b.at!.getTime());
  for (const step of dated) {
    history.set(step.at!);
    await step.run(history);
  }
  for (const step of steps.filter((s) => !s.at)) await step.run(options.clock);

  let users = 0;
  if (options.demoUsers) {
    for (const demo of DEMO_USERS) {
      if (await db.dataSource.getRepository(UserRow).existsBy({ name: demo.name })) continue;
      const user = await createUser(db, system, { name: demo.name, role: demo.role });
      await issueToken(db, system, { userId: user.id, label: 'demo token', token: demo.token });
      users++;
    }
    const manager = await db.dataSource.getRepository(UserRow).findOneByOrFail({ name: 'demo-manager' });
    await seedDemoExceptions(db, options.clock, manager);
    await seedDemoHistory(db, options.clock);
  }
  // after the demo users, so that demo-agent and demo-manager hold their posts too
  await seedQuality(db, options.clock, Number.isFinite(firstDate) ? new Date(firstDate - 7 * DAY) : options.clock.now());
  return { users, chapters: chapters.length, flows: flows.length, scripts: scripts.length, standards: standards.length };
}

/** Four weeks of the demo agents' searches, clicks, opens and renders before now, so that the reports show a working centre. */
async function seedDemoHistory(db: Db, clock: Clock): Promise<void> {
  if (await db.dataSource.getRepository(UsageEventRow).exists()) return;
  const agents = (await db.dataSource.getRepository(UserRow).findBy({ role: 'AGENT' })).filter((u) => !u.deactivatedAt).map((u) => u.id);
  const to = new Date(clock.now().getTime() - (clock.now().getTime() % 60_000));
  await seedHistory(db, { from: new Date(to.getTime() - 28 * DAY), to, agents, searchesPerAgentDay: 30, opensPerAgentDay: 15, seed: 20_261_130 });
}

/** Channels, brands and businesses (with their touchpoints) that are not registered yet. */
async function registerServiceMap(db: Db, actor: Actor) {
  const map = await readServiceMap();
  const known = async (entity: typeof ChannelRow | typeof BrandRow | typeof BusinessRow) => new Set((await db.dataSource.getRepository(entity).find()).map((r) => r.code));
  const [channels, brands, businesses] = await Promise.all([known(ChannelRow), known(BrandRow), known(BusinessRow)]);
  for (const c of map.channels.filter((c) => !channels.has(c.code))) await registerMapAxis(db, actor, 'channel', c);
  for (const b of map.brands.filter((b) => !brands.has(b.code))) await registerMapAxis(db, actor, 'brand', b);
  const allBrands = map.brands.map((b) => b.code);
  for (const b of map.businesses.filter((b) => !businesses.has(b.code))) await registerBusiness(db, actor, { ...b, brands: b.brands ?? allBrands });
}

async function ensureUser(db: Db, actor: Actor, spec: { name: string; role: Role }): Promise<UserRow> {
  const found = await db.dataSource.getRepository(UserRow).findOneBy({ name: spec.name });
  return found ?? createUser(db, actor, spec);
}

/** Whether the database holds nothing but the system account: then `npm start` seeds it. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [users, chapters] = await Promise.all([db.dataSource.getRepository(UserRow).count(), db.dataSource.getRepository(ChapterRow).count()]);
  return users <= 1 && chapters === 0;
}
