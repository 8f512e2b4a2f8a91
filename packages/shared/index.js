// Entry point for Node (the API). Plain `node` in production loads the compiled dist/ (`pnpm
// --filter @roster/shared build`); the development runners that compile TypeScript on the fly
// (swc-node's require hook for dev, seed, schema and bench; jest) load the source, so they
// never see a stale build. Vite and tsc read src/index.ts through "module" and "types".
const tsLoaded = Boolean(require.extensions['.ts']) || process.env.JEST_WORKER_ID !== undefined;
module.exports = tsLoaded ? require('./src/index.ts') : require('./dist/index.js');
