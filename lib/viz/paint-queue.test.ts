import { describe, expect, it } from 'vitest';
import { createPaintQueue } from './paint-queue';

function frames() {
  const waiting: (() => void)[] = [];
  return {
    request: (run: () => void) => { waiting.push(run); },
    /** Runs the next frame; false when none was requested. */
    next() {
      const run = waiting.shift();
      run?.();
      return Boolean(run);
    },
    get requested() { return waiting.length; },
  };
}

describe('paint queue', () => {
  it('runs at most `perFrame` jobs a frame, in order, until none is left', () => {
    const f = frames();
    const q = createPaintQueue(2, f.request);
    const ran: number[] = [];
    for (let i = 0; i < 5; i++) q.schedule({}, () => ran.push(i));
    expect(f.requested).toBe(1); // one frame requested, not one per job
    expect(ran).toEqual([]);
    f.next();
    expect(ran).toEqual([0, 1]);
    f.next();
    f.next();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(q.size).toBe(0);
    expect(f.next()).toBe(false); // no more frames requested
  });

  it('keeps only the newest job per key, and drops cancelled ones', () => {
    const f = frames();
    const q = createPaintQueue(10, f.request);
    const a = {}, b = {}, c = {};
    const ran: string[] = [];
    q.schedule(a, () => ran.push('a1'));
    q.schedule(b, () => ran.push('b'));
    q.schedule(a, () => ran.push('a2'));
    q.schedule(c, () => ran.push('c'));
    q.cancel(c);
    expect(q.size).toBe(2);
    f.next();
    expect(ran).toEqual(['b', 'a2']);
  });

  it('accepts jobs scheduled while it runs (in a later frame)', () => {
    const f = frames();
    const q = createPaintQueue(10, f.request);
    const ran: string[] = [];
    const key = {};
    q.schedule(key, () => { ran.push('first'); q.schedule(key, () => ran.push('again')); });
    f.next();
    expect(ran).toEqual(['first']);
    f.next();
    expect(ran).toEqual(['first', 'again']);
  });
});
