import type { KindModule } from '../versioning/kind-module.types.js';
import { caseKind } from './case.kind.js';
import { CasesResolver, CaseVersionResolver } from './cases.resolver.js';

/** Cases kept from closed exceptions, as a document kind. */
export const kind: KindModule = { definition: caseKind, resolvers: [CasesResolver, CaseVersionResolver] };
