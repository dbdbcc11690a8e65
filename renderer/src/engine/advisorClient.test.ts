import { describe, expect, it } from 'vitest';
import { generateMoves, resolveCostModel, type AdviceResult } from '../../../shared/advisor';
import { sampleSettings } from '../../../shared/catalog/sample';
import { loadGeo } from '../../../shared/geo';
import { createAdvisorClient, isCancelled, type AdvisorWorkerLike } from './advisorClient';
import type { AdvisorRequest, AdvisorResponse } from './advisorProtocol';
import { runAdvice } from './advisorRun';

/** A worker that answers only when the test says so, recording what it was asked. */
function fakeWorker() {
  const received: AdvisorRequest[] = [];
  const listeners: { message: ((e: MessageEvent<AdvisorResponse>) => void)[]; error: ((e: ErrorEvent) => void)[] } = {
    message: [],
    error: [],
  };
  let terminated = 0;
  const worker: AdvisorWorkerLike = {
    postMessage: (m) => void received.push(m),
    addEventListener: ((type: 'message' | 'error', l: never) =>
      void listeners[type].push(l)) as AdvisorWorkerLike['addEventListener'],
    terminate: () => void terminated++,
  };
  const send = (data: AdvisorResponse) =>
    listeners.message.forEach((l) => l({ data } as MessageEvent<AdvisorResponse>));
  return {
    worker,
    received,
    send,
    get terminated() {
      return terminated;
    },
    crash: () => listeners.error.forEach((l) => l({ message: 'crashed' } as ErrorEvent)),
  };
}

const fakeResult = (policyId: string) => ({ policyId }) as unknown as AdviceResult;

describe('advisor client', () => {
  it('forwards progress, resolves with the result, and ignores answers to older searches', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createAdvisorClient(
      () => (workers.push(fakeWorker()), workers.at(-1)!.worker),
      () => null,
    );
    const seen: number[] = [];
    const run = client.advise(sampleSettings(), { maxMoves: 2 }, (f) => seen.push(f));
    const req = workers[0]!.received[0]!;
    expect(req).toMatchObject({ kind: 'advise', options: { maxMoves: 2 }, cancel: null });
    workers[0]!.send({ kind: 'progress', id: req.id, fraction: 0.25, phase: 'singleMoves' });
    workers[0]!.send({ kind: 'progress', id: req.id + 99, fraction: 0.9, phase: 'verify' });
    workers[0]!.send({ kind: 'done', id: req.id, result: fakeResult('us-2021'), ms: 5 });
    await expect(run.done).resolves.toMatchObject({ result: { policyId: 'us-2021' }, ms: 5 });
    expect(seen).toEqual([0.25]);
  });

  it('without shared memory, cancel ends the worker and the next search gets a new one', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createAdvisorClient(
      () => (workers.push(fakeWorker()), workers.at(-1)!.worker),
      () => null,
    );
    const run = client.advise(sampleSettings(), {}, () => {});
    run.cancel();
    await expect(run.done).rejects.toSatisfy(isCancelled);
    expect(workers[0]!.terminated).toBe(1);
    // A late answer from the ended worker changes nothing; the next search runs on a fresh worker.
    const next = client.advise(sampleSettings(), {}, () => {});
    expect(workers).toHaveLength(2);
    const req = workers[1]!.received[0]!;
    workers[1]!.send({ kind: 'done', id: req.id, result: fakeResult('second'), ms: 1 });
    await expect(next.done).resolves.toMatchObject({ result: { policyId: 'second' } });
  });

  it('a newer search replaces the running one, and a crash fails only the search it held', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createAdvisorClient(
      () => (workers.push(fakeWorker()), workers.at(-1)!.worker),
      () => null,
    );
    const first = client.advise(sampleSettings(), {}, () => {});
    const second = client.advise(sampleSettings(), {}, () => {});
    await expect(first.done).rejects.toSatisfy(isCancelled);
    expect(workers[0]!.terminated).toBe(1);
    workers[1]!.crash();
    await expect(second.done).rejects.toThrow('crashed');
    first.cancel(); // long finished: nothing happens
    expect(workers[1]!.terminated).toBe(1);
  });

  it('with shared memory, cancel stops the real search, which answers with what it found, labelled', async () => {
    const settings = sampleSettings();
    const geo = loadGeo();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    // A worker that runs the real advisor in this thread, after advise() has returned.
    const listeners: ((e: MessageEvent<AdvisorResponse>) => void)[] = [];
    const worker: AdvisorWorkerLike = {
      postMessage: (req) =>
        queueMicrotask(() =>
          runAdvice(
            req,
            geo,
            (data) => listeners.forEach((l) => l({ data } as MessageEvent<AdvisorResponse>)),
            () => 0,
          ),
        ),
      addEventListener: ((type: string, l: never) =>
        void (type === 'message' && listeners.push(l))) as AdvisorWorkerLike['addEventListener'],
      terminate: () => {
        throw new Error('a search with a cancel flag is never ended by force');
      },
    };
    const client = createAdvisorClient(
      () => worker,
      () => flag,
    );
    const progress: number[] = [];
    const run = client.advise(settings, { maxMoves: 2 }, (f) => {
      progress.push(f);
      run.cancel();
    });
    const { result } = await run.done;
    expect(Atomics.load(flag, 0)).toBe(1);
    expect(result.searchNote).toMatchObject({ complete: false, reason: 'cancelled' });
    // Stopped during the single moves: fewer plans evaluated than there are single moves to try.
    const singles = generateMoves(settings, geo, resolveCostModel(settings)).length;
    expect(result.searchNote.evaluations).toBeLessThan(singles);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
  });
});
