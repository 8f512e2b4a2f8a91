import type { UseFormRegister } from 'react-hook-form';
import type { NotificationRow, PreferenceValues } from '../preferences-form-values';

interface NotificationSwitchesProps {
  name: 'ticketNotifications' | 'otherNotifications';
  caption: string;
  rows: NotificationRow[];
  register: UseFormRegister<PreferenceValues>;
  disabled?: boolean;
}

/** One row per event with its email and browser switches. */
export function NotificationSwitches({ name, caption, rows, register, disabled }: NotificationSwitchesProps) {
  return (
    <div className="table-wrap">
      <table className="data-table switch-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Email</th>
            <th scope="col">Browser</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.event}>
              <th scope="row">{row.label}</th>
              <td>
                <input type="checkbox" aria-label={`${row.label}: email`} disabled={disabled} {...register(`${name}.${i}.email`)} />
              </td>
              <td>
                <input type="checkbox" aria-label={`${row.label}: browser`} disabled={disabled} {...register(`${name}.${i}.browser`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
