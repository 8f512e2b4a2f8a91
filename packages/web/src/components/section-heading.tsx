import type { Ref } from 'react';
import { Pencil } from 'lucide-react';

interface SectionHeadingProps {
  /** The heading's id, for the section's aria-labelledby. */
  id: string;
  title: string;
  /** The pencil's accessible name ("Edit contact information"); no pencil without onEdit. */
  editLabel?: string;
  onEdit?: () => void;
  /** The pencil, to give focus back to when the editor closes. */
  editRef?: Ref<HTMLButtonElement>;
}

/** A record section's heading with its pencil: edit in place from the section header. */
export function SectionHeading({ id, title, editLabel, onEdit, editRef }: SectionHeadingProps) {
  return (
    <div className="section-heading">
      <h3 id={id}>{title}</h3>
      {onEdit && (
        <button
          ref={editRef}
          type="button"
          className="button button-icon button-small"
          aria-label={editLabel ?? `Edit ${title.toLowerCase()}`}
          title={editLabel ?? `Edit ${title.toLowerCase()}`}
          onClick={onEdit}
        >
          <Pencil aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
