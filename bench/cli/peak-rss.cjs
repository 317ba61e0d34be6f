// Preloaded into a measured process (NODE_OPTIONS=--require=…): at exit, appends one JSON line to $PEAK_RSS_FILE
// with the process's peak resident set (KiB) and CPU time (µs, user + system), worker threads included.
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const target = process.env.PEAK_RSS_FILE;
if (target && isMainThread) {
  // Records the whole process (its worker threads share it) once, when the main thread exits.
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(target, JSON.stringify({ pid: process.pid, maxRssKiB: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }) + '\n');
  });
}
