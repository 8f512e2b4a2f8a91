import { useEffect, useRef, useState } from 'react';
import { Popover } from 'radix-ui';
import { MapPin } from 'lucide-react';
import { addressMapHref, DEFAULT_ADDRESS_MAP_URL } from '@roster/shared';
import { useTranslation } from 'react-i18next';

// "Mouse over the user's mailing address to see a map" (seed 002): the address opens a small card on
// hover, on click and from the keyboard (Enter or Space; Escape closes it), with a link to the
// address in a map provider's search in a new tab. Roster itself loads no map tiles.

const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 200;

/** The provider's name for the link: OpenStreetMap for the default, else the pattern's host. */
export function mapProviderName(pattern: string | null | undefined): string {
  const href = addressMapHref(pattern, 'x');
  if (!href || href.startsWith(DEFAULT_ADDRESS_MAP_URL.replace('{query}', ''))) return 'OpenStreetMap';
  return new URL(href).hostname;
}

export function AddressMapCard({ address, mapUrl }: { address: string; mapUrl?: string | null }) {
  const { t } = useTranslation('crm');
  const [open, setOpen] = useState(false);
  // Opened by the pointer: focus stays where it is. Opened by click or keyboard: Radix moves it into the card.
  const byHover = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const later = (next: boolean, ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (next) byHover.current = true;
      setOpen(next);
    }, ms);
  };
  const stay = () => window.clearTimeout(timer.current);
  const href = addressMapHref(mapUrl, address);
  if (!href) return <span className="crm-address">{address}</span>;
  const provider = mapProviderName(mapUrl);

  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        window.clearTimeout(timer.current);
        byHover.current = false;
        setOpen(next);
      }}
    >
      <Popover.Trigger asChild>
        <button
          type="button"
          className="crm-address crm-address-trigger"
          aria-label={t('contact.map.show', { address })}
          onPointerEnter={(e) => e.pointerType === 'mouse' && !open && later(true, OPEN_DELAY_MS)}
          onPointerLeave={(e) => e.pointerType === 'mouse' && byHover.current && later(false, CLOSE_DELAY_MS)}
        >
          {address}
          <MapPin aria-hidden="true" className="crm-address-icon" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="help-tip-content address-map-card"
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label={t('contact.map.card')}
          onOpenAutoFocus={(e) => byHover.current && e.preventDefault()}
          onPointerEnter={stay}
          onPointerLeave={(e) => e.pointerType === 'mouse' && byHover.current && later(false, CLOSE_DELAY_MS)}
        >
          <p className="crm-address">{address}</p>
          <p>
            <a href={href} target="_blank" rel="noopener noreferrer" className="address-map-link">
              <MapPin aria-hidden="true" /> {t('contact.map.open', { provider })}
              <span className="visually-hidden"> {t('contact.newTab')}</span>
            </a>
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
