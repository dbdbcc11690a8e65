import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../../../shared/catalog/sample';
import type { SimulationResult } from '../../../shared/engine/simulate';
import { createEngineClient, isStale, type WorkerLike } from './engineClient';
import type { EngineRequest, EngineResponse } from './engineProtocol';

/** A worker that answers only when the test says so, recording what it was asked. */
function fakeWorker() {
  const received: EngineRequest[] = [];
  const listeners: { message: ((e: MessageEvent<EngineResponse>) => void)[]; error: ((e: ErrorEvent) => void)[] } = {
    message: [],
    error: [],
  };
  let terminated = 0;
  const worker: WorkerLike = {
    postMessage: (m) => void received.push(m),
    addEventListener: ((type: 'message' | 'error', l: never) =>
      void listeners[type].push(l)) as WorkerLike['addEventListener'],
    terminate: () => void terminated++,
  };
  return {
    worker,
    received,
    get terminated() {
      return terminated;
    },
    answer(req: EngineRequest, policyId = req.kind === 'simulate' ? req.settings.policyId : '') {
      const result = { policyId } as unknown as SimulationResult;
      for (const l of listeners.message)
        l({ data: { id: req.id, ok: true, kind: 'simulate', result, ms: 1 } } as MessageEvent<EngineResponse>);
    },
    progress(req: EngineRequest, done: number, total: number) {
      for (const l of listeners.message)
        l({ data: { id: req.id, progress: { done, total } } } as MessageEvent<EngineResponse>);
    },
    fail(req: EngineRequest) {
      for (const l of listeners.message)
        l({ data: { id: req.id, ok: false, message: 'boom' } } as MessageEvent<EngineResponse>);
    },
    crash() {
      for (const l of listeners.error) l({ message: 'crashed' } as ErrorEvent);
    },
  };
}

const settingsWith = (policyId: string) => ({ ...sampleSettings(), policyId });

describe('engine client', () => {
  it('sends one request at a time and drops queued ones a newer request replaces', async () => {
    const f = fakeWorker();
    const client = createEngineClient(() => f.worker);
    const first = client.simulate(settingsWith('a'));
    const second = client.simulate(settingsWith('b'));
    const third = client.simulate(settingsWith('c'));
    expect(f.received.map((r) => r.kind === 'simulate' && r.settings.policyId)).toEqual(['a']);
    // 'a' is running and superseded: its answer is discarded; 'b' was only queued and is never sent.
    await expect(second).rejects.toSatisfy(isStale);
    f.answer(f.received[0]!);
    await expect(first).rejects.toSatisfy(isStale);
    expect(f.received.map((r) => r.kind === 'simulate' && r.settings.policyId)).toEqual(['a', 'c']);
    f.answer(f.received[1]!);
    await expect(third).resolves.toMatchObject({ result: { policyId: 'c' }, ms: 1 });
  });

  it('keeps requests on different lanes (two scenarios compared) independent', async () => {
    const f = fakeWorker();
    const client = createEngineClient(() => f.worker);
    const left = client.simulate(settingsWith('a'), { lane: 'left' });
    const right = client.simulate(settingsWith('b'), { lane: 'right' });
    f.answer(f.received[0]!);
    await expect(left).resolves.toMatchObject({ result: { policyId: 'a' } });
    f.answer(f.received[1]!);
    await expect(right).resolves.toMatchObject({ result: { policyId: 'b' } });
  });

  it('passes engine errors on, and replaces a crashed worker at the next request', async () => {
    const workers = [fakeWorker(), fakeWorker()];
    let made = 0;
    const client = createEngineClient(() => workers[made++]!.worker);
    const failing = client.simulate(settingsWith('a'));
    workers[0]!.fail(workers[0]!.received[0]!);
    await expect(failing).rejects.toThrow('boom');
    const crashing = client.simulate(settingsWith('b'));
    workers[0]!.crash();
    await expect(crashing).rejects.toThrow('crashed');
    expect(workers[0]!.terminated).toBe(1);
    const after = client.simulate(settingsWith('c'));
    expect(made).toBe(2);
    workers[1]!.answer(workers[1]!.received[0]!);
    await expect(after).resolves.toMatchObject({ result: { policyId: 'c' } });
  });

  it('passes a window’s progress to its caller, and cancel stops it by replacing the worker', async () => {
    const workers = [fakeWorker(), fakeWorker()];
    let made = 0;
    const client = createEngineClient(() => workers[made++]!.worker);
    const seen: string[] = [];
    const windowRun = client.simulate(settingsWith('a'), {
      weekStart: '2026-11-23',
      weeks: 4,
      onProgress: (p) => void seen.push(`${p.done}/${p.total}`),
    });
    const other = client.simulate(settingsWith('b'), { lane: 'compare' });
    expect(workers[0]!.received[0]).toMatchObject({ kind: 'simulate', opts: { weekStart: '2026-11-23', weeks: 4 } });
    workers[0]!.progress(workers[0]!.received[0]!, 1, 4);
    workers[0]!.progress(workers[0]!.received[0]!, 2, 4);
    expect(seen).toEqual(['1/4', '2/4']);
    client.cancel('simulate');
    await expect(windowRun).rejects.toSatisfy(isStale);
    expect(workers[0]!.terminated).toBe(1);
    // The request queued behind it goes to a fresh worker.
    expect(made).toBe(2);
    workers[1]!.answer(workers[1]!.received[0]!);
    await expect(other).resolves.toMatchObject({ result: { policyId: 'b' } });
    // A cancel with nothing on the lane does nothing.
    client.cancel('simulate');
    expect(workers[1]!.terminated).toBe(0);
  });
});
