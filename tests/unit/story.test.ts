import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateClaims } from '../../src/lib/story/claims.ts';
import { buildStory } from '../../src/lib/story/build-story.ts';
import { eventCandidates, type StoryReport } from '../../src/lib/story/events.ts';
import { mergeEvents } from '../../src/lib/story/merge-events.ts';
import { loadLexicon } from '../../src/build/lexicon.ts';
import { linkPeople } from '../../src/lib/story/link-people.ts';
import { nameFinder } from '../../src/lib/story/people.ts';
import { mergeQuotes, quotesIn } from '../../src/lib/story/quotes.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { claims, people, realReports } from './search-fixture.ts';

const find = nameFinder(people);
const lexicon = loadLexicon();
const storyReports: StoryReport[] = realReports().map((report) => ({
  slug: report.slug,
  outlet: report.outletLabel,
  published: report.data.published,
  passages: report.doc.blocks.filter((block) => block.kind === 'paragraph'),
}));
const story = buildStory(storyReports, people, { file: 'content/claims.json', claims }, lexicon);
/** A labelled story's reports (tests/fixtures/stories/<id>/reports), as the story model reads them. */
const fixtureStory = (id: string): StoryReport[] => {
  const dir = join('tests/fixtures/stories', id, 'reports');
  return readdirSync(dir).map((name) => {
    const [, frontmatter, ...body] = readFileSync(join(dir, name), 'utf8').split(/^---$/m);
    return {
      slug: name.replace(/\.md$/, ''),
      outlet: /^outlet: "?(.*?)"?$/m.exec(frontmatter)?.[1] ?? 'not stated',
      published: /^published: "?([\d-]+)/m.exec(frontmatter)?.[1] ?? '',
      passages: parseReport(body.join('---')).blocks.filter((block) => block.kind === 'paragraph'),
    };
  });
};
const report = (slug: string, published: string, ...texts: string[]): StoryReport => ({
  slug,
  outlet: slug.toUpperCase(),
  published,
  passages: texts.map((text, i) => ({ id: `p-${i + 1}`, text })),
});
/** The days of the event candidates one report of that day gives. */
const startsOn = (published: string, ...texts: string[]) =>
  eventCandidates(report('a', published, ...texts), find, lexicon).map((event) => event.start);

describe('people', () => {
  it('finds every spelling and prefers the full name', () => {
    const matches = find('Volodymyr Zelenskyy met Zelensky, then Zelenskiy’s aide and Putin.');
    expect(matches.map((m) => m.personId)).toEqual([
      'volodymyr-zelenskyy',
      'volodymyr-zelenskyy',
      'volodymyr-zelenskyy',
      'vladimir-putin',
    ]);
    expect(matches[0]).toMatchObject({ start: 0, end: 19 });
  });

  it('does not find a name inside another word', () => {
    expect(find('Putinism and Trumpets')).toEqual([]);
  });

  it('links the first mention of each person per paragraph, keeping the text', () => {
    const [block] = linkPeople(parseReport('Lavrov met Trump. Lavrov left.\n').blocks, find);
    expect(block.segments.map((s) => [s.text, s.person ?? null])).toEqual([
      ['Lavrov', 'sergei-lavrov'],
      [' met ', null],
      ['Trump', 'donald-trump'],
      ['. Lavrov left.', null],
    ]);
  });

  it('counts mentions across the real reports by any spelling', () => {
    expect(story.mentions.get('rustem-umerov')).toHaveLength(1);
    expect(story.mentions.get('volodymyr-zelenskyy')?.length).toBeGreaterThanOrEqual(6);
    expect(new Set(story.mentions.get('sergei-lavrov')?.map((m) => m.slug)).size).toBe(2);
  });
});

describe('events as an editor would list them', () => {
  const entries = (...texts: string[]) =>
    mergeEvents(eventCandidates(report('a', '2025-05-23', ...texts), find, lexicon)).map((event) => [
      event.start,
      event.summary,
    ]);

  it('takes no event from a photo caption', () => {
    expect(entries('FILE PHOTO: A ferry docks in Marseille, France, January 14, 2025. REUTERS/Jane Doe')).toEqual([]);
  });

  it('gives a trailing attribution no entry of its own', () => {
    expect(entries('Russia and Ukraine began a prisoner swap on Friday, a military source said on Friday.')).toEqual([
      ['2025-05-23', 'Russia and Ukraine began a prisoner swap on Friday, a military source said on Friday.'],
    ]);
  });

  it('gives a leading attribution no entry when its paragraph dates the fact told earlier', () => {
    expect(
      entries(
        'Police said Wednesday that two picketers were arrested at the gate. The arrests were made on Tuesday night.',
      ),
    ).toEqual([['2025-05-20', 'The arrests were made on Tuesday night.']]);
    // A plan told is the news of its day, whatever the paragraph dates.
    expect(
      entries(
        'The operator said on Thursday it would keep the line closed after floodwater washed away a bridge on Monday.',
      ),
    ).toHaveLength(2);
  });

  it('summarises each date of a sentence by its own clause', () => {
    expect(entries('The minister resigned on Tuesday, three days after the vote on Saturday.')).toEqual([
      ['2025-05-17', 'three days after the vote on Saturday.'],
      ['2025-05-20', 'The minister resigned on Tuesday'],
    ]);
  });

  it('gives a date that opens the sentence the clause after it, not its own few words', () => {
    expect(entries('On Wednesday, Justice Reid granted an injunction and fixed a hearing for June 19.')).toEqual([
      ['2025-05-21', 'On Wednesday, Justice Reid granted an injunction'],
      ['2025-06-19', 'and fixed a hearing for June 19.'],
    ]);
  });

  it('counts no day from a sentence whose plan fell through on a day it leaves unread', () => {
    expect(
      entries(
        'After divers found damage on Wednesday, the operator was due to resume services on Thursday but called off the restart.',
        'Two days later, it published a revised timetable.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-21', '2025-05-22']);
  });

  it('reads a weekday set beside a day counted back as that day', () => {
    expect(startsOn('2026-11-27', 'Eleven days ago, on the Monday night, somebody set fire to the cables.')).toEqual([
      '2026-11-16',
    ]);
  });

  it("reads an expectation that the sentence says came as gone by, and a weekday before another week's noun alone", () => {
    expect(startsOn('2026-11-20', 'He said he expected a ruling in January, but it came in March.')).toEqual([
      '2026-03-01',
    ]);
    expect(startsOn('2026-11-20', "After Tuesday night, last week's damage looked minor by comparison.")).toEqual([
      '2026-11-17',
      '2026-11-09',
    ]);
  });

  it('reads what is fixed beside a fixture as ahead with it', () => {
    expect(
      startsOn(
        '2026-11-24',
        'At a short mention on Monday the retrial was fixed for 8 March, with a pre-trial review on 5 February.',
      ),
    ).toEqual(['2026-11-23', '2027-03-08', '2027-02-05']);
  });

  it("counts a log entry's days from the day of its stamp, not the report's", () => {
    expect(
      startsOn(
        '2026-11-24',
        'Service notice — 2026-11-22 20:00 CST — All customers are now at the community centre. Buses will leave once police reopen Highway 1, which is expected Monday morning.',
        'Bulletin 10 — 19 November 2026, 19:45 IST. Medical clearance. The player was discharged from hospital yesterday evening. Game 7 will go ahead tomorrow, Friday 20 November.',
      ),
    ).toEqual(['2026-11-22', '2026-11-23', '2026-11-18', '2026-11-20']);
    expect(
      startsOn(
        '2026-11-20',
        'Tropical Cyclone Bulletin #12 — issued at 11:00 PM, 17 November 2026 — Signal No. 4 raised over Catanduanes. Landfall is likely between 2:00 AM and 5:00 AM tomorrow.',
        'Fri 20 Nov, 16:50 — The prosecutors offered a reward today.',
      ),
    ).toEqual(['2026-11-17', '2026-11-18', '2026-11-20']);
    // (A stamp alone is the bulletin's own, no event; a sentence that opens on a date is no stamp.)
    expect(startsOn('2026-11-24', 'On 19 November 2026 the council met. The bridge reopens tomorrow.')).toEqual([
      '2026-11-19',
      '2026-11-25',
    ]);
  });

  it('takes one event, cited by both, from two phrases for one day in a sentence, not from two for one week', () => {
    const candidates = (text: string, published: string) =>
      eventCandidates(report('a', published, text), find, lexicon).map((event) => [
        event.start,
        event.citations.map((citation) => citation.dateText),
      ]);
    expect(
      candidates('A delegation visited drivers at the yard after the Friday prayers yesterday.', '2026-09-26'),
    ).toEqual([['2026-09-25', ['Friday', 'yesterday']]]);
    expect(
      candidates(
        'Load tests in the week of 30 March cleared the way, and freight trains returned to one track in KW 14.',
        '2026-04-10',
      ).map(([start]) => start),
    ).toEqual(['2026-03-30', '2026-03-30']);
  });

  it('takes no event from a correction note, which tells what the report once said wrongly', () => {
    const starts = (...texts: string[]) => startsOn('2026-03-20', ...texts);
    expect(
      starts('Correction, 19 March: an earlier version of this article said the Enterprise returned on Monday.'),
    ).toEqual([]);
    expect(starts('An earlier version of this report said talks ended on Tuesday.')).toEqual([]);
    expect(starts('The Enterprise returned on Tuesday.')).toEqual(['2026-03-17']);
  });

  it('reads a date in figures in the order the report’s other dates keep', () => {
    const starts = (...texts: string[]) => startsOn('2026-11-04', ...texts);
    const record = 'The toll road recorded 61,000 vehicles on 2/11/2026, a record.';
    expect(starts(record)).toEqual([]);
    expect(starts('The line was closed on 26/10/2026.', record)).toEqual(['2026-10-26', '2026-11-02']);
  });

  it('dates no event by an opening participle of saying, its speaker described between', () => {
    const starts = (...texts: string[]) => startsOn('2026-10-23', ...texts);
    expect(
      starts(
        'Speaking on the 21st, Mr. Hideo Tsuji (72), whose souvenir shop is on the road, said the shops had lost half their trade.',
      ),
    ).toEqual([]);
    expect(
      starts('On the 21st, Mr. Hideo Tsuji (72), whose souvenir shop is on the road, closed it for good.'),
    ).toEqual(['2026-10-21']);
    expect(
      starts(
        'Speaking on our programme on Wednesday, the provincial mayor, Ms. Rosa Tuesta, said the shelter had closed.',
      ),
    ).toEqual([]);
    expect(starts('On Wednesday, the provincial mayor, Ms. Rosa Tuesta, closed the shelter.')).toEqual(['2026-10-21']);
  });

  it('dates no event by a trailing attribution with what its day is set beside it', () => {
    const starts = (...texts: string[]) => startsOn('2026-03-14', ...texts);
    expect(
      starts(
        "No one was hurt in the fall late on Thursday, provincial heritage official Mohammad-Reza Sadeghi told reporters on Friday, Iran's weekly day of rest.",
      ),
    ).toEqual(['2026-03-12']);
    expect(starts('The bazaar reopened on Friday, a public holiday.')).toEqual(['2026-03-13']);
  });

  it('reads a date in figures in the order of the country of a city it names, in two words or one', () => {
    const starts = (...texts: string[]) => startsOn('2026-09-04', ...texts);
    const closed = 'The port board closed berths 4, 5 and 6 from 14:00 on 02/09/2026.';
    expect(starts(closed)).toEqual([]);
    expect(starts('Dockers at Hai Phong stopped work.', closed)).toEqual(['2026-09-02']);
    expect(starts('Dockers at Haiphong stopped work.', closed)).toEqual(['2026-09-02']);
  });

  it('reads a report that speaks of the Orthodox church by its calendar', () => {
    const starts = (...texts: string[]) => startsOn('2026-01-21', ...texts);
    // Its Christmas is the one the countries it names keep: Serbia's in January, Romania's in December.
    const orthodox = 'Orthodox priests blessed the depot.';
    expect(starts('The trouble began on Christmas Eve at the Belgrade depot.', orthodox)).toEqual(['2026-01-06']);
    expect(starts('The trouble began on Christmas Eve at the Bucharest depot.', orthodox)).toEqual(['2025-12-24']);
    expect(starts('The trouble began on Christmas Eve at the depot.', orthodox)).toEqual([]);
    expect(starts('The trouble began on Christmas Eve.')).toEqual(['2025-12-24']);
  });

  it('reads a holiday the report dates itself by that day throughout it', () => {
    const starts = (...texts: string[]) => startsOn('2026-06-29', ...texts);
    const eve = 'On the eve of Ashura, traffic on the highway was diverted.';
    expect(starts(eve)).toEqual(['2026-06-23']);
    // A moon sighted a day later: the report's own day stands, in any of the ways it may say so.
    for (const dated of [
      'Ashura will be observed in Bangladesh on Friday, 26 June 2026.',
      'The flooding comes two days before Ashura, which falls on Friday, June 26 in Bangladesh.',
      'Ashura (10 Muharram 1448 Hijri) will be observed on Friday, 26 June 2026.',
      'The river began falling on Ashura, Friday 26 June.',
      'Bangladesh marked Ashura on Friday, June 26, a day after Saudi Arabia.',
    ])
      expect(starts(eve, dated)).toContain('2026-06-25');
    // A date set beside the name for another reason, or too far from any reckoning of the day, teaches nothing.
    expect(starts(eve, 'Relief trucks left Dhaka after Ashura on Friday, June 26.')).toContain('2026-06-23');
    expect(starts(eve, 'Ashura, 10 July, was the day the inquiry was told of.')).toContain('2026-06-23');
  });

  it('reads a holiday kept on several days in a country by the state the report names', () => {
    const starts = (...texts: string[]) => startsOn('2026-10-07', ...texts);
    const cancelled = "Townsville's family day on the King's Birthday was cancelled.";
    expect(starts(cancelled, 'Water restrictions cover the whole of Queensland.')).toEqual(['2026-10-05']);
    expect(starts(cancelled)).toEqual([]);
  });

  it('reads a feast by the church its sentence names, whatever the report keeps', () => {
    const starts = (...texts: string[]) => startsOn('2026-04-06', ...texts);
    expect(
      starts(
        'The Taba crossing reopened on Easter Sunday, which Western churches marked this year a week before the Orthodox feast.',
      ),
    ).toContain('2026-04-05');
  });

  it('reads a feast counted from Easter by the Orthodox Easter where every country named keeps it, by neither where some do', () => {
    const starts = (...texts: string[]) => startsOn('2026-04-20', ...texts);
    expect(starts('The ferry from Piraeus caught fire on Good Friday.')).toEqual(['2026-04-10']);
    expect(
      starts('The ferry from Piraeus caught fire on Good Friday.', 'Its passengers flew home to Manchester.'),
    ).toEqual([]);
    // A town too small for the cities' list tells its country where the report names no city: Volos is Greek.
    expect(starts('The Volos pier collapsed on Holy Thursday evening.')).toEqual(['2026-04-09']);
    expect(starts('The pier collapsed on Holy Thursday evening.')).toEqual(['2026-04-02']);
    // A town's name beside another capital is part of a longer name: Lorenzo Gori is no Gori, Georgia.
    expect(starts('The bakery run by Lorenzo Gori burned down on Good Friday.')).toEqual(['2026-04-03']);
    // A place's name that is a word, before a day's name, begins a longer name: no Independence, Missouri.
    expect(
      starts('The Volos pier collapsed on Holy Thursday evening.', 'The Independence Day parade passed it in March.'),
    ).toContain('2026-04-09');
    expect(
      starts('The ferry from Piraeus caught fire on Good Friday.', 'Orthodox priests blessed the new ship.'),
    ).toEqual(['2026-04-10']);
    expect(starts('The ferry from Gdańsk caught fire on Good Friday.')).toEqual(['2026-04-03']);
    // A feast named with its church is that church's, whatever the report keeps.
    expect(
      starts('Divers surveyed the pier at Ungheni on Western Easter Sunday.', 'Orthodox priests blessed the bridge.'),
    ).toEqual(['2026-04-05']);
    expect(starts('The ferry from Gdańsk caught fire on Orthodox Good Friday.')).toEqual(['2026-04-10']);
  });

  it('reads a holiday whose day differs by country by the countries the report names, when all keep it alike', () => {
    const starts = (...texts: string[]) => startsOn('2026-11-02', ...texts);
    // Halloween is 31 October in the United States and Canada, 30 October in Sweden.
    expect(starts('Crews lifted the fan out of the Detroit tunnel on Halloween.')).toEqual(['2026-10-31']);
    expect(starts('Crews lifted the fan out of the Detroit tunnel on Halloween.', 'Trucks queued in Windsor.')).toEqual(
      ['2026-10-31'],
    );
    expect(starts('Crews lifted the fan out of the Detroit tunnel on Halloween.', 'Parts came from Malmö.')).toEqual(
      [],
    );
    expect(starts('Crews lifted the fan out of the tunnel on Halloween.')).toEqual([]);
    // Said short, after "on": the United States' Thanksgiving Day; Canada's is no national holiday.
    expect(starts('Drivers in Memphis will walk out on Thanksgiving.')).toEqual(['2026-11-26']);
    expect(starts('Drivers in Memphis will walk out on Thanksgiving.', 'Trucks queued in Windsor.')).toEqual([]);
    expect(starts('In Memphis, the judge denied the request the day before Thanksgiving.')).toEqual(['2025-11-26']);
    expect(starts('In Memphis, caps will apply from the Friday after Thanksgiving.')).toEqual(['2026-11-27']);
    // Kept by a country's provinces or states: on one day in all of them, or no day (Labour Day in Australia).
    expect(starts('In Toronto, the overtime ban began on Victoria Day.')).toEqual(['2026-05-18']);
    expect(starts('In Brisbane, the overtime ban began on Labour Day.')).toEqual([]);
    expect(starts('In Memphis, the Broad Street Line should be back the week after Thanksgiving.')).toEqual([
      '2026-11-30',
    ]);
    // A name many countries keep on days of their own is as out of date as a country's last change of law.
    expect(starts('Dockers rallied in Tema on Founders Day.')).toEqual([]);
  });

  it('counts a day from the sentence before only when it told of one day done', () => {
    const days = entries(
      'The vessel was arrested on Sunday and the owner stopped all sailings on Monday evening. The court appointed administrators the following day.',
    ).map(([start]) => start);
    expect(days).toEqual(['2025-05-18', '2025-05-19']);
    expect(
      entries(
        'The owner stopped all sailings on Monday evening. The court appointed administrators the following day.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-19', '2025-05-20']);
  });

  it('counts a day from a thing the report told of before, by its name', () => {
    expect(
      entries('The barge caught fire on 18 May. The day after the fire, the harbour master closed the piers.').map(
        ([start]) => start,
      ),
    ).toEqual(['2025-05-18', '2025-05-19']);
    expect(
      entries('A snowstorm cut the pass on 18 May. Two days after the storm, the army reached the villages.').map(
        ([start]) => start,
      ),
    ).toEqual(['2025-05-18', '2025-05-20']);
    expect(
      entries('The barge caught fire on 18 May. The day after the flood, the harbour master closed the piers.').map(
        ([start]) => start,
      ),
    ).toEqual(['2025-05-18']);
  });

  it('counts a day after a look back from the day told before it, not from the look back', () => {
    expect(
      entries(
        'The court admitted the appeal on Monday. The day before, the ministry had asked it to reject the case. Two days later, the ministry filed a motion.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-18', '2025-05-19', '2025-05-21']);
  });

  it("counts a day from the story's day, not from what had been done before and was set against it", () => {
    expect(
      entries(
        'The river burst its banks on Thursday. The weather office had issued an orange alert on Wednesday, but the water rose within minutes. The following day, army engineers were deployed.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-21', '2025-05-22', '2025-05-23']);
  });

  it('counts a day from the deed a sentence tells, not from the thing it is counted after', () => {
    expect(
      entries(
        'The detour opened at 7am on 20 May, a week after the slide that killed six motorists on the night of 13 May. The following day, rain shut the detour.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-13', '2025-05-20', '2025-05-21']);
  });

  it('counts a day from the deed a sentence tells, not from what that deed came after', () => {
    expect(
      entries(
        'The club sealed promotion on 20 May with a 2–1 win, a 3–2 aggregate victory after the 1–1 draw in Tampico on 16 May. The following day, fans lined the avenue.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-16', '2025-05-20', '2025-05-21']);
  });

  it("counts a day from the story's day, not from when a state told in the past perfect began", () => {
    expect(
      entries(
        'The airline cancelled the flights on Monday. The runway had been shut since 15 May, when cracks opened. Two days later, the minister flew home.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-15', '2025-05-19', '2025-05-21']);
    expect(
      entries('The line has been disrupted since 14 May. The following day, coaches began running.').map(
        ([start]) => start,
      ),
    ).toEqual(['2025-05-14', '2025-05-15']);
  });

  it('counts a day from the deed a sentence tells, not from the start of a state set off beside it', () => {
    expect(
      entries(
        'The footbridge reopened on Wednesday. The crossing, closed since 1 May, reopened at 10am on a one-way system. The following day, the council lifted the one-way system.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-01', '2025-05-21', '2025-05-22']);
  });

  it('counts a day from the story’s day, not from the day that names a thing of the past', () => {
    expect(
      entries(
        'On Sunday, the minister laid a wreath in memory of the fighters of the uprising of 29 March 1947. The following day, the minister chaired a meeting of donors.',
      ).map(([start]) => start),
    ).toEqual(['1947-03-29', '2025-05-18', '2025-05-19']);
  });

  it('counts a day from the day of what the sentence tells, not from a day that names a thing', () => {
    expect(
      entries(
        'The court adjourned on 12 May out of respect for the celebrations of 16 and 17 May. Two days later, the customs service published its audit.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-12', '2025-05-14', '2025-05-16']);
  });

  it('counts no day from a day told in an aside before what the sentence tells', () => {
    expect(
      entries(
        'Medina Frías, who was charged on 12 May with culpable homicide, rejected the ruling; two days later his defence filed an appeal.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-12']);
  });

  it('counts no span of hours from a day counted from another, but counts days from it', () => {
    expect(
      entries(
        'The fire broke out on 20 May. The following day, the council opened a cooling centre. Just 48 hours later, a second transformer failed.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-20', '2025-05-21']);
    expect(
      entries(
        'The fire broke out on 20 May. The following day, the council opened a cooling centre. Two days later, a second transformer failed.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-20', '2025-05-21', '2025-05-23']);
    expect(
      entries(
        'The court ruled on 20 May. The day after the ruling, the government set up a task force. Just 48 hours later, the regulator wrote to every operator.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-20', '2025-05-21']);
  });

  it('counts no day from a sentence that counts a day of its own on from its date, but does from "the same day"', () => {
    expect(
      entries(
        'The builder moved the High Court on 12 May and won an interim stay two days later. The following day, the commissioner ordered a review of every permit.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-12']);
    expect(
      entries(
        'The fire broke out on 12 May and was put out the same day. The following day, the commissioner ordered a review.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-12', '2025-05-13']);
  });

  it('reads a quotation\'s "tomorrow" from its attribution\'s day, across a semicolon inside the quotation', () => {
    expect(
      entries(
        '"We will not march in the street; we will go to city hall tomorrow and talk," forum secretary Bong Sui Fat said on Monday.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-20']);
  });

  it('counts no day from a sentence led by a longer time whose only day lies outside it', () => {
    expect(
      entries(
        'A fortnight ago, councillors asked why a bearing passed at its last inspection, on March 18 last year, failed. The following day, the city manager ordered a review.',
      ).map(([start]) => start),
    ).toEqual(['2024-03-18', '2025-05-05']);
  });

  it('reads a statement after a wire’s dateline or a dash as the sentence’s own, not as a trailing attribution', () => {
    expect(entries('SEOUL (KNA) -- Korail said on Friday it would add 40 trains.').map(([start]) => start)).toEqual([
      '2025-05-23',
    ]);
    expect(
      entries('Rotterdam, 12-05-2025 – The port authority said traffic resumed on Monday.').map(([start]) => start),
    ).toEqual(['2025-05-19']);
    // A dateline's own date, with a region before it, is the filing's.
    expect(entries('BUSAN, South Korea, May 23 (AP) — Korail said it would add 40 trains.')).toEqual([]);
  });

  it('reads a passive "was reported on" and "added the Konkan Breeze in" as deeds, not attributions', () => {
    expect(
      entries(
        'The last confirmed case, a six-year-old boy, was reported on 14 May.',
        'Westline launched the service in October 2021 and later added the Konkan Breeze in 2024.',
      ).map(([start]) => start),
    ).toEqual(['2021-10-01', '2024-01-01', '2025-05-14']);
  });

  it('reads "ARTC says trains will return from Monday 18 May" as what is told, not a bare attribution', () => {
    expect(
      entries(
        'ARTC says trains will return from Monday 26 May, after a landslip found on Thursday pushed back its earlier date.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-22', '2025-05-26']);
  });

  it('reads an attribution with a clause after it as the day of the news it tells, not a trailing one', () => {
    expect(
      entries(
        'Engineers have found a second crack in the Old Bridge, city hall said on Wednesday, prolonging a closure to trams.',
        'Ferry crews have walked out in Split, their union said on Wednesday.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-21']);
  });

  it('takes no event from a place and its date alone, the agency or another calendar’s date in brackets', () => {
    expect(entries('Baku, March 25 (Shirvan News). Trains stopped on Monday.').map(([start]) => start)).toEqual([
      '2025-05-19',
    ]);
    expect(entries('Tehran, 15 Farvardin 1405 (04.04.2026).')).toEqual([]);
    expect(entries('MTC/GM/112/2026 — Dili, 12 August 2026')).toEqual([]);
    expect(entries('Buenos Aires, 17/04/2026 — Office of the Administrator of the Port of Buenos Aires')).toEqual([]);
  });

  it('takes no event from a notice’s date line in its era', () => {
    expect(eventCandidates(report('a', '2026-10-20', 'Reiwa 8 (2026) October 20'), find, lexicon)).toEqual([]);
  });

  it('takes no event from a dateline’s date split off as a sentence', () => {
    expect(entries('ALMATY. May 22. The border crossing at Korday closed on Monday.').map(([start]) => start)).toEqual([
      '2025-05-19',
    ]);
    expect(entries('YEREVAN, MAY 22, ARMNEWSLINE. The crossing closed on Monday.').map(([start]) => start)).toEqual([
      '2025-05-19',
    ]);
  });

  it('takes no event from a trailing attribution that is a sentence’s only date', () => {
    // The driver was pulled from the cab at the crash, days before the police told of it on Wednesday.
    expect(
      entries(
        'The driver was pulled from the cab by another trucker and taken to hospital, police said Wednesday.',
        'Officials said on Wednesday that the bridge would stay shut.',
      ),
    ).toEqual([['2025-05-21', 'Officials said on Wednesday that the bridge would stay shut.']]);
  });

  it('takes no event from the day a quotation was said when the next sentence goes on to date what it says by it', () => {
    expect(
      entries(
        '"We will not run a train through that section," Dasgupta said on Tuesday. "Tomorrow our engineers will start pulling out the burnt cables."',
      ),
    ).toEqual([['2025-05-21', '"Tomorrow our engineers will start pulling out the burnt cables."']]);
    // A briefing it was said at is news of its own.
    expect(
      entries(
        '"We apologize unreservedly," Desmond Leung said at a briefing on Tuesday. "The system will be checked tonight."',
      ).map(([start]) => start),
    ).toEqual(['2025-05-20', '2025-05-20']);
  });

  it('dates an announcement beside the date of what it announces, summarised by the whole sentence', () => {
    expect(entries('Ferry crews will stop work next week unless they are paid, their union said on Monday.')).toEqual([
      ['2025-05-19', 'Ferry crews will stop work next week unless they are paid, their union said on Monday.'],
      ['2025-05-26', 'Ferry crews will stop work next week unless they are paid'],
    ]);
  });

  it('dates an announcement of what lies ahead by its trailing attribution, when what is told has no day', () => {
    expect(
      entries(
        'Freight trains will not return to the line for at least another three weeks, track manager ARTC said on Monday.',
        'About 1,400 dockers have joined the stoppage at Tema, the union said on Thursday.',
        'The costing will take at least six weeks, August’s office said.',
      ),
    ).toEqual([
      [
        '2025-05-19',
        'Freight trains will not return to the line for at least another three weeks, track manager ARTC said on Monday.',
      ],
    ]);
  });

  it('takes no event from a live page signing off', () => {
    expect(
      entries(
        "11:52 p.m. — That's it for our live coverage tonight.",
        "7.15pm: That's all from us tonight.",
        '18:30 — That is where we leave our live coverage for today.',
        "We'll leave our live coverage there for today.",
        "That's all from the live page for today.",
        "That's where we will leave our live coverage for today.",
        "We're closing the live page for today.",
      ),
    ).toEqual([]);
  });

  it('takes no event from an opening "Speaking … this afternoon," which dates only the telling', () => {
    expect(
      entries('Speaking at the command post this afternoon, Ntshona said the helicopter would go up at first light.'),
    ).toEqual([]);
    expect(entries('At the command post this afternoon, the helicopter went up for the first time.')).toEqual([
      ['2025-05-23', 'At the command post this afternoon, the helicopter went up for the first time.'],
    ]);
  });

  it('counts no day from a plan that fell through ("had first been set for … but was moved")', () => {
    expect(
      entries(
        'The hearing had first been set for Tuesday but was moved after his lawyers said he was ill. The day before, the lawyers had asked for a closed hearing.',
      ).map(([start]) => start),
    ).toEqual(['2025-05-20']);
  });

  it('counts "The Friday before" from a day told of, not from the day evidence was given', () => {
    expect(
      entries(
        'Giving evidence on Thursday, Blaise said he had gone to the site that night.',
        'The Friday before, he had been sacked after a row over a damaged racking upright.',
      ),
    ).toEqual([]);
    expect(
      entries('The warehouse closed on Wednesday 14 May.', 'The Friday before, he had been sacked after a row.'),
    ).toEqual([
      ['2025-05-09', 'The Friday before, he had been sacked after a row.'],
      ['2025-05-14', 'The warehouse closed on Wednesday 14 May.'],
    ]);
  });

  it('dates a quotation by its own "tomorrow", not by the attribution after it; a quotation with no day by the attribution', () => {
    expect(
      entries(
        '"The swearing-in will be tomorrow morning, and the Cabinet will be named soon after," Sinsua told reporters on Tuesday.',
        '"We are not going anywhere," the union leader said on Tuesday.',
      ),
    ).toEqual([
      ['2025-05-20', '"We are not going anywhere," the union leader said on Tuesday.'],
      [
        '2025-05-21',
        '"The swearing-in will be tomorrow morning, and the Cabinet will be named soon after," Sinsua told reporters on Tuesday.',
      ],
    ]);
  });

  it('reads a quotation in single marks as one in double marks: the attribution after it only dates the telling', () => {
    expect(
      entries("'We will decide early next week whether the route has to change,' the committee chairman said today."),
    ).toEqual([
      [
        '2025-05-26',
        "'We will decide early next week whether the route has to change,' the committee chairman said today.",
      ],
    ]);
  });

  it('takes no entry from a press office saying it will say no more tonight', () => {
    expect(entries('No further statements will be issued tonight.')).toEqual([]);
  });

  it('reads a date set off by a comma with the clause before it, not as a summary of its own', () => {
    // ", on Saturday." says nothing of what happened; the clause it closes does.
    expect(
      entries(
        "Kalayaan Bank's app came back on Thursday and Maharlika Savings Bank's followed two days later, on Saturday.",
      ),
    ).toEqual([
      [
        '2025-05-17',
        "Kalayaan Bank's app came back on Thursday and Maharlika Savings Bank's followed two days later, on Saturday.",
      ],
      [
        '2025-05-22',
        "Kalayaan Bank's app came back on Thursday and Maharlika Savings Bank's followed two days later, on Saturday.",
      ],
    ]);
  });

  it('merges a vague mention into the day it overlaps when they share place and action', () => {
    const events = mergeEvents([
      ...eventCandidates(report('a', '2025-05-23', 'The swap was agreed in Turkey a week ago.'), find, lexicon),
      ...eventCandidates(
        report('b', '2025-05-23', 'The exchange was agreed at a May 16 meeting in Istanbul.'),
        find,
        lexicon,
      ),
    ]);
    expect(events.map((event) => [event.start, event.precision, event.citations.length])).toEqual([
      ['2025-05-16', 'day', 2],
    ]);
  });

  it('keeps two statements by different people on one day apart', () => {
    const events = mergeEvents(
      eventCandidates(
        report(
          'a',
          '2025-05-23',
          'Lavrov said on Friday that talks would follow.',
          'Peskov said on Friday that no talks were agreed.',
        ),
        find,
        lexicon,
      ),
    );
    expect(events.map((event) => event.people)).toEqual([['sergei-lavrov'], ['dmitry-peskov']]);
  });

  it('gives chips only to people who act in the entry, not to those acted upon', () => {
    const [event] = mergeEvents(
      eventCandidates(
        report('a', '2025-05-23', 'After speaking to Putin on Monday, Trump took no action.'),
        find,
        lexicon,
      ),
    );
    expect(event.agents).toEqual([]);
    expect(event.people).toEqual(['vladimir-putin', 'donald-trump']);
  });

  it('keeps the subject a clause that starts with its verb leaves at the sentence start, and only a subject', () => {
    const subjects = (text: string) =>
      eventCandidates(report('a', '2025-09-10', text), find, lexicon).map((event) => [
        event.summary.slice(0, 12),
        event.subject,
        event.citations[0].subject,
      ]);
    expect(subjects('The 21-meter vessel, built in 1998, left Peterhead on Friday for a week-long trip.')).toEqual([
      ['The 21-meter', undefined, undefined],
      ['left Peterhe', 'The 21-meter vessel', 'The 21-meter vessel'],
    ]);
    expect(
      subjects('Ellery, who was released on bond on Aug. 13, will be arraigned Friday in Denver District Court.')[1],
    ).toEqual(['will be arra', 'Ellery', 'Ellery']);
    expect(
      subjects('The timing is awkward: Mwanga Pay, founded in 2014, has pencilled in a listing for next year.')[1],
    ).toEqual(['has pencille', 'Mwanga Pay', 'Mwanga Pay']);
    // The opening clause has a verb of its own: it is no subject of the later clause.
    expect(
      subjects(
        'Glenbay hopes for buses next week, and its director, Declan Rafferty, promised a new route in the new year.',
      ).map(([, subject]) => subject),
    ).toEqual([undefined, undefined]);
    // A clause with its own subject needs none.
    expect(
      subjects('The ship ran aground on Saturday, and prosecutors opened proceedings on Monday.').map(([, s]) => s),
    ).toEqual([undefined, undefined]);
  });

  it('does not take an outlet named "… Today" for a date', () => {
    expect(entries('"I called the police straight away," he told Lyon Today.')).toEqual([]);
  });

  it('marks a planned event as expected, and drops the mark once a report says it happened', () => {
    const planned = eventCandidates(
      report('a', '2025-05-20', 'The council will vote on the plan on Thursday.'),
      find,
      lexicon,
    );
    expect(mergeEvents(planned).map((event) => [event.start, event.expected])).toEqual([['2025-05-22', true]]);
    const done = eventCandidates(
      report('b', '2025-05-23', 'The council voted on the plan on Thursday.'),
      find,
      lexicon,
    );
    expect(mergeEvents([...planned, ...done]).map((event) => [event.start, event.expected])).toEqual([
      ['2025-05-22', false],
    ]);
  });
});

describe('events merged as an editor would', () => {
  const merged = (reports: StoryReport[]) =>
    mergeEvents(
      reports.flatMap((r) => eventCandidates(r, find, lexicon)),
      { storyStart: reports.map((r) => r.published).sort()[0] },
    );

  it('tells a background year once however its reports word it', () => {
    const events = merged([
      report('a', '2024-10-08', 'The footbridge was built in 1962.'),
      report(
        'b',
        '2024-10-09',
        'The 94m span, completed in 1962 to a design by Lucien Ferrandier, carries 24 hangers.',
      ),
      report('c', '2024-10-10', '“It has been part of the life of this city since 1962,” the mayor said.'),
    ]);
    expect(events.map((event) => [event.start, event.precision, event.citations.length])).toEqual([
      ['1962-01-01', 'year', 3],
    ]);
  });

  it('keeps both of a paragraph’s mentions that write the same phrase when they fold into one event', () => {
    const events = merged([
      report(
        'a',
        '2025-06-11',
        'Crews closed the Tanner bridge on Tuesday. The Tanner bridge was closed to traffic on Tuesday after the crack.',
      ),
    ]);
    expect(events.map((event) => [event.start, event.citations.map((citation) => citation.dateAt)])).toEqual([
      ['2025-06-10', [31, 83]],
    ]);
  });

  it('keeps two events of a recent year apart when they share nothing', () => {
    const events = merged([
      report('a', '2024-10-08', 'Negotiations on the treaty opened in 2023.'),
      report('b', '2024-10-09', 'A drought in 2023 forced reactors to cut output.'),
    ]);
    expect(events).toHaveLength(2);
  });

  it('folds a short statement into the same day’s fuller report of it: one shared word will do on one day', () => {
    const events = merged([
      report('a', '2025-06-11', 'Roger Tate apologized on Tuesday.'),
      report('b', '2025-06-11', 'The company’s chief executive apologized to residents on Tuesday.'),
    ]);
    expect(events.map((event) => [event.start, event.citations.length])).toEqual([['2025-06-10', 2]]);
  });

  it('folds a deed and its noun on one day as one word ("suspended", "the suspension")', () => {
    const events = merged([
      report('a', '2026-05-14', 'The council suspended the contract on 13 May.'),
      report('b', '2026-05-15', 'Tenant representatives welcomed the suspension, which took effect late on 13 May.'),
    ]);
    expect(events.map((event) => [event.start, event.citations.length])).toEqual([['2026-05-13', 2]]);
    expect(lexicon.derivedForms('evacuated')).toContain('evacuation');
  });

  it('folds two reports’ own wordings of one day’s event on less shared wording than one report’s', () => {
    // "admitted on Thursday that hackers…" and "made the announcement this morning…": two outlets, one event.
    const reports = fixtureStory('2024-08-wellington-pharmacy-data-breach');
    const events = merged(reports);
    const citing = (phrase: string) =>
      events.find((event) => event.citations.some((citation) => citation.summary.includes(phrase)));
    expect(citing('admitted on Thursday')?.start).toBe('2024-08-08');
    expect(citing('admitted on Thursday')).toBe(citing('made the announcement this morning'));
  });

  it('folds a state told by its start into the one event of that day it shares a word with', () => {
    const collapse = report(
      'a',
      '2026-09-16',
      'The customs platform collapsed on Sept. 15, forcing officers back to paper forms.',
    );
    const down = report(
      'b',
      '2026-09-21',
      'Across the border, the platform has been largely down since the 15th, and trucks queue at Ressano Garcia.',
    );
    expect(merged([collapse, down]).map((event) => [event.start, event.citations.length])).toEqual([['2026-09-15', 2]]);
    // Sharing no word, the state may have begun with another event that day, one the story does not tell.
    const waiting = report(
      'c',
      '2026-09-21',
      'Across the border, lorries have waited at Ressano Garcia since the 15th.',
    );
    expect(merged([collapse, waiting])).toHaveLength(2);
  });

  it('decides the same whatever order the reports come in', () => {
    const reports = [
      report('a', '2025-06-07', 'About 1,200 residents were ordered to evacuate early Friday.'),
      report('b', '2025-06-07', 'About 1,200 people were told to leave their homes yesterday.'),
      report('c', '2025-06-07', 'The blaze forced about 1,200 people from their homes on Friday.'),
      report('d', '2025-06-07', 'The council will vote on the permit on Thursday.'),
    ];
    const shape = (events: ReturnType<typeof merged>) =>
      events
        .map((event) =>
          event.citations
            .map((c) => c.slug)
            .sort()
            .join('+'),
        )
        .sort();
    expect(shape(merged(reports))).toEqual(['a+b+c', 'd']);
    expect(shape(merged([...reports].reverse()))).toEqual(['a+b+c', 'd']);
  });

  it('leaves a vague mention alone when two events inside its period fit it about as well', () => {
    const events = merged([
      report('a', '2025-06-12', 'The warehouse fire broke out on 5 June.'),
      report('b', '2025-06-12', 'The warehouse fire was contained on 7 June.'),
      report('c', '2025-06-12', 'The warehouse fire last week worried residents.'),
    ]);
    expect(events.map((event) => [event.start, event.precision])).toEqual([
      ['2025-06-02', 'week'],
      ['2025-06-05', 'day'],
      ['2025-06-07', 'day'],
    ]);
  });

  it('folds a year named by its number into the one event of that year that does the same', () => {
    // As the timeline bench reads a fixture: no people file.
    const { timeline } = buildStory(
      fixtureStory('2026-10-shanghai-ningbo-typhoon-golden-week'),
      [],
      { file: 'claims', claims: [] },
      lexicon,
    );
    const citing = (phrase: string) =>
      timeline.find((entry) => entry.citations.some((citation) => citation.summary.includes(phrase)));
    expect(citing('since both ports shut in 2021')?.start).toBe('2021-07-01');
    expect(citing('since both ports shut in 2021')).toBe(citing('at once, in July 2021'));
  });

  it('gives a date with no words of its own those of the date before it', () => {
    const sentence = 'Rotterdam dockers also struck on April 21 and again from April 27.';
    const events = merged([report('a', '2026-05-11', sentence), report('b', '2026-05-11', sentence)]);
    expect(events.map((event) => [event.start, event.citations.length])).toEqual([
      ['2026-04-21', 2],
      ['2026-04-27', 2],
    ]);
  });

  it('reads a relative clause’s date with the words it tells of', () => {
    // "which have been in force since July 27" has no subject of its own: "the outdoor limits" before it.
    const events = merged([
      report('a', '2026-07-28', 'Outdoor watering limits for Phoenix customers took effect on July 27.'),
      report(
        'b',
        '2026-08-13',
        'Phoenix reported last week that water use fell 14% under the outdoor limits, which have been in force since July 27.',
      ),
    ]);
    const limits = events.find((event) => event.start === '2026-07-27');
    expect(limits?.citations.map((citation) => citation.slug).sort()).toEqual(['a', 'b']);
  });

  it('settles a near tie by the verb of what was done, not the figures around it', () => {
    // "Pikne … 212 passengers" and "Pikne ran aground" fit it equally well; "ran" is what it says was done.
    const events = merged([
      report('a', '2026-01-05', 'The Pikne had left Helsinki late on Friday with 212 passengers.'),
      report('b', '2026-01-05', 'The ferry Pikne, which ran aground near Tallinn on Saturday, was towed clear.'),
      report('c', '2026-01-23', 'The Pikne ran aground earlier this month with 212 passengers.'),
    ]);
    const aground = events.find((event) => event.summary.includes('which ran aground'));
    expect(aground?.citations.map((citation) => citation.slug).sort()).toEqual(['b', 'c']);
    expect(events.some((event) => event.precision === 'month')).toBe(false);
  });

  it('keeps the tie when the only verb they share is an adjective in one ("would stay closed")', () => {
    const events = merged([
      report('a', '2024-10-12', 'Engineers shut the bridge on 8 October after a hanger snapped.'),
      report('b', '2024-10-12', 'The mayor said on 9 October the bridge would stay closed for months.'),
      report('c', '2024-10-17', 'Engineers closed the bridge earlier this month.'),
    ]);
    expect(events.find((event) => event.summary.includes('mayor'))?.citations).toHaveLength(1);
  });

  it('folds a vague mention into the event inside its period that repeats its very words, a word of what happened among them', () => {
    // "detected" is the same word; "note" only shares a sense with it, and "the chain" is no event of the week.
    const events = merged([
      report(
        'a',
        '2024-08-12',
        'The security team detected unusual outbound traffic on 5 August and isolated the servers.',
      ),
      report('b', '2024-08-12', 'A ransom note posted by the group on Friday night demanded US$4m.'),
      report('c', '2024-08-12', 'The chain made the announcement on Thursday on its website.'),
      report(
        'd',
        '2024-08-12',
        'Its systems were first breached earlier this month, but the intrusion was not detected until last week.',
      ),
    ]);
    const detected = events.find((event) => event.summary.includes('security team detected'));
    expect(detected?.citations.map((citation) => citation.slug).sort()).toEqual(['a', 'd']);
    expect(events.some((event) => event.precision === 'week')).toBe(false);
  });

  it('does not match a vague mention on the words of a relative clause that tells of an earlier event', () => {
    // The swap was "agreed on at their first direct talks": those talks are not Friday's event.
    const events = merged([
      report(
        'a',
        '2025-05-23',
        'Russia and Ukraine began a prisoner swap on Friday that was agreed on at their first direct talks.',
      ),
      report('b', '2025-05-23', 'Trump announced on Friday that a large prisoner swap had been finalised.'),
      report(
        'c',
        '2025-05-23',
        'The swap follows direct talks held earlier this month in Istanbul, the first such talks.',
      ),
    ]);
    const talks = events.find((event) => event.summary.includes('Istanbul'));
    expect(talks?.precision).toBe('month');
    expect(talks?.citations.map((citation) => citation.slug)).toEqual(['c']);
  });

  it('folds a vague past mention only into an event before its report, and "earlier" into one before its day', () => {
    // On 23 May, "talks held earlier this month in Istanbul" are not the talks Peskov spoke of that Friday.
    const events = merged([
      report('a', '2025-05-23', 'Negotiators agreed at talks in Istanbul on May 16 to exchange 1,000 prisoners.'),
      report('b', '2025-05-23', 'Peskov said on Friday that further talks would follow the exchange.'),
      report('c', '2025-05-23', 'Trump said on Friday that the talks in Istanbul had gone well.'),
      report(
        'd',
        '2025-05-23',
        'The exchange follows direct talks held earlier this month in Istanbul, the first in years.',
      ),
    ]);
    const talks = events.find((event) => event.start === '2025-05-16');
    expect(talks?.citations.map((citation) => citation.slug).sort()).toEqual(['a', 'd']);
  });

  it('leaves a tally of a period apart from the events in it', () => {
    // "So far this month, both sides have exchanged 205 soldiers" counts several swaps, not the one of 16 May.
    const events = merged([
      report('a', '2025-05-23', 'Negotiators agreed at talks in Istanbul on May 16 to exchange 1,000 prisoners.'),
      report('b', '2025-05-23', 'So far this month, both sides have exchanged 205 captured soldiers.'),
      report('c', '2025-05-23', 'Trump said on Friday that a large swap had been agreed.'),
    ]);
    expect(events.map((event) => [event.start, event.precision])).toEqual([
      ['2025-05-01', 'month'],
      ['2025-05-16', 'day'],
      ['2025-05-23', 'day'],
    ]);
  });

  it('does not weigh the words of a pluperfect clause that tells of an earlier event', () => {
    // "only after his bank had frozen two accounts": the freeze is not the arrest, and its words dilute it.
    const events = merged([
      report(
        'a',
        '2026-02-14',
        'Detectives arrested Ellery on Feb. 12 only after his bank had frozen two accounts tied to Cherry Creek Fleet Services, a shell company whose invoices auditors flagged during a routine review of suspicious transfers.',
      ),
      report(
        'b',
        '2026-02-14',
        'The suspended finance director of a Denver-area transit agency was arrested on Thursday night, accused of steering $2.7 million of public money to a company he secretly controlled.',
      ),
      report('c', '2026-02-14', 'The board suspended the finance director on Feb. 2.'),
      report('d', '2026-02-14', 'The authority referred the case to the district attorney on Tuesday.'),
    ]);
    const arrest = events.filter((event) => event.start === '2026-02-12');
    expect(arrest.map((event) => event.citations.length)).toEqual([2]);
  });

  it('leaves a vague mention alone when the event inside its period shares only names with it', () => {
    // In a story about the Passerelle des Tanneurs every report names it: the name says nothing of which event.
    const bridge = (slug: string, text: string) => report(slug, '2024-10-14', text);
    const events = merged([
      bridge('a', 'A climber was arrested by police on the Passerelle des Tanneurs in Lyon on Thursday night.'),
      bridge('b', 'The Passerelle des Tanneurs in Lyon was built in 1962.'),
      bridge('c', 'The Passerelle des Tanneurs in Lyon will reopen in 2026, the council said on 1 October.'),
      bridge('d', 'Engineers will inspect the Passerelle des Tanneurs in Lyon in March 2025.'),
      bridge(
        'e',
        'The fracture of a hanger on the Passerelle des Tanneurs in Lyon a week ago has prompted calls for a review.',
      ),
    ]);
    const climber = events.find((event) => event.summary.includes('climber'));
    expect(climber?.citations.map((citation) => citation.slug)).toEqual(['a']);
  });

  it('folds a plan for a day into a later report of what happened that day, and drops the expected label', () => {
    // "MPs … will question Remmel … next Monday" (17 January), then "Remmel told Estonian lawmakers on Monday" (23 January).
    const events = merged(fixtureStory('2026-01-tallinn-ferry-grounding'));
    const citing = (phrase: string) =>
      events.find((event) => event.citations.some((citation) => citation.summary.includes(phrase)));
    expect(citing('will question Remmel')).toBe(citing('told Estonian lawmakers on Monday'));
    expect(citing('will question Remmel')?.expected).toBe(false);
  });

  it('summarises a date by its own side of a semicolon', () => {
    const [event] = merged([
      report(
        'a',
        '2025-11-17',
        'Boat owners have warned of low water; Berthod said on Monday that a working group would meet.',
      ),
    ]);
    expect(event.summary).toBe('Berthod said on Monday that a working group would meet.');
  });

  it('takes no event from the newsroom’s notes on its own coverage', () => {
    expect(merged([report('a', '2025-09-08', "We'll be back from first light tomorrow.")])).toEqual([]);
    expect(
      merged([
        report('a', '2026-10-03', 'Update 3. 10. — we will keep adding new information to this post over the weekend.'),
      ]),
    ).toEqual([]);
  });
});

describe('events', () => {
  it('extracts one candidate per date phrase, citing the paragraph and the sentence word for word', () => {
    const sentence = 'Lavrov said on Monday that talks would go on, officials said.';
    const events = eventCandidates(report('a', '2025-05-23', 'Intro.', sentence), find, lexicon);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2025-05-19', precision: 'day', people: ['sergei-lavrov'] });
    expect(events[0].summary).toBe(sentence);
    expect(events[0].citations).toEqual([
      expect.objectContaining({ slug: 'a', passageId: 'p-2', dateText: 'on Monday', summary: sentence }),
    ]);
  });

  it('merges the same event told by two reports, keeping both citations and the most precise date', () => {
    const events = mergeEvents([
      ...eventCandidates(
        report('a', '2025-05-23', 'Delegations held peace talks in Istanbul last week.'),
        find,
        lexicon,
      ),
      ...eventCandidates(
        report('b', '2025-05-23', 'The peace talks in Istanbul on May 16 lasted two hours.'),
        find,
        lexicon,
      ),
      ...eventCandidates(report('c', '2025-05-23', 'Farmers harvested wheat in Kherson last week.'), find, lexicon),
    ]);
    const talks = events.find((event) => event.citations.length === 2);
    expect(talks).toMatchObject({ start: '2025-05-16', precision: 'day' });
    expect(talks?.citations.map((c) => c.slug).sort()).toEqual(['a', 'b']);
    expect(events).toHaveLength(2);
  });

  it('orders the real timeline from the 2022 invasion to the day of publication', () => {
    const starts = story.timeline.map((entry) => entry.start);
    expect(starts).toEqual([...starts].sort());
    expect(story.timeline[0].start.startsWith('2022')).toBe(true);
    const invasion = story.timeline.find((entry) => entry.label === 'February 2022');
    expect(new Set(invasion?.citations.map((c) => c.outlet))).toEqual(
      new Set(['RFE/RL', 'WION', 'Outlet not stated', 'eandeworld.com', 'theSun (Malaysia)']),
    );
    expect(story.timeline.at(-1)).toMatchObject({ kind: 'publication', summary: '5 reports of the story published' });
  });

  it('merges the Istanbul talks of 16 May from several reports', () => {
    const talks = story.timeline.find((entry) => entry.label === '16 May 2025');
    expect(talks?.citations.length).toBeGreaterThanOrEqual(2);
    expect(talks?.claims).toContain('talks-length');
  });

  it('never dates an event after its report was published', () => {
    const published = new Map(storyReports.map((r) => [r.slug, r.published]));
    const citations = story.timeline.flatMap((entry) => entry.citations);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.filter((c) => c.start > (published.get(c.slug) ?? ''))).toEqual([]);
  });
});

describe('quotes', () => {
  it('attributes quotes to the person named beside a speech verb, and "He added" to the last person named', () => {
    const raw = quotesIn(
      report(
        'a',
        '2025-05-23',
        'Trump posted on Truth Social, stating, “A major swap was just completed.”',
        'He added, “This could lead to something big???”',
      ),
      find,
    );
    expect(raw.map((q) => [q.speaker, q.citation.text])).toEqual([
      ['donald-trump', 'A major swap was just completed'],
      ['donald-trump', 'This could lead to something big???'],
    ]);
  });

  it('ignores scare quotes without a named speaker and single words', () => {
    const raw = quotesIn(
      report('a', '2025-05-23', 'A delegate called the conditions “non-starters and worse”. Umerov said "key".'),
      find,
    );
    expect(raw).toEqual([]);
  });

  it('merges versions of one quote across the real reports: quoted in 5 of 5', () => {
    const trump = story.quotes.find((quote) => quote.speaker === 'donald-trump' && quote.reportCount === 5);
    expect(trump?.text).toContain('This could lead to something big???');
    expect(trump?.reportCount).toBe(5);
  });

  it('finds Lavrov’s quotes in both reports that quote him', () => {
    const lavrov = story.quotes.filter((quote) => quote.speaker === 'sergei-lavrov');
    expect(new Set(lavrov.flatMap((q) => q.citations.map((c) => c.outlet)))).toEqual(
      new Set(['RFE/RL', 'eandeworld.com']),
    );
  });

  it('merges a shorter version into a longer one only for the same speaker', () => {
    const quotes = mergeQuotes([
      { speaker: 'x', citation: { slug: 'a', outlet: 'A', passageId: 'p-1', text: 'we will win this' } },
      { speaker: 'x', citation: { slug: 'b', outlet: 'B', passageId: 'p-2', text: 'We will win' } },
      { speaker: 'y', citation: { slug: 'c', outlet: 'C', passageId: 'p-1', text: 'we will win' } },
    ]);
    expect(quotes.map((q) => [q.speaker, q.text, q.reportCount])).toEqual([
      ['x', 'we will win this', 2],
      ['y', 'we will win', 1],
    ]);
  });
});

describe('claims', () => {
  it('locates every curated excerpt in its paragraph', () => {
    const curated = claims.flatMap((claim) => claim.positions.flatMap((position) => position.excerpts));
    const located = story.claims.flatMap((claim) => claim.positions.flatMap((position) => position.excerpts));
    expect(curated.length).toBeGreaterThan(0);
    expect(located.map((e) => [e.slug, e.text])).toEqual(curated.map((e) => [e.report, e.text]));
    const paragraph = (slug: string, id: string) =>
      storyReports.find((r) => r.slug === slug)?.passages.find((p) => p.id === id)?.text ?? '';
    expect(located.filter((e) => !paragraph(e.slug, e.passageId).includes(e.text))).toEqual([]);
  });

  it('fails, naming the file and the field, when an excerpt is not in its report', () => {
    const bad = [
      { id: 'x', question: 'Q?', positions: [{ label: 'A', excerpts: [{ report: 'a', text: 'not in the text' }] }] },
    ];
    expect(() => locateClaims('content/claims.json', bad, [report('a', '2025-05-23', 'Some text.')])).toThrow(
      'content/claims.json: [0].positions[0].excerpts[0].text: "not in the text" is not in report a',
    );
    const missing = [
      { id: 'x', question: 'Q?', positions: [{ label: 'A', excerpts: [{ report: 'zz', text: 'Some text' }] }] },
    ];
    expect(() => locateClaims('content/claims.json', missing, [])).toThrow(
      '[0].positions[0].excerpts[0].report: no report "zz"',
    );
  });
});
