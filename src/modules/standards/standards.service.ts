import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import type { Page } from '../../shared/pagination.js';
import { codedDocumentService } from '../versioning/coded-documents.js';
import { listDocuments } from '../versioning/document-list.js';
import { contentOf } from '../versioning/kind.js';
import { appliesTo } from '../versioning/scope.js';
import { standardKind } from './standard.kind.js';

export const standardService = codedDocumentService(standardKind);

export interface StandardFilterValues {
  standardClass?: string | null;
  channel?: string | null;
  businessCode?: string | null;
  /** standards with a value for this grade */
  grade?: string | null;
}

/** Standards the reader may see, by code, each at `asOf`, narrowed by `filter`. */
export const listStandards = (db: Db, reader: Pick<Actor, 'user'>, asOf: string, filter: StandardFilterValues, page: Page) =>
  listDocuments(db, reader, standardKind.kind, asOf, page, (v) => {
    const c = contentOf<'STANDARD'>(v);
    return (
      (!filter.standardClass || c.standardClass === filter.standardClass) &&
      (!filter.grade || c.values.some((g) => g.grade === filter.grade)) &&
      appliesTo(c, filter.channel, filter.businessCode)
    );
  });
