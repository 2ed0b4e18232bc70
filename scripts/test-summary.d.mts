// Types for scripts/test-summary.mjs.
export interface VitestFileResult {
  name: string;
  status: string;
  message?: string;
  assertionResults: { status: string }[];
}
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: VitestFileResult[];
}
export function summarize(
  report: VitestReport,
  skippedSuites?: { suite: string; reason: string }[],
): string[];
