// "Linting 4,210/10,000 takes…" on stderr, updated in place, only when stderr is a terminal and the run is long.
const MIN_TAKES = 200;
const EVERY_MS = 100;

/** A one-line progress counter that erases itself when done. */
export class Progress {
  private readonly active: boolean;
  private last = 0;
  private shown = false;

  /** Shows nothing unless `out` is a terminal and there are more than MIN_TAKES takes. */
  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.active = out.isTTY === true && total > MIN_TAKES;
  }

  /** Redraws the counter, at most every 100 ms. */
  update(done: number): void {
    if (!this.active) return;
    const now = Date.now();
    if (now - this.last < EVERY_MS && done < this.total) return;
    this.last = now;
    this.shown = true;
    this.out.write(`\rLinting ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} takes…\x1b[K`);
  }

  /** Erases the counter line. */
  done(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}
