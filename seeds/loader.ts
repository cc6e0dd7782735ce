import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Db } from '../src/db/database.js';
import { SYSTEM_USER_ID } from '../src/db/migrations/1763800000000-Foundation.js';
import { createUser, issueToken } from '../src/modules/auth/auth.service.js';
import { UserRow, type Role } from '../src/modules/auth/user.entity.js';
import { ChapterRow } from '../src/modules/handbook/chapter.entity.js';
import { createChapter, createChapterDraft, updateChapterDraft } from '../src/modules/handbook/handbook.service.js';
import type { VersionRow } from '../src/modules/versioning/version.entity.js';
import { type Actor, publishVersion, submitVersion } from '../src/modules/versioning/versioning.service.js';
import { fixedClock, type Clock } from '../src/shared/clock.js';
import { projectRoot } from '../src/shared/project-root.js';

export const DEMO_USERS: { name: string; role: Role; token: string }[] = [
  { name: 'demo-agent', role: 'AGENT', token: 'demo-agent' },
  { name: 'demo-manager', role: 'PROCESS_MANAGER', token: 'demo-manager' },
  { name: 'demo-approver', role: 'APPROVER', token: 'demo-approver' },
  { name: 'demo-admin', role: 'ADMIN', token: 'demo-admin' },
];

/** The corpus is written and approved by two accounts without tokens, in every environment. */
const CORPUS_AUTHOR = { name: '流程管理组（初始版本）', role: 'PROCESS_MANAGER' as const };
const CORPUS_APPROVER = { name: '流程审批组（初始版本）', role: 'APPROVER' as const };

const versionSpec = z.object({
  title: z.string(),
  changeNote: z.string(),
  status: z.enum(['DRAFT', 'PUBLISHED']).default('PUBLISHED'),
  effectiveFrom: z.string().optional(),
  effectiveInDays: z.number().optional(),
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
});
const chapterSpec = z.object({ number: z.number().int(), title: z.string(), versions: z.array(versionSpec).min(1) });
type ChapterSpec = z.infer<typeof chapterSpec>;

export async function readHandbookSeeds(dir = path.join(projectRoot(), 'seeds', 'handbook')): Promise<ChapterSpec[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(files.map(async (f) => chapterSpec.parse(parse(await readFile(path.join(dir, f), 'utf8')))));
}

const DAY = 86_400_000;

interface Step {
  /** when the step happens on the seed's clock; null = now */
  at: Date | null;
  run: (clock: Clock) => Promise<void>;
}

/**
 * Load the demo users (outside production) and the handbook corpus through the same services the
 * API uses. Idempotent: users and chapters that exist already are left alone. Versions that took
 * effect in the past are written with the clock set shortly before their effective date, in date
 * order across chapters, so the audit trail reads like the history it records.
 */
export async function seedDatabase(db: Db, options: { demoUsers: boolean; clock: Clock }): Promise<{ users: number; chapters: number }> {
  const system: Actor = { user: { id: SYSTEM_USER_ID, role: 'ADMIN' }, clock: options.clock };
  const specs = await readHandbookSeeds();
  const existing = new Set((await db.dataSource.getRepository(ChapterRow).find()).map((c) => c.number));
  const todo = specs.filter((s) => !existing.has(s.number));
  const firstDate = Math.min(...todo.flatMap((s) => s.versions.map((v) => (v.effectiveFrom ? Date.parse(v.effectiveFrom) : Infinity))));

  const history = fixedClock(Number.isFinite(firstDate) ? new Date(firstDate - 7 * DAY) : options.clock.now());
  const author = await ensureUser(db, { ...system, clock: history }, CORPUS_AUTHOR);
  const approver = await ensureUser(db, { ...system, clock: history }, CORPUS_APPROVER);

  const steps: Step[] = [];
  for (const spec of todo) {
    let latest: VersionRow | undefined;
    spec.versions.forEach((v, index) => {
      const effective = v.effectiveFrom ? new Date(v.effectiveFrom) : null;
      steps.push({
        at: effective ? new Date(effective.getTime() - DAY) : null,
        run: async (clock) => {
          const as = (user: UserRow): Actor => ({ user, clock });
          const sections = v.sections;
          if (index === 0) {
            latest = await createChapter(db, as(author), { number: spec.number, title: v.title, changeNote: v.changeNote, sections });
          } else {
            const draft = await createChapterDraft(db, as(author), { chapterId: latest!.documentId, changeNote: v.changeNote });
            latest = await updateChapterDraft(db, as(author), { versionId: draft.id, expectedRevision: draft.revision, title: v.title, sections });
          }
          if (v.status === 'DRAFT') return;
          latest = await submitVersion(db, as(author), { versionId: latest.id, expectedRevision: latest.revision });
          const effectiveFrom = effective ?? new Date(clock.now().getTime() + (v.effectiveInDays ?? 0) * DAY);
          latest = await publishVersion(db, as(approver), { versionId: latest.id, effectiveFrom });
        },
      });
    });
  }
  // Dated steps in date order first; then what happens now (scheduled versions and drafts), in file order.
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
  }
  return { users, chapters: todo.length };
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
