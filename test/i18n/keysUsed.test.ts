import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { CATALOGUE } from '../../shared/i18n/catalogue';
import { translator } from '../../shared/report/format';
import { createContext } from '../../cli/context';

/*
 * Every key the code emits as a literal — `t('…')` in the renderer, the report, the CLI and main,
 * and `messageKey: '…'` / `key: '…'` in what the engines and importers return or main throws (the
 * reports.import.* keys of importService.ts) — exists in the
 * catalogue of every language. (Keys built at run time, `t(`nav.${page}`)`, are the parity and
 * pseudo-locale tests' business.)
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EMITTED = [
  /\bt\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g,
  /\b(?:messageKey|key):\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g,
  /\?\?\s*'(reports\.[\w.]+)'/g,
];

function everything(lang: Lang): Record<string, string> {
  return {
    ...CATALOGUE[lang],
    ...translator(lang).messages,
    ...createContext(lang).messages,
  };
}

describe('keys the code emits', () => {
  it('exist in every language', () => {
    const files = execFileSync(
      'git',
      ['ls-files', '--cached', '--others', '--exclude-standard', '--', 'shared', 'renderer/src', 'electron', 'cli'],
      { cwd: ROOT, encoding: 'utf8' },
    )
      .split('\n')
      .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && fs.existsSync(path.join(ROOT, f)));
    const catalogues = LANGS.map((lang) => [lang, everything(lang)] as const);
    const missing: string[] = [];
    let seen = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const pattern of EMITTED)
        for (const [, key] of text.matchAll(pattern)) {
          seen++;
          for (const [lang, texts] of catalogues)
            if (!(key! in texts) && !(`${key}_other` in texts)) missing.push(`${file}: ${key} (${lang})`);
        }
    }
    expect(seen).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});
