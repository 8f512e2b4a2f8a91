import { useTranslation } from 'react-i18next';
import { timeZoneOptions } from '../lib/locale-options';
import { OptionField, type OptionFieldProps } from './option-field';

/** The one time zone control: IANA names with their UTC offset, searchable by city or region. */
export function TimezoneField(props: Omit<OptionFieldProps, 'label'>) {
  const { t } = useTranslation('common');
  return <OptionField label={t('fields.timeZone')} hint={t('fields.timeZoneHint')} {...props} options={timeZoneOptions()} />;
}
