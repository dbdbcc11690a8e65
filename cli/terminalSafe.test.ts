import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalSafe } from './format';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';

/** What a terminal would act on rather than print (bidi controls included). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTS_ON_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('shows control characters as visible stand-ins in human text, keeping line feeds and tabs', () => {
    expect(terminalSafe('Dock \u001b[2J\u001b]0;owned\u0007')).toBe('Dock \u241b[2J\u241b]0;owned\u2407');
    expect(terminalSafe('a\rb\u0000c\u007f')).toBe('a\u240db\u2400c\u2421');
    expect(terminalSafe('CSI \u009b31m, RLO \u202Etxt.exe, isolate \u2066x\u2069')).toBe(
      'CSI \uFFFD31m, RLO \uFFFDtxt.exe, isolate \uFFFDx\uFFFD',
    );
    expect(terminalSafe('line 1\n\tline 2\n')).toBe('line 1\n\tline 2\n');
    expect(terminalSafe('Géorgie — Columbus, OH ✓')).toBe('Géorgie — Columbus, OH ✓');
  });

  it('escapes them in JSON so the document stays valid and its values unchanged', () => {
    const doc = { name: 'East \u202Egnp.exe \u009b31m', list: ['\u2066x\u2069'] };
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const safe = terminalSafe(text);
    expect(safe).not.toMatch(ACTS_ON_TERMINAL);
    expect(JSON.parse(safe)).toEqual(doc);
  });
});

describe('CLI output with hostile names', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shipweek-cli-terminal-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no command prints a control or bidi character, in human text or JSON, on stdout or stderr', async () => {
    const hostile = ['\u001b[2J\u001b[31mEast', '\u202Egnp.exe', 'Dock\u009b1m', 'A\u0007B'];
    let runs = 0;
    for (const [i, name] of hostile.entries()) {
      const doc = JSON.parse(JSON.stringify(sampleSettings()));
      doc.name = name;
      doc.warehouses[0].name = name;
      const file = `hostile-${i}.json`;
      writeFileSync(join(dir, file), JSON.stringify(doc));
      for (const argv of [
        ['validate', file],
        ['validate', file, '--json'],
        ['simulate', file],
        ['simulate', file, '--json'],
        ['promise', file, '--at', '2026-06-12T15:30', '--to', '90001'],
        ['promise', file, '--at', '2026-06-12T15:30', '--to', '90001', '--json'],
        ['validate', `${name}.json`],
      ]) {
        let result = runCli(argv, dir);
        if (result.pending) result = await result.pending;
        runs++;
        expect(result.stdout, argv.join(' ')).not.toMatch(ACTS_ON_TERMINAL);
        expect(result.stderr, argv.join(' ')).not.toMatch(ACTS_ON_TERMINAL);
        if (argv.includes('--json') && result.stdout) expect(() => JSON.parse(result.stdout)).not.toThrow();
      }
    }
    expect(runs).toBe(28);
  });
});
