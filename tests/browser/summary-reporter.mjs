// Prints the closing line CI reads (.ci/run sums every `Unit:`/`Browser:` line): `Browser: N passed,
// N failed`. A test that did not pass, or did not run because the run stopped, counts as failed; so does
// an error outside any test (a spec that cannot load, the preview server not starting).
export default class SummaryReporter {
  printsToStdio() {
    return true;
  }

  onBegin(config, suite) {
    this.suite = suite;
    this.errors = 0;
  }

  onError() {
    this.errors++;
  }

  onEnd() {
    const tests = this.suite?.allTests() ?? [];
    // Nothing ran and nothing went wrong: a listing (`--list`), not a run.
    if (this.errors === 0 && tests.every((test) => test.results.length === 0)) return;
    const passed = tests.filter((test) => test.outcome() === 'expected' && test.results.length > 0).length;
    const skipped = tests.filter((test) => test.outcome() === 'skipped' && test.expectedStatus === 'skipped').length;
    const failed = tests.length - passed - skipped + this.errors;
    console.log(`\nBrowser: ${passed} passed, ${failed} failed`);
  }
}
