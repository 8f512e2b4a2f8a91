import { ordinal } from '../../lib/server-field-errors';

const PHONE_PART_NAMES = { country: 'country code', number: 'number', label: 'label' } as const;

/** Words for the error path of one phone's part (`input.phones.1.number` -> "Phones: number of the second phone"). */
export function phoneErrorLabel(path: string, listLabel: string, prefix = 'input.phones'): string | undefined {
  const phone = path.startsWith(`${prefix}.`) ? /^(\d+)\.(country|number|label)$/.exec(path.slice(prefix.length + 1)) : null;
  if (!phone) return undefined;
  return `${listLabel}: ${PHONE_PART_NAMES[phone[2] as keyof typeof PHONE_PART_NAMES]} of the ${ordinal(Number(phone[1]))} phone`;
}
