// Worker thread entry (dist/worker.js): lints the batches of takes the main thread sends, until it sends null.
import { parentPort, workerData } from 'node:worker_threads';
import { lintTask, type LintSetup } from './lint-file';
import type { WorkerReply, WorkerRequest } from './run-lint';

const setup = workerData as LintSetup;
const port = parentPort!;

// Each batch is linted in order and sent back whole; null means the run is over.
port.on('message', (request: WorkerRequest) => {
  if (request === null) {
    port.close();
    return;
  }
  const outcomes = request.tasks.map((t) => lintTask(t, setup));
  port.postMessage({ start: request.start, outcomes } satisfies WorkerReply);
});
