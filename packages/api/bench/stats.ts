import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `fn` and returns how long it took, in milliseconds. */
export async function timed(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

// Full collections before reading memory, so the figures compare live data rather than
// whatever the collector had not reached yet. `pnpm bench` runs without --expose-gc.
v8.setFlagsFromString('--expose-gc');
const gcFn = vm.runInNewContext('gc') as () => void;
export function settle(): NodeJS.MemoryUsage {
  gcFn();
  gcFn();
  return process.memoryUsage();
}

/** Median of a[i] / b[i]: samples taken side by side share whatever load the machine had then. */
export const pairedRatio = (a: number[], b: number[]): string => `${median(a.map((x, i) => x / b[i])).toFixed(2)}x`;

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ms = (x: number): string => (x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** A plain-text table with a header rule; `notes` (last column) is left unpadded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export { prng } from '../src/common/prng';
