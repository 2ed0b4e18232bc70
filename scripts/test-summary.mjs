// Prints vitest's JSON report as one plain closing line, "Tests: N passed, N failed", so that a
// reader of the CI log (or a tool) sees the count without parsing vitest's own summary.
import fs from 'node:fs';

const file = process.argv[2] ?? 'test-output/vitest-report.json';
if (!fs.existsSync(file)) {
  process.stdout.write(
    'Tests: 0 passed, 0 failed (no test report: the run stopped before vitest)\n',
  );
} else {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  process.stdout.write(
    `Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
      (skipped ? `, ${skipped} skipped` : '') +
      '\n',
  );
}
