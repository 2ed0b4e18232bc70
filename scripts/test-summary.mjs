// Prints vitest's JSON report as one plain closing line, "Tests: N passed, N failed, N skipped".
// A test file that failed to load (an import error, a throw at the top level) has no test results
// of its own, so vitest's own counts leave it out: it counts here as one failed test, and the
// files are named above the line. Suites that skipped themselves (the real-Electron suite where
// no binary can be had) are named with their reason, so a skip never reads as a pass.
import fs from 'node:fs';

/** The closing lines for a vitest JSON report and the recorded skipped suites. */
export function summarize(report, skippedSuites = []) {
  const lines = [];
  const unloaded = report.testResults.filter(
    (file) =>
      file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const file of unloaded) {
    const why = (file.message ?? '').split('\n')[0];
    lines.push(`Failed to load: ${file.name}${why ? ` (${why})` : ''}`);
  }
  for (const { suite, reason } of skippedSuites) lines.push(`Skipped: ${suite}: ${reason}`);
  const failed = report.numFailedTests + unloaded.length;
  const skipped = report.numPendingTests + report.numTodoTests;
  lines.push(
    `Tests: ${report.numPassedTests} passed, ${failed} failed` +
      (skipped ? `, ${skipped} skipped` : ''),
  );
  return lines;
}

function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return fallback;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'test-output/vitest-report.json';
  const report = readJson(file, null);
  const skipped = readJson(process.argv[3] ?? 'test-output/skipped-suites.json', []);
  const lines = report
    ? summarize(report, skipped)
    : ['Tests: 0 passed, 1 failed (no test report: the run stopped before vitest)'];
  process.stdout.write(`${lines.join('\n')}\n`);
}
