import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../i18n';
import { PhoneListEditor } from '../phone-list/phone-list-editor';
import { ContactEditor } from './contact-editor';

describe('contact information and phones in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('reads the record and the editor in German: labels, hints, the country picker by German names', async () => {
    render(<ContactEditor contact={{ phone: '+4930901820', address: 'Unter den Linden 1\nBerlin' }} canEdit onSave={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Kontaktdaten' })).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Telefon', 'Postanschrift']);
    expect(screen.getByRole('link', { name: '+49 30 901820' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kopieren Telefon +4930901820' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Kontaktdaten bearbeiten' }));
    const country = screen.getByRole('combobox', { name: 'Ländervorwahl des Telefons' });
    expect(country).toHaveValue('DE');
    expect(screen.getByRole('option', { name: 'Deutschland +49', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Telefon' })).toHaveValue('030 901820');
    expect(screen.getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription('Zum Beispiel acme.example');
    expect(screen.getByRole('button', { name: 'Kontaktdaten speichern' })).toBeInTheDocument();
  });

  it('shows the phone list in German', () => {
    render(
      <PhoneListEditor
        title="Telefonnummern"
        rows={[{ key: 'a', label: 'LANDLINE', country: 'AT', number: '01 5880' }]}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Ländervorwahl, Telefon 1' })).toHaveValue('AT');
    expect(screen.getByRole('option', { name: 'Österreich +43', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Art, Telefon 1' })).toHaveDisplayValue('Festnetz');
    expect(screen.getByRole('button', { name: 'Telefon 1 entfernen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+ Hinzufügen eine Telefonnummer' })).toBeInTheDocument();
  });
});
