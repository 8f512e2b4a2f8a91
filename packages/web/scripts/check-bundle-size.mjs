// After `vite build`: the gzip size of the JavaScript the first page loads (the entry chunk and
// every chunk it imports statically, from the Vite manifest; lazy routes are not counted).
// Fails the build above the budget (issue 9: 250 KB). Usage: node scripts/check-bundle-size.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250 * 1024;

/** Manifest keys of the entry chunks and all their static imports, entries first. */
export function firstPageChunks(manifest) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const keys = firstPageChunks(manifest);
  if (!keys.length) throw new Error('no entry chunk in the Vite manifest');
  const rows = keys
    .map((key) => manifest[key].file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const data = readFileSync(join(dist, file));
      // Level 9, as the build's precompressed .gz files that the server sends.
      return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry).length;
  console.log(`\nJavaScript loaded by the first page (gzip), ${lazy} lazy chunks not counted:`);
  for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
  console.log(`  ${'total'.padEnd(44)} ${''.padStart(14)} ${kb(total).padStart(10)} gzip (budget ${kb(BUDGET_BYTES)})\n`);
  if (total > BUDGET_BYTES) {
    console.error(`First-page JavaScript is ${kb(total)} gzipped, over the ${kb(BUDGET_BYTES)} budget: load more of it lazily.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2] ?? 'dist');
