import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The console is built into dist/web and served by the API's own server (src/http/console.ts),
// so it shares its origin with /graphql and needs no CORS; everything is bundled, no CDN.
export default defineConfig({
  root: here,
  plugins: [react()],
  // the reports' chunk is mostly ECharts (about 540 kB), loaded only when the reports open
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/flows': 'http://localhost:4000', '/reports': 'http://localhost:4000' } },
});
