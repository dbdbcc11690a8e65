import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * Prettier wraps code at 120 columns but never breaks a comment, so eslint.config.js adds `max-len` at
 * the same width for what Prettier cannot wrap. Strings, template literals, regular expressions and
 * URLs are exempt: a user-visible sentence is not split over lines.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it were a file at `filePath` and returns the lines max-len reports. */
async function tooLong(filePath: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'max-len').map((m) => m.line);
}

/** Words up to `width` columns after `prefix`. */
const pad = (prefix: string, width: number) => (prefix + ' word'.repeat(width)).slice(0, width);

describe('comments are held to 120 columns by lint', () => {
  it.each([
    ['shared/engine/x.ts', `${pad('// A line comment', 121)}\nexport const a = 1;\n`],
    ['renderer/src/features/x.tsx', `/**\n${pad(' * A JSDoc line', 121)}\n */\nexport const a = 1;\n`],
    ['electron/main/services/x.ts', `${pad('/** A one-line JSDoc', 118)} */\nexport const a = 1;\n`],
    ['cli/x.ts', `export const a = 1; ${pad('// a trailing comment', 101)}\n`],
    ['scripts/x.mjs', `${pad('// A script comment', 121)}\nexport const a = 1;\n`],
    ['test/fixtures/x.ts', `export const a = { b: 1, c: 2, d: 3 }; ${pad('// fixtures too', 85)}\n`],
  ])('%s: a line over 120 columns fails lint', async (file, code) => {
    expect(await tooLong(file, code)).toEqual([1 + Number(file.startsWith('renderer'))]);
  });

  it.each([
    ['shared/engine/x.ts', `${pad('// Exactly the limit', 120)}\nexport const a = 1;\n`],
    ['shared/i18n/en/x.ts', `export const x = {\n  'a.b': '${pad('A user-visible sentence stays whole', 150)}',\n};\n`],
    ['renderer/src/lib/x.ts', `export const s = (n: number) => \`${pad('A sentence with ${n} in it', 150)}\`;\n`],
    ['shared/imports/x.ts', `export const RE = /${'(?:abc|def)'.repeat(12)}/;\n`],
    ['cli/x.ts', `// Source: https://example.com/${'a-very-long-path/'.repeat(8)}\nexport const a = 1;\n`],
  ])('%s: strings, template literals, regular expressions and URLs pass', async (file, code) => {
    expect(await tooLong(file, code)).toEqual([]);
  });
});
