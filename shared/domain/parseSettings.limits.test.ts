import { afterEach, describe, it, expect, vi } from 'vitest';
import {
  formatSettingsIssue,
  parseSettings,
  shownIssues,
  type ParseSettingsResult,
  type SettingsIssue,
} from './parseSettings';
import { sampleSettings } from '../catalog/sample';
import { MAX_CLOSURES, MAX_DESTINATION_WEIGHTS, MAX_HOLIDAYS, MAX_WEIGHT, SettingsSchema } from './settings';
import { renderMessage } from '../i18n/render';
import { CATALOGUE } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

/**
 * Hostile and careless settings files: typos in keys, lists far past any real plan, dates outside
 * the years ShipWeek plans in, broken or invisible characters in names, absurd numbers. Each is
 * refused with the JSON path and the reason; none is silently dropped or mangled.
 */

/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the raw JSON document freely, including
   into invalid shapes */
function sampleText(edit: (doc: any) => void = () => {}): string {
  const doc = JSON.parse(JSON.stringify(sampleSettings()));
  edit(doc);
  return JSON.stringify(doc);
}

function errorsOf(result: ParseSettingsResult): SettingsIssue[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const lines = (result: ParseSettingsResult) => errorsOf(result).map((e) => formatSettingsIssue('plan.json', e));

/** Consecutive real dates from 2026-01-01 (dates repeat once past the range: the cap is about the count). */
const dates = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(2026, 0, 1) + (i % 20_000) * 86_400_000).toISOString().slice(0, 10),
  );

afterEach(() => vi.restoreAllMocks());

describe('unknown keys are errors with their path and the closest known key', () => {
  it('a `closure` typo in a warehouse is refused with "did you mean closures"', () => {
    const result = parseSettings(
      sampleText((d) => {
        d.warehouses[0].closure = ['2026-07-03'];
      }),
      'plan.json',
    );
    expect(lines(result)).toEqual(['plan.json: warehouses[0].closure: unknown key; did you mean "closures"?']);
    expect(errorsOf(result)[0]).toMatchObject({
      path: 'warehouses[0].closure',
      messageKey: 'domain.shape.unknownKeySuggest',
      params: { suggestion: 'closures' },
    });
  });

  it('finds typos at every depth: top level, weekday maps, service plans, policies, discriminated unions', () => {
    const result = parseSettings(
      sampleText((d) => {
        d.holiday = [];
        d.warehouses[0].cutoffs.mond = '14:00';
        d.warehouses[0].services[0].zonecap = 5;
        d.destinationWeights = { source: 'population', byzip: {} };
        d.customPolicies = [
          {
            ...structuredClone(d.customPolicies[0] ?? {}),
            id: 'mine',
            name: 'Mine',
            source: { description: '' },
            effectiveDate: null,
            requireNationwide: true,
            requireSixDayOperation: false,
            requireSixDayDelivery: false,
            treshold: {},
          },
        ];
      }),
      'plan.json',
    );
    // In the file's order: `holiday` was added last.
    expect(lines(result)).toEqual([
      'plan.json: warehouses[0].cutoffs.mond: unknown key; did you mean "mon"?',
      'plan.json: warehouses[0].services[0].zonecap: unknown key; did you mean "zoneCap"?',
      'plan.json: destinationWeights.byzip: unknown key (known keys here: source)',
      'plan.json: customPolicies[0].treshold: unknown key; did you mean "thresholds"?',
      'plan.json: holiday: unknown key; did you mean "holidays"?',
    ]);
  });

  it('names keys from Object.prototype as unknown instead of reading through them', () => {
    const text = sampleText().replace(/^\{/, '{"__proto__": {"polluted": true}, "constructor": 1, "toString": 2,');
    expect(lines(parseSettings(text, 'plan.json'))).toEqual([
      `plan.json: __proto__: unknown key (known keys here: ${Object.keys(SettingsSchema.shape).join(', ')})`,
      expect.stringMatching(/^plan\.json: constructor: unknown key/),
      expect.stringMatching(/^plan\.json: toString: unknown key/),
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('still reads "$schema" (the editor pointer the shipped samples carry)', () => {
    expect(
      parseSettings(JSON.stringify({ $schema: '../schema/settings.schema.json', ...sampleSettings() }), 'plan.json').ok,
    ).toBe(true);
  });

  it('a huge unknown key is cut short in the message', () => {
    const key = 'k'.repeat(100_000);
    const [line] = lines(
      parseSettings(
        sampleText((d) => {
          d[key] = 1;
        }),
        'plan.json',
      ),
    );
    expect(line!.length).toBeLessThan(400);
  });
});

describe('lists are capped before their entries are checked', () => {
  it('a million closures are refused by the cap, naming the path and the cap, without parsing a single date', () => {
    const spy = vi.spyOn(SettingsSchema, 'safeParse');
    const result = parseSettings(
      sampleText((d) => {
        d.warehouses[0].closures = dates(1_000_000);
      }),
      'plan.json',
    );
    expect(lines(result)).toEqual([
      `plan.json: warehouses[0].closures: has 1000000 items; the limit is ${MAX_CLOSURES}`,
    ]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('holidays and destination weights over their caps are refused the same way; at the cap they pass', () => {
    const holidays = dates(MAX_HOLIDAYS + 1).map((date) => ({ date, name: 'Closed' }));
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.holidays = holidays;
          }),
          'plan.json',
        ),
      ),
    ).toEqual([`plan.json: holidays: has ${MAX_HOLIDAYS + 1} items; the limit is ${MAX_HOLIDAYS}`]);
    expect(
      parseSettings(
        sampleText((d) => {
          d.holidays = holidays.slice(1);
        }),
        'plan.json',
      ).ok,
    ).toBe(true);

    const byZip = Object.fromEntries(
      Array.from({ length: MAX_DESTINATION_WEIGHTS + 1 }, (_, i) => [String(10_000 + i).padStart(5, '0'), 1]),
    );
    const spy = vi.spyOn(SettingsSchema, 'safeParse');
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.destinationWeights = { source: 'custom', byZip };
          }),
          'plan.json',
        ),
      ),
    ).toEqual([
      `plan.json: destinationWeights.byZip: has ${MAX_DESTINATION_WEIGHTS + 1} items; the limit is ${MAX_DESTINATION_WEIGHTS}`,
    ]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('the schema refuses the same lists on its own (the app saves through it, not through the file reader)', () => {
    const settings = sampleSettings();
    const closures = { ...settings, warehouses: [{ ...settings.warehouses[0]!, closures: dates(MAX_CLOSURES + 1) }] };
    expect(SettingsSchema.safeParse(closures).success).toBe(false);
    const byZip = Object.fromEntries(
      Array.from({ length: MAX_DESTINATION_WEIGHTS + 1 }, (_, i) => [String(10_000 + i), 1]),
    );
    expect(SettingsSchema.safeParse({ ...settings, destinationWeights: { source: 'custom', byZip } }).success).toBe(
      false,
    );
  });
});

describe('dates lie in 1970-2199', () => {
  it('refuses 1969, year 0100 and 2200 with the range; accepts both ends', () => {
    const closures = (list: string[]) =>
      parseSettings(
        sampleText((d) => {
          d.warehouses[0].closures = list;
        }),
        'plan.json',
      );
    expect(lines(closures(['1969-12-31', '0100-01-01', '2200-01-01', '0050-06-01']))).toEqual([
      'plan.json: warehouses[0].closures[0]: must be a date between 1970-01-01 and 2199-12-31 (got "1969-12-31")',
      'plan.json: warehouses[0].closures[1]: must be a date between 1970-01-01 and 2199-12-31 (got "0100-01-01")',
      'plan.json: warehouses[0].closures[2]: must be a date between 1970-01-01 and 2199-12-31 (got "2200-01-01")',
      'plan.json: warehouses[0].closures[3]: must be a date between 1970-01-01 and 2199-12-31 (got "0050-06-01")',
    ]);
    expect(closures(['1970-01-01', '2199-12-31']).ok).toBe(true);
    expect(lines(closures(['2026-02-30', '26-1-1']))).toEqual([
      'plan.json: warehouses[0].closures[0]: is not a real calendar date (got "2026-02-30")',
      'plan.json: warehouses[0].closures[1]: must be a date YYYY-MM-DD (got "26-1-1")',
    ]);
  });

  it('holiday dates and policy start dates too', () => {
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.holidays = [{ date: '1900-01-01', name: 'Old' }];
          }),
          'plan.json',
        ),
      ),
    ).toEqual(['plan.json: holidays[0].date: must be a date between 1970-01-01 and 2199-12-31 (got "1900-01-01")']);
  });
});

describe('names are plain, well-formed text', () => {
  it('refuses a lone surrogate in a warehouse name (it would be stored as invalid UTF-8 and collide)', () => {
    const result = parseSettings(
      sampleText((d) => {
        d.warehouses[0].name = 'Dock \uD800A';
      }),
      'plan.json',
    );
    expect(lines(result)).toEqual([
      'plan.json: warehouses[0].name: contains a broken character (unpaired surrogate U+D800 at position 6); save the text again as UTF-8',
    ]);
    // A real pair (an emoji) is fine.
    expect(
      parseSettings(
        sampleText((d) => {
          d.warehouses[0].name = 'Dock 📦';
        }),
        'plan.json',
      ).ok,
    ).toBe(true);
  });

  it('refuses NUL, escape sequences and other control characters in names; a description may have line breaks', () => {
    const result = parseSettings(
      sampleText((d) => {
        d.name = 'Plan\u0000';
        d.holidays = [{ date: '2026-07-03', name: '\u001b[2JGone' }];
        d.warehouses[0].timeZone = 'America/New_York\u009b';
      }),
      'plan.json',
    );
    expect(lines(result)).toEqual([
      'plan.json: name: contains a control character (U+0000 at position 5); remove it',
      'plan.json: warehouses[0].timeZone: contains a control character (U+009B at position 17); remove it',
      'plan.json: holidays[0].name: contains a control character (U+001B at position 1); remove it',
    ]);
    const policy = {
      ...sampleSettings().customPolicies[0],
      id: 'mine',
      name: 'Mine',
      source: { description: 'Line one\n\tLine two\r\n' },
      effectiveDate: null,
      requireNationwide: true,
      requireSixDayOperation: false,
      requireSixDayDelivery: false,
    };
    expect(
      parseSettings(
        sampleText((d) => {
          d.customPolicies = [policy];
        }),
        'plan.json',
      ).ok,
    ).toBe(true);
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.customPolicies = [{ ...policy, source: { description: 'Bell\u0007' } }];
          }),
          'plan.json',
        ),
      ),
    ).toEqual([
      'plan.json: customPolicies[0].source.description: contains a control character (U+0007 at position 5); remove it',
    ]);
  });
});

describe('numbers are finite and of a sane size', () => {
  it('refuses a weight of 1e308 and one that JSON reads as Infinity', () => {
    expect(
      lines(
        parseSettings(
          sampleText((d) => {
            d.destinationWeights = { source: 'custom', byZip: { '432': 1e308 } };
          }),
          'plan.json',
        ),
      ),
    ).toEqual([`plan.json: destinationWeights.byZip["432"]: must be at most ${MAX_WEIGHT} (got 1e+308)`]);
    const infinite = sampleText((d) => {
      d.viewProfile.weights[0][0] = 12345;
    }).replace('12345', '1e999');
    expect(lines(parseSettings(infinite, 'plan.json'))).toEqual([
      'plan.json: viewProfile.weights[0][0]: must be a number (got Infinity (a number too large to store))',
    ]);
    expect(
      parseSettings(
        sampleText((d) => {
          d.destinationWeights = { source: 'custom', byZip: { '432': MAX_WEIGHT } };
        }),
        'plan.json',
      ).ok,
    ).toBe(true);
  });
});

describe('translated messages', () => {
  it('every keyed problem has English and French text, and its English is the message given', () => {
    const result = parseSettings(
      sampleText((d) => {
        d.warehouses[0].closure = [];
        d.warehouses[0].cutoff = {};
        d.warehouses[0].xyzzy = 1;
        d.warehouses[0].closures = ['1969-01-01'];
        d.warehouses[0].name = 'A\u0007';
        d.holidays = [{ date: '2026-07-03', name: '\uDFFF' }];
      }),
      'plan.json',
    );
    const keyed = errorsOf(result).filter((e) => e.messageKey);
    expect(keyed.map((e) => e.messageKey).sort()).toEqual([
      'domain.date.outOfRange',
      'domain.shape.unknownKey',
      'domain.shape.unknownKeySuggest',
      'domain.shape.unknownKeySuggest',
      'domain.text.controlCharacter',
      'domain.text.loneSurrogate',
    ]);
    for (const e of keyed) {
      expect(renderMessage(messagesEn, e.messageKey!, e.params ?? {})).toBe(e.message);
      expect(messagesFr[e.messageKey!]).toBeDefined();
    }
    const tooMany = errorsOf(
      parseSettings(
        sampleText((d) => {
          d.holidays = dates(MAX_HOLIDAYS + 5).map((date) => ({ date, name: 'x' }));
        }),
        'plan.json',
      ),
    )[0]!;
    expect(renderMessage(messagesEn, tooMany.messageKey!, tooMany.params ?? {})).toBe(tooMany.message);
    expect(renderMessage(messagesFr, tooMany.messageKey!, tooMany.params ?? {})).toBe(
      `contient ${MAX_HOLIDAYS + 5} éléments ; la limite est de ${MAX_HOLIDAYS}`,
    );
  });
});

describe('a flood of problems', () => {
  it('300,000 bad keys: every one is counted, the first thousand listed, and shownIssues keeps 50 with the count of the rest', () => {
    const doc = JSON.parse(sampleText());
    for (let i = 0; i < 300_000; i++) doc[`bad${i}`] = 0;
    const result = parseSettings(JSON.stringify(doc), 'plan.json');
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1000);
    expect(!result.ok && result.totalErrors).toBe(300_000);
    expect(errors[999]!.path).toBe('bad999');
    const { shown, more } = shownIssues(errors, 300_000);
    expect(shown).toHaveLength(50);
    expect(more).toBe(299_950);
  });
});
