import { readFile } from 'node:fs/promises';
import { type ASTNode, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printAppSchema } from '../../src/graphql/schema.js';

/** The SDL without descriptions: described arguments print one per line, the signatures checked here on one. */
const withoutDescriptions = (sdl: string) =>
  print(visit(parse(sdl), { enter: (node: ASTNode) => ('description' in node && node.description ? { ...node, description: undefined } : undefined) }));

describe('schema/schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });

  it('keeps the contract names front ends code against', async () => {
    const sdl = withoutDescriptions(await printAppSchema());
    for (const name of [
      'me: User',
      'handbook(asOf: DateTime): Handbook!',
      'chapter(asOf: DateTime, id: ID, number: Int): Chapter',
      'discardDraft(input: DiscardDraftInput!): DiscardDraftPayload!',
      'withdrawScheduledVersion(input: WithdrawScheduledVersionInput!): VersionPayload!',
      'reviewQueue(after: String, first: Int): DocumentVersionConnection!',
      'node(id: ID!): Node',
      'documentVersion(id: ID!): DocumentVersion',
      'diffVersions(fromVersionId: ID!, toVersionId: ID!): VersionDiff!',
      'auditTrail(after: String, filter: AuditFilter, first: Int): AuditEntryConnection!',
      'verifyAuditTrail: AuditVerification!',
      'createChapterDraft(input: CreateChapterDraftInput!): VersionPayload!',
      'updateChapterDraft(input: UpdateChapterDraftInput!): VersionPayload!',
      'submitVersion(input: SubmitVersionInput!): VersionPayload!',
      'publishVersion(input: PublishVersionInput!): VersionPayload!',
      'rejectVersion(input: RejectVersionInput!): VersionPayload!',
      'retireDocument(input: RetireDocumentInput!): DocumentPayload!',
      'type ChapterVersion implements DocumentVersion',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
