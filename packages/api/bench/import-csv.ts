import fs from 'node:fs';

/** The teams the generated rows name (the benches create them first). */
export const TEAMS = ['Support', 'Billing', 'Sales', 'Tier 2', 'VIP'];

/** A CSV of n agents as an admin would upload it: groups and teams by name, some reports admins. */
export function writeCsv(file: string, n: number): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature\n');
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += `agent${i}@bench.example.com,Agent ${i} Zoë,All Non-Destructive Permissions,"${TEAMS[i % 5]};${TEAMS[(i + 2) % 5]}",No,${i % 10 === 0 ? 'Yes' : 'No'},Yes,\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}
