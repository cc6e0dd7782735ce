import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Section } from './diff.js';
import type { DocumentKind } from './document.entity.js';
import type { VersionRow } from './version.entity.js';
import type { Actor } from './versioning.service.js';

/**
 * What a document kind adds to the one versioning mechanism: the shape of its content, and the
 * rules a version must meet before it can be submitted or published (a draft may be incomplete).
 */
export interface SearchScope {
  channels?: string[];
  brands?: string[];
  businessCodes?: string[];
  flowClass?: string;
  /** codes and tags that should find the version */
  keywords?: string[];
}

export interface KindDefinition<C = unknown> {
  kind: DocumentKind;
  /** validates content written into a draft; errors name the field inside the content */
  content: z.ZodType<C>;
  /** field name under which content errors are reported (e.g. `sections`) */
  contentField: string;
  /** every rule the content breaks, as readable sentences; empty when it may be published */
  readinessProblems?: (content: C) => string[];
  /** the content as titled parts, for diffs between versions */
  sections: (content: C) => Section[];
  /** where a version applies and what else finds it, for search; unscoped when omitted */
  searchScope?: (content: C) => SearchScope;
  /** whether a version in force applies at a touchpoint; everything applies everywhere when omitted */
  appliesAt?: (content: C, touchpoint: { code: string; channel: string; businessCode: string }) => boolean;
  /** runs in the writing transaction whenever a version's content is stored (to keep lookup tables in step) */
  contentWritten?: (em: EntityManager, version: VersionRow, content: C) => Promise<void>;
  /** runs in the publishing transaction before the version is published; may refuse or make room */
  beforePublish?: (em: EntityManager, actor: Actor, version: VersionRow, effectiveFrom: string, options: PublishOptions) => Promise<void>;
}

export interface PublishOptions {
  /** flows: take touchpoints over from the flows that hold them (audited) instead of refusing */
  moveTouchpoints?: boolean;
}

const registry = new Map<DocumentKind, KindDefinition>();

export function registerKind<C>(definition: KindDefinition<C>): void {
  registry.set(definition.kind, definition as KindDefinition);
}

export const registeredKinds = () => [...registry.keys()];

export function kindDefinition(kind: DocumentKind): KindDefinition {
  const definition = registry.get(kind);
  if (!definition) throw new Error(`document kind ${kind} is not registered`);
  return definition;
}
