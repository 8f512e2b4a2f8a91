import { isPhoneCountry, MAX_PHONES, PHONE_LABELS, PHONE_PROBLEMS, type PhoneLabel, type StoredPhone } from '@roster/shared';
import type { FieldCheck } from '../../common/errors';
import { checkPhone } from '../../common/phone';
import type { AgentFields } from './agent.types';
import { optionalText } from './agent.validation';

// An agent's phones (issue 24): a list of labelled numbers in E.164, stored as one JSON column and
// replaced whole by `phones`. The single fields of CONTRACT.md (phone, landlinePhone, mobilePhone)
// stay: each reads and writes the first entry with its label.

export const LEGACY_PHONE_FIELDS = { phone: 'SMS', landlinePhone: 'LANDLINE', mobilePhone: 'MOBILE' } as const;
type LegacyPhoneField = keyof typeof LEGACY_PHONE_FIELDS;
const LEGACY = Object.keys(LEGACY_PHONE_FIELDS) as LegacyPhoneField[];

/** The first number with `label` (what the single fields show). */
export const firstPhone = (phones: readonly StoredPhone[] | null, label: PhoneLabel): string | null =>
  phones?.find((p) => p.label === label)?.number ?? null;

/** The change log's text of a list ("MOBILE +447911123456; SMS +447911123456"). */
export const phonesText = (phones: readonly StoredPhone[] | null): string =>
  (phones ?? []).map((p) => `${p.label} ${p.number}${p.valid === false ? ' (not checked)' : ''}`).join('; ');

const tooMany = `must list at most ${MAX_PHONES} phones`;

/**
 * The agent's phones after `input` (undefined: untouched), each problem named on its entry
 * (`phones.2.number`) or single field. `current` is the stored list (null on create).
 */
export function checkPhones(fc: FieldCheck, input: AgentFields, current: readonly StoredPhone[] | null): StoredPhone[] | undefined {
  const legacy = LEGACY.filter((f) => input[f] !== undefined);
  if (input.phones === undefined) return legacy.length ? applyLegacy(fc, input, legacy, current ?? []) : undefined;
  if (legacy.length) {
    fc.check(false, 'phones', `give either phones or ${legacy.join(', ')}, not both`);
    return undefined;
  }
  const list = input.phones ?? [];
  if (!fc.check(list.length <= MAX_PHONES, 'phones', tooMany)) return undefined;
  const out: StoredPhone[] = [];
  list.forEach((p, i) => {
    const at = `phones.${i}`;
    if (!fc.check(PHONE_LABELS.includes(p?.label as PhoneLabel), `${at}.label`, `must be one of ${PHONE_LABELS.join(', ')}`)) return;
    if (p.country && !fc.check(isPhoneCountry(p.country), `${at}.country`, PHONE_PROBLEMS.unknownCountry)) return;
    const text = optionalText(p.number);
    if (!fc.check(!!text, `${at}.number`, 'must not be empty')) return;
    const number = checkPhone(fc, `${at}.number`, text!, p.country);
    if (!number) return;
    const twice = out.some((o) => o.label === p.label && o.number === number);
    if (fc.check(!twice, `${at}.number`, 'is listed twice with this label')) out.push({ label: p.label as PhoneLabel, number });
  });
  return out;
}

/** The single fields: each sets (or, with null or blank, removes) the first entry with its label. */
function applyLegacy(fc: FieldCheck, input: AgentFields, fields: LegacyPhoneField[], current: readonly StoredPhone[]): StoredPhone[] {
  const out = [...current];
  for (const f of fields) {
    const label = LEGACY_PHONE_FIELDS[f];
    const at = out.findIndex((p) => p.label === label);
    const text = optionalText(input[f]);
    if (!text) {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    const number = checkPhone(fc, f, text);
    if (!number) continue;
    if (at >= 0) out[at] = { label, number };
    else out.push({ label, number });
  }
  fc.check(out.length <= MAX_PHONES, fields[0], tooMany);
  return out;
}
