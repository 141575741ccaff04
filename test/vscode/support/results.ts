/** The extension-host suite's results, as written to CROSSCHECK_VSCODE_TEST_RESULTS for the node:test runner. */
export interface SuiteResult {
  /** Mocha's full title: the describe blocks' titles and the test's. */
  title: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  error?: string;
}
