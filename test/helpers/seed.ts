// Where the real published take lives: shared/seeds beside the checkout (absent in a lone clone).
// A developer's lone clone skips the seed tests with a reason; CI must never skip them silently.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED = join(__dirname, '../../../shared/seeds/hanoi-zhu-feng.txt');

/** True on a CI machine: `CI` is set to anything but "" or "false" (GitHub Actions, GitLab and `.ci/run` set CI=true). */
export const IN_CI = !!process.env.CI && process.env.CI !== 'false';

const MISSING = `the seed take ${SEED} is missing: shared/seeds must be beside this checkout`;

/**
 * The skip reason for tests that need the seed, or false when they must run: the seed is there, or we are in CI,
 * where a missing seed makes them fail (through readSeed) instead of skipping.
 */
export const NO_SEED: string | false = !existsSync(SEED) && !IN_CI && 'shared/seeds is not beside this checkout';

/** The seed take's text; throws a clear error when it is missing (reached only in CI, where the tests must not skip). */
export function readSeed(): string {
  if (!existsSync(SEED)) throw new Error(`${MISSING} (CI is set, so the seed tests fail instead of skipping)`);
  return readFileSync(SEED, 'utf8');
}
