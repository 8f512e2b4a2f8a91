import { useTranslation } from 'react-i18next';
import { phoneCountryOptions } from './phone-rows';

interface PhoneCountrySelectProps {
  label: string;
  value: string;
  onChange: (country: string) => void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/** Every region with its calling code ("United Kingdom +44"), by name; '' is "no country" (a number kept as text). */
export function PhoneCountrySelect({ label, value, onChange, disabled, invalid, describedBy }: PhoneCountrySelectProps) {
  const { t } = useTranslation('crm');
  return (
    <select
      className="phone-row-country"
      aria-label={label}
      value={value}
      disabled={disabled}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    >
      {!value && <option value="">{t('phones.noCountry')}</option>}
      {phoneCountryOptions().map((c) => (
        <option key={c.code} value={c.code}>
          {c.text}
        </option>
      ))}
    </select>
  );
}
