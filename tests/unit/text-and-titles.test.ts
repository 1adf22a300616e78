import { describe, expect, it } from 'vitest';
import { formatDay, formatWeekday } from '../../src/lib/dates.ts';
import { reportSlug, slugify } from '../../src/lib/ingest/slug.ts';
import { titleFromUrl } from '../../src/lib/ingest/title.ts';
import { openingSentence, sentencesOf, withoutDateline } from '../../src/lib/text/sentences.ts';

describe('sentencesOf', () => {
  it('does not split after abbreviations such as U.S. or Mr.', () => {
    expect(sentencesOf('U.S. President Donald Trump said it. Mr. Peskov did not. Done!')).toEqual([
      'U.S. President Donald Trump said it.',
      'Mr. Peskov did not.',
      'Done!',
    ]);
    expect(sentencesOf('"We will truck them up," Eng. Tekle told the Gazette on Monday. It rained.')).toEqual([
      '"We will truck them up," Eng. Tekle told the Gazette on Monday.',
      'It rained.',
    ]);
  });

  it('ends a sentence at a clock\'s "a.m." when a new one opens after it, not before a name', () => {
    expect(sentencesOf('The first train stopped at 7:42 a.m. The following day, Hsu apologised.')).toEqual([
      'The first train stopped at 7:42 a.m.',
      'The following day, Hsu apologised.',
    ]);
    expect(sentencesOf('The train left at 7:42 a.m. Tuesday and arrived late.')).toEqual([
      'The train left at 7:42 a.m. Tuesday and arrived late.',
    ]);
  });

  it('splits before a sentence that opens with a figure, but not after an abbreviation that takes one', () => {
    expect(sentencesOf('They filed the claim on 27 May. 48 hours later, the union lodged its own.')).toEqual([
      'They filed the claim on 27 May.',
      '48 hours later, the union lodged its own.',
    ]);
    expect(sentencesOf('It cost approx. 48 million. See Fig. 3 for the rest.')).toEqual([
      'It cost approx. 48 million.',
      'See Fig. 3 for the rest.',
    ]);
    expect(sentencesOf('Capitaneria di porto di Olbia, comunicato stampa n. 118/2026, Olbia, 15/08/2026')).toEqual([
      'Capitaneria di porto di Olbia, comunicato stampa n. 118/2026, Olbia, 15/08/2026',
    ]);
  });

  it('keeps a currency cut short with its sum ("Afl. 255", "Rs. 40", "Bs. 90")', () => {
    expect(sentencesOf('The budget last year was Bs. 90 million, the engineer said. It rained.')).toEqual([
      'The budget last year was Bs. 90 million, the engineer said.',
      'It rained.',
    ]);
    expect(sentencesOf('A family pays Afl. 310 a month, against Afl. 255 in 2024. Tea costs Rs. 40 now.')).toEqual([
      'A family pays Afl. 310 a month, against Afl. 255 in 2024.',
      'Tea costs Rs. 40 now.',
    ]);
    // The segmenter cuts after "Fr." when the sum ends the sentence.
    expect(sentencesOf('A monthly pass costs Fr. 87 today; in 2016 it was Fr. 81. Commuters want money back.')).toEqual(
      ['A monthly pass costs Fr. 87 today; in 2016 it was Fr. 81.', 'Commuters want money back.'],
    );
  });

  it('keeps a day and month in figures with their stops together ("3. 10.")', () => {
    expect(sentencesOf('Update 3. 10. — we will keep adding to this post. The road reopened on 21. 9. 2026.')).toEqual([
      'Update 3. 10. — we will keep adding to this post.',
      'The road reopened on 21. 9. 2026.',
    ]);
  });

  it('keeps a weekday cut short with its day ("on Fri. 11 Sept")', () => {
    expect(sentencesOf('The port expects to lift it on Fri. 11 Sept, once the survey is done. Ships wait.')).toEqual([
      'The port expects to lift it on Fri. 11 Sept, once the survey is done.',
      'Ships wait.',
    ]);
  });

  it('keeps a weekly\'s dateline and a rank cut short with what follows ("Fri. Sept. 11", "Capt.")', () => {
    expect(
      sentencesOf('BELIZE CITY, Fri. Sept. 11, 2026-- Police have charged Capt. Delroy August. He denies it.'),
    ).toEqual(['BELIZE CITY, Fri. Sept. 11, 2026-- Police have charged Capt. Delroy August.', 'He denies it.']);
  });

  it('keeps a priest\'s title with his name ("Fr. Paul Wasike")', () => {
    expect(
      sentencesOf(
        '"Tonight we will hold a vigil for all of them," Fr. Paul Wasike said on Thursday. Candles lined the steps.',
      ),
    ).toEqual([
      '"Tonight we will hold a vigil for all of them," Fr. Paul Wasike said on Thursday.',
      'Candles lined the steps.',
    ]);
  });

  it('keeps every month cut short with its day ("the Jun. 23 ruling", "on Jul. 8")', () => {
    expect(
      sentencesOf('It will withdraw its appeal against the Jun. 23 ruling. The appeal was lodged on Jul. 8.'),
    ).toEqual(['It will withdraw its appeal against the Jun. 23 ruling.', 'The appeal was lodged on Jul. 8.']);
  });

  it.each([
    ['"We will meet the Collector tomorrow," federation president S. Rajamanickam said.', 'They left.'],
    ['The state closed the Daniel K. Inouye Highway on March 23.', 'It rained.'],
    ['The fire destroyed 46 stalls in Block C.', 'Nobody was killed.'],
    ['The airport reached 33.8 C.', 'Saturday was the hottest day.'],
    ['Fiji beat Tonga to top Pool A.', 'Samoa play Japan on Saturday.'],
    ['Tickets are valid on Line R.', 'The day ticket costs more.'],
  ])("keeps a person's initial with the name after it, not a letter naming a part: %s | %s", (first, second) => {
    expect(sentencesOf(`${first} ${second}`)).toEqual([first, second]);
  });

  it('cuts a long opening sentence at a word boundary with an ellipsis', () => {
    expect(openingSentence('Russia and Ukraine began a major prisoner swap on Friday, officials said.', 40)).toBe(
      'Russia and Ukraine began a major…',
    );
    expect(openingSentence('Short one. Second.', 40)).toBe('Short one.');
  });
});

describe('titleFromUrl', () => {
  it('reads the words of the last wordy path segment, dropping ids, cased as the article writes them', () => {
    const article = 'RUSSIA and Ukraine began a swap. Russia said. Putin and Zelenskyy spoke.';
    expect(
      titleFromUrl(
        'https://thesun.my/world-news/russia-and-ukraine-start-prisoner-exchange-but-not-yet-completed-LG14123866',
        article,
      ),
    ).toBe('Russia and Ukraine start prisoner exchange but not yet completed');
    expect(
      titleFromUrl(
        'https://www.rferl.org/a/war-prisoners-exchange-ukraine-russia-putin-zelenskyy/33422206.html',
        article,
      ),
    ).toBe('War prisoners exchange Ukraine Russia Putin Zelenskyy');
  });

  it('returns null for URLs without words', () => {
    expect(titleFromUrl('https://example.com/a/33422206.html', '')).toBeNull();
    expect(titleFromUrl('https://example.com/?id=4', '')).toBeNull();
  });
});

describe('slugs', () => {
  it('makes readable ASCII slugs', () => {
    expect(slugify('RFE/RL')).toBe('rfe-rl');
    expect(slugify('Zelenskyy’s “peace” — plan')).toBe('zelenskyys-peace-plan');
    expect(slugify('Київ café')).toBe('cafe');
  });

  it('joins date, outlet and at most seven headline words, never ending on a dangling word', () => {
    expect(reportSlug('2025-05-23', 'theSun', 'Russia and Ukraine start prisoner exchange but not yet completed')).toBe(
      '2025-05-23-thesun-russia-and-ukraine-start-prisoner-exchange',
    );
    expect(reportSlug('2025-05-23', null, 'A swap')).toBe('2025-05-23-unknown-outlet-a-swap');
  });
});

describe('dates', () => {
  it('formats calendar dates without shifting them by a time zone', () => {
    expect(formatDay('2025-05-23')).toBe('23 May 2025');
    expect(formatWeekday('2025-05-23')).toBe('Friday, 23 May 2025');
  });
});

describe('wire datelines', () => {
  it.each([
    ['LYON, France (EAP) — The city closed a bridge.', 'The city closed a bridge.'],
    ['SAVANNAH, Ga. (UNW) — A fire broke out.', 'A fire broke out.'],
    ['KYIV, May 23 (Reuters) - Russia and Ukraine began.', 'Russia and Ukraine began.'],
    ['ISTANBUL (TCW) — Turkey will host talks.', 'Turkey will host talks.'],
    ['PONTA DELGADA, Azores — Voters rejected a pier.', 'Voters rejected a pier.'],
  ])('%s', (text, expected) => {
    expect(withoutDateline(text)).toBe(expected);
  });

  it.each([
    'NATO allies met on Monday — and agreed.',
    'The US — and its allies — agreed.',
    'A fire broke out - officials said.',
    'UK ministers said on Friday that talks would resume.',
  ])('leaves a sentence that opens with capitals alone: %s', (text) => {
    expect(withoutDateline(text)).toBe(text);
  });
});
