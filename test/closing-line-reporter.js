// This file prints the run's plain closing line ("N passed, N failed"), which CI reads as the test count.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`);
  }
}
module.exports = ClosingLineReporter;
