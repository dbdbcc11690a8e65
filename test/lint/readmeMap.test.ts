import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The README's Architecture section is the map a newcomer reads first, and docs/CONTRIBUTING.md says
 * where each kind of change goes. Both went stale when folders moved, so this test holds them to the
 * tree: every repository path they name must exist, and every folder directly under shared/,
 * electron/main/, renderer/src/ and renderer/src/features/ must be named in the Architecture section.
 * A new folder, or a moved or renamed file, fails here until the map says so.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders whose every direct subfolder the map must name. */
const MAPPED_FOLDERS = ['shared', 'electron/main', 'renderer/src', 'renderer/src/features'];

/** Tracked and new (not ignored) files: build output and node_modules are not part of the map. */
function repoFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed.split('\n').filter((f) => f && fs.existsSync(path.join(ROOT, f)));
}

const FILES = repoFiles();
const DIRS = new Set(
  FILES.flatMap((f) =>
    f
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);
const TOP_LEVEL = new Set(FILES.map((f) => f.split('/')[0]));

/** `<lang>` or `<owner>` stands for any name, `NNNN` for four digits (`migrations/NNNN-<name>.ts`). */
const PLACEHOLDER = /<[^>/]+>|NNNN/;

/** Whether `p` (a folder when it ends with `/`) is in the repository; a placeholder matches any name. */
function pathExists(p: string, files = FILES, dirs = DIRS): boolean {
  const isDir = p.endsWith('/');
  const bare = isDir ? p.slice(0, -1) : p;
  if (!PLACEHOLDER.test(bare)) return dirs.has(bare) || (!isDir && files.includes(bare));
  const source = bare
    .split(/(<[^>/]+>|NNNN)/)
    .map((part) =>
      part === 'NNNN' ? '\\d{4}' : part.startsWith('<') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const re = new RegExp(`^${source}$`);
  return [...dirs].some((d) => re.test(d)) || (!isDir && files.some((f) => re.test(f)));
}

/** The text from a `## heading` line to the next `## ` heading. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Strips what surrounds a path in prose: brackets, quotes and punctuation. */
const trimToken = (t: string) => t.replace(/^[("'[]+/, '').replace(/[)"'\],.;:]+$/, '');

/** A relative path with a `/` (a folder ends with one): no spaces, no URL scheme, not absolute. */
const looksLikePath = (t: string) => t.includes('/') && !/\s|:\/\/|^\/|^\.\.?\//.test(t) && /^[\w.<>-]/.test(t);

/**
 * Every backticked repository path of a Markdown text, as written: a path of two names or more
 * (`shared/engine/`, `test/lint/layers.test.ts`) or a top-level folder (`shared/`). A lone `en/` or
 * `features/` in a sentence is relative to what the sentence is about, `foo.ts` an example name and
 * `quarantine/` a folder the app makes at run time: none of them is checked.
 */
function backtickedPaths(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)]
    .map((m) => trimToken(m[1]!))
    .filter((t) => looksLikePath(t) && (/\/[^/]/.test(t) || TOP_LEVEL.has(t.slice(0, -1))));
}

/** A path named inside the tree block, and the entry it was written under (to resolve `orders/` or `src/store/`). */
interface TreePath {
  written: string;
  /** Candidates, nearest first: under the entry, then under each of its parents, then from the root. */
  candidates: string[];
}

/**
 * The paths of the fenced tree block: each entry (a path at the start of a line, indented two spaces per
 * level under its parent) resolved to its full path, and the folders and files its description names
 * (a word ending in `/` or a source-file extension; `ZIP3/ZIP5` or `HTML/PDF` are not paths).
 */
function treePaths(block: string): TreePath[] {
  const out: TreePath[] = [];
  const parents: string[] = [];
  for (const line of block.split('\n')) {
    const entry = /^( {0,6})([\w.<>-][\w.<>/-]*)(\s{2,}|$)(.*)$/.exec(line);
    let description = line;
    let here = parents.at(-1) ?? '';
    if (entry && (entry[2]!.endsWith('/') || /\.\w+$/.test(entry[2]!))) {
      const level = entry[1]!.length / 2;
      parents.length = Math.min(parents.length, level);
      const parent = parents.at(-1) ?? '';
      const full = parent + entry[2]!;
      out.push({ written: entry[2]!, candidates: [full] });
      // A file entry (main/index.ts) is not a parent; a folder entry (shared/, domain/) is.
      if (full.endsWith('/')) parents.push(full);
      here = full.endsWith('/') ? full : full.slice(0, full.lastIndexOf('/') + 1);
      description = entry[4]!;
    }
    for (const raw of description.split(/\s+/)) {
      const t = trimToken(raw);
      if (!looksLikePath(t) || !(t.endsWith('/') || /\.(ts|tsx|js|mjs|json|md|css)$/.test(t))) continue;
      const bases = [here, ...parents.slice(0, -1).reverse(), ''];
      out.push({ written: t, candidates: [...new Set(bases.map((b) => b + t))] });
    }
  }
  return out;
}

/** The fenced blocks of a Markdown text, joined. */
const fencedBlocks = (markdown: string) =>
  [...markdown.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
/** The text outside fenced blocks. */
const prose = (markdown: string) => markdown.replace(/```[^\n]*\n[\s\S]*?```/g, '');

/** The named paths of a map section that do not exist, and the full paths it names. */
function checkMap(markdown: string): { missing: string[]; named: string[] } {
  const missing: string[] = [];
  const named: string[] = [];
  for (const p of backtickedPaths(prose(markdown))) {
    named.push(p);
    if (!pathExists(p)) missing.push(p);
  }
  for (const { written, candidates } of treePaths(fencedBlocks(markdown))) {
    const found = candidates.find((c) => pathExists(c));
    if (found) named.push(found);
    else missing.push(`${written} (looked for ${candidates.join(', ')})`);
  }
  return { missing, named };
}

/** The direct subfolders of `folder` that no named path is, or lies inside. */
function unnamedFolders(named: readonly string[], folders = MAPPED_FOLDERS, dirs = DIRS): string[] {
  const unnamed: string[] = [];
  for (const folder of folders) {
    const subfolders = [...dirs].filter((d) => d.startsWith(`${folder}/`) && !d.slice(folder.length + 1).includes('/'));
    for (const sub of subfolders.sort()) {
      if (!named.some((p) => p === `${sub}/` || p === sub || p.startsWith(`${sub}/`))) unnamed.push(`${sub}/`);
    }
  }
  return unnamed;
}

const readme = () => fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe("the README's architecture map matches the tree", () => {
  it('every path the Architecture section names exists', () => {
    expect(checkMap(section(readme(), 'Architecture')).missing).toEqual([]);
  });

  it('every folder under shared/, electron/main/, renderer/src/ and renderer/src/features/ is named there', () => {
    expect(unnamedFolders(checkMap(section(readme(), 'Architecture')).named)).toEqual([]);
  });

  it('every path docs/CONTRIBUTING.md names exists', () => {
    const contributing = fs.readFileSync(path.join(ROOT, 'docs/CONTRIBUTING.md'), 'utf8');
    expect(checkMap(contributing).missing).toEqual([]);
  });

  // The checks above pass only if they can fail: a misspelt folder, a moved file, a tree entry that is
  // gone and a new folder are each caught (on texts of their own, so this holds whatever the README says).
  it('catches a renamed folder, a moved file, a stale tree entry and a folder the map does not name', () => {
    expect(checkMap('See `shared/enigne/` beside `shared/engine/` and `shared/`.').missing).toEqual(['shared/enigne/']);
    expect(checkMap('Read `electron/main/services/fileImports.ts`.').missing).toEqual([
      'electron/main/services/fileImports.ts',
    ]);
    const tree = '```\nshared/   pure\n  engine/  rules (promiseOrder.ts), see orders/\n  nowhere/  gone\n```\n';
    expect(checkMap(tree).missing).toEqual(['nowhere/ (looked for shared/nowhere/)']);
    const everyFolder = [...DIRS].map((d) => `${d}/`);
    expect(unnamedFolders(everyFolder, ['shared'])).toEqual([]);
    expect(unnamedFolders(everyFolder, ['shared'], new Set([...DIRS, 'shared/newFolder']))).toEqual([
      'shared/newFolder/',
    ]);
  });
});
