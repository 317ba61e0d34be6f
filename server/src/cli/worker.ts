// Worker thread entry (dist/worker.js): takes the run's setup, then lints the batches of takes the main thread sends, until it sends null.
import { parentPort } from 'node:worker_threads';
import { lintTask, type LintSetup } from './lint-file';
import type { WorkerReply, WorkerRequest } from './lint-workers';

const port = parentPort!;
let setup: LintSetup | undefined;

// The setup comes first; each batch is linted in order and sent back whole; null means the run is over.
port.on('message', (request: WorkerRequest) => {
  if (request === null) {
    port.close();
    return;
  }
  if ('setup' in request) {
    setup = request.setup;
    return;
  }
  const outcomes = request.tasks.map((t) => lintTask(t, setup!));
  port.postMessage({ start: request.start, outcomes } satisfies WorkerReply);
});
