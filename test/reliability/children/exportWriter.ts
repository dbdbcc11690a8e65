/**
 * Child process for the atomic-export test: writes export files over and over to one target until
 * the parent SIGKILLs it. Each file is a complete, self-checking document:
 *   {"seq": N, "length": L, "settings": <the sample settings>, "padding": "<L chars>"}
 * so the parent can tell a whole file from a partial one without trusting the writer.
 *
 * argv: <dir> <mode>   mode "atomic" writes with the project's writer (cli/context.ts
 * writeFileAtomic: temp file, fsync, rename); mode "naive" writes the target in place, as a
 * control showing the test catches partial files. In naive mode the child prints `paused <seq>`
 * after the first chunk of a write that has more, and waits for one byte on stdin before going on:
 * the parent's kill then lands inside a torn file whatever the machine's speed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createContext, writeFileAtomic } from '../../../cli/context';
import { sampleSettings } from '../../../shared/catalog/sample';

const [dir, mode] = process.argv.slice(2);
if (!dir || (mode !== 'atomic' && mode !== 'naive')) throw new Error('usage: exportWriter <dir> atomic|naive');
const ctx = createContext('en', dir);
const settings = sampleSettings();

// The bodies are built once; each write only prepends its sequence number, so the loop's time goes
// into writing (where the kills should land), not into building strings.
const bodies = [16_384, 250_000, 700_000, 1_000_000].map((length) => ({
  length,
  rest: `"length":${length},"settings":${JSON.stringify(settings)},"padding":"${'x'.repeat(length)}"}`,
}));

for (let seq = 0; ; seq++) {
  const body = bodies[seq % bodies.length]!;
  const text = `{"seq":${seq},${body.rest}`;
  if (mode === 'atomic') {
    const r = writeFileAtomic(ctx, 'export.json', text);
    if (!r.ok) throw new Error(r.message);
  } else {
    // In place, in 64 KB chunks, as a streaming writer without a temp file would.
    const fd = fs.openSync(path.join(dir, 'export.json'), 'w');
    for (let i = 0; i < text.length; i += 65_536) {
      fs.writeSync(fd, text.slice(i, i + 65_536));
      if (i === 0 && text.length > 65_536) {
        fs.writeSync(1, `paused ${seq}\n`);
        fs.readSync(0, Buffer.alloc(1));
      }
    }
    fs.closeSync(fd);
  }
  fs.writeSync(1, `wrote ${seq}\n`);
}
