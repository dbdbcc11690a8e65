import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';

let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-remote-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(sampleSettings()));
  writeFileSync(join(dir, 'hawaii.json'), JSON.stringify({ ...sampleSettings(), primeRemoteRegions: ['hawaii'] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('remote regions in the Prime regions, from the settings file', () => {
  it('simulate counts Hawaii when the file includes it, says what it costs, and --json carries the figures', () => {
    const plain = JSON.parse(run('simulate', 'plan.json', '--json').stdout);
    expect(plain.remotePrime).toBeUndefined();
    const r = run('simulate', 'hawaii.json');
    expect(r.stdout).toMatch(
      /Prime regions also include Hawaii \(0\.\d+% of the counted views, with their own longer promises\)\. Standard size within 2 days: [\d.]+% with them, [\d.]+% for the 48 contiguous states \+ DC alone: including them costs [\d.]+% of the views\./,
    );
    const json = JSON.parse(run('simulate', 'hawaii.json', '--json').stdout);
    expect(json.remotePrime.regions).toEqual(['hawaii']);
    // The 48 + DC figure alone is the plan's figure without Hawaii; with Hawaii it is lower.
    expect(json.remotePrime.contiguous.le2).toBeCloseTo(plain.tiers.standard.le2, 12);
    expect(json.tiers.standard.le2).toBeLessThan(plain.tiers.standard.le2);
    expect(json.missingStates).toEqual(plain.missingStates);
    expect(run('report', 'hawaii.json', '--format', 'html', '--out', 'r.html').exitCode).toBeLessThan(2);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('Prime regions also include Hawaii');
  });

  it('in French', () => {
    expect(run('simulate', 'hawaii.json', '--lang', 'fr').stdout).toContain('Les régions Prime incluent aussi Hawaï');
  });
});
