// Named checks for the scripted browser tests: each failure is counted, printed and photographed, and the next check still runs.
import { join } from 'node:path';

/** A `check(name, page, body)` runner writing a failure's screenshot into `shotsDir`, and the tally it keeps. */
export function checker(shotsDir) {
  const results = { passed: 0, failed: 0 };
  // Runs one named check; a failure does not stop the ones after it.
  async function check(name, page, body) {
    try {
      await body();
      results.passed++;
      console.log(`ok - ${name}`);
    } catch (error) {
      results.failed++;
      console.log(`not ok - ${name}\n  ${String(error.message ?? error).replace(/\n/g, '\n  ')}`);
      await page?.screenshot({ path: join(shotsDir, 'failure.png') }).then(
        () => console.log(`  screenshot: ${join(shotsDir, 'failure.png')}`),
        () => {},
      );
    }
  }
  return { check, results };
}
