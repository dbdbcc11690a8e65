import { describe, expect, it } from 'vitest';
import { createContext } from '../../cli/context';
import { CATALOGUE, type MessageKey } from '../../shared/i18n/catalogue';
import { asMessageKey, isMessageKey } from '../../shared/i18n/messageKey';

describe('message keys are typed against the catalogue', () => {
  const ctx = createContext('en', '/');

  it('refuses an unknown key at compile time wherever MessageKey is asked for', () => {
    // The type-check (scripts/typecheck.mjs covers tests) fails if either line below compiles cleanly:
    // an unused @ts-expect-error is itself an error.
    // @ts-expect-error 'no.such.key' is not a key of the catalogue.
    const unknownByCli = () => ctx.t('no.such.key');
    // @ts-expect-error nor may a variable of it be declared.
    const unknownKey: MessageKey = 'no.such.key';
    expect(unknownByCli()).toBe('no.such.key');
    expect(isMessageKey(unknownKey)).toBe(false);
  });

  it('accepts a known key and the base of a plural key', () => {
    const known: MessageKey = 'policy.default';
    expect(ctx.t(known)).toBe(CATALOGUE.en['policy.default']);
    const pluralBase = Object.keys(CATALOGUE.en)
      .find((key) => key.endsWith('_other'))!
      .slice(0, -'_other'.length);
    expect(asMessageKey(pluralBase)).toBe(pluralBase);
  });

  it('narrows a run-time string only when the catalogue has it', () => {
    expect(asMessageKey('policy.default')).toBe('policy.default');
    expect(() => asMessageKey('policy.nonexistent')).toThrow(/Unknown message key: policy\.nonexistent/);
  });
});
