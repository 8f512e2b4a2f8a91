import { languageOptions } from '../lib/locale-options';
import { OptionField, type OptionFieldProps } from './option-field';

export const LANGUAGE_LABEL = 'Language';

const LANGUAGES = languageOptions();

/** The one language control: names with their tag ("German (de)"), searchable by either. */
export function LanguageField(props: Omit<OptionFieldProps, 'label'>) {
  return <OptionField label={LANGUAGE_LABEL} hint="Type a language name or tag, e.g. German or de." {...props} options={LANGUAGES} />;
}
