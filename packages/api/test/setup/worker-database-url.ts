/** The database URL of jest worker `worker` (1-based): the base database for worker 1, `<name>_<worker>` for the others. */
export function workerDatabaseUrl(base: string, worker: number): string {
  if (worker <= 1) return base;
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/$/, '')}_${worker}`;
  return url.toString();
}
