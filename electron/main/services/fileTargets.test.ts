/**
 * Files that are not plain files: the atomic writer refuses to replace them (a symbolic link, a named
 * pipe, a device node, a folder) and the one bounded reader stops pipes and devices at the size cap.
 * Real file-system objects in a temp folder: mkfifo, mknod (as root; otherwise /dev/null, which a
 * non-root process cannot replace anyway), symlinks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicWrite';
import { readFileBounded } from './boundedRead';
import { NotARegularFileError } from './fileKind';
import { readImportFile } from './importService';
import { AppError } from '../../../shared/ipc/result';
import { SETTINGS_MAX_BYTES } from '../../../shared/domain/parseSettings';
import { openTempWorkspace } from '../../../test/support/tempWorkspace';
import { runCli } from '../../../cli/main';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-targets-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fifo(name: string): string {
  const p = path.join(dir, name);
  const r = spawnSync('mkfifo', [p]);
  expect(r.status, 'mkfifo').toBe(0);
  return p;
}

/** A character device: a private copy of /dev/null's node when we may create one (root), else /dev/null itself. */
function device(): string {
  const p = path.join(dir, 'null-device');
  const r = spawnSync('mknod', [p, 'c', '1', '3']);
  if (r.status === 0) return p;
  expect(process.getuid?.() === 0, 'root could not mknod: the fallback below would be unsafe').toBe(false);
  return '/dev/null';
}

function refusal(fn: () => void): NotARegularFileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NotARegularFileError);
    return e as NotARegularFileError;
  }
  throw new Error('expected a refusal');
}

describe('the atomic writer writes only to regular files or new paths', () => {
  it('replaces a regular file and creates a new one', () => {
    const file = path.join(dir, 'a.csv');
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    writeFileAtomic(file, 'newer');
    expect(fs.readFileSync(file, 'utf8')).toBe('newer');
  });

  it('refuses a symbolic link (to a file, or dangling) and leaves the link and its target alone', () => {
    const real = path.join(dir, 'real.txt');
    fs.writeFileSync(real, 'keep');
    const link = path.join(dir, 'link.csv');
    fs.symlinkSync(real, link);
    const e = refusal(() => writeFileAtomic(link, 'x'));
    expect(e.kind).toBe('symlink');
    expect(e.message).toContain(link);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('keep');
    const dangling = path.join(dir, 'dangling.csv');
    fs.symlinkSync(path.join(dir, 'nowhere'), dangling);
    expect(refusal(() => writeFileAtomic(dangling, 'x')).kind).toBe('symlink');
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false);
  });

  it('refuses a named pipe, a device node and a folder, and leaves no temp file', () => {
    const pipe = fifo('pipe.csv');
    expect(refusal(() => writeFileAtomic(pipe, 'x')).kind).toBe('fifo');
    expect(fs.lstatSync(pipe).isFIFO()).toBe(true);
    const dev = device();
    const e = refusal(() => writeFileAtomic(dev, 'x'));
    expect(e.kind).toBe('device');
    expect(e.message).toBe(`${dev} is a device, not a regular file.`);
    expect(fs.lstatSync(dev).isCharacterDevice()).toBe(true);
    const folder = path.join(dir, 'folder.csv');
    fs.mkdirSync(folder);
    expect(refusal(() => writeFileAtomic(folder, 'x')).kind).toBe('directory');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the export service and the CLI say what the target is, naming it', () => {
    const tw = openTempWorkspace('targets', { subfolder: true });
    try {
      const link = path.join(tw.dir, 'metrics.csv');
      fs.symlinkSync(path.join(tw.dir, 'elsewhere.csv'), link);
      try {
        tw.svc.exports.writeCsv(tw.sid, 'metrics', 'en', link);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).extra.key).toBe('reports.error.target.symlink');
        expect((e as AppError).extra.params).toEqual({ file: link });
        expect((e as AppError).message).toContain(`${link} is a symbolic link`);
      }
      expect(fs.existsSync(path.join(tw.dir, 'elsewhere.csv'))).toBe(false);
    } finally {
      tw.close();
    }
    fs.writeFileSync(path.join(dir, 'real.json'), '{}');
    fs.symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'plan.json'));
    const sample = runCli(['sample', '--out', 'plan.json', '--force'], dir);
    expect(sample.exitCode).toBe(2);
    expect(sample.stderr).toBe(
      'plan.json: is a symbolic link; ShipWeek writes only to regular files or new names, never through a link\n',
    );
    fifo('out.csv');
    const report = runCli(['sample', '--out', 'out.csv', '--force', '--lang', 'fr'], dir);
    expect(report.stderr).toBe("out.csv : c'est un tube nommé (FIFO), pas un fichier ordinaire ; rien n'a été écrit\n");
  });
});

describe('one bounded reader: the size cap holds for pipes and devices', () => {
  it('reads a regular file up to the cap, refuses one byte more by its size', () => {
    const file = path.join(dir, 'f.json');
    fs.writeFileSync(file, 'x'.repeat(1000));
    expect(readFileBounded(file, 1000)).toMatchObject({ ok: true });
    expect(readFileBounded(file, 999)).toEqual({ ok: false, problem: 'tooLarge', size: 1000, limit: 999 });
    expect(readFileBounded(dir, 999)).toEqual({ ok: false, problem: 'isDirectory' });
    expect(readFileBounded(path.join(dir, 'missing'), 999)).toEqual({
      ok: false,
      problem: 'cannotRead',
      code: 'ENOENT',
    });
  });

  it('/dev/zero stops at the cap (stat says 0 bytes; reading would never end)', () => {
    expect(fs.statSync('/dev/zero').size).toBe(0);
    expect(readFileBounded('/dev/zero', 1_000_000)).toEqual({
      ok: false,
      problem: 'tooLarge',
      size: null,
      limit: 1_000_000,
    });
  });

  it('a pipe is read whole when small and stopped at the cap when endless', async () => {
    const small = fifo('small.json');
    const writer = spawn('sh', ['-c', `printf '{"a":1}' > '${small}'`]);
    expect(readFileBounded(small, 100)).toEqual({ ok: true, bytes: Buffer.from('{"a":1}') });
    await new Promise((r) => writer.once('close', r));

    const endless = fifo('endless.json');
    const yes = spawn('sh', ['-c', `exec yes > '${endless}'`]);
    try {
      expect(readFileBounded(endless, 200_000)).toEqual({ ok: false, problem: 'tooLarge', size: null, limit: 200_000 });
    } finally {
      yes.kill('SIGKILL');
    }
  });

  it('the app never waits for a pipe without a writer', () => {
    const lonely = fifo('lonely.json');
    const read = readFileBounded(lonely, 100, { nonBlocking: true });
    expect(read.ok ? read.bytes.length : read.problem).toBe(0);
  });

  it('imports and the CLI give the usual "too large" answer for /dev/zero', () => {
    try {
      readImportFile('/dev/zero', SETTINGS_MAX_BYTES);
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).extra.key).toBe('reports.import.tooLargeStream');
      expect((e as AppError).extra.params).toEqual({ file: 'zero', limit: SETTINGS_MAX_BYTES });
    }
    const cli = runCli(['validate', '/dev/zero'], dir);
    expect(cli.exitCode).toBe(2);
    expect(cli.stderr).toBe(
      `/dev/zero: file is too large (reading stopped at the limit of ${SETTINGS_MAX_BYTES} bytes)\n`,
    );
    const fr = runCli(['simulate', '/dev/zero', '--lang', 'fr'], dir);
    expect(fr.stderr).toBe(
      `/dev/zero : fichier trop volumineux (lecture arrêtée à la limite de ${SETTINGS_MAX_BYTES} octets)\n`,
    );
  });
});
