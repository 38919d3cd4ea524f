import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// the development server may also serve the ledger's reference file of municipalities, read by src/cijfers
const reference = fileURLToPath(new URL('../shared-events/src/main/resources/nl/hgk/ledger/reference', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

// The built interface lands in the jar's static/ folder, where Spring Boot serves it at /.
// In development (npm run dev) the API calls go to a running ledger: HGK_API, by default http://localhost:8080.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    fs: { allow: [here, reference] },
    proxy: { '/api': process.env.HGK_API ?? 'http://localhost:8080', '/oauth2': process.env.HGK_API ?? 'http://localhost:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
