import { describe, expect, it } from 'vitest';
import { stemsOf } from '../../src/lib/clean/line-rules.ts';
import { chromeLines } from '../../src/lib/clean/page-chrome.ts';

const page = [
  'Skip to main content',
  'Europe',
  'Lyon shuts footbridge after cable snaps',
  'The Passerelle des Tanneurs in Lyon was closed on Tuesday after a cable snapped, officials said.',
  'What happens next',
  'Engineers will inspect every cable of the footbridge before it reopens, the city said.',
  'It went on',
  'Share',
  'Facebook',
  'Why our hospitals keep getting hacked',
  'Tributes paid to former Leeds United captain',
];
const stems = stemsOf(page.slice(3, 6));
const chrome = (lines: readonly string[]) => [...chromeLines(lines, stems)].map((index) => lines[index]);

describe('page chrome', () => {
  it('drops menus before the article and link lists after it, keeping the headline and the subheading', () => {
    expect(chrome(page)).toEqual([
      'Skip to main content',
      'Europe',
      'Share',
      'Facebook',
      'Why our hospitals keep getting hacked',
      'Tributes paid to former Leeds United captain',
    ]);
  });

  it('drops a writer’s bio after the article, and keeps one the story itself tells', () => {
    const bios = [
      'Helena Ward is a senior transport writer at the Rhône Courier. Follow her on LinkedIn.',
      'Marc Dubois covers Lyon city hall.',
    ];
    expect(chrome([...page.slice(2, 6), ...bios])).toEqual(bios);
    const story = [
      'Reporter detained at Lyon footbridge protest',
      'Police detained a reporter covering the footbridge protest in Lyon on Tuesday, the union said.',
      'The union said the reporter had shown her press card to police at the footbridge.',
      'Helena Ward is a senior reporter at the Rhône Courier who has covered the footbridge protest since March.',
    ];
    expect([...chromeLines(story, stemsOf(story.slice(1)))]).toEqual([]);
  });

  it('keeps a lone last line of prose, cut short, after the article', () => {
    expect(chrome(page.slice(2, 7))).toEqual([]);
  });

  it('does not take an alert in a sentence for the first paragraph: the menu after it is still chrome', () => {
    const lines = ['WEATHER ALERT: Heat advisory in effect until 8 p.m.', 'News', 'Weather', ...page.slice(2, 6)];
    expect(chrome(lines)).toEqual(['News', 'Weather']);
  });

  it('judges nothing in a copy that has no sentence', () => {
    expect(chrome(['Europe', 'Facebook'])).toEqual([]);
  });
});
