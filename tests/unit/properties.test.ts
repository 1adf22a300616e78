import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/lib/clean/clean-report.ts';
import { blocksToMarkdown } from '../../src/lib/ingest/to-markdown.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { resolveDates } from '../../src/lib/story/resolve-dates.ts';

const word = fc.stringMatching(/^[a-z]{2,9}$/);
/** A sentence-case body paragraph: a capitalised opening, words, a full stop. */
const sentence = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), fc.array(word, { minLength: 6, maxLength: 25 }))
  .map(([first, rest]) => `${first} ${rest.join(' ')}.`);
const noise = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    'ADVERTISEMENT',
    'Read more: Elsewhere',
    'Share this article',
    'https://x.example/a',
    '(Reporting by A; Editing by B)',
  ),
);

describe('the cleaner, on any input', () => {
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (raw) => void cleanReport(raw)));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(sentence, noise), { maxLength: 30 }),
        (lines) => void cleanReport(lines.join('\n')),
      ),
    );
  });

  it('never drops a sentence-case body paragraph, and keeps it word for word', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, noise), { minLength: 1, maxLength: 30 }), sentence, (lines, body) => {
        const kept = cleanReport([...lines, body].join('\n\n')).blocks.map((block) => block.text);
        const paragraphs = [...lines, body].filter((line) => /^[A-Z][a-z]+ [a-z ]+\.$/.test(line));
        expect(paragraphs).toContain(body);
        expect(kept).toEqual(expect.arrayContaining(paragraphs));
      }),
    );
  });

  it('writes an angle-bracketed address that opens with a figure as text, not as a link', () => {
    // A case the property below met at random (seed 1635627621): "<0@A>" is an email autolink to a Markdown reader.
    const read = parseReport(blocksToMarkdown([{ kind: 'paragraph', text: '<0@A>! Mail <9x@news.example> now.' }]));
    expect(read.blocks.map((block) => block.text.trim())).toEqual(['<0@A>! Mail <9x@news.example> now.']);
  });

  it('writes Markdown that reads back as the same text, whatever characters the copy holds', () => {
    const line = fc
      .string({ minLength: 1, maxLength: 120 })
      .filter((text) => text.trim() === text && !/[\r\n]/.test(text));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const blocks = lines.map((text) => ({ kind: 'paragraph' as const, text }));
        const read = parseReport(blocksToMarkdown(blocks)).blocks.map((block) => block.text.trim());
        expect(read.join(' ').replace(/\s+/g, ' ')).toBe(lines.join(' ').replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('the date resolver, on any text', () => {
  const published = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const phrase = fc.constantFrom(
    'on Monday',
    'on Friday',
    'last week',
    'a week ago',
    'earlier this week',
    'earlier this month',
    'next week',
    'tomorrow',
    'on May 16',
    'in 2031',
    'on Sunday',
    'now',
    'in February 2022',
  );

  it('never throws, and marks every date after publication as expected', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(phrase, word), { maxLength: 12 }), published, (words, day) => {
        for (const date of resolveDates(`${words.join(' ')}.`, day)) {
          checked++;
          if (date.start > day) expect(date.expected).toBe(true);
        }
      }),
    );
    expect(checked).toBeGreaterThan(0);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), published, (text, day) => void resolveDates(text, day)));
  });
});
