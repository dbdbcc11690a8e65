import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { simulate } from '../engine/simulate';
import { loadGeo } from '../geo';
import { draftPlanOfAction } from './planOfAction';
import { planMarkdown } from './planDocument';
import { HOSTILE_NAMES, markdownVerdict } from '../../test/support/hostileText';

const geo = loadGeo();
const opts = { generatedAt: '2026-06-10T09:00:00Z', version: '0.1.0', timeZone: 'UTC' };

describe('plan of action as Markdown: names and text shown literally', () => {
  it('a hostile scenario or warehouse name renders as its own text in a permissive Markdown renderer', () => {
    for (const name of HOSTILE_NAMES) {
      const settings = sampleSettings();
      settings.name = name;
      settings.warehouses[0]!.name = name;
      const md = planMarkdown(settings, draftPlanOfAction(settings, simulate(settings, geo), 'en'), opts);
      const verdict = markdownVerdict(md, name);
      expect(verdict.foreignTags, name).toEqual([]);
      expect(verdict.shown, name).toBe(true);
    }
  });

  it('the user text keeps the draft lists but no other Markdown: headings, links, HTML, rules stay text', () => {
    const settings = sampleSettings();
    const plan = draftPlanOfAction(settings, simulate(settings, geo), 'en');
    const typed = [
      '# not a heading',
      '1. not a numbered item',
      '---',
      '> not a quote',
      '<b>bold?</b> & more &amp;',
      '[x](javascript:alert(1)) <https://evil.example>',
      '    indented',
    ];
    plan.sections[0]!.actions = `- first\n  - second\n${typed.join('\n')}`;
    const md = planMarkdown(settings, plan, opts);
    for (const line of typed)
      expect(markdownVerdict(md, line.trim()), line).toMatchObject({ foreignTags: [], shown: true });
    expect(md).toContain('- first\n  - second\n');
    // The draft's own lists still render as lists.
    expect(markdownVerdict(md, 'first').shown).toBe(true);
  });

  it('the check is not blind: the same names unescaped do produce markup', () => {
    expect(markdownVerdict('Name: <img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>').foreignTags).toContain(
      'img',
    );
    expect(markdownVerdict('[click me](javascript:alert(1))', '[click me](javascript:alert(1))').foreignTags).toContain(
      'a',
    );
  });
});
