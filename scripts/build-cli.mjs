#!/usr/bin/env node
// The CLI's prebuilt bundle: cli/main.ts and everything it imports (shared/, the plain-Node services,
// the geo JSON) as plain ES modules in out/cli (shipweek-<hash>.mjs and its chunks), so `shipweek`
// starts without compiling TypeScript. Built by npm's `prepare` lifecycle (npm install, npm ci) and again by
// bin/shipweek.mjs whenever a source is newer than the bundle. Next to the bundle, out/cli/inputs.json lists every
// file it was built from with its size and mtime: comparing them costs ~100 stat calls, about a
// millisecond, so the launcher never runs a stale bundle.
//
// Run as a script (`node scripts/build-cli.mjs`) it never fails the install: without esbuild (a
// devDependency, through vite and tsx) or on a build error it says so and exits 0, and the launcher
// keeps compiling the sources on the fly as before.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = 'out/cli';
const INPUTS = 'inputs.json';
const FORMAT = 1;

/**
 * Packages left out of the bundle and loaded from node_modules at run time: better-sqlite3 is a
 * native module; playwright-core is large, loaded only for PDF output, and finds its own files.
 */
const EXTERNAL = ['better-sqlite3', 'playwright-core'];

function stamp(file) {
  const st = fs.statSync(file);
  return [st.size, st.mtimeMs];
}

/**
 * The bundle's file URL when it exists and every file it was built from is unchanged (same size,
 * same mtime), else null.
 * @example const url = freshCliBundle(); if (url) ({ main } = await import(url));
 */
export function freshCliBundle(root = ROOT) {
  const dir = path.join(root, OUT_DIR);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, INPUTS), 'utf8'));
    if (
      manifest.format !== FORMAT ||
      typeof manifest.entry !== 'string' ||
      !fs.existsSync(path.join(dir, manifest.entry))
    )
      return null;
    for (const [rel, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
      const [s, m] = stamp(path.join(root, rel));
      if (s !== size || m !== mtimeMs) return null;
    }
  } catch {
    // No bundle yet, a damaged manifest or a deleted source: not fresh.
    return null;
  }
  return pathToFileURL(path.join(dir, manifest.entry)).href;
}

/**
 * Builds the bundle into out/cli with esbuild and writes inputs.json last. Code that only some
 * commands need (serve's HTTP server and database, PDF output) is split into chunks loaded on first
 * use, so `simulate` does not pay for them. File names carry a hash of their content: a rebuild adds
 * files beside the old ones and a CLI already running keeps loading its own chunks. Every file is
 * written beside its target and renamed over it, so a CLI started meanwhile sees the old build, the
 * new one, or a stale manifest (and rebuilds), never a half-written file.
 * Throws when esbuild is missing or the build fails.
 */
export async function buildCliBundle(root = ROOT) {
  const esbuild = await import('esbuild');
  const dir = path.join(root, OUT_DIR);
  const selfPath = fileURLToPath(import.meta.url);
  // This script's options shape the bundle too: it is an input like the sources.
  const stamps = new Map([[path.relative(root, selfPath).split(path.sep).join('/'), stamp(selfPath)]]);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { shipweek: 'cli/main.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dir,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    external: EXTERNAL,
    plugins: [projectFilesPlugin(root, stamps)],
    // Code and data are shipped as written; only whitespace and syntax are compacted (smaller
    // files, faster parse) so stack traces keep readable names.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const tmpSuffix = `.${process.pid}.tmp`;
  const entryOutput = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'cli/main.ts');
  const entry = entryOutput ? path.relative(dir, path.join(root, entryOutput[0])) : null;
  for (const file of result.outputFiles) {
    if (fs.existsSync(file.path)) continue; // same name, same content
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path + tmpSuffix, file.contents);
    fs.renameSync(file.path + tmpSuffix, file.path);
  }
  if (!entry) throw new Error('esbuild produced no entry file');
  // The sources (and this script) are what make it stale. Files in node_modules change only through
  // npm, whose `prepare` rebuilds it anyway.
  for (const f of Object.keys(result.metafile.inputs)) {
    // Anything the plugin did not load (another file type): stamped now, better late than never.
    if (!f.includes('node_modules/') && !stamps.has(f)) stamps.set(f, stamp(path.join(root, f)));
  }
  const inputs = Object.fromEntries([...stamps].sort(([a], [b]) => (a < b ? -1 : 1)));
  const manifest = path.join(dir, INPUTS);
  fs.writeFileSync(manifest + tmpSuffix, JSON.stringify({ format: FORMAT, entry, inputs }));
  fs.renameSync(manifest + tmpSuffix, manifest);
  removeOldBuilds(dir, new Set(result.outputFiles.map((f) => f.path)));
  return { bundle: path.join(dir, entry), inputs: stamps.size };
}

/** Deletes files of earlier builds after an hour (a CLI started before the rebuild may still need its chunks). */
function removeOldBuilds(dir, keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!name.endsWith('.mjs') || keep.has(file)) continue;
    try {
      if (fs.statSync(file).mtimeMs < hourAgo) fs.rmSync(file, { force: true });
    } catch {
      // another build removed it first
    }
  }
}

/**
 * Loads the project's own files (node_modules is left to esbuild) and notes each one's size and
 * mtime as it was *before* reading it, so an edit that lands during the build leaves the manifest
 * stale instead of pairing the new stamp with the old content.
 *
 * It also rewrites import.meta.url: sources find files next to them through it (package.json, the
 * project folder), and in the bundle it would be the output file's URL. Each source's own URL is
 * rebuilt from where the output sits: every output file is directly in out/cli, two folders below
 * the project.
 */
function projectFilesPlugin(root, stamps) {
  const loaders = { '.ts': 'ts', '.mjs': 'js', '.js': 'js', '.json': 'json' };
  return {
    name: 'shipweek-project-files',
    setup(build) {
      build.onLoad({ filter: /\.(ts|mjs|js|json)$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const rel = path.relative(root, args.path).split(path.sep).join('/');
        stamps.set(rel, stamp(args.path));
        let text = fs.readFileSync(args.path, 'utf8');
        const loader = loaders[path.extname(args.path)];
        if (loader !== 'json' && text.includes('import.meta.')) {
          if (/import\.meta\.(dirname|filename)/.test(text)) {
            return { errors: [{ text: 'use import.meta.url: the CLI bundle rewrites only that one' }] };
          }
          text = text.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(rel)}, new URL('../../', import.meta.url)).href`,
          );
        }
        return { contents: text, loader };
      });
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { bundle, inputs } = await buildCliBundle();
    console.log(`CLI bundle: ${path.relative(ROOT, bundle)} (${inputs} source files).`);
  } catch (e) {
    // Never fail `npm install`: the CLI still works, compiling its sources on each run.
    const reason =
      e && e.code === 'ERR_MODULE_NOT_FOUND'
        ? 'esbuild is not installed'
        : String(e && e.message ? e.message : e).split('\n')[0];
    console.warn(
      `CLI bundle not built (${reason}); \`shipweek\` will compile its TypeScript sources on each run instead (slower start).`,
    );
  }
}
