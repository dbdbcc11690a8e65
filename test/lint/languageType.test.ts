import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * One language type: `Lang` and the list `LANGS` in shared/i18n/lang.ts. A union of language codes
 * written inline, or a second language type, is how a third language would be missed somewhere, so
 * this test refuses both in every source file of the repository (tracked or new).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HOME = 'shared/i18n/lang.ts';
const SELF = 'test/lint/languageType.test.ts';

function sourceFiles(): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.tsx', '*.mts', '*.mjs'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return listed.split('\n').filter((f) => f && f !== HOME && f !== SELF && fs.existsSync(path.join(ROOT, f)));
}

/** 'en' | 'fr' (either order, either quote), the inline union the one type replaces. */
const INLINE_UNION = /(['"])(en|fr)\1\s*\|\s*(['"])(en|fr)\3/;
/** `type Language =`, `type ReportLang =`, … : a second declaration of the language type. */
const LANG_DECLARATION = /\btype\s+\w*(Lang|Language)\w*\s*(<[^>]*>)?\s*=/;
/**
 * `lang === 'fr'`, `'en' !== language`: a branch on one language. What differs between languages (a
 * word, a locale, a separator) lives in the language's folder, so a third language needs no new branch.
 */
const LANG_BRANCH = new RegExp(
  [
    /\b\w*(lang|language|locale)\w*\s*[!=]==?\s*['"][a-z]{2}(-[A-Z]{2})?['"]/.source,
    /['"][a-z]{2}(-[A-Z]{2})?['"]\s*[!=]==?\s*[\w.]*(lang|language|locale)\b/.source,
    // locale.startsWith('fr'): the same branch on a locale's language part.
    /\b\w*(lang|language|locale)\w*\.startsWith\(\s*['"][a-z]{2}['"]\s*\)/.source,
  ].join('|'),
  'i',
);
/** Product code: what users run (tests may pick a language to check its texts). */
const isProductCode = (file: string) => /^(shared|renderer|electron|cli)\//.test(file) && !/\.test\.tsx?$/.test(file);
/** z.enum(['en', 'fr']): the list written again instead of LANGS. */
const INLINE_LIST = /enum\(\s*\[\s*(['"])(en|fr)\1\s*,/;

describe('one language type', () => {
  it('shared/i18n/lang.ts declares Lang and LANGS', () => {
    const text = fs.readFileSync(path.join(ROOT, HOME), 'utf8');
    expect(text).toMatch(/export const LANGS = \[/);
    expect(text).toMatch(/export type Lang = /);
  });

  it('no other file declares a language type or writes the languages inline', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles()) {
      const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (INLINE_UNION.test(line) || LANG_DECLARATION.test(line) || INLINE_LIST.test(line))
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('no product code branches on a language', () => {
    expect(LANG_BRANCH.test("const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';")).toBe(true);
    expect(LANG_BRANCH.test("if ('en' !== i18n.language) return;")).toBe(true);
    expect(LANG_BRANCH.test("const colon = opts.locale.startsWith('fr') ? ' : ' : ': ';")).toBe(true);
    expect(LANG_BRANCH.test("if (locale === 'fr-FR') return;")).toBe(true);
    expect(LANG_BRANCH.test('const locale = DAY_FIRST_LOCALES[lang];')).toBe(false);
    const offenders: string[] = [];
    for (const file of sourceFiles().filter(isProductCode)) {
      const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (LANG_BRANCH.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
