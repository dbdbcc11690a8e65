import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../shared/domain/parseSettings';
import { bundleChild, recordFigure, runSeed, seededRandom, tempDir } from './support';

/**
 * Exports under kill -9: a child writes export files (16 KB - 1 MB) to one target with the
 * project's atomic writer and is SIGKILLed at random moments. After every kill the target is either
 * absent (no export finished yet) or a complete document that imports cleanly — never a torn file.
 * A control run with a plain in-place write shows the check does catch torn files.
 *
 * Scope: SIGKILL stops the process, not the machine, so this proves the temp-then-rename protocol;
 * surviving a power cut additionally needs the fsyncs (file before rename, directory after).
 */

const KILLS = Number(process.env['RELIABILITY_EXPORT_KILLS'] ?? 50);
const CONTROL_KILLS = 15;

type Verdict = 'absent' | 'complete' | 'partial';

function inspect(file: string): Verdict {
  if (!fs.existsSync(file)) return 'absent';
  const text = fs.readFileSync(file, 'utf8');
  try {
    const doc = JSON.parse(text) as { seq: number; length: number; settings: unknown; padding: string };
    const settingsOk = parseSettings(JSON.stringify(doc.settings), 'export.json').ok;
    return settingsOk && doc.padding.length === doc.length ? 'complete' : 'partial';
  } catch {
    return 'partial';
  }
}

/**
 * Runs the export child and SIGKILLs it at a point counted in its work, not in milliseconds, so a
 * slow or busy machine runs the same rounds as a fast one. Atomic mode: as soon as the parent reads
 * `wrote <killAfter - 1>`, i.e. while the next export is being written. Naive mode (the control):
 * the child stops after the first chunk of each multi-chunk write and waits for a go-ahead on stdin;
 * the parent lets `killAfter` such writes go on and kills the next one there, inside a torn file.
 */
function killAt(
  bundle: string,
  dir: string,
  mode: 'atomic' | 'naive',
  killAfter: number,
): Promise<{ writes: number; signal: string | null; stderr: string; reachedPoint: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dir, mode], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let pending = '';
    let stderr = '';
    let reachedPoint = false;
    let paused = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      out += c;
      if (reachedPoint) return;
      pending += c;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (mode === 'atomic' && line === `wrote ${killAfter - 1}`) reachedPoint = true;
        if (mode === 'naive' && line.startsWith('paused ')) {
          if (paused++ === killAfter) reachedPoint = true;
          else child.stdin.write('g');
        }
        if (reachedPoint) {
          child.kill('SIGKILL');
          return;
        }
      }
    });
    child.stdin.on('error', () => {}); // the kill closes the pipe under a pending go-ahead
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // A child that hangs never reaches its kill point: a guard so the test fails instead of hanging.
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      resolve({ writes: out.split('\n').filter((l) => l.startsWith('wrote')).length, signal, stderr, reachedPoint });
    });
  });
}

describe('atomic exports under kill -9', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it(`leaves no partial export after ${KILLS} kills`, async () => {
    const seed = runSeed();
    const rand = seededRandom(seed);
    console.log(`[reliability] atomic export seed=${seed}`);
    const bundle = bundleChild('exportWriter');

    const run = async (mode: 'atomic' | 'naive', kills: number) => {
      const dir = tempDir(`export-${mode}`);
      dirs.push(dir);
      const tally = { kills: 0, partial: 0, complete: 0, absent: 0, writes: 0 };
      for (let k = 0; k < kills; k++) {
        // At least one export finishes first (atomic), so "complete" is always a possible outcome.
        const r = await killAt(
          bundle,
          dir,
          mode,
          mode === 'atomic' ? 1 + Math.floor(rand() * 8) : Math.floor(rand() * 4),
        );
        if (r.signal !== 'SIGKILL') throw new Error(`export child exited on its own:\n${r.stderr}`);
        if (!r.reachedPoint) throw new Error(`export child never reached its kill point:\n${r.stderr}`);
        tally.kills++;
        tally.writes += r.writes;
        tally[inspect(path.join(dir, 'export.json'))]++;
      }
      const leftovers = fs.readdirSync(dir).filter((f) => f !== 'export.json');
      return { ...tally, leftovers };
    };

    const atomic = await run('atomic', KILLS);
    const naive = await run('naive', CONTROL_KILLS);
    fs.rmSync(bundle, { force: true });

    console.log(
      `[reliability] atomic export detail: ${atomic.writes} exports completed; after the kills the target was complete ${atomic.complete}x, absent ${atomic.absent}x; ` +
        `${atomic.leftovers.length} stale temp files left by killed writers (${atomic.leftovers.slice(0, 3).join(', ')}); ` +
        `control (in-place write): ${naive.partial}/${naive.kills} kills left a partial file`,
    );
    recordFigure(
      'kill -9 during export (temp + fsync + rename)',
      `${atomic.kills} kills, ${atomic.partial} partial files`,
    );
    expect(atomic.kills).toBe(KILLS);
    expect(atomic.partial).toBe(0);
    expect(atomic.complete).toBeGreaterThan(0);
    // The control proves the inspection can see a torn file: every control kill lands inside one.
    expect(naive.partial).toBe(CONTROL_KILLS);
  }, 900_000); // a guard against a hang, not a budget (the kills are counted in writes)
});
