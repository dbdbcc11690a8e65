import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The order of shared/'s folders, bottom first: a folder may import only itself and the folders before
 * it, so no two folders can import each other in a circle (the circles time <-> engine <-> geo and
 * advisor <-> eligibility existed before this rule). Test files are free to import upward.
 */
const LAYERS = [
  'i18n', // the languages (lang.ts), the texts and the render function: imports nothing else in shared/
  'time', // dates, times of day, time zones
  'geo',
  'domain',
  'catalog',
  'imports', // the CSV readers that check rows against domain and catalog
  'engine',
  'orders',
  'transit',
  'eligibility',
  'advisor',
  'backtest',
  'report',
  'returns',
  'ipc',
] as const;

/*
 * The imports that still break the order, file by file. The list may only shrink: a new one fails the
 * test, and so does an entry that no longer exists (remove it). It is empty: the last circle (domain <->
 * catalog) went when the carrier holiday calendars and the delivery-day coverage defaults, which the
 * settings schema validates against, moved down into domain, and the sample plan, built from catalog
 * tables, moved up into catalog.
 */
const KNOWN_EXCEPTIONS: string[] = [];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT = /(?:\bfrom|\bimport\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every `shared/<folder>/file.ts -> shared/<other>/target` import of the non-test sources. */
function crossFolderImports(): { from: string; to: string; fromFolder: string; toFolder: string }[] {
  const out: { from: string; to: string; fromFolder: string; toFolder: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(path.join(root, rel), 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const target = path.posix.normalize(path.posix.join(dir, m[1]!));
          const [top, toFolder] = target.split('/');
          const fromFolder = rel.split('/')[1]!;
          if (top === 'shared' && toFolder && toFolder !== fromFolder)
            out.push({ from: rel, to: target, fromFolder, toFolder });
        }
      }
    }
  };
  walk('shared');
  return out;
}

/** The imports that point to a later folder in LAYERS (or to a folder the order does not name). */
export function orderViolations(
  imports: readonly { from: string; to: string; fromFolder: string; toFolder: string }[],
): string[] {
  const rank = new Map<string, number>(LAYERS.map((name, i) => [name, i]));
  return imports
    .filter((i) => !(rank.get(i.toFolder)! < rank.get(i.fromFolder)!))
    .map((i) => `${i.from} -> ${i.to}`)
    .sort();
}

describe("shared/'s folders keep their order (no circles between folders)", () => {
  it('every folder of shared/ has its place in the order', () => {
    const folders = fs
      .readdirSync(path.join(root, 'shared'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(LAYERS as readonly string[]).includes(f))).toEqual([]);
  });

  it('a folder imports only the folders before it, except the listed ones, which may only shrink', () => {
    const imports = crossFolderImports();
    expect(imports.length).toBeGreaterThan(100); // the scan sees the real imports
    expect(orderViolations(imports)).toEqual(KNOWN_EXCEPTIONS);
  });

  it('the check catches an upward import and a circle', () => {
    const edge = (from: string, to: string) => ({
      from,
      to,
      fromFolder: from.split('/')[1]!,
      toFolder: to.split('/')[1]!,
    });
    expect(orderViolations([edge('shared/time/timezone.ts', 'shared/engine/calendar')])).toEqual([
      'shared/time/timezone.ts -> shared/engine/calendar',
    ]);
    expect(
      orderViolations([
        edge('shared/engine/simulate.ts', 'shared/geo/states'),
        edge('shared/geo/zones.ts', 'shared/engine/routing'),
      ]),
    ).toEqual(['shared/geo/zones.ts -> shared/engine/routing']);
    expect(orderViolations([edge('shared/report/x.ts', 'shared/time/dateTime')])).toEqual([]);
  });
});
