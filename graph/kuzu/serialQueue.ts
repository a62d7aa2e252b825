// Runs async work one piece at a time, in call order. A Kùzu connection runs
// one query at a time, and the database accepts one write transaction at a
// time: a second BEGIN fails and leaves its connection unusable (it crashes
// on the next query), so every write waits its turn here instead.
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Pieces of work queued or running. */
  get pending(): number {
    return this.waiting;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(work);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.tail = settled;
    void settled.then(() => {
      this.waiting--;
    });
    return result;
  }
}
