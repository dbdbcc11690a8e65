import { describe, it, expect } from 'vitest';
import { CATALOGUE } from './catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n message files', () => {
  it('English and French have exactly the same keys', () => {
    const en = Object.keys(messagesEn).sort();
    const fr = Object.keys(messagesFr).sort();
    expect(fr.filter((k) => !(k in messagesEn))).toEqual([]);
    expect(en.filter((k) => !(k in messagesFr))).toEqual([]);
  });

  it('no message is empty or only whitespace', () => {
    for (const [lang, messages] of [
      ['en', messagesEn],
      ['fr', messagesFr],
    ] as const) {
      const empty = Object.entries(messages)
        .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
        .map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('both languages use the same interpolation parameters for each key', () => {
    const mismatched = Object.keys(messagesEn).filter(
      (k) => messagesFr[k] !== undefined && placeholders(messagesEn[k]!).join() !== placeholders(messagesFr[k]!).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('every nested $t(key) without parameters points at an existing key', () => {
    for (const messages of [messagesEn, messagesFr]) {
      for (const text of Object.values(messages)) {
        for (const [, key] of text.matchAll(/\$t\(([^(){}]+)\)/g))
          expect(messages, `nested ${key}`).toHaveProperty([key!]);
      }
    }
  });
});
