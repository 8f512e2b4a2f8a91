/** Marks a light agent (no license seat; reads the CRM and adds notes only) in lists and on the agent page. */
export function LightBadge({ type }: { type: string | null | undefined }) {
  if (type !== 'LIGHT') return null;
  return (
    <span className="badge badge-light" title="Light agent: uses no license seat, may read records and add notes">
      Light
    </span>
  );
}
