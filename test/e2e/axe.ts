// axe-core in the page under test. Its source is injected with page.evaluate because the app's CSP
// blocks inline <script>; the rules run are WCAG 2.0/2.1 level A and AA.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe on the page once its colour transitions have ended (a theme switch or a pressed facet
 * fades for a moment; on a loaded machine axe read the colours half-way and saw text as dark as
 * its background) and returns the violations, reduced to what a reader needs.
 */
export async function a11yViolations(page: Page): Promise<A11yViolation[]> {
  await page.evaluate(`Promise.all(
    document.getAnimations().map((a) => a.finished.catch(() => undefined)),
  )`);
  const hasAxe = await page.evaluate('typeof window.axe === "object"');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 200),
        summary: n.failureSummary ?? '',
      })),
    }));
  })()`);
}

/** Fails with a readable list of every violation; `context` names the view in the message. */
export async function expectNoA11yViolations(page: Page, context: string): Promise<void> {
  const violations = await a11yViolations(page);
  const report = violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${n.summary}`).join('\n'),
    )
    .join('\n');
  expect(report, `axe-core (WCAG 2.1 AA) i ${context}`).toBe('');
}
