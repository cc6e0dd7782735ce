/**
 * Which way the layers point (npm run lint fails the build on a breach):
 *   composition (main, app, runtime, bootstrap, cli) → GraphQL (src/graphql, *.resolver.ts, *.types.ts,
 *   kind manifests) → services, entities, loaders (src/modules) → jobs, db, policies → shared.
 */
const GRAPHQL_LAYER = ['^src/graphql/', '\\.resolver\\.ts$', '\\.types\\.ts$', '^src/modules/[^/]+/index\\.ts$', '^src/modules/kinds\\.ts$'];
const COMPOSITION = ['^src/(main|app|runtime|bootstrap)\\.ts$', '^src/cli/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle ties modules together so that neither can change or load alone; point the layers one way.',
      from: { path: '^(src|seeds|bench)/' },
      to: { circular: true },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'src/shared is the kernel every layer uses: it imports nothing else of the application.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'services-know-no-graphql',
      severity: 'error',
      comment: 'Services, entities, jobs and policies take (db, actor, input) and are called by the API, jobs, commands and tests alike: they never import the GraphQL layer.',
      from: { path: '^src/', pathNot: [...GRAPHQL_LAYER, ...COMPOSITION] },
      to: { path: [...GRAPHQL_LAYER, '^node_modules/(type-graphql|@apollo|graphql-scalars)/'] },
    },
    {
      name: 'resolvers-hold-no-queries',
      severity: 'error',
      comment: 'A resolver parses arguments, calls a service or a loader and shapes the answer; queries live in services and loaders (*.loaders.ts). Types of entities may be imported.',
      from: { path: GRAPHQL_LAYER },
      to: { path: ['^node_modules/typeorm/', '\\.entity\\.ts$', '^src/db/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'versioning-announces',
      severity: 'error',
      comment: 'Versioning announces what it stores (domain events); search, webhooks and the knowledge process listen. It never calls them.',
      from: { path: '^src/modules/versioning/' },
      to: { path: '^src/modules/(search|touchpoints/(?!touchpoint-code))' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|test)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
