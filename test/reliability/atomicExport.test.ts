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

function killAfter(bundle: string, dir: string, mode: 'atomic' | 'naive', delayMs: number): Promise<{ writes: number; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dir, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    // The clock starts at the first completed write, so kills land among writes, not during startup.
    child.stdout.on('data', (c: string) => {
      out += c;
      if (!timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ writes: out.split('\n').filter((l) => l.startsWith('wrote')).length, signal, stderr });
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
        const r = await killAfter(bundle, dir, mode, Math.floor(rand() * 40));
        if (r.signal !== 'SIGKILL') throw new Error(`export child exited on its own:\n${r.stderr}`);
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
    recordFigure('kill -9 during export (temp + fsync + rename)', `${atomic.kills} kills, ${atomic.partial} partial files`);
    expect(atomic.kills).toBe(KILLS);
    expect(atomic.partial).toBe(0);
    expect(atomic.complete).toBeGreaterThan(0);
    // The control proves the inspection can see a torn file.
    expect(naive.partial).toBeGreaterThan(0);
  }, 300_000);
});
