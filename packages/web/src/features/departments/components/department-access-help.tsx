import { Trans, useTranslation } from 'react-i18next';
import { HelpTip } from '../../../components/help-tip';

/** What Full and Assign access mean, behind a "?" (the departments page and the permission groups' department access). */
export function DepartmentAccessHelp() {
  const { t } = useTranslation('departments');
  return (
    <HelpTip topic={t('accessHelp.topic')}>
      <p>
        <Trans i18nKey="accessHelp.levels" t={t} components={{ strong: <strong /> }} />
      </p>
      <p>{t('accessHelp.sources')}</p>
    </HelpTip>
  );
}
