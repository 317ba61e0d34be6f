// V8 settings for a batch run, set before any take is linted (V8 flags are per process: the worker threads share them).
import { setFlagsFromString } from 'node:v8';

/**
 * Less inlining by the optimising compiler. A run lints each take once, so every thread spends its first few
 * thousand takes getting the rules optimised, and on two cores the compiler's background jobs compete with the
 * two worker threads. With V8's default (920 bytecodes inlined per function) one thread compiled for 1.04 s of
 * CPU over 5,000 takes; with 200, 0.62 s, at the same speed per take. Measured on the 10,000-take benchmark:
 * 12 % less wall and CPU time (12 interleaved runs); lower values compile more functions separately and run slower.
 */
const INLINED_BYTECODE_PER_FUNCTION = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_PER_FUNCTION}`);
