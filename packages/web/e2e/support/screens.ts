// Every screen a spec reaches is checked with axe-core and photographed: the screenshots go to
// test-results/screens/<name>.png (the team reviews them) and are attached to the report.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Fails on serious or critical WCAG A/AA violations; lesser ones become annotations. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const describe = (v: (typeof violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`;
  const blocking = violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''));
  for (const v of violations.filter((v) => !blocking.includes(v))) {
    test.info().annotations.push({ type: 'a11y', description: `${new URL(page.url()).pathname}: ${describe(v)}` });
  }
  expect(blocking.map(describe), `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Checks the page's accessibility and saves a full-page screenshot named `name`. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await test.step(`screen ${name}`, async () => {
    const path = join(test.info().project.outputDir, 'screens', `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await test.info().attach(name, { path, contentType: 'image/png' });
    await expectAccessible(page);
  });
}
