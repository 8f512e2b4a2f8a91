// Every screen a spec reaches is checked with axe-core and photographed: the screenshots go to
// test-results/screens/<name>.png (the team reviews them) and are attached to the report.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { violations } from './axe';

/** Fails on any WCAG A/AA or best-practice violation, whatever its impact (as the a11y walk does). */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await violations(page), `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Waits until the page shows a screen rather than the app's "Loading…" (the viewer or a page's
 * messages still on their way): a level-one heading inside the main landmark, which every screen
 * has (the check below requires both).
 */
export async function rendered(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeAttached();
}

/** Checks the page's accessibility and saves a full-page screenshot named `name`. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await test.step(`screen ${name}`, async () => {
    await rendered(page);
    const path = join(test.info().project.outputDir, 'screens', `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await test.info().attach(name, { path, contentType: 'image/png' });
    await expectAccessible(page);
  });
}

/** The sizes every screen is reviewed at: a 1366 px laptop and a 390 px phone. */
export const SCREEN_SIZES = [
  { width: 1366, height: 800 },
  { width: 390, height: 844 },
] as const;

/** checkScreen at each of SCREEN_SIZES (`<name>-1366.png`, `<name>-390.png`), then the viewport as it was. */
export async function checkScreenSizes(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    // One frame for the layout (and a virtualized list) to follow the new width.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await checkScreen(page, `${name}-${size.width}`);
  }
  if (before) await page.setViewportSize(before);
}
