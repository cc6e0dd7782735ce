import { randomUUID } from 'node:crypto';
import { In, IsNull, Not } from 'typeorm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { authorize } from '../../policies/policy.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { AppError, badInput, conflict, invalidTransition, notFound } from '../../shared/errors.js';
import type { EventInput } from '../../shared/events.js';
import { id, parseInput, revision, text } from '../../shared/validation.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { record } from '../audit/audit.service.js';
import { UserRow } from '../auth/user.entity.js';
import { DocumentRow } from './document.entity.js';
import './events.js';
import { type DocumentKind, kindDefinition } from './kind.js';
import { VersionRow } from './version.entity.js';

const TITLE_MAX = 200;
const NOTE_MAX = 2000;

const optionalInstant = z.coerce.date({ message: 'must be an ISO-8601 date-time' }).optional().nullable();

/** A version as the audit trail records it: the row with its content parsed. */
export const snapshot = (v: VersionRow) => ({ ...v, content: JSON.parse(v.content) as unknown });

const parseContent = (kind: DocumentKind, content: unknown) => parseInput(kindDefinition(kind).content, content);

async function loadVersion(tx: Tx, versionId: string): Promise<VersionRow> {
  const version = await tx.em.findOneBy(VersionRow, { id: versionId });
  if (!version) throw notFound('version', versionId);
  return version;
}

async function loadDocument(tx: Tx, documentId: string): Promise<DocumentRow> {
  const document = await tx.em.findOneBy(DocumentRow, { id: documentId });
  if (!document) throw notFound('document', documentId);
  return document;
}

function expectRevision(version: VersionRow, expected: number | undefined) {
  if (expected !== undefined && expected !== version.revision) {
    throw conflict(`version ${version.id} is at revision ${version.revision}, not ${expected}: reload it and apply your change again`, {
      versionId: version.id,
      currentRevision: version.revision,
    });
  }
}

function expectStatus(version: VersionRow, allowed: VersionRow['status'], action: string) {
  if (version.status !== allowed) {
    throw invalidTransition(`cannot ${action} version ${version.id}: it is ${version.status}, and only a ${allowed} version can be`, {
      versionId: version.id,
      status: version.status,
    });
  }
}

interface Stored {
  stored: VersionRow;
  /** the row as it was before this write; null for a new row */
  previous: VersionRow | null;
  action: AuditAction;
  reason: string | null;
  /** what the audit entry shows as before, when not `previous` (a derived version shows its source) */
  before?: VersionRow;
  events?: EventInput[];
}

/**
 * Record a stored version: the kind's own tables follow its content, then the audit entry and the
 * events (VersionStored for every write, and whatever else the change is) go out together.
 */
async function versionStored(tx: Tx, actor: Actor, { stored, previous, action, reason, before = previous ?? undefined, events = [] }: Stored) {
  const contentChanged = previous === null || previous.content !== stored.content;
  if (contentChanged) await kindDefinition(stored.kind).contentWritten?.(tx, stored, JSON.parse(stored.content));
  await record(
    tx,
    actor,
    { at: stored.updatedAt, action, entityType: 'DocumentVersion', entityId: stored.id, documentId: stored.documentId, versionId: stored.id, reason, before: before && snapshot(before), after: snapshot(stored) },
    [{ type: 'VersionStored', version: stored, previous, action, contentChanged }, ...events],
  );
}

/**
 * Write a change to a version and record it. The write is guarded by the revision the version was
 * read at, so that a concurrent writer (another process, another request) is never silently overwritten.
 */
async function writeVersion(tx: Tx, actor: Actor, version: VersionRow, changes: Partial<VersionRow>, action: AuditAction, reason: string | null, events: (updated: VersionRow) => EventInput[] = () => []): Promise<VersionRow> {
  const next = { ...changes, revision: version.revision + 1, updatedAt: toStored(actor.clock.now()) };
  const result = await tx.em.update(VersionRow, { id: version.id, revision: version.revision }, next);
  if (result.affected === 0) expectRevision(await loadVersion(tx, version.id), version.revision);
  const updated = Object.assign(new VersionRow(), version, next);
  await versionStored(tx, actor, { stored: updated, previous: version, action, reason, events: events(updated) });
  return updated;
}

async function openVersion(tx: Tx, documentId: string): Promise<VersionRow | null> {
  return tx.em.findOneBy(VersionRow, { documentId, status: In(['DRAFT', 'IN_REVIEW']) });
}

async function latestPublished(tx: Tx, documentId: string): Promise<VersionRow | null> {
  return tx.em.findOne(VersionRow, {
    where: { documentId, status: In(['PUBLISHED', 'RETIRED']) },
    order: { effectiveFrom: 'DESC' },
  });
}

function ensureNotRetired(document: DocumentRow) {
  if (document.retiredAt !== null) {
    throw invalidTransition(`document ${document.id} is retired (from ${document.retiredAt}); it takes no new versions`, {
      documentId: document.id,
    });
  }
}

const newDocumentInput = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, 'must be 2–40 letters, digits or hyphens, starting with a letter or digit')
    .optional(),
  ownerId: id().optional(),
  title: text(TITLE_MAX),
  changeNote: text(NOTE_MAX),
  content: z.unknown(),
});

/**
 * Create a document of `kind` with its first draft. Runs inside the caller's transaction, so that
 * the kind can write its own identity row (chapter number, flow code, …) in the same one.
 */
export async function createDocument(
  tx: Tx,
  actor: Actor,
  kind: DocumentKind,
  input: { code?: string; ownerId?: string; title: string; changeNote: string; content: unknown },
): Promise<{ document: DocumentRow; version: VersionRow }> {
  const parsed = parseInput(newDocumentInput, input);
  const content = parseContent(kind, parsed.content);
  if (parsed.code && (await tx.em.existsBy(DocumentRow, { kind, code: parsed.code }))) {
    throw conflict(`a ${kind} with code ${parsed.code} already exists`, { field: 'code' });
  }
  const owner = parsed.ownerId ?? actor.user.id;
  if (parsed.ownerId && !(await tx.em.existsBy(UserRow, { id: owner }))) throw badInput('ownerId', 'is not a user');
  const at = toStored(actor.clock.now());
  const document = Object.assign(new DocumentRow(), {
    id: randomUUID(),
    kind,
    code: parsed.code ?? null,
    ownerId: parsed.code ? owner : null,
    createdAt: at,
    retiredAt: null,
    retiredReason: null,
  });
  await tx.em.insert(DocumentRow, document);
  await record(tx, actor, { at: document.createdAt, action: 'DOCUMENT_CREATED', entityType: 'Document', entityId: document.id, documentId: document.id, after: document }, [
    { type: 'DocumentCreated', document },
  ]);
  const version = await insertVersion(tx, actor, document, { versionNumber: 1, title: parsed.title, changeNote: parsed.changeNote, content, basedOnVersionId: null }, at);
  return { document, version };
}

async function insertVersion(
  tx: Tx,
  actor: Actor,
  document: DocumentRow,
  fields: Pick<VersionRow, 'versionNumber' | 'title' | 'changeNote' | 'basedOnVersionId'> & { content: unknown },
  at: string,
): Promise<VersionRow> {
  const version = Object.assign(new VersionRow(), {
    id: randomUUID(),
    documentId: document.id,
    kind: document.kind,
    revision: 1,
    status: 'DRAFT' as const,
    effectiveFrom: null,
    effectiveTo: null,
    authorId: actor.user.id,
    approvedById: null,
    derivedForVersionId: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
    content: JSON.stringify(fields.content),
  });
  await tx.em.insert(VersionRow, version);
  await versionStored(tx, actor, { stored: version, previous: null, action: 'VERSION_CREATED', reason: version.changeNote });
  return version;
}

const createDraftInput = z.object({
  documentId: id(),
  basedOnVersionId: id().optional().nullable(),
  changeNote: text(NOTE_MAX),
});

/** Open a new draft of a document, copied from `basedOnVersionId` or else from its latest version. */
export function createDraft(db: Db, actor: Actor, input: z.input<typeof createDraftInput>, kind: DocumentKind): Promise<VersionRow> {
  const parsed = parseInput(createDraftInput, input);
  return db.write(async (tx) => {
    const document = await loadDocument(tx, parsed.documentId);
    if (document.kind !== kind) throw badInput('documentId', `is a ${document.kind}, not a ${kind}`);
    ensureNotRetired(document);
    const open = await openVersion(tx, document.id);
    if (open) {
      throw conflict(`document ${document.id} already has version ${open.versionNumber} in ${open.status}: finish or reject it first`, {
        versionId: open.id,
        currentRevision: open.revision,
      });
    }
    const last = await tx.em.findOne(VersionRow, { where: { documentId: document.id }, order: { versionNumber: 'DESC' } });
    const base = await tx.em.findOne(VersionRow, {
      where: { documentId: document.id, status: Not('DISCARDED'), ...(parsed.basedOnVersionId ? { id: parsed.basedOnVersionId } : {}) },
      order: { versionNumber: 'DESC' },
    });
    if (!base || !last) throw badInput('basedOnVersionId', 'is not a version of this document');
    const fields = { versionNumber: last.versionNumber + 1, title: base.title, changeNote: parsed.changeNote, content: JSON.parse(base.content), basedOnVersionId: base.id };
    return insertVersion(tx, actor, document, fields, toStored(actor.clock.now()));
  });
}

const updateDraftInput = z.object({
  versionId: id(),
  expectedRevision: revision(),
  title: text(TITLE_MAX).optional().nullable(),
  changeNote: text(NOTE_MAX).optional().nullable(),
  content: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Change a draft. `content`, when given, is a patch: the fields it names replace the current ones;
 * `change`, when given, derives the new content from the current one (a chapter's one-section edit).
 */
export function updateDraft(
  db: Db,
  actor: Actor,
  input: z.input<typeof updateDraftInput>,
  kind: DocumentKind,
  change?: (current: Record<string, unknown>) => Record<string, unknown>,
): Promise<VersionRow> {
  const parsed = parseInput(updateDraftInput, input);
  return db.write(async (tx) => {
    const version = await loadVersion(tx, parsed.versionId);
    if (version.kind !== kind) throw badInput('versionId', `is a ${version.kind} version, not a ${kind} version`);
    expectRevision(version, parsed.expectedRevision);
    expectStatus(version, 'DRAFT', 'edit');
    const changes: Partial<VersionRow> = {};
    if (parsed.title) changes.title = parsed.title;
    if (parsed.changeNote) changes.changeNote = parsed.changeNote;
    if (parsed.content !== undefined || change) {
      // A kind's content is an object: fields left out of the patch keep their current value.
      const merged = { ...(JSON.parse(version.content) as Record<string, unknown>), ...parsed.content };
      changes.content = JSON.stringify(parseContent(kind, change ? change(merged) : merged));
    }
    if (Object.keys(changes).length === 0) throw badInput('input', 'names nothing to change');
    return writeVersion(tx, actor, version, changes, 'VERSION_UPDATED', changes.changeNote ?? version.changeNote);
  });
}

function ensureReady(version: VersionRow) {
  const definition = kindDefinition(version.kind);
  const problems = definition.readinessProblems?.(JSON.parse(version.content)) ?? [];
  if (problems.length > 0) {
    throw new AppError('BAD_USER_INPUT', `version ${version.id} is not ready: ${problems.join('; ')}`, { field: definition.contentField, problems });
  }
}

/** The kind's checks against other data (a script's scope against the service map), on submit and again on publish. */
const ensureConsistent = (tx: Tx, version: VersionRow) => kindDefinition(version.kind).beforeSubmit?.(tx, version, JSON.parse(version.content));

const submitInput = z.object({ versionId: id(), expectedRevision: revision() });

export function submitVersion(db: Db, actor: Actor, input: z.input<typeof submitInput>): Promise<VersionRow> {
  const parsed = parseInput(submitInput, input);
  return db.write(async (tx) => {
    const version = await loadVersion(tx, parsed.versionId);
    expectRevision(version, parsed.expectedRevision);
    expectStatus(version, 'DRAFT', 'submit');
    ensureNotRetired(await loadDocument(tx, version.documentId));
    ensureReady(version);
    await ensureConsistent(tx, version);
    return writeVersion(tx, actor, version, { status: 'IN_REVIEW' }, 'VERSION_SUBMITTED', null, (v) => [{ type: 'VersionSubmitted', version: v }]);
  });
}

const rejectInput = z.object({ versionId: id(), reason: text(NOTE_MAX), expectedRevision: revision().optional().nullable() });

export function rejectVersion(db: Db, actor: Actor, input: z.input<typeof rejectInput>): Promise<VersionRow> {
  const parsed = parseInput(rejectInput, input);
  return db.write(async (tx) => {
    const version = await loadVersion(tx, parsed.versionId);
    expectRevision(version, parsed.expectedRevision ?? undefined);
    expectStatus(version, 'IN_REVIEW', 'reject');
    authorize(actor, 'content.review', version);
    return writeVersion(tx, actor, version, { status: 'DRAFT' }, 'VERSION_REJECTED', parsed.reason, (v) => [{ type: 'VersionRejected', version: v, reason: parsed.reason }]);
  });
}

const discardInput = z.object({ versionId: id(), expectedRevision: revision() });

/**
 * DRAFT → DISCARDED: the draft keeps its number and audit trail and no read shows it again. When it
 * was the document's only version, the document leaves every list and its code is free again (a
 * mistyped code can be created anew); the audit entry keeps what it was.
 */
export function discardDraft(db: Db, actor: Actor, input: z.input<typeof discardInput>): Promise<{ version: VersionRow; documentHidden: boolean }> {
  const parsed = parseInput(discardInput, input);
  return db.write(async (tx) => {
    const version = await loadVersion(tx, parsed.versionId);
    expectRevision(version, parsed.expectedRevision);
    expectStatus(version, 'DRAFT', 'discard');
    const discarded = await writeVersion(tx, actor, version, { status: 'DISCARDED' }, 'VERSION_DISCARDED', version.changeNote);
    const others = await tx.em.countBy(VersionRow, { documentId: version.documentId, status: Not('DISCARDED') });
    if (others === 0) await releaseDocument(tx, actor, await loadDocument(tx, version.documentId));
    return { version: discarded, documentHidden: others === 0 };
  });
}

/** A document with nothing left to show gives its code up (a chapter keeps its number), audited with what it was. */
async function releaseDocument(tx: Tx, actor: Actor, document: DocumentRow): Promise<void> {
  if (document.code !== null) await tx.em.update(DocumentRow, { id: document.id }, { code: null });
  await record(tx, actor, { action: 'DOCUMENT_DISCARDED', entityType: 'Document', entityId: document.id, documentId: document.id, before: document, after: { ...document, code: null } });
}

const withdrawInput = z.object({ versionId: id(), expectedRevision: revision(), reason: text(NOTE_MAX) });

/**
 * PUBLISHED (not yet in effect) → DRAFT: the version will not take effect, and the window it closed
 * opens again — the version before it stays in force until the one after it, if any, or for good.
 * Versions published for it (another flow giving up the touchpoints it claimed) are withdrawn with
 * it: DISCARDED, as nobody drafted them, and their own predecessors' windows open again.
 */
export function withdrawScheduledVersion(db: Db, actor: Actor, input: z.input<typeof withdrawInput>): Promise<VersionRow> {
  const parsed = parseInput(withdrawInput, input);
  return db.write(async (tx) => {
    const version = await loadVersion(tx, parsed.versionId);
    expectRevision(version, parsed.expectedRevision);
    expectStatus(version, 'PUBLISHED', 'withdraw');
    const now = toStored(actor.clock.now());
    if (version.effectiveFrom === null || version.effectiveFrom <= now) {
      throw invalidTransition(`cannot withdraw version ${version.id}: it took effect at ${version.effectiveFrom}; publish a new version or retire the document instead`, { versionId: version.id, effectiveFrom: version.effectiveFrom });
    }
    if (version.derivedForVersionId) {
      throw invalidTransition(`version ${version.id} was published for version ${version.derivedForVersionId} of another flow (touchpoints moved); withdraw that one, and this goes with it`, {
        versionId: version.id,
        derivedForVersionId: version.derivedForVersionId,
      });
    }
    const open = await openVersion(tx, version.documentId);
    if (open) throw conflict(`document ${version.documentId} already has version ${open.versionNumber} in ${open.status}: discard or finish it first`, { versionId: open.id, currentRevision: open.revision });
    const derived = await tx.em.findBy(VersionRow, { derivedForVersionId: version.id, status: In(['PUBLISHED', 'RETIRED']) });
    for (const d of derived) await expectNothingAfter(tx, d);
    for (const d of derived) {
      const because = `version ${version.versionNumber} of the flow it was published for was withdrawn: ${parsed.reason}`;
      await takeOutOfSchedule(tx, actor, d, { status: 'DISCARDED' }, because);
    }
    return takeOutOfSchedule(tx, actor, version, { status: 'DRAFT', approvedById: null }, parsed.reason);
  });
}

/**
 * A version published for another can go with it only while nothing was built on it: no later
 * version or retirement of its document (that would keep the touchpoints away), and no open draft.
 */
async function expectNothingAfter(tx: Tx, derived: VersionRow): Promise<void> {
  const open = await openVersion(tx, derived.documentId);
  const code = (await loadDocument(tx, derived.documentId)).code ?? derived.documentId;
  if (open) {
    throw conflict(`flow ${code} gave touchpoints up for this version, and has version ${open.versionNumber} in ${open.status} since: discard or finish it first`, { versionId: open.id, currentRevision: open.revision });
  }
  if (derived.effectiveTo !== null) {
    throw conflict(
      `flow ${code} gave touchpoints up for this version, and its version ${derived.versionNumber} is followed from ${derived.effectiveTo}: withdraw the later version first (a retirement cannot be undone, so after one the move stands)`,
      { versionId: derived.id, effectiveTo: derived.effectiveTo },
    );
  }
}

/** A scheduled version leaves the timeline (status as given): its predecessor's window opens again; audited and announced. */
async function takeOutOfSchedule(tx: Tx, actor: Actor, version: VersionRow, changes: Pick<VersionRow, 'status'> & Partial<VersionRow>, reason: string): Promise<VersionRow> {
  const before = await tx.em.findOneBy(VersionRow, { documentId: version.documentId, status: In(['PUBLISHED', 'RETIRED']), effectiveTo: version.effectiveFrom! });
  if (before) await writeVersion(tx, actor, before, { effectiveTo: version.effectiveTo }, 'VERSION_REOPENED', `version ${version.versionNumber} withdrawn: ${reason}`);
  return writeVersion(tx, actor, version, { ...changes, effectiveFrom: null, effectiveTo: null }, 'VERSION_WITHDRAWN', reason, (v) => [{ type: 'VersionWithdrawn', version: v, reason }]);
}

/**
 * An instant at which something takes effect: not in the past (what was in force must never
 * change after the fact) and after every window the document already has.
 */
async function effectiveInstant(tx: Tx, actor: Actor, documentId: string, requested: Date | null | undefined): Promise<string> {
  const now = toStored(actor.clock.now());
  const at = requested ? toStored(requested) : now;
  if (at < now) throw badInput('effectiveFrom', `must not lie in the past (now is ${now}): what was in force cannot change after the fact`);
  const last = await latestPublished(tx, documentId);
  if (last?.effectiveFrom && at <= last.effectiveFrom) {
    throw badInput('effectiveFrom', `must be after ${last.effectiveFrom}, when version ${last.versionNumber} takes effect`);
  }
  return at;
}

const publishInput = z.object({
  versionId: id(),
  effectiveFrom: optionalInstant,
  expectedRevision: revision().optional().nullable(),
  moveTouchpoints: z.boolean().optional().nullable(),
});

/** Publish a reviewed version from `effectiveFrom` (default now); the previous window closes there. */
export function publishVersion(db: Db, actor: Actor, input: z.input<typeof publishInput>): Promise<VersionRow> {
  const parsed = parseInput(publishInput, input);
  return db.write(async (tx) => {
    const version = await loadVersion(tx, parsed.versionId);
    expectRevision(version, parsed.expectedRevision ?? undefined);
    expectStatus(version, 'IN_REVIEW', 'publish');
    authorize(actor, 'content.review', version);
    ensureNotRetired(await loadDocument(tx, version.documentId));
    ensureReady(version);
    await ensureConsistent(tx, version);
    const effectiveFrom = await effectiveInstant(tx, actor, version.documentId, parsed.effectiveFrom);
    await kindDefinition(version.kind).beforePublish?.(tx, actor, version, effectiveFrom, { moveTouchpoints: parsed.moveTouchpoints ?? false });
    await closeOpenWindow(tx, actor, version.documentId, effectiveFrom, `superseded by version ${version.versionNumber}`);
    const changes = { status: 'PUBLISHED' as const, effectiveFrom, approvedById: actor.user.id };
    return writeVersion(tx, actor, version, changes, 'VERSION_PUBLISHED', version.changeNote, (v) => [{ type: 'VersionPublished', version: v }]);
  });
}

/**
 * Publish a new document's first draft at once, without review — only for records that are not
 * rules (a case kept from a closed exception, whose answer was settled when the exception closed).
 * Runs inside the caller's transaction; audited as VERSION_PUBLISHED by the actor.
 */
export async function publishRecord(tx: Tx, actor: Actor, version: VersionRow): Promise<VersionRow> {
  expectStatus(version, 'DRAFT', 'publish as a record');
  const changes = { status: 'PUBLISHED' as const, effectiveFrom: toStored(actor.clock.now()), approvedById: actor.user.id };
  return writeVersion(tx, actor, version, changes, 'VERSION_PUBLISHED', version.changeNote, (v) => [{ type: 'VersionPublished', version: v }]);
}

async function closeOpenWindow(tx: Tx, actor: Actor, documentId: string, at: string, reason: string) {
  const open = await tx.em.findOneBy(VersionRow, { documentId, status: 'PUBLISHED', effectiveTo: IsNull() });
  if (open) await writeVersion(tx, actor, open, { effectiveTo: at }, 'VERSION_SUPERSEDED', reason);
}

/**
 * Publish, from `effectiveFrom`, a copy of a document's open version with its content changed by
 * `change` — the way a change forced by another document (a touchpoint moved to another flow) is
 * recorded without rewriting history. Runs inside the caller's transaction; audited as VERSION_DERIVED.
 */
export async function publishDerivedVersion(
  tx: Tx,
  actor: Actor,
  source: VersionRow,
  change: (content: Record<string, unknown>) => Record<string, unknown>,
  derivedFor: VersionRow,
  effectiveFrom: string,
  reason: string,
): Promise<VersionRow> {
  const last = await tx.em.findOne(VersionRow, { where: { documentId: source.documentId }, order: { versionNumber: 'DESC' } });
  const at = toStored(actor.clock.now());
  await closeOpenWindow(tx, actor, source.documentId, effectiveFrom, reason);
  const derived = Object.assign(new VersionRow(), {
    ...source,
    id: randomUUID(),
    versionNumber: last!.versionNumber + 1,
    revision: 1,
    status: 'PUBLISHED' as const,
    effectiveFrom,
    effectiveTo: null,
    changeNote: reason,
    content: JSON.stringify(parseContent(source.kind, change(JSON.parse(source.content)))),
    authorId: actor.user.id,
    approvedById: actor.user.id,
    basedOnVersionId: source.id,
    derivedForVersionId: derivedFor.id,
    createdAt: at,
    updatedAt: at,
  });
  await tx.em.insert(VersionRow, derived);
  await versionStored(tx, actor, { stored: derived, previous: null, action: 'VERSION_DERIVED', reason, before: source, events: [{ type: 'VersionPublished', version: derived }] });
  return derived;
}

const retireInput = z.object({ documentId: id(), effectiveFrom: optionalInstant, reason: text(NOTE_MAX) });

/** Retire a document from `effectiveFrom` (default now): its last window closes and nothing follows it. */
export function retireDocument(db: Db, actor: Actor, input: z.input<typeof retireInput>): Promise<DocumentRow> {
  const parsed = parseInput(retireInput, input);
  return db.write(async (tx) => {
    const document = await loadDocument(tx, parsed.documentId);
    ensureNotRetired(document);
    const retiredAt = await effectiveInstant(tx, actor, document.id, parsed.effectiveFrom);
    const last = await tx.em.findOneBy(VersionRow, { documentId: document.id, status: 'PUBLISHED', effectiveTo: IsNull() });
    if (last) await writeVersion(tx, actor, last, { status: 'RETIRED', effectiveTo: retiredAt }, 'VERSION_RETIRED', parsed.reason);
    const updated = Object.assign(new DocumentRow(), document, { retiredAt, retiredReason: parsed.reason });
    await tx.em.update(DocumentRow, { id: document.id }, { retiredAt, retiredReason: parsed.reason });
    await record(
      tx,
      actor,
      { action: 'DOCUMENT_RETIRED', entityType: 'Document', entityId: document.id, documentId: document.id, reason: parsed.reason, before: document, after: updated },
      [{ type: 'DocumentRetired', document: updated }],
    );
    return updated;
  });
}
