import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '@roster/shared';
import type { ContactKey } from './contact-fields';
import { AddressMapCard } from './address-map-card';

// How the record shows contact values: links only to http(s) addresses (a stored value is the
// API's, but an old row or another client may hold anything), opened without an opener.

/** The URL when `value` is an absolute http or https address; null otherwise (javascript:, data:, text). */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A tel: address: digits and a leading +, an extension after a comma (a pause, as dialers expect). */
export function telHref(phone: string): string | null {
  const [main, ext] = phone.split(/\s*(?:x|ext\.?)\s*/i);
  const digits = (main.trim().startsWith('+') ? '+' : '') + main.replace(/\D/g, '');
  if (digits.replace('+', '').length < 3) return null;
  return `tel:${digits}${ext && /^\d+$/.test(ext) ? `,${ext}` : ''}`;
}

function External({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation('crm');
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('contact.newTab')}</span>
    </a>
  );
}

/** One stored contact value as the record shows it. */
export function ContactValue({ field, value, mapUrl }: { field: ContactKey; value: string; mapUrl?: string | null }) {
  if (field === 'phone') {
    // Stored in E.164 (issue 24), shown in its international format; older text as it is.
    const href = telHref(value);
    return href ? <a href={href}>{formatPhone(value)}</a> : <>{value}</>;
  }
  if (field === 'twitter') {
    const handle = value.replace(/^@/, '');
    return /^\w{1,15}$/.test(handle) ? <External href={`https://x.com/${handle}`}>@{handle}</External> : <>{value}</>;
  }
  if (field === 'website' || field === 'linkedin' || field === 'facebook') {
    const href = httpUrl(value);
    return href ? <External href={href}>{value}</External> : <>{value}</>;
  }
  if (field === 'address') return <AddressMapCard address={value} mapUrl={mapUrl} />;
  return <>{value}</>;
}
