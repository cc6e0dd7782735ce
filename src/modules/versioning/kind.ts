import type { z } from 'zod';
import type { Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import type { Section } from './diff.js';
import type { DocumentKind, DocumentKinds } from './document-kind.js';
import type { VersionRow } from './version.entity.js';

export type { DocumentKind, DocumentKinds };

/** What search makes of a version. */
export interface SearchView {
  /** the text an agent reads, in reading order: snippets are cut from it, so no internal labels or codes */
  body: string;
  /** step labels, section headings, the situation's name: found by pinyin too */
  headings?: string[];
  /** codes, tags and names that should find the version without being read */
  keywords?: string[];
  /** where it applies: what filters and facets see (empty: everywhere) */
  channels?: string[];
  brands?: string[];
  businessCodes?: string[];
  flowClass?: string;
}

export interface PublishOptions {
  /** flows: take touchpoints over from the flows that hold them (audited) instead of refusing */
  moveTouchpoints?: boolean;
}

/**
 * What a document kind adds to the one versioning mechanism: its names, the shape of its content,
 * and the rules a version must meet before it can be submitted or published (a draft may be incomplete).
 */
export interface KindDefinition<K extends DocumentKind = DocumentKind> {
  kind: K;
  /** the kind in the API: `Flow` gives the types Flow and FlowVersion and the mutations createFlow, createFlowDraft, updateFlowDraft */
  typeName: string;
  /** what a document of the kind is, for the API's DocumentKind enum */
  description?: string;
  /** validates content written into a draft; errors name the field inside the content */
  content: z.ZodObject<z.ZodRawShape, z.core.$strip> & z.ZodType<DocumentKinds[K]>;
  /** field name under which readiness problems are reported (e.g. `sections`) */
  contentField: string;
  /** documents known by a stable code (flows, scripts, standards): the rule it follows */
  code?: { pattern: RegExp; rule: string; example: string };
  /** every rule the content breaks, as readable sentences; empty when it may be published */
  readinessProblems?(content: DocumentKinds[K]): string[];
  /** the content as titled parts, for diffs between versions */
  sections(content: DocumentKinds[K]): Section[];
  /** what search indexes of a version */
  searchView(content: DocumentKinds[K]): SearchView;
  /** how much a match of this kind counts against others (default 1): a flow, which handles a situation, before the scripts said within it */
  searchPrior?: number;
  /** days after taking effect (or its last confirmation) a version in force is due for review; null: never (default 365 — the service system is revised yearly) */
  reviewIntervalDays?: number | null;
  /** whether a version in force applies at a touchpoint; everything applies everywhere when omitted */
  appliesAt?(content: DocumentKinds[K], touchpoint: { code: string; channel: string; businessCode: string }): boolean;
  /** runs in the writing transaction whenever a version's content is stored (to keep lookup tables in step) */
  contentWritten?(tx: Tx, version: VersionRow, content: DocumentKinds[K]): Promise<void>;
  /** runs in the publishing transaction before the version is published; may refuse or make room */
  beforePublish?(tx: Tx, actor: Actor, version: VersionRow, effectiveFrom: string, options: PublishOptions): Promise<void>;
}

const registry = new Map<string, KindDefinition>();

/** Define a kind; it is known to versioning, search and the API once its module is loaded (src/modules/kinds.ts loads them all). */
export function defineKind<K extends DocumentKind>(definition: KindDefinition<K>): KindDefinition<K> {
  registry.set(definition.kind, definition as unknown as KindDefinition);
  return definition;
}

export const registeredKinds = (): DocumentKind[] => [...registry.keys()] as DocumentKind[];

export function kindDefinition(kind: string): KindDefinition {
  const definition = registry.get(kind);
  if (!definition) throw new Error(`document kind ${kind} is not defined: is it listed in src/modules/kinds.ts?`);
  return definition;
}

const parsed = new WeakMap<object, unknown>();

/** A version's content as its kind declares it, parsed once per row object: read it, never change it. */
export function contentOf<K extends DocumentKind>(version: Pick<VersionRow, 'content'>): DocumentKinds[K] {
  if (!parsed.has(version)) parsed.set(version, JSON.parse(version.content));
  return parsed.get(version) as DocumentKinds[K];
}
