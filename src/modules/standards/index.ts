import type { KindModule } from '../versioning/kind-module.types.js';
import { standardKind } from './standard.kind.js';
import { standardApi } from './standard.types.js';
import { StandardsResolver } from './standards.resolver.js';

/** Service standards as a document kind. */
export const kind: KindModule = { definition: standardKind, resolvers: [...standardApi.resolvers, StandardsResolver] };
