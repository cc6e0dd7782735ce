// Every document kind, one line each. The DocumentKind enum, the version types, the resolvers of
// the schema and what versioning and search know of kinds all follow from this list.
export { kind as chapter } from './handbook/index.js';
export { kind as flow } from './flows/index.js';
export { kind as script } from './scripts/index.js';
export { kind as standard } from './standards/index.js';
export { kind as case } from './cases/index.js';
