// The worker request scheduler: one request at a time, urgent kinds first, order kept within a kind.
import { describe, expect, it } from 'vitest';
import { createRequestScheduler } from './request-scheduler';

type Req = { type: 'load' | 'classify' | 'explain' | 'features'; id: number };

describe('createRequestScheduler', () => {
  it('runs a classification queued behind an explanation and feature maps before them', async () => {
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const s = createRequestScheduler<Req>(['load', 'classify', 'explain', 'features'], async (r) => {
      log.push(`start ${r.type} ${r.id}`);
      if (r.id === 1) await gate; // an explanation is still running while the rest arrive
      log.push(`end ${r.type} ${r.id}`);
    });
    s.push({ type: 'explain', id: 1 });
    s.push({ type: 'features', id: 2 });
    s.push({ type: 'explain', id: 3 });
    s.push({ type: 'classify', id: 4 });
    s.push({ type: 'classify', id: 5 });
    release();
    await s.idle();
    expect(log).toEqual(['start explain 1', 'end explain 1', 'start classify 4', 'end classify 4', 'start classify 5', 'end classify 5',
      'start explain 3', 'end explain 3', 'start features 2', 'end features 2']);
  });

  it('never runs two requests at once, keeps order within a kind, and goes on after a failure', async () => {
    let active = 0;
    let most = 0;
    const done: number[] = [];
    const s = createRequestScheduler<Req>(['classify'], async (r) => {
      active++;
      most = Math.max(most, active);
      await new Promise((t) => setTimeout(t, 1));
      active--;
      if (r.id === 2) throw new Error('boom');
      done.push(r.id);
    });
    for (const id of [1, 2, 3]) s.push({ type: 'classify', id });
    s.push({ type: 'features', id: 4 }); // not listed: runs last
    await s.idle();
    expect(most).toBe(1);
    expect(done).toEqual([1, 3, 4]);
    s.push({ type: 'classify', id: 5 }); // usable again after going idle
    await s.idle();
    expect(done).toEqual([1, 3, 4, 5]);
  });
});
