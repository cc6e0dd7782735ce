import type { KindModule } from '../versioning/kind-module.types.js';
import { flowKind } from './flow.kind.js';
import { flowApi } from './flow.types.js';
import { FlowsResolver, FlowVersionResolver } from './flows.resolver.js';

/** Service flows as a document kind. */
export const kind: KindModule = { definition: flowKind, resolvers: [...flowApi.resolvers, FlowsResolver, FlowVersionResolver] };
