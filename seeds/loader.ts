import { replacingAll, type Section } from '../src/modules/handbook/section-patch.js';
import type { Db } from '../src/db/database.js';
import { type Actor, type Role, systemActor } from '../src/shared/actor.js';
import { createUser, issueToken } from '../src/modules/auth/auth.service.js';
import { UserRow } from '../src/modules/auth/user.entity.js';
import { ChapterRow } from '../src/modules/handbook/chapter.entity.js';
import { createChapter, createChapterDraft, updateChapterDraft } from '../src/modules/handbook/handbook.service.js';
import { VersionRow } from '../src/modules/versioning/version.entity.js';
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
  /** fill a draft that a crash left as created from its predecessor but never written */
  fill: (actor: Actor, draft: VersionRow) => Promise<VersionRow>;
}

function chapterSeed(db: Db, spec: ChapterSpec): VersionSeed[] {
  return spec.versions.map((v, index) => {
    const fill = (actor: Actor, draft: VersionRow) => {
      const current = (JSON.parse(draft.content) as { sections: Section[] }).sections;
      return updateChapterDraft(db, actor, { versionId: draft.id, expectedRevision: draft.revision, title: v.title, ...replacingAll(current, v.sections) });
    };
    return {
      timing: v,
      fill,
      write: async (actor, previous) => {
        if (index === 0) return createChapter(db, actor, { number: spec.number, title: v.title, changeNote: v.changeNote, sections: v.sections });
        return fill(actor, await createChapterDraft(db, actor, { chapterId: previous!.documentId, changeNote: v.changeNote }));
      },
    };
  });
}

/** Versions of a flow, script or standard; each later version changes only the fields it lists. */
function codedSeed(db: Db, service: CodedDocumentService, spec: CodedSpec): VersionSeed[] {
  return spec.versions.map((v, index) => {
    const { changeNote, status: _status, effectiveFrom: _from, effectiveInDays: _days, name, ...fields } = v;
    const fill = (actor: Actor, draft: VersionRow) => service.updateDraft(db, actor, { ...fields, versionId: draft.id, expectedRevision: draft.revision, title: name });
    return {
      timing: v,
      fill,
      write: async (actor, previous) => {
        if (index === 0) return service.create(db, actor, { ...fields, code: spec.code, title: name ?? spec.code, changeNote });
        return fill(actor, await service.createDraft(db, actor, { documentId: previous!.documentId, changeNote }));
      },
    };
  });
}

/** "4 handbook chapters, 20 flows, …": what a seeding run added. */
export const describeSeed = (r: SeedResult) =>
  `${r.chapters} handbook chapters, ${r.flows} flows, ${r.scripts} scripts, ${r.standards} standards, ${r.users} demo users${r.completed ? `; completed ${r.completed} documents a stopped run left unfinished` : ''}`;

export interface SeedResult {
  users: number;
  chapters: number;
  flows: number;
  scripts: number;
  standards: number;
  /** documents a run that stopped part-way had begun, finished by this one */
  completed: number;
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
  const plan = await seedPlan(db);
  const documents = plan.documents.map((d) => ({ ...d, seeds: d.kind === 'CHAPTER' ? chapterSeed(db, d.spec as ChapterSpec) : codedSeed(db, SERVICES[d.kind]!, d.spec as CodedSpec) }));

  const dates = documents.flatMap((d) => d.seeds.map((v) => (v.timing.effectiveFrom ? Date.parse(v.timing.effectiveFrom) : Infinity)));
  const firstDate = Math.min(...dates);
  const history = fixedClock(Number.isFinite(firstDate) ? new Date(firstDate - 7 * DAY) : options.clock.now());
  const author = await ensureUser(db, { ...system, clock: history }, CORPUS_AUTHOR);
  const approver = await ensureUser(db, { ...system, clock: history }, CORPUS_APPROVER);
  await registerServiceMap(db, { ...system, clock: history });

  const steps: { at: Date | null; run: (clock: Clock) => Promise<void> }[] = [];
  for (const { seeds, existing } of documents) {
    let latest: VersionRow | undefined;
    for (const [i, v] of seeds.entries()) {
      const effective = v.timing.effectiveFrom ? new Date(v.timing.effectiveFrom) : null;
      const found = existing[i];
      // a version a run before this one finished is left as it is
      if (found && (found.status === 'PUBLISHED' || found.status === 'RETIRED' || (v.timing.status === 'DRAFT' && found.revision > 1))) {
        latest = found;
        continue;
      }
      steps.push({
        at: effective ? new Date(effective.getTime() - DAY) : null,
        run: async (clock) => {
          const as = (user: UserRow): Actor => ({ user, clock });
          // resuming where a run stopped: a draft created from its predecessor but never written is written now
          if (found) latest = i > 0 && found.status === 'DRAFT' && found.revision === 1 ? await v.fill(as(author), found) : found;
          else latest = await v.write(as(author), latest);
          if (v.timing.status === 'DRAFT') return;
          if (latest.status === 'DRAFT') latest = await submitVersion(db, as(author), { versionId: latest.id, expectedRevision: latest.revision });
          const effectiveFrom = effective ?? new Date(clock.now().getTime() + (v.timing.effectiveInDays ?? 0) * DAY);
          latest = await publishVersion(db, as(approver), { versionId: latest.id, effectiveFrom });
        },
      });
    }
  }
  if (plan.documents.some((d) => d.kind === 'FLOW' && (d.spec as CodedSpec).code === 'QRY-CALL-FORWARD' && d.existing.length === 0)) steps.push(...contradictionSteps(db));
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
  const count = (kind: string) => documents.filter((d) => d.kind === kind && d.existing.length === 0).length;
  return { users, chapters: count('CHAPTER'), flows: count('FLOW'), scripts: count('SCRIPT'), standards: count('STANDARD'), completed: documents.filter((d) => d.existing.length > 0).length };
}

const SERVICES: Record<string, CodedDocumentService> = { FLOW: flowService, SCRIPT: scriptService, STANDARD: standardService };

interface PlannedDocument {
  kind: 'CHAPTER' | 'FLOW' | 'SCRIPT' | 'STANDARD';
  spec: ChapterSpec | CodedSpec;
  /** its versions already written (a run that stopped part-way), oldest first */
  existing: VersionRow[];
}

/**
 * The seed documents still to write: those missing, and those a run that stopped part-way left
 * short of versions (or with a version not yet published) — only while every version they have is
 * the corpus author's, so a document people have since edited is never touched.
 */
export async function seedPlan(db: Db): Promise<{ documents: PlannedDocument[]; corpusStarted: boolean }> {
  const author = await db.dataSource.getRepository(UserRow).findOneBy({ name: CORPUS_AUTHOR.name });
  const chapterDocs = new Map((await db.dataSource.getRepository(ChapterRow).find()).map((c) => [c.number, c.documentId]));
  const codedDocs = new Map((await db.dataSource.getRepository(DocumentRow).find()).map((d) => [`${d.kind}:${d.code}`, d.id]));
  const versions = await db.dataSource.getRepository(VersionRow).find({ order: { versionNumber: 'ASC' } });
  const byDocument = new Map<string, VersionRow[]>();
  for (const v of versions) byDocument.set(v.documentId, [...(byDocument.get(v.documentId) ?? []), v]);

  const candidates: PlannedDocument[] = [
    ...(await readHandbookSeeds()).map((spec) => ({ kind: 'CHAPTER' as const, spec, existing: byDocument.get(chapterDocs.get(spec.number) ?? '') ?? [] })),
    ...(await readFlowSeeds()).map((spec) => ({ kind: 'FLOW' as const, spec, existing: byDocument.get(codedDocs.get(`FLOW:${spec.code}`) ?? '') ?? [] })),
    ...(await readScriptSeeds()).map((spec) => ({ kind: 'SCRIPT' as const, spec, existing: byDocument.get(codedDocs.get(`SCRIPT:${spec.code}`) ?? '') ?? [] })),
    ...(await readStandardSeeds()).map((spec) => ({ kind: 'STANDARD' as const, spec, existing: byDocument.get(codedDocs.get(`STANDARD:${spec.code}`) ?? '') ?? [] })),
  ];
  const exists = (d: PlannedDocument) => (d.kind === 'CHAPTER' ? chapterDocs.has((d.spec as ChapterSpec).number) : codedDocs.has(`${d.kind}:${(d.spec as CodedSpec).code}`));
  const unfinished = (d: PlannedDocument) => {
    const wanted = d.spec.versions;
    if (d.existing.length < wanted.length) return true;
    return wanted.some((w, i) => {
      const v = d.existing[i]!;
      return w.status === 'DRAFT' ? i > 0 && v.revision === 1 : v.status !== 'PUBLISHED' && v.status !== 'RETIRED';
    });
  };
  const documents = candidates.filter((d) => !exists(d) || (author !== null && d.existing.every((v) => v.authorId === author.id) && unfinished(d)));
  return { documents, corpusStarted: author !== null };
}

/** Whether the seed must run at start: the database is empty, or a seeding run stopped before it finished. */
export async function seedUnfinished(db: Db, options: { demoUsers: boolean }): Promise<boolean> {
  if (await isEmpty(db)) return true;
  const plan = await seedPlan(db);
  if (!plan.corpusStarted) return false;
  if (plan.documents.length > 0) return true;
  if (!options.demoUsers) return false;
  const demo = await db.dataSource.getRepository(UserRow).countBy(DEMO_USERS.map((u) => ({ name: u.name })));
  return demo < DEMO_USERS.length;
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
