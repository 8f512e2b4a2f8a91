import type { TFunction } from 'i18next';
import { currentLocale } from '../../i18n';
import { ordinal } from '../../lib/server-field-errors';

const PARTS = { country: 'phoneError.country', number: 'phoneError.number', label: 'phoneError.labelPart' } as const;

/** Words for the error path of one phone's part (`input.phones.1.number` -> "Phones: number of the second phone"). */
export function phoneErrorLabel(t: TFunction<'agents'>, path: string, listLabel: string, prefix = 'input.phones'): string | undefined {
  const phone = path.startsWith(`${prefix}.`) ? /^(\d+)\.(country|number|label)$/.exec(path.slice(prefix.length + 1)) : null;
  if (!phone) return undefined;
  const index = Number(phone[1]);
  // English words the position ("second"); German writes it as a number ("2.").
  const position = currentLocale() === 'en' ? ordinal(index) : `${index + 1}.`;
  return t('phoneError.label', { list: listLabel, part: t(PARTS[phone[2] as keyof typeof PARTS]), position });
}
