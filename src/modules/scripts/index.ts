import type { KindModule } from '../versioning/kind-module.types.js';
import { scriptKind } from './script.kind.js';
import { scriptApi } from './script.types.js';
import { ScriptsResolver } from './scripts.resolver.js';

/** Standard scripts as a document kind. */
export const kind: KindModule = { definition: scriptKind, resolvers: [...scriptApi.resolvers, ScriptsResolver] };
