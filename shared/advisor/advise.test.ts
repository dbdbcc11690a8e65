import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { SettingsSchema, type Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { simulate } from '../engine/simulate';
import { advise } from './advise';
import { resolveCostModel } from '../catalog/costDefaults';
import { createEvaluator } from './evaluator';
import { applyMove, applyMoves, generateMoves, moveFields, type Move } from './moves';
import { weeklyCost } from './weeklyCost';
import { renoSettings } from '../../test/support/renoPlan';

const geo = loadGeo();

/** The numbers a plan must reproduce: simulate()'s checks and a fresh weekly cost. */
function resimulate(settings: Settings) {
  // Through JSON, as a settings file would travel.
  const reread = SettingsSchema.parse(JSON.parse(JSON.stringify(settings)));
  const sim = simulate(reread, geo);
  return {
    checks: sim.checks.map((c) => ({ id: c.id, value: c.value, pass: c.pass })),
    pass: sim.pass,
    cost: weeklyCost(reread, geo).total,
  };
}

describe('advisor evaluator', () => {
  it('agrees with simulate() on the sample and on every single move of it', () => {
    const s = sampleSettings();
    const cost = resolveCostModel(s);
    const ev = createEvaluator(geo);
    const plans = [
      s,
      ...generateMoves(s, geo, cost)
        .map((m) => applyMove(s, m))
        .filter((x): x is Settings => x !== null),
    ];
    expect(plans.length).toBeGreaterThan(20);
    for (const p of plans) {
      const a = ev.evaluate(p, cost);
      const b = simulate(p, geo);
      expect(a.checks.map((c) => c.id)).toEqual(b.checks.map((c) => c.id));
      a.checks.forEach((c, i) => {
        expect(Math.abs(c.value - b.checks[i]!.value)).toBeLessThan(1e-9);
        expect(c.pass).toBe(b.checks[i]!.pass);
      });
    }
  });

  it('recompiles only the lane a move touches', () => {
    const s = sampleSettings();
    const cost = resolveCostModel(s);
    const ev = createEvaluator(geo);
    ev.evaluate(s, cost);
    expect(ev.stats.lanesCompiled).toBe(7);
    const moved = applyMove(s, {
      kind: 'addPickup',
      warehouseId: 'wh-columbus',
      serviceId: 'fedex-home-delivery',
      day: 'sat',
      time: '12:00',
    });
    // FedEx Home Delivery has no Saturday pickup in the matrix, so use a pickup move that applies: later UPS Ground
    // pickups.
    const later = applyMove(s, {
      kind: 'movePickup',
      warehouseId: 'wh-columbus',
      serviceId: 'ups-ground',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      time: '18:00',
    })!;
    expect(moved).not.toBeNull();
    ev.evaluate(later, cost);
    expect(ev.stats.lanesCompiled).toBe(8);
    expect(ev.stats.lanesReused).toBe(6);
    // A full rebuild compiles every lane again for the same figures.
    const full = createEvaluator(geo, { incremental: false });
    const a = full.evaluate(later, cost);
    expect(full.stats.lanesCompiled).toBe(7);
    expect(a.cost.total).toBeCloseTo(ev.evaluate(later, cost).cost.total, 6);
  });
});

describe('advisor evaluator: the view cache', () => {
  const s = sampleSettings();
  const cost = resolveCostModel(s);
  const counts = (ev: ReturnType<typeof createEvaluator>) => ({ ...ev.stats });
  const delta = (ev: ReturnType<typeof createEvaluator>, before: ReturnType<typeof counts>) => ({
    computed: ev.stats.viewClassesComputed - before.viewClassesComputed,
    reused: ev.stats.viewClassesReused - before.viewClassesReused,
    lanes: ev.stats.lanesCompiled - before.lanesCompiled,
  });
  /** How many destination classes a one-warehouse plan has: what an evaluator with no cache computes for it. */
  const classesIn = (p: Settings) => {
    const cold = createEvaluator(geo, { incremental: false });
    cold.evaluate(p, cost);
    return cold.stats.viewClassesComputed;
  };

  it('a move then its inverse gives back identical figures, from the cache alone', () => {
    const ev = createEvaluator(geo);
    const first = ev.evaluate(s, cost);
    const classes = ev.stats.viewClassesComputed;
    expect(classes).toBe(classesIn(s));
    const later = applyMove(s, {
      kind: 'movePickup',
      warehouseId: 'wh-columbus',
      serviceId: 'ups-ground',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      time: '18:00',
    })!;
    ev.evaluate(later, cost);
    // The inverse move builds new objects with the original content: the caches are keyed by content.
    const back = applyMove(later, {
      kind: 'movePickup',
      warehouseId: 'wh-columbus',
      serviceId: 'ups-ground',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      time: '17:00',
    })!;
    expect(back).toEqual(s);
    expect(back.warehouses[0]).not.toBe(s.warehouses[0]);
    const before = counts(ev);
    expect(ev.evaluate(back, cost)).toEqual(first);
    expect(delta(ev, before)).toEqual({ computed: 0, reused: classes, lanes: 0 });
  });

  it('a zone cap recomputes only the classes it changes; a cutoff move recomputes them all', () => {
    const ev = createEvaluator(geo);
    ev.evaluate(s, cost);
    // UPS Next Day Air Saver no longer offered in zone 8: destinations in zones 1-7 keep their classes.
    const capped = applyMove(s, {
      kind: 'setZoneCap',
      warehouseId: 'wh-columbus',
      serviceId: 'ups-next-day-air-saver',
      zoneCap: 7,
    })!;
    let before = counts(ev);
    const a = ev.evaluate(capped, cost);
    let d = delta(ev, before);
    expect(d.lanes).toBe(0);
    expect(d.computed).toBeGreaterThan(0);
    expect(d.reused).toBeGreaterThan(0);
    expect(d.computed + d.reused).toBe(classesIn(capped));
    expect(a).toEqual(createEvaluator(geo, { incremental: false }).evaluate(capped, cost));
    // A later weekday cutoff moves every lane's customer cutoffs, so every view segment changes.
    const later = applyMove(s, {
      kind: 'setCutoff',
      warehouseId: 'wh-columbus',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      time: '14:30',
    })!;
    before = counts(ev);
    ev.evaluate(later, cost);
    d = delta(ev, before);
    expect(d.reused).toBe(0);
    expect(d.computed).toBe(classesIn(later));
    // Same plan again: nothing computed.
    before = counts(ev);
    ev.evaluate(later, cost);
    expect(delta(ev, before)).toEqual({ computed: 0, reused: classesIn(later), lanes: 0 });
  });

  it('gives exactly the figures of an evaluator without caches, move after move (one and two warehouses)', () => {
    const warm = createEvaluator(geo);
    const cold = createEvaluator(geo, { incremental: false });
    const reno = renoSettings();
    const plans: Settings[] = [];
    for (const base of [s, reno]) {
      const moves = generateMoves(base, geo, resolveCostModel(base), { candidateZips: ['89501', '30301', '98101'] });
      for (const m of moves) {
        const once = applyMove(base, m);
        if (!once) continue;
        plans.push(once);
        // and the same move on top of a second warehouse, when there is one to add
        const site = moves.find((x) => x.kind === 'addWarehouse' && x !== m);
        const twice = site ? applyMove(once, site) : null;
        if (twice) plans.push(twice);
      }
    }
    expect(plans.some((p) => p.warehouses.length === 2)).toBe(true);
    for (const p of plans) {
      const c = resolveCostModel(p);
      expect(warm.evaluate(p, c)).toEqual(cold.evaluate(p, c));
    }
    // The cold evaluator only reuses within one evaluation (a copied warehouse with the same lanes).
    expect(warm.stats.viewClassesComputed).toBeLessThan(cold.stats.viewClassesComputed);
  });
});

describe('advise()', () => {
  it('on the sample: every suggestion, the passing plan or the ceiling re-simulates to the same figures', () => {
    const r = advise(sampleSettings(), geo, { maxMoves: 3 });
    expect(r.suggestions.length).toBeGreaterThan(0);
    const plans = [
      ...r.suggestions,
      ...(r.cheapestPassing ? [r.cheapestPassing] : []),
      ...r.ceiling.map((c) => ({ ...c, checks: undefined })),
    ];
    for (const p of plans) {
      const again = resimulate(p.settings);
      if (p.checks) {
        expect(p.checks.map((c) => ({ id: c.id, value: c.value, pass: c.pass }))).toEqual(again.checks);
        expect('weeklyCost' in p ? p.weeklyCost : NaN).toBe(again.cost);
      }
    }
    for (const c of r.ceiling)
      expect(resimulate(c.settings).checks.find((x) => x.id === c.checkId)!.value).toBe(c.best);
    if (r.cheapestPassing) expect(resimulate(r.cheapestPassing.settings).pass).toBe(true);
    else expect(r.binding.length).toBeGreaterThan(0);
    // The plan as it is: the same figures as simulate() of the input.
    expect(r.checks.map((c) => c.value)).toEqual(simulate(sampleSettings(), geo).checks.map((c) => c.value));
  });

  it('on a Reno, NV plan: a passing plan whose re-simulation passes, or the ceiling naming the binding check', () => {
    const reno = renoSettings();
    const before = simulate(reno, geo);
    expect(before.pass).toBe(false);
    const r = advise(reno, geo, { maxMoves: 4 });
    if (r.cheapestPassing) {
      expect(resimulate(r.cheapestPassing.settings).pass).toBe(true);
      expect(r.cheapestPassing.weeklyCost).toBe(resimulate(r.cheapestPassing.settings).cost);
    } else {
      expect(r.binding.length).toBeGreaterThan(0);
      for (const c of r.ceiling) {
        const again = resimulate(c.settings).checks.find((x) => x.id === c.checkId)!;
        expect(again.value).toBe(c.best);
        expect(again.pass).toBe(c.reachable);
      }
      for (const id of r.binding) expect(r.ceiling.find((c) => c.checkId === id)!.reachable).toBe(false);
    }
  });

  it('a budget of 0 never suggests a plan that costs more', () => {
    const r = advise(renoSettings(), geo, { maxMoves: 2, budget: 0 });
    if (r.cheapestPassing) expect(r.cheapestPassing.weeklyCostDelta).toBeLessThanOrEqual(1e-6);
    for (const c of r.ceiling) expect(weeklyCost(c.settings, geo).total).toBeLessThanOrEqual(r.weeklyCost + 1e-6);
  });

  it('never combines two moves on the same field (the Mon-Fri cutoff set twice was one change counted as two)', () => {
    const s = sampleSettings();
    const MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
    const at = (time: string, days: readonly (typeof MON_FRI)[number][] = MON_FRI): Move => ({
      kind: 'setCutoff',
      warehouseId: 'wh-columbus',
      days: [...days],
      time,
    });
    // Each alone applies; together they set the same cutoffs twice and are refused.
    expect(applyMoves(s, [at('16:00')])).not.toBeNull();
    expect(applyMoves(s, [at('16:00'), at('17:00')])).toBeNull();
    // Overlapping on one day is enough; different days and different fields combine.
    expect(applyMoves(s, [at('15:00', ['mon', 'tue']), at('16:00', ['tue'])])).toBeNull();
    expect(applyMoves(s, [at('15:00', ['mon', 'tue']), at('16:00', ['wed'])])?.warehouses[0]!.cutoffs).toMatchObject({
      mon: '15:00',
      tue: '15:00',
      wed: '16:00',
    });
    const cap = (zoneCap: number): Move => ({
      kind: 'setZoneCap',
      warehouseId: 'wh-columbus',
      serviceId: 'ups-next-day-air-saver',
      zoneCap,
    });
    expect(applyMoves(s, [cap(6), cap(5)])).toBeNull();
    expect(applyMoves(s, [cap(5), at('15:00')])).not.toBeNull();

    // Every plan advise() returns, on the sample and the Reno plan, sets each field at most once,
    // and each field it sets is reachable with one move (the generated moves cover the range).
    for (const [plan, maxMoves] of [
      [s, 4],
      [renoSettings(), 3],
    ] as const) {
      const r = advise(plan, geo, { maxMoves });
      const combos = [
        ...r.suggestions,
        ...(r.cheapestPassing ? [r.cheapestPassing] : []),
        ...r.ceiling,
        ...(r.bestSite ? [r.bestSite] : []),
      ].map((p) => p.moves);
      expect(combos.some((m) => m.length > 1)).toBe(true);
      for (const moves of combos) {
        const fields = moves.flatMap(moveFields);
        expect(new Set(fields).size, moves.map((m) => JSON.stringify(m)).join(' + ')).toBe(fields.length);
      }
    }
  });

  it('stops at its evaluation limit and says so', () => {
    const r = advise(sampleSettings(), geo, { maxEvaluations: 5 });
    expect(r.searchNote.complete).toBe(false);
    expect(r.searchNote.reason).toBe('maxEvaluations');
    const cancelled = advise(sampleSettings(), geo, { shouldCancel: () => true });
    expect(cancelled.searchNote.reason).toBe('cancelled');
  });
});
