import { describe, expect, it } from 'vitest';
import { localiseParams } from './localiseParams';

describe('localiseParams', () => {
  it('writes ISO dates and date-times the way each language does, leaving other values alone', () => {
    expect(localiseParams({ date: '2026-06-13', n: 3, zip: '43215' }, 'en')).toEqual({
      date: 'Sat, Jun 13, 2026',
      n: 3,
      zip: '43215',
    });
    expect(localiseParams({ date: '2026-06-13' }, 'fr').date).toBe('sam. 13 juin 2026');
    expect(localiseParams({ at: '2026-06-12T15:30' }, 'en').at).toBe('Fri, Jun 12, 15:30');
    expect(localiseParams({ at: '2026-06-12T15:30' }, 'fr').at).toBe('ven. 12 juin, 15:30');
  });
});
