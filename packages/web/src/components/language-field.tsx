import { useTranslation } from 'react-i18next';
import { languageOptions } from '../lib/locale-options';
import { OptionField, type OptionFieldProps } from './option-field';

/** The one language control: names in the SPA's language with their tag ("German (de)", "Deutsch (de)"), searchable by either. */
export function LanguageField(props: Omit<OptionFieldProps, 'label'>) {
  const { t, i18n } = useTranslation('common');
  return <OptionField label={t('fields.language')} hint={t('fields.languageHint')} {...props} options={languageOptions(i18n.language)} />;
}
