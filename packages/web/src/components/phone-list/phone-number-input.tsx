import { formatPhone, parsePhone, PHONE_INPUT_MAX_LENGTH } from '@roster/shared';
import { PhoneCountrySelect } from './phone-country-select';

/** One phone number as a form holds it: the picked region ('' for none) and the number as typed. */
export interface PhoneNumberValue {
  country: string;
  number: string;
}

interface PhoneNumberInputProps {
  value: PhoneNumberValue;
  onChange: (patch: Partial<PhoneNumberValue>) => void;
  /** The country picker's accessible name ("Country code, phone 2"). */
  countryLabel: string;
  /** The number input's accessible name; leave it out when a <label> points at `id`. */
  numberLabel?: string;
  placeholder?: string;
  /** The number input's id (a FormField's control id). */
  id?: string;
  invalid?: { country?: boolean; number?: boolean };
  describedBy?: string;
  readOnly?: boolean;
}

/**
 * `[country +44] [number]`: the one control a single phone number is typed in, used by each row
 * of the phone list and by the CRM contact phone. Renders its two controls side by side (the
 * caller's flex row lays them out); `PhonePreview` shows the number as it will be stored.
 */
export function PhoneNumberInput({
  value,
  onChange,
  countryLabel,
  numberLabel,
  placeholder,
  id,
  invalid,
  describedBy,
  readOnly,
}: PhoneNumberInputProps) {
  return (
    <>
      <PhoneCountrySelect
        label={countryLabel}
        value={value.country}
        onChange={(country) => onChange({ country })}
        disabled={readOnly}
        invalid={invalid?.country}
        describedBy={describedBy}
      />
      <input
        type="tel"
        id={id}
        className="phone-row-number"
        aria-label={numberLabel}
        placeholder={placeholder}
        autoComplete="off"
        value={value.number}
        readOnly={readOnly}
        aria-invalid={invalid?.number ? true : undefined}
        aria-describedby={describedBy}
        maxLength={PHONE_INPUT_MAX_LENGTH}
        onChange={(e) => onChange({ number: e.target.value })}
      />
    </>
  );
}

/** The number in E.164 when it reads as one with the picked country (international form wins), else null. */
export function phoneE164({ country, number }: PhoneNumberValue): string | null {
  if (!number.trim()) return null;
  const parsed = parsePhone(number, country || null);
  return parsed.ok ? parsed.e164 : null;
}

/** The number in its international format once it reads as one: what the record will show. */
export function PhonePreview({ value }: { value: PhoneNumberValue }) {
  const e164 = phoneE164(value);
  return e164 ? <span className="phone-row-formatted">{formatPhone(e164)}</span> : null;
}
