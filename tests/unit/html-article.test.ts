import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../src/lib/ingest/html-article.ts';

const sentence = (n: number) =>
  `Paragraph ${n} of the report says what the council decided about the bridge repairs and when the work starts.`;
const page = (
  extra: string,
) => `<!doctype html><html><head><title>Council votes on bridge | Town News</title></head><body>
  <article><h1>Council votes on bridge</h1>${[1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('')}${extra}</article></body></html>`;

describe('a page’s article', () => {
  it('keeps paragraphs and list items in order, without the page’s headline', () => {
    const article = articleFromHtml(page('<ul><li>Cost: £2 million</li><li>Start: May</li></ul>'));
    expect(article?.title).toBe('Council votes on bridge');
    expect(article?.paragraphs).toEqual([
      sentence(1),
      sentence(2),
      sentence(3),
      sentence(4),
      'Cost: £2 million',
      'Start: May',
    ]);
  });

  it('keeps a sentence run through inline markup whole', () => {
    const article = articleFromHtml(
      page('<p>The vote was <strong>seven</strong> to <a href="/x">four</a>, the clerk said.</p>'),
    );
    expect(article?.paragraphs.at(-1)).toBe('The vote was seven to four, the clerk said.');
  });

  it('reads a table row as one line, its numbers with it', () => {
    const article = articleFromHtml(
      page(
        '<table><tr><th>Ward</th><th>Yes</th><th>No</th></tr>' +
          '<tr><td>North</td><td>1,204</td><td>987</td></tr><tr><td>South</td><td>845</td><td>1,322</td></tr></table>',
      ),
    );
    expect(article?.paragraphs.slice(-3)).toEqual(['Ward Yes No', 'North 1,204 987', 'South 845 1,322']);
  });

  it('reads a layout table’s cells that hold paragraphs as paragraphs', () => {
    const article = articleFromHtml(
      page(`<table><tr><td><p>${sentence(5)}</p><p>${sentence(6)}</p></td></tr></table>`),
    );
    expect(article?.paragraphs.slice(-2)).toEqual([sentence(5), sentence(6)]);
  });

  it('takes out, and lists, an author’s note at the end, editor residue and a tag list', () => {
    const article = articleFromHtml(
      page(`<p>&lt;span data-mce-type="bookmark" style="display: inline-block"&gt;&lt;/span&gt;</p>
        <p>Tags bridge repairs, council vote, town budget</p>
        <p>Jane Roe is a reporter for Town News covering local government.</p>`),
    );
    expect(article?.paragraphs).toEqual([sentence(1), sentence(2), sentence(3), sentence(4)]);
    expect(article?.removed.map((removal) => removal.rule)).toEqual(['furniture', 'furniture', 'author-bio']);
  });

  it('keeps a last paragraph about a person who is not the author', () => {
    const article = articleFromHtml(page('<p>Smith is the mayor of the town and voted for the repairs.</p>'));
    expect(article?.paragraphs.at(-1)).toBe('Smith is the mayor of the town and voted for the repairs.');
  });
});
