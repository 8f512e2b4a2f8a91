import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addressMapHref, DEFAULT_ADDRESS_MAP_URL } from '@roster/shared';
import { AddressMapCard, mapProviderName } from './address-map-card';

const ADDRESS = '10 Downing St\nLondon SW1A 2AA';

describe('addressMapHref', () => {
  it('puts the URL-encoded address in place of {query}, and only that', () => {
    expect(addressMapHref(null, ADDRESS)).toBe('https://www.openstreetmap.org/search?query=10%20Downing%20St%20London%20SW1A%202AA');
    expect(addressMapHref('https://maps.example.com/?q={query}&z=1', 'a&b=c #d')).toBe('https://maps.example.com/?q=a%26b%3Dc%20%23d&z=1');
    // $& and $1 are not replacement patterns here: the address is inserted as it is, encoded.
    expect(addressMapHref('https://maps.example.com/{query}', '$& $1')).toBe('https://maps.example.com/%24%26%20%241');
  });

  it('falls back to OpenStreetMap for a pattern that is not usable, and gives no link for an empty address', () => {
    expect(addressMapHref('javascript:alert(1)//{query}', 'x')).toBe(DEFAULT_ADDRESS_MAP_URL.replace('{query}', 'x'));
    expect(addressMapHref('http://maps.example.com/?q={query}', 'x')).toBe(DEFAULT_ADDRESS_MAP_URL.replace('{query}', 'x'));
    expect(addressMapHref(null, '  ')).toBeNull();
    expect(mapProviderName(undefined)).toBe('OpenStreetMap');
    expect(mapProviderName('https://maps.example.com/?q={query}')).toBe('maps.example.com');
  });
});

describe('AddressMapCard', () => {
  it('opens from the keyboard with a map link that opens in a new tab without an opener; Escape closes it', async () => {
    render(<AddressMapCard address={ADDRESS} />);
    const trigger = screen.getByRole('button', { name: `${ADDRESS}: show on a map` });
    await userEvent.tab();
    expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const link = await screen.findByRole('link', { name: 'Open in OpenStreetMap (opens in a new tab)' });
    expect(link).toHaveAttribute('href', addressMapHref(null, ADDRESS));
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('link')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it("opens on hover with the administrators' provider", async () => {
    render(<AddressMapCard address="Main St 1" mapUrl="https://maps.example.com/?q={query}" />);
    await userEvent.hover(screen.getByRole('button', { name: 'Main St 1: show on a map' }));
    const link = await screen.findByRole('link', { name: /Open in maps.example.com/ });
    expect(link).toHaveAttribute('href', 'https://maps.example.com/?q=Main%20St%201');
  });
});
