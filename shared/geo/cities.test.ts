import { describe, expect, it } from 'vitest';
import { loadGeo } from './index';
import { cityOfZip, mainCityOfZip3 } from './cities';

describe('the city of a ZIP code', () => {
  it('names the city of known ZIP codes (SimpleMaps data)', () => {
    expect(cityOfZip('89502')).toBe('Reno');
    expect(cityOfZip('43215')).toBe('Columbus');
    expect(cityOfZip('10001')).toBe('New York');
    expect(cityOfZip('94103')).toBe('San Francisco');
    expect(cityOfZip('00601')).toBe('Adjuntas');
  });

  it('has a city for every existing ZIP code of every prefix', () => {
    const geo = loadGeo();
    let checked = 0;
    for (const { zip3 } of geo.zip3s)
      for (let i = 0; i < 100; i++) {
        const zip = `${zip3}${String(i).padStart(2, '0')}`;
        if (!geo.zip5Exists(zip)) continue;
        expect(cityOfZip(zip), zip).toMatch(/\S/);
        checked++;
      }
    expect(checked).toBe(33_787);
  });

  it('names the main city of a ZIP3 and nothing for malformed or unknown entries', () => {
    expect(mainCityOfZip3('432')).toBe('Columbus');
    expect(mainCityOfZip3('895')).toBe('Reno');
    expect(mainCityOfZip3('100')).toBe('New York');
    expect(mainCityOfZip3('000')).toBeNull();
    expect(cityOfZip('0000')).toBeNull();
    expect(cityOfZip('00000')).toBeNull();
    expect(mainCityOfZip3('toString')).toBeNull();
  });
});
