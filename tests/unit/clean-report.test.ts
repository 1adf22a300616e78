import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/lib/clean/clean-report.ts';
import { RAW_DIR, SEED_ARGS, UNSEEN_DIR, readRaw } from './helpers.ts';

/** Lines of a raw copy, trimmed, without blanks; a leading date marker is a line of its own. */
const linesOf = (raw: string) =>
  raw
    .replace(/^\uFEFF/, '')
    .replace(/^\s*(date \d{4}-\d{2}-\d{2})[ \t]+/i, '$1\n')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

describe('cleanReport on the seed reports', () => {
  it.each(Object.keys(SEED_ARGS))('%s: every line is kept word for word or listed as removed', (name) => {
    const raw = readRaw(RAW_DIR, name);
    const cleaned = cleanReport(raw);
    const lines = linesOf(raw);
    const removed = cleaned.removed.map((removal) => removal.line);
    expect(lines.filter((line) => !removed.includes(line))).toEqual(cleaned.blocks.map((block) => block.text));
    expect(lines.filter((line) => removed.includes(line))).toEqual(removed);
  });

  it('keeps the wrapped lines of a print column, however short', () => {
    const column = [
      'The Maple Street swing bridge,',
      'one of the downtown crossings',
      'over the ship canal, will close',
      'to traffic from April 7 while its',
      'turning mechanism is rebuilt, the state De-',
      'partment of Transportation said',
      'on Tuesday.',
    ];
    const cleaned = cleanReport(
      ['Swing bridge to close for repairs', 'Page 1 of 24   Zoom +   Download PDF', ...column].join('\n\n'),
    );
    expect(cleaned.removed.map((removal) => removal.line)).not.toEqual(expect.arrayContaining([column[1]]));
    expect(cleaned.removed.map((removal) => removal.line)).not.toEqual(expect.arrayContaining([column[5]]));
  });

  it('keeps a row of labelled fields between bars or dots: the story’s rota, not a menu', () => {
    const rota = 'Zone A · Paphos town: Monday · Wednesday · Friday';
    const cleaned = cleanReport(
      [
        'Paphos moves to three-day water supply',
        'Households in Paphos will get mains water on three days a week from Monday, the water board said.',
        'The days for each zone are:',
        rota,
        'The board said the cuts would last until the reservoirs recover.',
      ].join('\n\n'),
    );
    expect(cleaned.removed.map((removal) => removal.line)).not.toContain(rota);
  });

  it('removes a menu of short items set apart by wide gaps, a figure among them', () => {
    const menu = 'New Cars   Reviews   News   Electric   Utes   4x4   Car Finance   Sell My Car';
    const cleaned = cleanReport(
      [
        'Haixing Tern arrives with a $39,990 price',
        menu,
        'The Haixing Tern goes on sale in Australia next month, the company said on Tuesday.',
        'It is the first of three models the brand plans to launch here by the end of 2026.',
      ].join('\n\n'),
    );
    expect(cleaned.removed).toContainEqual({ line: menu, rule: 'furniture' });
  });

  it('reads the date marker of 001 and 002 and removes nothing else from 001', () => {
    const sun = cleanReport(readRaw(RAW_DIR, '001_dcee8fbeba0eb766.txt'));
    expect(sun.markerDate).toBe('2025-05-23');
    expect(sun.removed).toEqual([{ line: 'date 2025-05-23', rule: 'date-marker' }]);
    expect(sun.blocks[0].text.startsWith('RUSSIA and Ukraine began')).toBe(true);
  });

  it('removes the two "Also read" lines of 002 and keeps its three subheadings as headings', () => {
    const wion = cleanReport(readRaw(RAW_DIR, '002_cff91d0424af9357.txt'));
    expect(wion.removed.filter((r) => r.rule === 'label').map((r) => r.line.slice(0, 10))).toEqual([
      'Also read:',
      'Also read:',
    ]);
    expect(wion.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '1,000 prisoners listed for exchange',
      'Ukraine’s call for ceasefire turned down',
      'Trump and Putin discussed separate swap with US',
    ]);
  });

  it('removes the three teasers and the closing link of 004 and nothing else', () => {
    const copy = cleanReport(readRaw(RAW_DIR, '004_93d36a52a7f77c5d.txt'));
    expect(copy.removed.map((r) => r.rule)).toEqual(['teaser', 'teaser', 'teaser', 'label']);
    expect(copy.blocks).toHaveLength(20);
    expect(copy.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('keeps every line of 000 and 003, which carry no boilerplate', () => {
    for (const name of ['000_2b6e80bb550d1c2c.txt', '003_149ef4d8a5ba7b72.txt']) {
      const cleaned = cleanReport(readRaw(RAW_DIR, name));
      expect(cleaned.removed).toEqual([]);
      expect(cleaned.blocks).toHaveLength(14);
    }
  });
});

describe('cleanReport on copies the rules were not written for', () => {
  it('reads a first short line as the headline and strips wire boilerplate', () => {
    const cleaned = cleanReport(readRaw(UNSEEN_DIR, 'wire-with-headline.txt'));
    expect(cleaned.headline).toBe('Kremlin says first stage of prisoner exchange complete');
    expect(cleaned.removed.map((r) => r.rule)).toEqual(['headline', 'label', 'label', 'label', 'link', 'credit']);
    expect(cleaned.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('handles a byte-order mark, CRLF endings, a marker followed by a headline and Markdown-looking text', () => {
    const cleaned = cleanReport(readRaw(UNSEEN_DIR, 'ap-crlf-bom.txt'));
    expect(cleaned.markerDate).toBe('2025-05-25');
    expect(cleaned.headline).toBe('Ukraine says 303 more soldiers return home');
    expect(cleaned.removed.map((r) => r.rule)).toEqual(['date-marker', 'headline', 'teaser', 'label', 'credit']);
    expect(cleaned.blocks.map((b) => b.text)).toEqual([
      expect.stringContaining('<script>alert(1)</script>'),
      '# Not a heading, a hash sign.',
      '1. Not a list item either, just a number.',
      'Defense Minister Rustem Umerov said the exchange would continue "step by step".',
    ]);
  });

  it('does not make a heading of a short last line', () => {
    const cleaned = cleanReport('The swap began on Friday.\nIt went on');
    expect(cleaned.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('lists removed lines in the order they stand in the copy', () => {
    const cleaned = cleanReport('ADVERTISEMENT\nThe swap began on Friday, officials said.\nRead more: Other news\n');
    expect(cleaned.removed.map((r) => r.line)).toEqual(['ADVERTISEMENT', 'Read more: Other news']);
  });
});

describe('cleanReport keeps the article whole', () => {
  it('takes the headline for the line that shares most words with the article, not a one-word menu link', () => {
    const raw = [
      'News',
      'Sport',
      'Pharmacy chain admits patient records were stolen',
      'The pharmacy chain told News Radio on Thursday that hackers had stolen the records of 1,200 patients.',
      'The stolen records include prescriptions, the chain said.',
    ].join('\n');
    const cleaned = cleanReport(raw);
    expect(cleaned.headline).toBe('Pharmacy chain admits patient records were stolen');
    expect(cleaned.removed.map((removal) => removal.line)).toEqual(expect.arrayContaining(['News', 'Sport']));
  });

  it('drops a byline without its "By", even under a long headline, and keeps a Title Case subheading about the article', () => {
    const raw = [
      'Our city forgot how to look after its bridges. Lyon’s closure should wake us all up',
      'Andrew Beckett',
      'Lyon closed its oldest footbridge this week after inspectors found corroded cables.',
      'Maintenance Budget',
      'The council had cut the maintenance budget the year before, opposition councillors said.',
    ].join('\n');
    const cleaned = cleanReport(raw);
    expect(cleaned.removed.map((removal) => removal.line)).toContain('Andrew Beckett');
    expect(cleaned.blocks.map((block) => block.text)).toContain('Maintenance Budget');
  });

  it('does not take a question after the article for its last paragraph because it shares words with itself', () => {
    const raw = [
      'Office landlords slash rents in Leeds as hybrid working bites',
      'Landlords of some of Leeds’s biggest office blocks have cut rents by as much as a quarter to hold on to tenants.',
      'Data from the agent Harlow Grey show office vacancy in Leeds reached 14% in the first quarter.',
      'House prices rise for fifth month running despite rate fears',
      'Britain’s biggest builders face probe over land banks',
      'The property quiz: how well do you know your postcode?',
    ].join('\n');
    const removed = cleanReport(raw).removed.map((removal) => removal.line);
    // The two headlines stand after the article, not between its paragraphs.
    expect(removed).toEqual(
      expect.arrayContaining([
        'House prices rise for fifth month running despite rate fears',
        'Britain’s biggest builders face probe over land banks',
      ]),
    );
  });

  it('drops a menu under an alert that stands alone, and section labels above a long headline', () => {
    const alerted = cleanReport(
      [
        'WEATHER ALERT: Heat advisory in effect until 8 p.m.',
        'News',
        'Weather',
        'Traffic',
        'Savannah warehouse fire: what we know',
        'A fire broke out at a warehouse on Bay Street on Thursday night, officials said.',
        'About 1,200 residents were told to leave their homes early Friday as the warehouse burned.',
      ].join('\n'),
    );
    expect(alerted.removed.map((removal) => removal.line)).toEqual(
      expect.arrayContaining(['News', 'Weather', 'Traffic']),
    );
    const column = cleanReport(
      [
        'Opinion',
        'Letters',
        'Our city forgot how to look after its bridges. Lyon’s closure should wake us all up',
        'Lyon closed its oldest footbridge this week after inspectors found corroded cables.',
        'The council had cut the maintenance budget the year before, opposition councillors said.',
      ].join('\n'),
    );
    expect(column.removed.map((removal) => removal.line)).toEqual(expect.arrayContaining(['Opinion', 'Letters']));
  });

  it('drops the headlines a "Related articles" label lists mid-article, and keeps a plain subheading after them', () => {
    const cleaned = cleanReport(
      [
        'Kuma River bursts its banks in Hitoyoshi',
        'The Kuma River burst its banks in Hitoyoshi on Friday morning, flooding hundreds of homes.',
        'Published river level data showed the Kuma River exceeding the danger level at three points.',
        'Related articles',
        'Landslide warning issued for parts of Miyazaki',
        'JR Kyushu suspends some express trains',
        'What you need to know',
        'Evacuation centres are open in Hitoyoshi and the prefecture will update river levels every three hours.',
      ].join('\n'),
    );
    expect(cleaned.removed.map((removal) => removal.line)).toEqual(
      expect.arrayContaining([
        'Related articles',
        'Landslide warning issued for parts of Miyazaki',
        'JR Kyushu suspends some express trains',
      ]),
    );
    expect(cleaned.blocks).toContainEqual({ kind: 'heading', text: 'What you need to know' });
  });

  it('keeps a table written with bars, a list of names and a heading over a list; drops a menu written with bars', () => {
    const raw = [
      'Burlington | City Hall | Housing | Opinion',
      'Council caps short-term rentals',
      'The council voted 8-4 on Tuesday to cap short-term rental permits at 300 across the city.',
      'How they voted',
      'Yes (8): Lindqvist, Okafor, Brennan, Sato, Whitfield, Moreau, Castellanos, Hill',
      'No (4): Dunleavy, Pratt, Abernathy, Kowalczyk',
      'Permit numbers by ward:',
      'Ward | Permits | Cap',
      'North | 141 | 100',
      'South | 97 | 80',
      'Key Dates',
      '- May 1: Permit registry opens',
      '- Woodburn Road Office: Applications accepted',
      'Operators who miss the deadline will lose their permits, the council said.',
    ].join('\n');
    expect(cleanReport(raw).removed.map((removal) => removal.line)).toEqual([
      'Burlington | City Hall | Housing | Opinion',
      'Council caps short-term rentals',
    ]);
  });

  it('drops the outlet’s own name as a masthead when the outlet is known, and only the name alone', () => {
    const raw = [
      'THE COASTAL BOLT',
      'Jet ski rider charged after harbour crash',
      'A 34-year-old man was charged on Sunday after his jet ski struck a moored boat in the harbour.',
      'He told The Coastal Bolt he had not seen the boat.',
      'Coastal Bolt',
    ].join('\n');
    const cleaned = cleanReport(raw, { outlet: 'The Coastal Bolt' });
    expect(cleaned.removed).toEqual(
      expect.arrayContaining([
        { line: 'THE COASTAL BOLT', rule: 'label' },
        { line: 'Coastal Bolt', rule: 'label' },
      ]),
    );
    expect(cleaned.blocks.map((block) => block.text)).toContain('He told The Coastal Bolt he had not seen the boat.');
    // Another outlet's name is not this page's masthead.
    expect(cleanReport(raw, { outlet: 'Harbour Herald' }).removed).not.toContainEqual({
      line: 'THE COASTAL BOLT',
      rule: 'label',
    });
  });

  it('keeps a table whose rows are dates and figures, and still drops a stamp standing alone', () => {
    const raw = [
      'Rio Negro falls to its lowest March level',
      'Updated 17 March 2024 | 09:40',
      'The river at Manaus fell another 12 centimetres this week, the port authority said on Sunday.',
      'Date | Level (m) | Same day in 2023 (m)',
      '1 March | 20.61 | 22.30',
      '8 March | 20.27 | 22.85',
      '17 March | 19.84 | 23.62',
      'Hydrologists expect the river to begin rising in April.',
    ].join('\n');
    expect(cleanReport(raw).removed.map((removal) => removal.line)).toEqual([
      'Rio Negro falls to its lowest March level',
      'Updated 17 March 2024 | 09:40',
    ]);
  });

  it('keeps a list of dates and a results table that end the article', () => {
    const raw = [
      'Footbridge to close for repairs',
      'The footbridge will close for six weeks from June while its cables are replaced, the council said.',
      'Key dates',
      '1 June: Bridge closes to all traffic',
      '15 June: Cable replacement begins',
      '12 July: Bridge reopens',
      'Grace Okafor (Labour) 48,212',
      'Tom Whitlow (Conservative) 31,004',
      'Share this article',
    ].join('\n');
    expect(cleanReport(raw).blocks.map((block) => block.text)).toEqual(
      expect.arrayContaining([
        'Key dates',
        '1 June: Bridge closes to all traffic',
        '12 July: Bridge reopens',
        'Grace Okafor (Labour) 48,212',
        'Tom Whitlow (Conservative) 31,004',
      ]),
    );
  });

  it('keeps the article’s fact box after its last paragraph', () => {
    const raw = [
      'Gullhaug bridge to be demolished',
      'The council voted on Tuesday to demolish the Gullhaug bridge and build a new pedestrian crossing.',
      'Demolition is planned to start in March next year, the council said.',
      'Key figures',
      '- Opened: 1954',
      '- Length: 164 metres',
      'Share article',
    ].join('\n');
    const blocks = cleanReport(raw).blocks.map((block) => block.text);
    expect(blocks).toEqual(expect.arrayContaining(['Key figures', '- Opened: 1954', '- Length: 164 metres']));
  });

  it('keeps a live entry’s one-word heading right before its paragraph', () => {
    const raw = [
      'Yorkshire v Somerset: day three as it happened',
      '17:48',
      'Stumps',
      'That’s stumps. Somerset will fancy their chances tomorrow with seven wickets in hand.',
      'Somerset 312 & 141-3, lead by 98.',
    ].join('\n');
    expect(cleanReport(raw).blocks.map((block) => block.text)).toContain('Stumps');
  });

  it('keeps every row of a results list, and drops the list of other stories after the article', () => {
    const raw = [
      'Okafor holds Riverside seat',
      'Grace Okafor held the Riverside seat for Labour with a majority of almost 30,000, the returning officer said.',
      'Grace Okafor (Labour) 48,212',
      'Peter Stanhope (Conservative) 18,904',
      'Ruth Mallory (Green) 9,311',
      'Turnout was 29.4%, down four points on the last general election in the seat.',
      'Labour holds Hillside after recount',
      'Riverside turnout lowest in the region',
    ].join('\n');
    const cleaned = cleanReport(raw);
    expect(cleaned.blocks.map((block) => block.text)).toContain('Ruth Mallory (Green) 9,311');
    expect(cleaned.blocks.map((block) => block.text).at(-1)).toMatch(/^Turnout was 29\.4%/);
    expect(cleaned.removed.map((removal) => removal.line)).toEqual(
      expect.arrayContaining(['Labour holds Hillside after recount', 'Riverside turnout lowest in the region']),
    );
  });

  it('keeps a short Title Case subheading between paragraphs and drops an ad run into a one-line copy', () => {
    const raw = [
      'Council approves bridge repairs',
      'The council voted on Monday to spend €2m on repairs to the footbridge, officials said.',
      'Timeline Of Key Decisions',
      'The bridge was closed in October after a cable snapped. Advertisement The repairs will take six months.',
      'Accept all cookies',
      'Published 23 May 2025, 06:15 BST',
    ].join('\n');
    const cleaned = cleanReport(raw);
    expect(cleaned.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'The council voted on Monday to spend €2m on repairs to the footbridge, officials said.'],
      ['heading', 'Timeline Of Key Decisions'],
      ['paragraph', 'The bridge was closed in October after a cable snapped. The repairs will take six months.'],
    ]);
    expect(cleaned.removed.map((removal) => [removal.rule, removal.line])).toEqual([
      ['headline', 'Council approves bridge repairs'],
      ['label', 'Advertisement'],
      ['furniture', 'Accept all cookies'],
      ['stamp', 'Published 23 May 2025, 06:15 BST'],
    ]);
  });
});

describe('cleanReport reads a line by its neighbours', () => {
  const story = [
    'Kraków to ban older cars from its clean transport zone in January',
    'Older petrol and diesel cars will no longer be allowed anywhere in the city from January, the council said on Tuesday.',
    'The zone covers the whole of Kraków, and drivers of older cars face fines of up to 500 złoty.',
    'Traders in the old town said the rule would cost them customers.',
  ];

  it('drops the sentence right above a photo credit as its caption, and keeps it above a paragraph', () => {
    const caption = 'Traffic on Aleja Trzech Wieszczów in Kraków during the morning rush hour.';
    const raw = [story[0], caption, 'Photo: Piotr Nowicki / The Vistula Post', ...story.slice(1)].join('\n');
    expect(cleanReport(raw).removed.map((removal) => [removal.rule, removal.line])).toEqual([
      ['headline', story[0]],
      ['caption', caption],
      ['caption', 'Photo: Piotr Nowicki / The Vistula Post'],
    ]);
    expect(cleanReport([story[0], caption, ...story.slice(1)].join('\n')).blocks[0].text).toBe(caption);
  });

  it('keeps the sentence above "Image source, …", which that page puts above its own caption', () => {
    const raw = [
      story[0],
      story[1],
      'Image source, Getty Images',
      'Image caption, Cars queue in Kraków',
      story[2],
    ].join('\n');
    expect(cleanReport(raw).blocks.map((block) => block.text)).toEqual([story[1], story[2]]);
  });

  it('keeps a row of readings the story speaks of (a timetable), and drops one it does not (a weather box)', () => {
    const timetable = 'Kraków Główny dep. 6:10 · Katowice arr. 7:05 · Wrocław arr. 9:40';
    const weather = 'Gdańsk 4°C · Poznań 6°C · Lublin 3°C';
    const prices = 'EUR 4.31 · USD 3.97 · CHF 4.52';
    const raw = [
      ...story,
      'A new early train will run from Kraków Główny through Katowice to Wrocław from Monday.',
      timetable,
      weather,
      prices,
    ].join('\n');
    const cleaned = cleanReport(raw);
    expect(cleaned.blocks.map((block) => block.text)).toContain(timetable);
    expect(cleaned.removed.map((removal) => removal.line)).toEqual(expect.arrayContaining([weather, prices]));
  });

  it('drops everything under a comment section’s header, and keeps a sentence that speaks of comments', () => {
    const comments = [
      '3 thoughts on “Kraków to ban older cars from its clean transport zone in January”',
      'Pete R. says:',
      'About time. The air is much better already.',
    ];
    const raw = [...story, 'Comments on the consultation close on 1 December.', ...comments].join('\n');
    const kept = cleanReport(raw).blocks.map((block) => block.text);
    expect(kept).toContain('Comments on the consultation close on 1 December.');
    expect(kept.filter((line) => comments.includes(line))).toEqual([]);
  });

  it('drops the numbered headlines under "MOST READ", and keeps the article’s own numbered list', () => {
    const own = ['1. Cars registered before 2005 are banned.', '2. Residents may apply for an exemption.'];
    const mostRead = [
      'MOST READ',
      '1. Shinkansen timetable to change next spring',
      '2. Hokkaido farmers brace for snow',
    ];
    const raw = [...story, ...own, 'Officials said fines would start in March.', ...mostRead].join('\n');
    const kept = cleanReport(raw).blocks.map((block) => block.text);
    expect(kept).toEqual([...story.slice(1), ...own, 'Officials said fines would start in March.']);
  });

  it('drops a masthead and a tagline above the article, and keeps a headline that names a newspaper', () => {
    const raw = ['THE VISTULA POST', 'News from Poland in English', ...story].join('\n');
    expect(cleanReport(raw).headline).toBe(story[0]);
    expect(cleanReport(raw).blocks.map((block) => block.text)).toEqual(story.slice(1));
    const press = ['Kraków council sues the Vistula Post', ...story.slice(1)].join('\n');
    expect(cleanReport(press).headline).toBe('Kraków council sues the Vistula Post');
  });

  it('drops a writer’s bio that goes on about the writer, and keeps a reporter the story names', () => {
    const bio =
      'Magdalena Zielińska reports on cities, transport and the environment for The Vistula Post from Kraków. She previously worked for a radio station in Katowice.';
    expect(cleanReport([...story, bio].join('\n')).blocks.map((block) => block.text)).not.toContain(bio);
    const named = [
      ...story,
      'Police briefly detained Magdalena Zielińska, a reporter, at the protest against the zone on Monday.',
      bio,
    ];
    expect(cleanReport(named.join('\n')).blocks.map((block) => block.text)).toContain(bio);
  });

  it('drops another story’s long unpunctuated headline after the article, and keeps a last list item', () => {
    const teaser =
      'Steam Deck owners are getting a surprise update this week and it fixes the one thing everyone complained about';
    const raw = [
      ...story,
      'Fines by zone:',
      '- Old town: 500 złoty',
      teaser,
      'Every free game you can claim this weekend',
    ];
    const kept = cleanReport(raw.join('\n')).blocks.map((block) => block.text);
    expect(kept).toEqual([...story.slice(1), 'Fines by zone:', '- Old town: 500 złoty']);
  });

  it('opens a comment section at "Write a comment…" or a commenter’s line once the article has run, not above it', () => {
    const comments = [
      'Write a comment...',
      'Mehmet K. · 3 hours ago',
      'They promised help in 2021 as well, and nothing came.',
    ];
    const kept = cleanReport([...story, ...comments].join('\n')).blocks.map((block) => block.text);
    expect(kept).toEqual(story.slice(1));
    const top = [story[0], '12 Comments', ...story.slice(1)].join('\n');
    expect(cleanReport(top).blocks.map((block) => block.text)).toEqual(story.slice(1));
  });

  it('ends the article at its last closed sentence: an unpunctuated teaser after a bio does not extend it', () => {
    const bio = 'Hannah Corrigan is a health reporter at WellPath. She has covered the NHS since 2016.';
    const teaser =
      'Shift work and heart health: what a new study of 90,000 Kraków drivers tells us about zones and fines';
    const kept = cleanReport([...story, bio, 'Sources', teaser].join('\n')).blocks.map((block) => block.text);
    expect(kept).toEqual(story.slice(1));
  });

  it('keeps a match’s fact box, and drops "Place: headline" teasers under a list label', () => {
    const facts = ['Goals: Pratt 19, Okonjo 88', 'Booked: Fenwick, Whitlow'];
    const teasers = ['Latest News', 'Freiburg: New tram line to Dietenbach delayed again', 'Emmendingen: Fire in flat'];
    const raw = [...story, ...facts, 'Officials said fines would start in March.', ...teasers].join('\n');
    expect(cleanReport(raw).blocks.map((block) => block.text)).toEqual([
      ...story.slice(1),
      ...facts,
      'Officials said fines would start in March.',
    ]);
  });

  it('keeps a table written with bars at both ends, whose rows would pass for stamps alone', () => {
    const table = ['| Day | Hours |', '| Monday | 10am–5pm |', '| Tuesday | 10am–7pm |', '| Saturday | 10am–1pm |'];
    const raw = [...story.slice(0, 2), 'Opening hours', ...table, story[2]].join('\n');
    expect(cleanReport(raw).blocks.map((block) => block.text)).toEqual([story[1], 'Opening hours', ...table, story[2]]);
  });

  it('keeps the article’s own timeline after its last paragraph, its items dated by month or "Mid-2025"', () => {
    const raw = [
      'Alexandria tram line to close for rebuilding',
      'ALEXANDRIA — The city’s blue tram will stop running for at least a year while the line is rebuilt, the transport authority said on Sunday.',
      'Residents of Raml Station said they had not been told how long the works would take.',
      'The authority said buses would replace the trams on the same route, with fares unchanged.',
      'Timeline',
      'January 2025: tram service suspended',
      'Mid-2025: track removal completed',
      'December 2026: new line due to open',
      'This article is also available in Arabic.',
    ].join('\n\n');
    const kept = cleanReport(raw).blocks.map((block) => block.text);
    expect(kept.slice(-4)).toEqual([
      'Timeline',
      'January 2025: tram service suspended',
      'Mid-2025: track removal completed',
      'December 2026: new line due to open',
    ]);
  });

  it('removes a talkback section after the article, its readers’ lines with it', () => {
    const raw = [
      'Negev farms to get recycled water from new plant',
      'The Aquaris plant near Beersheba will supply recycled water to 40 farms in the Negev from next year, the ministry said on Sunday.',
      'Farmers in the south have waited a decade for a reliable supply, and many cut their planting in the drought years.',
      'Most of the recycled water will go to orchards and field crops, with a small share kept for parks in Beersheba.',
      'Talkbacks (3)',
      'Yossi K., Ra’anana: Finally someone in the government thinks about the farmers in the south.',
      'David, New Jersey: Israel leads the world in water recycling and this article proves it once again.',
    ].join('\n\n');
    expect(cleanReport(raw).blocks.map((block) => block.text.slice(0, 20))).toEqual([
      'The Aquaris plant ne',
      'Farmers in the south',
      'Most of the recycled',
    ]);
  });

  it('reads a bilingual line of furniture by its English half, and keeps a table row with a bar', () => {
    const raw = [
      'Moncton library to open late on Thursdays',
      'Publié le 18 nov. 2024 à 18 h 42 | Published Nov. 18, 2024 6:42 p.m.',
      'The Petitcodiac branch library will stay open until 9 p.m. on Thursdays from January, councillors decided on Monday.',
      'Librarians said the later hours would help students and shift workers who cannot visit during the day.',
      'The pilot will run for six months before the council reviews attendance figures in the summer.',
      'Opening hours by branch:',
      'Petitcodiac Branch | 21',
      'Dieppe Branch | 19',
      'Sujets / Topics: Bibliothèques  Conseil municipal',
    ].join('\n\n');
    const cleaned = cleanReport(raw);
    expect(
      cleaned.removed.filter((removal) => removal.rule !== 'headline').map((removal) => removal.line.slice(0, 10)),
    ).toEqual(['Publié le ', 'Sujets / T']);
  });

  it('keeps a standfirst right under the headline, however little it shares with the body', () => {
    const raw = [
      'Sham Shui Po fabric stalls given six more months on Ki Lung Street',
      "Traders who feared eviction by year's end win reprieve as government reviews site",
      'Cheryl Tsang',
      'Published: 7:45pm, 18 Nov 2024',
      'The 41 cloth stalls on Ki Lung Street can stay open until June, the Lands Department said on Monday.',
      'Stallholders had been told in August to leave by December so the pavement could be widened.',
      'A spokeswoman said the department would consult the district council before deciding on the plan.',
    ].join('\n\n');
    const cleaned = cleanReport(raw);
    expect(cleaned.blocks.map((block) => block.text)).toContain(
      "Traders who feared eviction by year's end win reprieve as government reviews site",
    );
    expect(cleaned.removed.map((removal) => removal.line)).toContain('Cheryl Tsang');
  });

  it('keeps a wire recap’s capitalised section headings deep in the article, and a byline above it goes', () => {
    const story = [
      'TACOMA, Wash. (AWP) — Luis Ortega homered twice and drove in four runs as the Timber beat the Bighorns 6-4 on Sunday.',
      'Ortega hit a solo shot in the second inning and added a three-run homer in the eighth.',
      'Tacoma starter Jamie Ruiz allowed two runs over six innings and struck out seven.',
    ];
    const raw = [
      'Ortega homers twice as Timber rally past Bighorns 6-4',
      'NADIA BERTRAND',
      ...story,
      'KEY MOMENT',
      'With a runner on first and two out in the eighth, Ortega drove a 2-1 slider over the left-field wall.',
      'UP NEXT',
      'Timber: RHP Sam Kowalczyk (9-7, 3.88 ERA) starts Tuesday at home against Salt Lake.',
    ].join('\n\n');
    const kept = cleanReport(raw).blocks.map((block) => block.text);
    expect(kept).toContain('KEY MOMENT');
    expect(kept).toContain('UP NEXT');
    expect(kept).not.toContain('NADIA BERTRAND');
  });
});
