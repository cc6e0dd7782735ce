import swc from 'unplugin-swc';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // SWC keeps the decorator metadata that type-graphql and TypeORM read at run time.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // graphql 16 has no exports map: without this, Vite and Node load two copies of it.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
