// Spreads many small canvas updates over animation frames. Every changed 2D canvas costs the
// compositor a resource hand-off at the next commit (a fraction of a millisecond each), so a
// hundred feature-map canvases updated at once make one long frame; a few dozen a frame keep every
// frame short. Jobs are keyed (by canvas): a newer job for the same key replaces a waiting one.

export interface PaintQueue {
  /** Runs `job` in a coming frame; replaces the job waiting under the same key. */
  schedule(key: object, job: () => void): void;
  /** Drops the job waiting under `key`, if any. */
  cancel(key: object): void;
  /** Jobs waiting. */
  readonly size: number;
}

export function createPaintQueue(
  perFrame: number,
  requestFrame: (run: () => void) => void = (run) => requestAnimationFrame(run),
): PaintQueue {
  const jobs = new Map<object, () => void>();
  let pending = false;
  const flush = () => {
    pending = false;
    // This frame's jobs, taken out first: jobs scheduled while they run wait for a later frame.
    const batch: (() => void)[] = [];
    for (const [key, job] of jobs) {
      if (batch.length >= perFrame) break;
      jobs.delete(key);
      batch.push(job);
    }
    for (const job of batch) {
      try {
        job();
      } catch (error) {
        queueMicrotask(() => { throw error; }); // reported, without stopping the other jobs
      }
    }
    if (jobs.size) {
      pending = true;
      requestFrame(flush);
    }
  };
  return {
    schedule(key, job) {
      jobs.delete(key); // a replaced job goes to the back, after the ones waiting longer
      jobs.set(key, job);
      if (!pending) {
        pending = true;
        requestFrame(flush);
      }
    },
    cancel(key) {
      jobs.delete(key);
    },
    get size() {
      return jobs.size;
    },
  };
}
