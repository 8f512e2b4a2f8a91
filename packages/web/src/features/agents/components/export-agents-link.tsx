/** The API's CSV export of every agent (the import's columns): GET with the session cookie, saved as a file. */
export const AGENTS_CSV_URL = '/exports/agents.csv';

/** A plain download link: the browser sends the session cookie and saves agents.csv. */
export function ExportAgentsLink({ inline = false }: { inline?: boolean }) {
  return inline ? (
    <a href={AGENTS_CSV_URL} download="agents.csv">
      export the current agents
    </a>
  ) : (
    <a href={AGENTS_CSV_URL} download="agents.csv" className="button button-secondary">
      Export CSV
    </a>
  );
}
