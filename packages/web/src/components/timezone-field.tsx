import { timeZoneOptions } from '../lib/locale-options';
import { OptionField, type OptionFieldProps } from './option-field';

export const TIME_ZONE_LABEL = 'Time zone';

/** The one time zone control: IANA names with their UTC offset, searchable by city or region. */
export function TimezoneField(props: Omit<OptionFieldProps, 'label'>) {
  return (
    <OptionField label={TIME_ZONE_LABEL} hint="Type a city or region, e.g. Paris or America." {...props} options={timeZoneOptions()} />
  );
}
