import { Node } from '../../graphql/node.js';
import { Arg, Ctx, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { type FieldSpec, inputType } from '../../graphql/input-type.js';
import { Connection } from '../../graphql/relay.js';
import type { CodedDocumentInput, CodedDocumentService, CodedDraftEdit } from './coded-documents.js';
import { documentFieldsResolver } from './document-fields.resolver.js';
import { contentOf, type DocumentKind, type DocumentKinds, type KindDefinition } from './kind.js';
import type { VersionRow } from './version.entity.js';
import { DocumentVersion, draftEditFields, newDraftInput, VersionPayload } from './version.types.js';

export interface ContentField extends FieldSpec {
  /** may be left out when creating (the kind's default applies) */
  optional?: boolean;
  /** not a field of the version type: the kind shows it another way (a flow shows touchpoints, not their codes) */
  hidden?: boolean;
}

/** Every content field of a kind, each with its GraphQL type: the compiler holds this list to the kind's content. */
export type ContentFields<K extends DocumentKind> = { [F in keyof DocumentKinds[K] & string]-?: ContentField };

/**
 * The API of a kind whose documents are known by a stable code: the document type (Flow) with the
 * fields every such document has, its version type (FlowVersion) with the content fields, a
 * connection, and the mutations createFlow, createFlowDraft and updateFlowDraft with their inputs —
 * all from the kind's definition and its content fields.
 */
export function codedKindApi<K extends DocumentKind>(
  definition: KindDefinition<K>,
  service: CodedDocumentService,
  options: { description: string; versionDescription: string; content: ContentFields<K> },
) {
  const T = definition.typeName;
  const noun = T.toLowerCase();
  const content = Object.entries(options.content) as [string, ContentField][];

  const DocumentType = { [T]: class {} }[T]!;
  ObjectType(T, { implements: Node, description: options.description })(DocumentType);
  const VersionType = { [`${T}Version`]: class extends DocumentVersion {} }[`${T}Version`]!;
  ObjectType(`${T}Version`, { implements: [DocumentVersion, Node], description: options.versionDescription })(VersionType);
  const ConnectionType = Connection(T, DocumentType);

  const field = (spec: ContentField, nullable: boolean): FieldSpec => ({ type: spec.type, description: spec.description, nullable });
  const CreateInput = inputType(
    `Create${T}Input`,
    {
      code: { type: () => String, description: `stable code, unique among ${noun}s; ${definition.code?.rule ?? `e.g. ${definition.code?.example}`}` },
      title: { type: () => String, description: `the ${noun}’s title, 1 to 200 characters: the title of its first version` },
      ...Object.fromEntries(content.map(([name, spec]) => [name, field(spec, spec.optional ?? false)])),
      ownerId: { type: () => ID, nullable: true, description: 'the owner; the creator when omitted' },
      changeNote: { type: () => String, description: 'why the document is created, 1 to 2000 characters' },
    },
    `a new ${noun} with its first draft`,
  );
  const NewDraftInput = newDraftInput(T, `${noun}Id`);
  const UpdateInput = inputType(
    `Update${T}DraftInput`,
    {
      ...draftEditFields,
      title: { type: () => String, nullable: true, description: `the version’s title, 1 to 200 characters; left out or null: unchanged` },
      ...Object.fromEntries(content.map(([name, spec]) => [name, field(spec, true)])),
    },
    `an edit of a ${noun} draft: a content field left out or null stays as it is`,
  );

  @Resolver()
  class KindMutations {
    @Allow('content.write')
    @Mutation(() => VersionPayload, { name: `create${T}`, description: `a new ${noun} with its first draft` })
    async create(@Arg('input', () => CreateInput, { description: `the ${noun}’s code, name, content and first change note` }) input: CodedDocumentInput, @Ctx() ctx: Context): Promise<VersionPayload> {
      return { version: await service.create(ctx.db, actorOf(ctx), { ...input }) };
    }

    @Allow('content.write')
    @Mutation(() => VersionPayload, { name: `create${T}Draft`, description: `a new draft of a ${noun}, copied from basedOnVersionId or the latest version` })
    async createDraft(@Arg('input', () => NewDraftInput, { description: `the ${noun} and the change note` }) input: Record<string, string>, @Ctx() ctx: Context): Promise<VersionPayload> {
      const draft = { documentId: input[`${noun}Id`]!, basedOnVersionId: input.basedOnVersionId, changeNote: input.changeNote! };
      return { version: await service.createDraft(ctx.db, actorOf(ctx), draft) };
    }

    @Allow('content.write')
    @Mutation(() => VersionPayload, { name: `update${T}Draft`, description: `edit a ${noun} draft; only the fields given change; a stale expectedRevision gets CONFLICT` })
    async updateDraft(@Arg('input', () => UpdateInput, { description: 'the draft, the revision read and the fields to change' }) input: CodedDraftEdit, @Ctx() ctx: Context): Promise<VersionPayload> {
      return { version: await service.updateDraft(ctx.db, actorOf(ctx), { ...input }) };
    }
  }

  // each visible content field, read from the version's stored content
  @Resolver(() => VersionType)
  class ContentFieldsResolver {}
  for (const [name, spec] of content.filter(([, spec]) => !spec.hidden)) {
    Object.defineProperty(ContentFieldsResolver.prototype, name, { value: (v: VersionRow) => (contentOf(v) as Record<string, unknown>)[name] });
    Root()(ContentFieldsResolver.prototype, name, 0);
    FieldResolver(spec.type, { description: spec.description })(ContentFieldsResolver.prototype, name, Object.getOwnPropertyDescriptor(ContentFieldsResolver.prototype, name)!);
  }

  return {
    DocumentType,
    VersionType,
    ConnectionType,
    resolvers: [documentFieldsResolver(DocumentType, VersionType), ContentFieldsResolver, KindMutations] as const,
  };
}
