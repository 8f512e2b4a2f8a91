import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Writes .br (quality 11) and .gz (level 9) next to every compressible file of the build: the
 * API (and nginx's gzip_static) sends them as they are, so the best ratios cost no CPU per
 * request (brotli 11 takes about 1 s for the React chunk: too slow to do on the fly). Source maps
 * (only devtools fetch them) are left to the on-the-fly compression.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return {
    name: 'roster-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir).filter((f) => /\.(js|mjs|css|html|svg|json|txt)$/.test(f))) {
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length };
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params }));
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

// In development the SPA runs on Vite's port and forwards API calls, so the session
// cookie stays first-party exactly as in production (where the API serves dist/).
const apiTarget = 'http://localhost:4000';

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget },
      '/imports': { target: apiTarget, changeOrigin: false },
      '/exports': { target: apiTarget, changeOrigin: false },
      '/users': { target: apiTarget, changeOrigin: false },
      // Single sign-on's browser legs (start, callback); the admin page is /single-sign-on.
      '/sso/': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/imports': { target: apiTarget, changeOrigin: false },
      '/exports': { target: apiTarget, changeOrigin: false },
      '/users': { target: apiTarget, changeOrigin: false },
      '/sso/': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: scripts/check-bundle-size.mjs reads the entry's static imports from it.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
});
