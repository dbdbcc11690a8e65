import { describe, expect, it } from 'vitest';
import { report as report_en } from '../i18n/en/report';
import type { Texts } from '../i18n/texts';
import { report as report_fr } from '../i18n/fr/report';

const reportMessagesEn: Texts = report_en;
const reportMessagesFr: Texts = report_fr;

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('report messages', () => {
  it('English and French have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(reportMessagesFr).sort()).toEqual(Object.keys(reportMessagesEn).sort());
    for (const [key, en] of Object.entries(reportMessagesEn)) {
      const fr = reportMessagesFr[key]!;
      expect(en.trim(), key).not.toBe('');
      expect(fr.trim(), key).not.toBe('');
      expect(placeholders(fr), key).toEqual(placeholders(en));
    }
  });

  it('owns only its own prefixes', () => {
    expect(Object.keys(reportMessagesEn).filter((k) => !/^(report|plan)\./.test(k))).toEqual([]);
  });
});
