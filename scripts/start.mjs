#!/usr/bin/env node
// `pnpm start`: builds whatever is stale (shared, API, SPA), then runs the compiled API in this
// very process, so that Ctrl-C and SIGTERM reach the server directly and it exits 0. The root
// script is `exec node --max-old-space-size=256 scripts/start.mjs` (the heap limit: docker/api.Dockerfile): without `exec`, the sh between pnpm and node dies of
// the Ctrl-C itself and pnpm reports ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL.
//
// A build is stale when the hash of its inputs (sources, configs, package.json, lockfile)
// differs from the stamp written into its dist/ after the last successful build. Each package's
// own `build` script is the build command (the same one `pnpm build` and the Dockerfile run).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-stamp';
const common = ['pnpm-lock.yaml', 'tsconfig.base.json'];
const TARGETS = [
  {
    pkg: 'shared',
    inputs: ['packages/shared/src', 'packages/shared/package.json', 'packages/shared/tsconfig.json', 'packages/shared/tsconfig.build.json'],
  },
  {
    pkg: 'api',
    inputs: [
      'packages/api/src',
      'packages/api/package.json',
      'packages/api/tsconfig.json',
      'packages/api/tsconfig.build.json',
      'packages/shared/src',
    ],
  },
  {
    pkg: 'web',
    inputs: [
      'packages/web/src',
      'packages/web/public',
      'packages/web/index.html',
      'packages/web/package.json',
      'packages/web/tsconfig.json',
      'packages/web/vite.config.ts',
      'packages/shared/src',
    ],
  },
];

function* files(path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    yield* files(join(path, entry.name));
  }
}

function inputHash(inputs) {
  const hash = createHash('sha256');
  for (const input of [...common, ...inputs]) {
    for (const file of files(join(ROOT, input))) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** Runs the package's `build` script the way `pnpm run build` does (sh, local .bin on PATH). */
function build(pkg) {
  const dir = join(ROOT, 'packages', pkg);
  const script = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build;
  const bins = [join(dir, 'node_modules', '.bin'), join(ROOT, 'node_modules', '.bin')];
  const env = { ...process.env, PATH: [...bins, process.env.PATH].join(delimiter) };
  const { status, signal } = spawnSync('sh', ['-c', script], { cwd: dir, env, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`Building ${pkg} failed (${signal ?? `exit code ${status}`})`);
    process.exit(status || 1);
  }
}

function buildStale() {
  for (const { pkg, inputs } of TARGETS) {
    const stamp = join(ROOT, 'packages', pkg, 'dist', STAMP);
    const hash = inputHash(inputs);
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) continue;
    const started = Date.now();
    console.log(`Building ${pkg}...`);
    build(pkg);
    writeFileSync(stamp, hash);
    console.log(`Built ${pkg} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

buildStale();
if (!process.argv.includes('--build-only')) {
  // main.js starts the server when loaded; it reads process.argv (--demo) and INIT_CWD as usual.
  await import(pathToFileURL(join(ROOT, 'packages/api/dist/main.js')).href);
}
