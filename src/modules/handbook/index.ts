import type { KindModule } from '../versioning/kind-module.types.js';
import { chapterKind } from './chapter.kind.js';
import { ChapterVersionResolver, HandbookResolver } from './handbook.resolver.js';

/** The handbook's chapters as a document kind. */
export const kind: KindModule = { definition: chapterKind, resolvers: [HandbookResolver, ChapterVersionResolver] };
