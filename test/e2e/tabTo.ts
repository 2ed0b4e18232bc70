// Moving focus as a keyboard user does: Tab until the focused element matches a selector.
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const matches = `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`;
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
