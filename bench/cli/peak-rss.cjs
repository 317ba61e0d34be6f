// Preloaded into a measured process (NODE_OPTIONS=--require=…): appends "<pid> <peak RSS in KiB>" to $PEAK_RSS_FILE at exit.
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const target = process.env.PEAK_RSS_FILE;
if (target && isMainThread) {
  // Records this process's peak resident set (worker threads included: they share the process) when it exits.
  process.on('exit', () => appendFileSync(target, `${process.pid} ${process.resourceUsage().maxRSS}\n`));
}
