import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../i18n';
import { FieldForm, type FieldFormValues } from './field-form';

// The user-field form in German: labels, type names, the dropdown's options and the SPA's own check.
describe('FieldForm in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('names its boxes, types and options in German and refuses a blank name in German', async () => {
    const onSave = vi.fn<(values: FieldFormValues) => Promise<unknown>>().mockResolvedValue(true);
    render(<FieldForm submitLabel="Feld erstellen" onSave={onSave} />);
    const type = screen.getByRole('combobox', { name: 'Typ' });
    expect(within(type).getByRole('option', { name: 'Auswahlliste' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Beschreibung' })).toHaveAccessibleDescription(
      'Optional: wird Agenten unter dem Feld angezeigt.',
    );
    await userEvent.selectOptions(type, 'DROPDOWN');
    expect(screen.getByRole('group', { name: 'Optionen' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Option 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Option 2 entfernen' })).toHaveTextContent('Entfernen');
    expect(screen.getByRole('button', { name: 'Option hinzufügen' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Feld erstellen' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/ist erforderlich/);
    expect(onSave).not.toHaveBeenCalled();
  });
});
