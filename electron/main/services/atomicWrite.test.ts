import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicWrite';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-atomic-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes, replaces an existing file and leaves no temp file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'out.csv');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, 'new, longer content');
    expect(fs.readFileSync(file, 'utf8')).toBe('new, longer content');
    writeFileAtomic(path.join(dir, 'b.pdf'), new Uint8Array([37, 80, 68, 70]));
    expect(fs.readFileSync(path.join(dir, 'b.pdf'), 'latin1')).toBe('%PDF');
    expect(fs.readdirSync(dir).sort()).toEqual(['b.pdf', 'out.csv']);
  });

  it('fails without touching the target or leaving a temp file when the folder does not exist or the target is a folder', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(path.join(dir, 'missing', 'x.txt'), 'x')).toThrow(/ENOENT/);
    fs.mkdirSync(path.join(dir, 'taken'));
    expect(() => writeFileAtomic(path.join(dir, 'taken'), 'x')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['taken']);
  });

  it('never leaves a partial file when the writer is killed (kill -9 at random points)', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.html');
    const old = 'A'.repeat(1000);
    fs.writeFileSync(target, old);
    const payload = 'B'.repeat(4_000_000);
    // One line after each finished write: the kills are placed by counting writes, not by a clock,
    // so a slow start (tsx compiling on a busy machine) cannot make every kill land before the first.
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(path.resolve(__dirname, 'atomicWrite.ts'))});
      const { writeSync } = await import('node:fs');
      for (;;) {
        writeFileAtomic(${JSON.stringify(target)}, ${JSON.stringify('B')}.repeat(${payload.length}));
        writeSync(1, 'wrote\\n');
      }
    `;
    const kills = 8;
    let sawNew = 0;
    for (let k = 0; k < kills; k++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // Kill as soon as the parent has read the 1st, 2nd or 3rd "wrote": the next 4 MB write is
      // then in flight, or about to start.
      const killAfter = 1 + (k % 3);
      let seen = 0;
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (c: string) => {
        const before = seen;
        seen += c.split('\n').length - 1;
        if (before < killAfter && seen >= killAfter) child.kill('SIGKILL');
      });
      await new Promise((r) => child.once('exit', r));
      const content = fs.readFileSync(target, 'utf8');
      expect(content === old || content === payload, `kill ${k}: ${content.length} bytes`).toBe(true);
      if (content === payload) sawNew++;
    }
    expect(sawNew, 'the writer got to write at all').toBeGreaterThan(0);
    // Temp files of killed writers may remain (dot-files), but the target is always whole.
    console.log(`${kills} kills, 0 partial files`);
  }, 300_000); // a guard against a hang: eight tsx start-ups take minutes on a loaded machine
});
