import { describe, it, expect } from 'vitest';
import { CONTIGUOUS_48_DC, NONCONTIGUOUS_STATES, STATES, TERRITORIES, stateName } from './states';

describe('states', () => {
  it('CONTIGUOUS_48_DC holds 48 states plus DC, without AK, HI or territories', () => {
    expect(CONTIGUOUS_48_DC).toHaveLength(49);
    expect(CONTIGUOUS_48_DC).toContain('DC');
    expect(CONTIGUOUS_48_DC).toContain('OH');
    for (const code of [...NONCONTIGUOUS_STATES, ...TERRITORIES]) expect(CONTIGUOUS_48_DC).not.toContain(code);
    expect([...CONTIGUOUS_48_DC].sort()).toEqual(CONTIGUOUS_48_DC);
  });

  it('knows 50 states, DC and 5 territories', () => {
    expect(Object.keys(STATES)).toHaveLength(56);
    expect(TERRITORIES).toEqual(['AS', 'GU', 'MP', 'PR', 'VI']);
  });

  it('names states in English and French', () => {
    expect(stateName('CA')).toBe('California');
    expect(stateName('CA', 'fr')).toBe('Californie');
    expect(stateName('WV', 'fr')).toBe('Virginie-Occidentale');
    expect(stateName('ZZ', 'fr')).toBe('ZZ');
  });
});
