// Where the real published take lives: shared/seeds beside the checkout (absent in a lone clone).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SEED = join(__dirname, '../../../shared/seeds/hanoi-zhu-feng.txt');

/** The skip reason for tests that need the seed, or false when it is there. */
export const NO_SEED: string | false = !existsSync(SEED) && 'shared/seeds is not beside this checkout';
