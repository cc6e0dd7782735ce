import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VersionRow } from '../../src/modules/versioning/version.entity.js';
import {
  createDocument,
  createDraft,
  publishVersion,
  rejectVersion,
  retireDocument,
  submitVersion,
} from '../../src/modules/versioning/versioning.service.js';
import { isInForce } from '../../src/modules/versioning/windows.js';
import { versionLoaders } from '../../src/modules/versioning/version.loaders.js';
import '../../src/modules/handbook/chapter.kind.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MINUTE = 60_000;
const content = { sections: [{ heading: '1.1 说明', body: '正文' }] };

/** One attempt to publish: wait, then publish `lead` minutes ahead of now, or have review reject it. */
const step = fc.record({
  waitMinutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
  leadMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 * 24 * 60 })),
  rejected: fc.boolean(),
});
const scenario = fc.record({
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
  retireAfterMinutes: fc.option(fc.integer({ min: 1, max: 60 * 24 * 90 })),
});

describe('effective windows (property)', () => {
  it('random publish sequences never overlap or leave a hole, and asOf finds exactly the version whose window holds it', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ steps, retireAfterMinutes }) => {
        app.clock.set('2026-01-01T00:00:00Z');
        const manager = app.actor('manager');
        const approver = app.actor('approver');
        const { document } = await app.db.write((em) => createDocument(em, manager, 'CHAPTER', { title: '测试', changeNote: '起草', content }));
        // A rejected version stays the document's open draft and is resubmitted by the next step.
        let open: VersionRow | null = await app.db.dataSource.getRepository(VersionRow).findOneByOrFail({ documentId: document.id });
        let lastEffective = -Infinity;
        for (const s of steps) {
          app.clock.set(new Date(app.clock.now().getTime() + s.waitMinutes * MINUTE));
          const draft = open ?? (await createDraft(app.db, manager, { documentId: document.id, changeNote: '修订' }, 'CHAPTER'));
          const inReview = await submitVersion(app.db, manager, { versionId: draft.id, expectedRevision: draft.revision });
          const effectiveFrom = new Date(app.clock.now().getTime() + s.leadMinutes * MINUTE);
          if (!s.rejected && effectiveFrom.getTime() > lastEffective) {
            await publishVersion(app.db, approver, { versionId: inReview.id, effectiveFrom });
            lastEffective = effectiveFrom.getTime();
            open = null;
            continue;
          }
          if (!s.rejected) {
            await expect(publishVersion(app.db, approver, { versionId: inReview.id, effectiveFrom })).rejects.toMatchObject({
              extensions: { code: 'BAD_USER_INPUT', field: 'effectiveFrom' },
            });
          }
          open = await rejectVersion(app.db, approver, { versionId: inReview.id, reason: '退回' });
        }
        let retiredAt: string | null = null;
        if (retireAfterMinutes !== null && lastEffective > -Infinity) {
          const at = new Date(Math.max(app.clock.now().getTime(), lastEffective) + retireAfterMinutes * MINUTE);
          retiredAt = (await retireDocument(app.db, approver, { documentId: document.id, effectiveFrom: at, reason: '停用' })).retiredAt;
        }

        const windows = (await app.db.dataSource.getRepository(VersionRow).find({ where: { documentId: document.id }, order: { effectiveFrom: 'ASC' } }))
          .filter((v) => v.status === 'PUBLISHED' || v.status === 'RETIRED');
        windows.forEach((v, i) => {
          const next = windows[i + 1];
          if (next) expect(v.effectiveTo).toBe(next.effectiveFrom); // no overlap, no hole
          else expect(v.effectiveTo).toBe(retiredAt); // open unless retired
          expect(v.effectiveTo === null || v.effectiveTo > v.effectiveFrom!).toBe(true);
        });

        // Probe instants around every boundary: the loader's answer equals the one window holding it.
        const probes = windows.flatMap((v) => [v.effectiveFrom!, v.effectiveTo].filter((x): x is string => x !== null))
          .flatMap((iso) => [-1, 0, 1].map((d) => new Date(Date.parse(iso) + d).toISOString()));
        for (const asOf of probes) {
          const holding = windows.filter((v) => isInForce(v, asOf));
          expect(holding.length).toBeLessThanOrEqual(1);
          const found = await versionLoaders(app.db).inForce(asOf).load(document.id);
          expect(found?.id ?? null).toBe(holding[0]?.id ?? null);
        }
      }),
      { numRuns: 60 },
    );
  });
});
