import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronRight } from 'lucide-react';

interface PageHeaderProps {
  title: ReactNode;
  /** Id of the h1, for a section labelled by it. */
  titleId?: string;
  /** The pages above this one, outermost first. */
  breadcrumb?: { to: string; label: string }[];
  /** One short line under the title (a count, an email). */
  intro?: ReactNode;
  /** The page's actions, right-aligned beside the title. */
  actions?: ReactNode;
  /** Before the title: a record's avatar. */
  leading?: ReactNode;
}

/** The one header bar of a page: breadcrumb, title and the page's actions. */
export function PageHeader({ title, titleId, breadcrumb, intro, actions, leading }: PageHeaderProps) {
  const { t } = useTranslation('common');
  return (
    <header className="page-header">
      {breadcrumb && breadcrumb.length > 0 && (
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            {breadcrumb.map((crumb) => (
              <li key={crumb.to}>
                <Link to={crumb.to}>{crumb.label}</Link>
                <ChevronRight aria-hidden="true" className="breadcrumb-sep" />
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-header-bar">
        <div className="page-header-main">
          {leading}
          <div className="page-header-text">
            <h1 id={titleId}>{title}</h1>
            {intro && <p className="page-intro">{intro}</p>}
          </div>
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
    </header>
  );
}
