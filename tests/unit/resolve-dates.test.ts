import { beforeAll, describe, expect, it } from 'vitest';
import { holidayCalendar } from '../../src/build/holidays.ts';
import {
  figureOrderIn,
  figureOrderOf,
  formatAtPrecision,
  isoAtPrecision,
  resolveDates,
} from '../../src/lib/story/resolve-dates.ts';
import { calendarOf, orthodoxCalendar, withLunarNewYear, withoutEasterFeasts } from '../../src/lib/story/holidays.ts';

const FRI = '2025-05-23';
const MON = '2025-05-26';
const TUE = '2025-05-20';
const THU = '2025-05-22';
const SUN = '2025-05-25';
const JUNE = '2025-06-12'; // a Thursday
const JAN = '2025-01-08'; // a Wednesday

type Row = [sentence: string, published: string, start: string, precision: string, expected?: 'expected'];

/** Each sentence holds one date phrase; the row gives the one period it must resolve to. */
const TABLE: Row[] = [
  // Bare weekdays: the sentence's tense decides the direction; the publication's own weekday is that day.
  ['Officials met on Friday.', FRI, FRI, 'day'],
  ['Officials met on Monday.', FRI, '2025-05-19', 'day'],
  ['Officials met on Wednesday.', FRI, '2025-05-21', 'day'],
  ['Officials met on Friday.', MON, FRI, 'day'],
  ['Officials met on Monday.', MON, MON, 'day'],
  ['Officials met on Sunday.', MON, SUN, 'day'],
  ['Officials met on Thursday.', TUE, '2025-05-15', 'day'],
  ['Talks resumed on Thursday.', TUE, '2025-05-15', 'day'],
  ['Officials hoped talks would resume on Thursday.', TUE, THU, 'day', 'expected'],
  ['Talks will resume on Thursday.', TUE, THU, 'day', 'expected'],
  ['Talks will resume on Thursday.', FRI, '2025-05-29', 'day', 'expected'],
  ['The council is due to vote on Friday.', TUE, FRI, 'day', 'expected'],
  ['The minister plans to visit Kyiv on Monday.', FRI, MON, 'day', 'expected'],
  ['The court is set to rule on Wednesday.', MON, '2025-05-28', 'day', 'expected'],
  ['Delegates are meeting on Saturday.', THU, '2025-05-24', 'day', 'expected'],
  ['The union said it would strike on Tuesday.', FRI, '2025-05-27', 'day', 'expected'],
  ['The results were announced on Sunday.', TUE, '2025-05-18', 'day'],
  ['Lavrov said on Friday that there would be a second round of talks.', FRI, FRI, 'day'],
  ['Russia and Ukraine began a major prisoner swap on Friday.', FRI, FRI, 'day'],
  ['Russia and Ukraine were set to take part in a major prisoner swap on Friday.', FRI, FRI, 'day', 'expected'],
  ['On Thursday, officials said talks will resume.', TUE, '2025-05-15', 'day'],
  ['But after speaking to Putin on Monday he decided to take no action for now.', FRI, '2025-05-19', 'day'],
  ['They met in the room where the first Geneva Convention was signed in 1864.', FRI, '1864-01-01', 'year'],
  // A year before what happened in it.
  ['Crews found no defects during the 2021 inspection.', FRI, '2021-01-01', 'year'],
  ['The tribes say the company broke a 2019 agreement.', FRI, '2019-01-01', 'year'],
  // "later in the week" is this week; "in the week of 8 June" is its week alone, never a week from now.
  ['Officials will meet later in the week.', '2026-06-03', '2026-06-01', 'week', 'expected'],
  ['The report will come later in the month.', '2026-06-03', '2026-06-01', 'month', 'expected'],
  ['A bilateral working group will meet in the week of 8 June.', '2026-06-12', '2026-06-08', 'week', 'expected'],
  // A date in figures: dots are day first; a weekday settles "2/3/2026"; a figure over 12 is the day.
  ['Deliveries resumed on 3.4.2026.', '2026-04-10', '2026-04-03', 'day'],
  ['Trucks were stopped on Monday 2/3/2026.', '2026-03-10', '2026-03-02', 'day'],
  ['Trucks were stopped on Tuesday, 3/2/2026.', '2026-03-10', '2026-02-03', 'day'],
  ['Trucks were stopped on 15/2/2026.', '2026-03-10', '2026-02-15', 'day'],
  ['It made its first crossing on 9.4.', '2026-04-24', '2026-04-09', 'day'],
  // "since" looks back; "has shut" is done.
  [
    'The bushfire that has shut the railway since 14 January drags into its third week.',
    '2026-01-28',
    '2026-01-14',
    'day',
  ],
  // "hopes to have the ship back" plans; "has until 22 May" owns a deadline, it tells of nothing done.
  ['Saaristo Line hopes to have the ship back on Walpurgis Night.', '2026-04-01', '2026-04-30', 'day', 'expected'],
  [
    'Nordhavn has two weeks to file its defence, and the first hearing is on 15 June.',
    '2026-05-05',
    '2026-06-15',
    'day',
    'expected',
  ],
  // A state that lasts "until the full hearing on November 19" ends on the nearest such day, whatever the verb.
  [
    'The court said no interim relief, so the suspension stands until the full hearing on November 19.',
    '2026-10-12',
    '2026-11-19',
    'day',
    'expected',
  ],
  // "the eve of" a holiday is the day before it (it was read as the holiday).
  ['The ferry sailed on the eve of Rosh Hashanah.', '2026-09-23', '2026-09-11', 'day'],
  // "the last week of May" is May's last week, not the week gone by; "a week tomorrow" is a week after tomorrow.
  ['The port was shut in the last week of May.', '2026-06-10', '2026-05-25', 'week'],
  ['The festival is held on the last weekend of May.', '2026-05-13', '2026-05-25', 'week', 'expected'],
  ['The hearing resumes a week tomorrow.', '2026-05-13', '2026-05-21', 'day', 'expected'],
  ['The ferry returns a week today.', '2026-05-13', '2026-05-20', 'day', 'expected'],
  // "the employers' last offer" is no "last week"; "runs through Sept. 3" is a state's end, ahead; "aims to" plans; a
  // condition ("once rebuilt") is no verb of the sentence.
  [
    "If there is no deal, the board will poll every member on the employers' last offer in August, before the injunction runs out.",
    '2026-06-24',
    '2026-08-01',
    'month',
    'expected',
  ],
  ['The injunction runs through Sept. 3, the judge said.', '2026-06-15', '2026-09-03', 'day', 'expected'],
  [
    'KRC said it still aims to reopen the Okcheon section, once rebuilt, at full speed on Hangul Day.',
    '2026-10-01',
    '2026-10-09',
    'day',
    'expected',
  ],
  // An unplanned happening named by its day is past.
  ["Police are investigating Monday's fire.", '2026-05-13', '2026-05-11', 'day'],
  ['Officials will hold a hearing on the fire on Monday.', '2026-05-13', '2026-05-18', 'day', 'expected'],
  // Day first or month first, a weekday settles a day in figures without its year.
  [
    'Minister Samer Haddadin said on Sunday, 1/3, that Jordan would not ask its hauliers to pay.',
    '2026-03-02',
    '2026-03-01',
    'day',
  ],
  ['Full service will resume on Wednesday 25/3.', '2026-03-12', '2026-03-25', 'day', 'expected'],
  // "in two weeks" is about then: the week two weeks on, not its very day.
  ['Officials will meet again in two weeks.', '2026-06-10', '2026-06-22', 'week', 'expected'],
  ['The inquiry will report in a month.', '2026-06-10', '2026-07-01', 'month', 'expected'],
  ['Repairs will finish in three days.', '2026-06-10', '2026-06-13', 'day', 'expected'],
  // "a week ago Friday": a week before the last Friday.
  ['A week ago Friday, we filed a collective complaint with the agency.', '2026-03-03', '2026-02-20', 'day'],
  ['The board met two weeks ago Monday.', '2026-03-03', '2026-02-16', 'day'],
  // A numbered week is that ISO week, in the year that keeps it nearest.
  ['In week 43 the bridge handled a record 61,400 truck crossings.', '2026-11-17', '2026-10-19', 'week'],
  ['The trestles were installed in calendar week 13.', '2026-04-02', '2026-03-23', 'week'],
  ['A full hearing on the arrest will be held in week 46.', '2026-11-10', '2026-11-09', 'week', 'expected'],
  ['Freight trains returned to one track in KW 14.', '2026-04-08', '2026-03-30', 'week'],
  ['Work on the second tube begins in week 2.', '2026-12-20', '2027-01-11', 'week', 'expected'],
  // "instant" is this month, "ultimo" the last.
  ['The firm had written to the Inland Waterways Authority on the 9th instant.', '2026-04-16', '2026-04-09', 'day'],
  ['The order of the 28th ult. was stayed.', '2026-01-10', '2025-12-28', 'day'],
  // A participle after a preposition before a noun describes it: "at reduced pressure" is no deed done.
  [
    'The company said it expected to restart the line at reduced pressure on Monday.',
    '2026-07-10',
    '2026-07-13',
    'day',
    'expected',
  ],
  // A compound participle describes ("the landslide-hit highway"); a trailing attribution speaks only when no clause
  // before the phrase does.
  [
    'Loaded trucks will be allowed back onto the landslide-hit highway on Monday.',
    '2026-10-20',
    '2026-10-26',
    'day',
    'expected',
  ],
  [
    'Kenya will begin screening truck drivers and travellers for cholera at the Busia and Malaba border posts on Monday, its ministry said.',
    '2026-08-13',
    '2026-08-17',
    'day',
    'expected',
  ],
  // "after" without "the" tells why, not which day: the weekday is the date.
  ['Police arrested two men on Tuesday after a brawl at the port.', FRI, TUE, 'day'],
  ['The crew was rescued late Monday after finding shelter on the rocks.', FRI, '2025-05-19', 'day'],
  ['The minister will testify on Thursday before the committee.', TUE, THU, 'day', 'expected'],
  // Parts of the day stay on the day they qualify.
  ['Fighting broke out on Friday evening.', FRI, FRI, 'day'],
  ['Talks ended on Thursday evening.', THU, THU, 'day'],
  ['Talks ended on Thursday night.', FRI, THU, 'day'],
  ['Officials met on Friday morning.', FRI, FRI, 'day'],
  ['The bridge closed on Saturday afternoon.', MON, '2025-05-24', 'day'],
  ['A meeting is expected on Thursday evening.', TUE, THU, 'day', 'expected'],
  ['Police arrived this morning.', FRI, FRI, 'day'],
  ['The mayor will speak tonight.', FRI, FRI, 'day', 'expected'],
  ['Residents gathered this afternoon.', THU, THU, 'day'],
  // Days next to publication.
  ['The vote took place yesterday.', FRI, THU, 'day'],
  ['The vote took place yesterday.', MON, SUN, 'day'],
  ['The vote takes place tomorrow.', FRI, '2025-05-24', 'day', 'expected'],
  ['The vote took place today.', TUE, TUE, 'day'],
  ['It happened two days ago.', FRI, '2025-05-21', 'day'],
  ['It happened three days ago.', MON, '2025-05-23', 'day'],
  ['They spoke the day before yesterday.', FRI, '2025-05-21', 'day'],
  // Dates with a month and day.
  ['The talks were held on May 16.', FRI, '2025-05-16', 'day'],
  ['The talks were held on 16 May.', MON, '2025-05-16', 'day'],
  ['US President Donald Trump on Friday (May 23) announced a swap.', FRI, FRI, 'day'],
  ['The hearing will be held on June 3.', FRI, '2025-06-03', 'day', 'expected'],
  ['The ceasefire was signed on December 28.', JAN, '2024-12-28', 'day'],
  ['The summit will open on January 20.', JAN, '2025-01-20', 'day', 'expected'],
  ['The treaty was signed on May 16, 2024.', FRI, '2024-05-16', 'day'],
  ['The war began on February 24, 2022.', FRI, '2022-02-24', 'day'],
  ['Elections were held on 28 June in 2020.', FRI, '2020-06-28', 'day'],
  ['The station opened on July 4th of 1995.', FRI, '1995-07-04', 'day'],
  // Months and years.
  ['The bridge was inspected in March last year.', JUNE, '2024-03-01', 'month'],
  ['The bridge was inspected in March this year.', JUNE, '2025-03-01', 'month'],
  ['The works will finish in March next year.', JUNE, '2026-03-01', 'month', 'expected'],
  // A local month glossed in brackets, then its year.
  ['In Mopitlo (March) last year, the factory lost power.', JUNE, '2024-03-01', 'month'],
  ['The bridge reopened last March.', JUNE, '2025-03-01', 'month'],
  ['The bridge reopened last March.', '2025-02-10', '2024-03-01', 'month'],
  ['The bridge was inspected in March.', JUNE, '2025-03-01', 'month'],
  ['The works will finish in September.', JUNE, '2025-09-01', 'month', 'expected'],
  ['Russia invaded Ukraine in February 2022.', FRI, '2022-02-01', 'month'],
  ['Russia claimed to annex four regions in September 2022.', FRI, '2022-09-01', 'month'],
  ['Russia launched the war in 2022.', FRI, '2022-01-01', 'year'],
  ['Fighting has gone on since 2014.', FRI, '2014-01-01', 'year'],
  ['A jogger heard a loud bang on the evening of 7 October.', '2024-10-14', '2024-10-07', 'day'],
  ['The barriers went up on the morning of 8 October.', '2024-10-14', '2024-10-08', 'day'],
  ['Prices rose sharply in early 2024.', FRI, '2024-01-01', 'year'],
  ['The company collapsed last year.', FRI, '2024-01-01', 'year'],
  ['The company will list its shares next year.', FRI, '2026-01-01', 'year', 'expected'],
  ['Exports fell earlier this year.', FRI, '2025-01-01', 'year'],
  ['Two years ago the plant closed.', FRI, '2023-01-01', 'year'],
  // Weeks and months relative to publication.
  ['Delegations met last week.', FRI, '2025-05-12', 'week'],
  ['The stallholder said she sold one last week.', FRI, '2025-05-12', 'week'],
  // A thing asked of a body whose short name is in brackets; a report asked for before a day; a sit-in announced; a
  // phrase in the subject of what is said, read by that clause's verb (not by the saying, nor in the simple past of
  // announcing, nor when that verb tells of the past).
  [
    'The municipality has asked the Norwegian Water Resources and Energy Directorate (NVE) to carry out independent measurements on Saturday.',
    '2026-04-03',
    '2026-04-04',
    'day',
    'expected',
  ],
  ['The municipality has asked for its report before 17 May.', '2026-04-03', '2026-05-17', 'day', 'expected'],
  [
    'The families of the victims have announced a sit-in outside the SEPCO office on Monday to demand arrests.',
    '2026-06-27',
    '2026-06-29',
    'day',
    'expected',
  ],
  ['He said the processions on August 5 must be held without incident.', '2026-06-26', '2026-08-05', 'day', 'expected'],
  ['The union announced a strike on Monday.', '2026-06-27', '2026-06-22', 'day'],
  ['Police said the fire on Monday destroyed six shops.', '2026-06-27', '2026-06-22', 'day'],
  // A day of a tragedy, whatever the tense of the mourning; what is to be done at someone's bidding.
  [
    "Armenia is observing a day of national mourning for the victims of Sunday's tragedy on Lake Sevan.",
    '2026-07-14',
    '2026-07-12',
    'day',
  ],
  [
    'As a precaution, the city will have all rides of a comparable design checked by independent experts on Monday.',
    '2026-10-04',
    '2026-10-05',
    'day',
    'expected',
  ],
  // Guards: a thing due that the verb after tells has been; a saying inside a clause of "when"; a verb after the said
  // subject that may tell of what has been; a mishap's word naming a planned thing; a day told as called something;
  // where money comes from and a baby named; a fixture list's line.
  ['The audit, due in May, found no irregularities.', '2026-06-10', '2026-05-01', 'month'],
  ['The payment, due by Friday, went unpaid.', '2026-06-10', '2026-06-05', 'day'],
  [
    'The strike began on Monday, when the union said it will stay out until pay is settled.',
    '2026-06-10',
    '2026-06-08',
    'day',
  ],
  ['He said the fire on Monday must be investigated.', '2026-06-10', '2026-06-08', 'day'],
  ["Saturday's disaster recovery conference will draw 400 delegates.", '2026-06-10', '2026-06-13', 'day', 'expected'],
  ["Monday's crush of shoppers is expected when the store opens.", '2026-06-10', '2026-06-15', 'day', 'expected'],
  ['The attack on 4 May is called an act of terror by police.', '2026-06-10', '2026-05-04', 'day'],
  ["The funding comes from the council, Saturday's meeting heard.", '2026-06-10', '2026-06-06', 'day'],
  ['The hospital named the baby girl born on Friday after a nurse.', '2026-06-10', '2026-06-05', 'day'],
  ['Next match, Saturday: Rovers at home.', '2026-06-10', '2026-06-13', 'day', 'expected'],
  // A month of the Buddhist era; a thing set beside its due month, unless the verb after tells it has been; a day a
  // clause after it tells what will happen on.
  ['Licences were renewed in March B.E. 2568 on the basis of declarations.', '2026-11-25', '2025-03-01', 'month'],
  [
    'Documents show a scheduled inspection of the rockfall netting, due in July, did not take place.',
    '2026-10-20',
    '2026-07-01',
    'month',
  ],
  [
    'The DAT has also ordered a replacement foam tender, due in June, to replace a unit.',
    '2026-04-09',
    '2026-06-01',
    'month',
    'expected',
  ],
  [
    'Another blasting window has been notified for Saturday night, when the road will be shut, a BRO officer said.',
    '2026-09-07',
    '2026-09-12',
    'day',
    'expected',
  ],
  // A feast whose Monday off some calendars list under its own name is still the Sunday's.
  ['Services stopped on Deepavali.', '2026-11-12', '2026-11-08', 'day'],
  ['Delegations met last week.', MON, '2025-05-19', 'week'],
  ['The swap was agreed in Turkey a week ago.', FRI, '2025-05-12', 'week'],
  ['The swap was agreed a week ago.', MON, '2025-05-19', 'week'],
  ['Trump said earlier this week that talks would start.', FRI, '2025-05-19', 'week'],
  ['Trump said earlier this week that talks would start.', MON, MON, 'week'],
  ['Talks will resume next week.', FRI, MON, 'week', 'expected'],
  ['Two weeks ago the plant closed.', FRI, '2025-05-05', 'week'],
  // "a fortnight ago": the week two weeks back, not the day (writers use it loosely).
  ['Tunnelling restarted a fortnight ago.', FRI, '2025-05-05', 'week'],
  ['Tunnelling restarted a fortnight ago.', MON, '2025-05-12', 'week'],
  ['Talks were held earlier this month in Istanbul.', FRI, '2025-05-01', 'month'],
  ['So far this month, both sides have exchanged 205 soldiers.', FRI, '2025-05-01', 'month'],
  ['The strike began late last month.', FRI, '2025-04-01', 'month'],
  ['The strike began last month.', JAN, '2024-12-01', 'month'],
  ['He will travel to Kyiv next month.', FRI, '2025-06-01', 'month', 'expected'],
  ['A month ago the plant closed.', JUNE, '2025-05-01', 'month'],
  ['Crowds gathered last weekend.', TUE, '2025-05-12', 'week'],
  ['The strike ended on Sunday.', SUN, SUN, 'day'],
  ['The mayor said she would resign on Friday.', THU, FRI, 'day', 'expected'],
  ['A vigil is due to be held at the harbour on Sunday evening.', '2025-09-10', '2025-09-14', 'day', 'expected'],
  ['The treaty will be signed on Monday.', FRI, MON, 'day', 'expected'],
  ['The treaty is due to be formally signed on 12 June.', FRI, '2025-06-12', 'day', 'expected'],
  ['The summit is due to be officially opened on Tuesday.', FRI, '2025-05-27', 'day', 'expected'],
  ["Today's vote in parliament was postponed after the speaker fell ill.", FRI, FRI, 'day'],
  ['The attack came on the evening of October 7 last year.', FRI, '2024-10-07', 'day'],
  ['Unemployment has fallen every month since January, when the new scheme began.', FRI, '2025-01-01', 'month'],
  ['The treaty was signed on Monday.', FRI, '2025-05-19', 'day'],
  ['Ministers agreed in principle on Wednesday.', JAN, JAN, 'day'],
  ['Voters rejected a plan to expand the pier in a referendum on Sunday.', '2025-03-10', '2025-03-09', 'day'],
  // A participle that is an adjective ("Norwegian-flagged", "a chartered vessel") says nothing of when.
  [
    'The company will resume its service with a chartered replacement vessel, the Norwegian-flagged Havbris, this weekend.',
    TUE,
    '2025-05-19',
    'week',
    'expected',
  ],
  ['The state-owned ferry will sail again on Thursday.', TUE, THU, 'day', 'expected'],
  ['The injured crew member will be flown home on Friday.', TUE, FRI, 'day', 'expected'],
  // What three blind stories showed (Tallinn, Denver, Chennai–Brisbane), each as a general rule.
  [
    'The board is scheduled to vote on the budget, and on new controls, at the Feb. 24 meeting.',
    '2026-02-13',
    '2026-02-24',
    'day',
    'expected',
  ],
  ['The agency raised its fare to $3 Jan. 4.', '2026-02-13', '2026-01-04', 'day'],
  ['Engineers voted to join the walkout from Wednesday.', '2026-02-03', '2026-02-04', 'day', 'expected'],
  ['The judge gave both sides till Sunday to name their negotiators.', '2026-02-07', '2026-02-08', 'day', 'expected'],
  ['The strike lasted until Sunday.', '2026-02-10', '2026-02-08', 'day'],
  [
    'The regulator ordered a review, to be completed by the end of April.',
    '2026-02-24',
    '2026-04-01',
    'month',
    'expected',
  ],
  ['CHENNAI, Feb 7 (IBW) — The court ordered talks on Friday.', '2026-02-07', '2026-02-06', 'day'],
  ['Flights may resume in May, the airline said.', '2026-02-07', '2026-05-01', 'month', 'expected'],
  ['In May Tesco reported a loss.', '2026-02-07', '2025-05-01', 'month'],
  ['The mayor will retire in six years.', FRI, '2031-01-01', 'year', 'expected'],
  ['The company must submit a full incident report by April 30.', '2026-04-14', '2026-04-30', 'day', 'expected'],
  [
    'The central bank ordered them to appear before its examiners on Friday.',
    '2026-04-08',
    '2026-04-10',
    'day',
    'expected',
  ],
  [
    'The fire broke out on April 7 in Manila, which was Monday morning in Vancouver.',
    '2026-04-08',
    '2026-04-07',
    'day',
  ],
  [
    'Shareholders will hold a meeting Tuesday week to vote on the motion.',
    '2025-12-08',
    '2025-12-16',
    'day',
    'expected',
  ],
  ['Several hundred people attended a memorial service at the weekend.', '2025-12-22', '2025-12-15', 'week'],
  ['The commission, set up on 7 December, will hold hearings soon.', '2025-12-17', '2025-12-07', 'day'],
  ['Russia and Ukraine were set to take part in a prisoner swap on Friday.', FRI, FRI, 'day', 'expected'],
  [
    'Pelican now expects the hydrocracker back by Sept. 30, a company spokesman said.',
    '2026-09-18',
    '2026-09-30',
    'day',
    'expected',
  ],
  [
    'A House subcommittee has scheduled a hearing for Oct. 1, his office said.',
    '2026-09-15',
    '2026-10-01',
    'day',
    'expected',
  ],
  [
    'The hydrocracker had been expected to restart Monday, but a compressor tripped.',
    '2026-09-25',
    '2026-09-21',
    'day',
  ],
  [
    'The by-election, triggered by the resignation of Cllr Tom Hale, takes place on 25 June.',
    '2026-05-21',
    '2026-06-25',
    'day',
    'expected',
  ],
  [
    'The by-election on 25 June, caused by a resignation, will be the first electoral test.',
    '2026-05-21',
    '2026-06-25',
    'day',
    'expected',
  ],
  [
    'Ms Carrow has been asked to deliver interim findings by the end of July.',
    '2026-05-21',
    '2026-07-01',
    'month',
    'expected',
  ],
  ['A judge set a trial date of 2 November for the director.', '2026-05-20', '2026-11-02', 'day', 'expected'],
  ['A judge on Tuesday set a trial date for the director accused of fraud.', '2026-05-20', '2026-05-19', 'day'],
  ['The council instructed its auditor on Thursday last to carry out a review.', '2026-05-21', '2026-05-14', 'day'],
  [
    'The inquiry will hold its first public session a fortnight on Tuesday.',
    '2026-05-20',
    '2026-06-09',
    'day',
    'expected',
  ],
  [
    'At PMQs on Wednesday, the MP asked the Prime Minister whether ministers would act.',
    '2026-05-23',
    '2026-05-20',
    'day',
  ],
  ['The director will face trial later in the year.', '2026-05-20', '2026-01-01', 'year', 'expected'],
  [
    'The union has called a stop-work meeting for next Thursday, saying members were shaken.',
    '2026-03-05',
    '2026-03-12',
    'day',
    'expected',
  ],
  ['The tunnel flooded a week ago today when the cyclone hit.', '2026-03-09', '2026-03-02', 'day'],
  ['A similar flood last February closed two stations.', '2026-03-05', '2025-02-01', 'month'],
  ['The fire broke out last April 7 at the Quezon City site.', '2026-04-16', '2026-04-07', 'day'],
  ['Analysts now expect the tunnel to open in April.', '2026-03-18', '2026-04-01', 'month', 'expected'],
  [
    'The regulator ordered the firm to pay each customer a credit by July 31.',
    '2026-07-13',
    '2026-07-31',
    'day',
    'expected',
  ],
  [
    'The High Court in Accra ordered striking dockworkers at the Tema Port to call off their action and resume work from Monday.',
    '2026-09-18',
    '2026-09-21',
    'day',
    'expected',
  ],
  // The infinitive's reach ends at a verb of its own: the appeal was on Monday.
  [
    'The judge ordered the company to pay compensation, and the company appealed on Monday.',
    '2026-09-18',
    '2026-09-14',
    'day',
  ],
  ['The court adjourned to August 14 the suit filed by merchants.', '2026-07-17', '2026-08-14', 'day', 'expected'],
  // A weekday cut short is one after a preposition or with its full stop.
  ['The market reopened on Sat with new stalls.', MON, '2025-05-24', 'day'],
  // What the Dublin–Belfast and Singapore–Kuala Lumpur stories showed.
  ['The judge heard the application yesterday week.', FRI, '2025-05-15', 'day'],
  ['The judge will hear the application tomorrow week.', TUE, '2025-05-28', 'day', 'expected'],
  ['The trains will run again, with full service targeted for Dec 7.', '2026-11-27', '2026-12-07', 'day', 'expected'],
  ['The court has set a hearing on 14 December.', '2026-11-19', '2026-12-14', 'day', 'expected'],
  ['The statement in the Dáil on Tuesday angered drivers.', THU, TUE, 'day'],
  ["Earlier Thursday, the board's audit committee met in closed session.", FRI, THU, 'day'],
  ['The firm said that as at Monday, 96 per cent of the transfers had been reversed.', FRI, '2025-05-19', 'day'],
  ['Glenbay signed its agreement with the examiner on Monday last.', FRI, '2025-05-19', 'day'],
  ['The ferry ran aground last Wednesday.', '2025-05-24', '2025-05-21', 'day'],
  ['The authority barred the airline from its airports till June 30.', '2026-06-16', '2026-06-30', 'day', 'expected'],
  ['Officials said Tuesday Kyiv had agreed to the swap.', FRI, TUE, 'day'],
  ['The company said it would update investors the week of May 25.', '2026-05-22', '2026-05-25', 'week', 'expected'],
  ['Eid al-Adha was celebrated across the country on May 27 last month.', '2026-06-09', '2026-05-27', 'day'],
  ['Two Saturdays ago about 300 of us packed into the civic centre.', '2026-11-27', '2026-11-14', 'day'],
  ['Three Mondays ago the depot was still full.', FRI, '2025-05-05', 'day'],
  // What the Accra–Abidjan gold showed.
  [
    'The regulator wants the loading of the first ships to resume at the latest on Friday.',
    MON,
    '2025-05-30',
    'day',
    'expected',
  ],
  [
    'The board endorsed a plan to replace all recalled cells by the end of September.',
    '2026-08-18',
    '2026-09-01',
    'month',
    'expected',
  ],
  ["The apex bank would meet the firm's board next week Monday to review its plan.", FRI, MON, 'day', 'expected'],
  ['Transfers froze last week Thursday, the firm said.', TUE, '2025-05-15', 'day'],
  // Named holidays, on the day every calendar that keeps them agrees on.
  ['Flights resumed on Boxing Day.', '2026-01-05', '2025-12-26', 'day'],
  ['Demolition is scheduled to begin on Christmas Eve.', '2025-12-09', '2025-12-24', 'day', 'expected'],
  ['She rode the first test train through the tunnel on Waitangi Day.', '2026-03-04', '2026-02-06', 'day'],
  ["The ferries will run a Sunday timetable on New Year's Day.", '2025-12-29', '2026-01-01', 'day', 'expected'],
  // A weekday named with the day of the month picks the year, whatever the verb says.
  [
    'The regulator approved the plan, allowing flights to resume on Friday, May 15.',
    '2026-05-08',
    '2026-05-15',
    'day',
    'expected',
  ],
  ['The board moved its own vote on the water deal to Aug. 27.', '2026-08-13', '2026-08-27', 'day', 'expected'],
  // The coming year, a deadline within this one, this month in South Asian English, a month to come.
  ['The inquiry will deliver a final report in the new year.', '2026-05-20', '2027-01-01', 'year', 'expected'],
  [
    'The route is not expected to return until the new year at the earliest.',
    '2026-10-27',
    '2027-01-01',
    'year',
    'expected',
  ],
  ["OLAF wants preliminary findings by year's end, one official said.", '2026-11-13', '2026-01-01', 'year', 'expected'],
  ['Its preliminary findings are due by the end of the year.', '2026-11-27', '2026-01-01', 'year', 'expected'],
  ['The firm expected its insurers to settle the claim by mid-year.', '2026-03-05', '2026-01-01', 'year', 'expected'],
  [
    'The airline will appoint a permanent chief executive in the current month.',
    '2026-06-20',
    '2026-06-01',
    'month',
    'expected',
  ],
  ['Come September, tightened certification rules take effect.', '2026-08-28', '2026-09-01', 'month', 'expected'],
  // A possessive is no verb ("Hellas's operating licence"); a condition governs nothing ("…, provided it passes").
  [
    "The regulator suspended Delta Hellas's operating licence on Tuesday, cutting it off.",
    '2026-04-17',
    '2026-04-14',
    'day',
  ],
  [
    'The ministry said the firm could bring its ship back into service from May 15, provided it passes an inspection.',
    '2026-05-05',
    '2026-05-15',
    'day',
    'expected',
  ],
  // "later this month": the rest of the period, ahead whatever the verb.
  [
    'Lawmakers have said they want the chief executive to testify before a committee later this month.',
    '2026-08-12',
    '2026-08-01',
    'month',
    'expected',
  ],
  // An "and" with no verb before it joins a subject; "that" before a verb and its object opens a relative clause; "has
  // run" is done.
  [
    "On Monday, the carriers' association and two U.S. trucking groups filed a joint claim.",
    '2025-12-09',
    '2025-12-08',
    'day',
  ],
  [
    "The storm surge that smashed VFTI's jetty in Mandaue on Christmas Day means tankers have to unload by barge.",
    '2026-01-05',
    '2025-12-25',
    'day',
  ],
  ['Crews will repair that damaged bridge on Monday.', FRI, MON, 'day', 'expected'],
  [
    'Kykladia Seaways has run extra sailings between Alexandria and Piraeus since 20 April and expects the added rotations to lift revenue.',
    '2026-05-11',
    '2026-04-20',
    'day',
  ],
  // "a year ago today", "a year ago this week", "three years ago this month": that day, week or month, so far back.
  ['A year ago today, the mine collapsed.', '2026-06-10', '2025-06-10', 'day'],
  ['A year ago this week, the bridge fell.', '2026-06-10', '2025-06-09', 'week'],
  ['Three years ago this month, the dam burst.', '2026-06-10', '2023-06-01', 'month'],
  // What the Bogotá–Quito, Frankfurt–Milan and Izmir–Chios golds (blind) showed: "ahead of Thursday's results" is a
  // day after what the sentence tells; a phrase opening with a participle in -ing is not the sentence's verb; Clean
  // Monday is counted from the Orthodox Easter.
  [
    "Rhenania shares closed 3.2% lower in Frankfurt trading, ahead of Thursday's results.",
    '2026-11-03',
    '2026-11-05',
    'day',
    'expected',
  ],
  [
    'The company expects to run its first freight crossing, using a temporary steel pontoon moored inside Chios harbour, on Saturday.',
    '2026-04-01',
    '2026-04-04',
    'day',
    'expected',
  ],
  ['Daily sailings from Çeşme resumed on Clean Monday.', '2026-03-10', '2026-02-23', 'day'],
  // An ordinal before a noun after the weekday is a rank.
  ['Talks ended without a deal on Monday, the third round since the spring.', '2026-06-10', '2026-06-08', 'day'],
  // What the Juneau–Whitehorse gold (blind) showed: what a state dates "since" has happened, whatever the verbs; a
  // participle after "to" before a comma is an adjective ("reopen to escorted, single-lane traffic").
  [
    'The railway, idle since a February 10 slide near Fraser, expects to resume freight soon.',
    '2026-03-19',
    '2026-02-10',
    'day',
  ],
  [
    'Officials said the highway is expected to reopen to escorted, single-lane traffic Friday if the weather holds.',
    '2026-03-03',
    '2026-03-06',
    'day',
    'expected',
  ],
  // "by month-end" names the month, as "by the end of the month" does.
  ['The port expects to clear its import backlog by month-end.', '2026-10-09', '2026-10-01', 'month', 'expected'],
  // A weekday before a day of the Hijri calendar is not the whole date: the Gregorian one beside it is.
  ['The ban was imposed on Thursday, Rabi al-Thani 6, 1448 AH (Sept. 17).', '2026-09-26', '2026-09-17', 'day'],
  // "on Friday last week", "on Monday this week": that weekday of that week; "on Tuesday (14)" (Sri Lankan English):
  // the weekday with its day of the month, when they agree.
  ['The ferry sank on Friday last week.', '2026-04-16', '2026-04-10', 'day'],
  ['The ferry sailed on Monday this week.', '2026-04-16', '2026-04-13', 'day'],
  ['The ferry was suspended on Tuesday (14) after the fire.', '2026-04-16', '2026-04-14', 'day'],
  // "the 14th of this month", "set for the 25th", "on or about the 20th": days of the month.
  ['The port shut on the 14th of this month.', '2026-04-16', '2026-04-14', 'day'],
  ['The port will open on the 2nd of next month.', '2026-04-16', '2026-05-02', 'day', 'expected'],
  ['The rally is set for the 25th.', '2026-04-16', '2026-04-25', 'day', 'expected'],
  ['Sailings resumed on or about the 10th.', '2026-04-16', '2026-04-10', 'day'],
  // A clock time before the weekday (AP style) is no part of the date.
  ['Workers walked out at 6 a.m. Monday.', '2026-10-22', '2026-10-19', 'day'],
  // What the New York–Newark gold (blind) showed: "did, however, direct … to permit … beginning at 6 a.m. Friday" is
  // an instruction, ahead.
  [
    'She did, however, direct the authority to permit truckers to retrieve containers beginning at 6 a.m. Friday.',
    '2026-10-15',
    '2026-10-16',
    'day',
    'expected',
  ],
  // "the day following the Mid-Autumn Festival", as "the day after" one.
  ['Buses resumed on the day following the Mid-Autumn Festival.', '2026-10-05', '2026-09-26', 'day'],
  // "this coming Monday": the next one after the report's day.
  [
    'The Labour Ministry has called the pilots to a hearing this coming Monday.',
    '2026-04-07',
    '2026-04-13',
    'day',
    'expected',
  ],
  // A deadline met, its month gone by: "met the demand … by the end of April" said in May.
  [
    'The dredging firm met the demand to have the channel back to full depth by the end of April.',
    '2026-05-04',
    '2026-04-01',
    'month',
  ],
  // "day before yesterday" without its article (Indian English), and "day after tomorrow".
  [
    'Ramakrishna held talks with the JAC leaders day before yesterday, but the meeting ended inconclusively.',
    '2026-03-07',
    '2026-03-05',
    'day',
  ],
  ['The minister will meet the union day after tomorrow.', '2026-03-07', '2026-03-09', 'day', 'expected'],
  // A span of days starts on its first: "between 14 and 17 March" as "14–17 March".
  ['Passengers have had every sailing between 14 and 17 March cancelled.', '2026-03-17', '2026-03-14', 'day'],
  // "the weekend of October 31": a day of that weekend, which one unsaid.
  ['The sonar survey was carried out by the Navy over the weekend of October 31.', '2026-11-18', '2026-10-26', 'week'],
  // A frustrated plan with a place set off by commas before its day.
  [
    'The railway was due to restore freight service across the bridge near Yurécuaro, in Michoacán state, on Monday, but divers found new scour.',
    '2026-11-10',
    '2026-11-09',
    'day',
  ],
  // A frustrated plan whose fate is told as done, whatever its reason says or however its participle looks.
  [
    'The Yuna Maru was due to carry its first passengers from Naha on Monday but stayed at its berth because Naze could not receive it.',
    '2026-08-11',
    '2026-08-10',
    'day',
  ],
  ['He was due to appear on Monday but the hearing was put back a day.', '2026-05-14', '2026-05-11', 'day'],
  // A weekday in brackets after a date in figures settles it (Japanese and Korean styles).
  ['Sailings resume on 8/13 (Thu).', '2026-08-12', '2026-08-13', 'day', 'expected'],
  // Irish and British: "this day week", "this day last week", "a week on Friday".
  ['He will meet the councillors this day week.', '2026-11-12', '2026-11-19', 'day', 'expected'],
  ['Voters went to the polls this day last week.', '2026-05-14', '2026-05-07', 'day'],
  ['He is due before the committee a week on Friday.', '2026-11-12', '2026-11-20', 'day', 'expected'],
  // Military and marine notices: "15NOV26", "02 NOV 26".
  ['The exclusion zone will remain in force until 2359 UTC 15NOV26.', '2026-10-28', '2026-11-15', 'day', 'expected'],
  ['Divers began work at the berth w.e.f. 0001 UTC 02 NOV 26.', '2026-11-12', '2026-11-02', 'day'],
  // "next tomorrow" (Nigerian English): the day after tomorrow.
  [
    'The national executive would meet in Badagry next tomorrow to ratify the strike.',
    '2026-05-22',
    '2026-05-24',
    'day',
    'expected',
  ],
  // A date named as a deadline is read to its nearest, whatever the tense: "fixing the bar date of August 31".
  [
    'The judge entered an order fixing the bar date of August 31 for creditors to file claims.',
    '2026-06-17',
    '2026-08-31',
    'day',
    'expected',
  ],
  // A holiday's weekend is a day of it, which one unsaid.
  ['Lake Mead slipped below 1,040 feet over the Fourth of July weekend.', '2026-07-08', '2026-06-29', 'week'],
  // Figures without a year after a preposition are a day (Brazilian "On 23/2").
  ['On 23/2, the Finance Ministry presented a new proposal.', '2026-02-24', '2026-02-23', 'day'],
  // A span from one date to another is its start.
  [
    'Storm Ingrid, valid from 0600 Sat 14 Feb to 2359 Sun 15 Feb, hit Pembrokeshire.',
    '2026-02-23',
    '2026-02-14',
    'day',
  ],
  // Two days running, joined by "and", are one span told by its first; a months' span with its year, the month it starts.
  ['On 2026-07-11 and 2026-07-12, trains are replaced by buses.', '2026-07-03', '2026-07-11', 'day', 'expected'],
  ['The port closed from March to May 2025.', '2026-02-25', '2025-03-01', 'month'],
  // "between <date> and <date>": the span's start.
  ['The holiday timetable applies between 27.05.2026 and 30.05.2026.', '2026-05-22', '2026-05-27', 'day', 'expected'],
  // "on Christmas" is its Day; so is "on Thanksgiving", where the report's countries keep one (tests/unit/story.test.ts).
  ['Crews worked through the night on Christmas to reopen the line.', '2026-12-28', '2026-12-25', 'day'],
  // A year of the Thai Buddhist era, 543 ahead of ours, after a day and month or its era's name.
  ['The rule takes effect from 1 May 2569.', '2026-04-20', '2026-05-01', 'day', 'expected'],
  ['Buses have carried passengers free of charge since 29 March 2569.', '2026-04-09', '2026-03-29', 'day'],
  ['The upgrading study was approved by the cabinet in B.E. 2568.', '2026-05-13', '2025-01-01', 'year'],
  // Days of a month joined by a hyphen are a span, told by its first.
  ['The Songkran celebrations on April 13-15 drew noticeably thinner crowds.', '2026-04-17', '2026-04-13', 'day'],
  ['Talks were held in Bangkok on 3-4 March.', '2026-04-17', '2026-03-03', 'day'],
  // An order told as done with a weekday: the clearly nearer of the order's day and the day it set.
  ['Civil protection officials ordered the last residents to leave on Monday.', '2026-06-10', '2026-06-08', 'day'],
  // The shopping days counted from the United States' Thanksgiving, wherever they are kept.
  ['The volume caps took effect on Black Friday.', '2026-12-02', '2026-11-27', 'day'],
  ['Negotiators returned to the table in Washington on Cyber Monday.', '2026-12-02', '2026-11-30', 'day'],
  // A weekday counted from a holiday: the first one after or before it; "Friday the 13th" before the clause goes on.
  ['The ferry sailed again the Monday after Boxing Day.', '2027-01-06', '2026-12-28', 'day'],
  ['And on Friday the 13th we served formal strike notice on the company.', '2026-11-21', '2026-11-13', 'day'],
  // A plan told beside the clause, and an irregular participle after an article, which is no verb.
  [
    'Collection will start soon, the concessionaire said, with the rebuilt plaza to open in March.',
    '2026-01-23',
    '2026-03-01',
    'month',
    'expected',
  ],
  // A table's row opens with its bar: its date is the row's; a weekday in brackets after a date is that date's own.
  ['| 28 March | Overhead line renewal at Newry |', '2026-03-20', '2026-03-28', 'day', 'expected'],
  ['| 16 Feb (Mon) | KE1201 | cancelled |', '2026-02-20', '2026-02-16', 'day'],
  // A weekday beside a holiday names its day; "will lay on" is no past.
  [
    'The partnership said it would lay on more trains on St Patrick’s Day, Tuesday, for the parade.',
    '2026-03-10',
    '2026-03-17',
    'day',
    'expected',
  ],
  [
    'On Sunday, the Qingming Festival, a 120-member rescue team arrived at the tunnel.',
    '2026-04-08',
    '2026-04-05',
    'day',
  ],
  // "a week from Friday" (American), like "a week on Friday"; a promise in the present looks ahead; a frustrated plan's
  // fate is its own clause, whatever an "and" adds after it.
  ['And the transport committee hearing is a week from Friday.', '2026-03-05', '2026-03-13', 'day', 'expected'],
  ['A revised winter operations manual is promised in October.', '2026-03-05', '2026-10-01', 'month', 'expected'],
  [
    'The ro-ro berth was due to reopen on Thursday but engineers found cracks in the quay wall, and the harbour master has extended the closure.',
    '2026-08-14',
    '2026-08-13',
    'day',
  ],
  // A holiday by the short name people use, and with a title's stop in its name; the holiday tells which Monday.
  ['A 27-vehicle pileup on black ice on MLK Day closed northbound lanes.', '2026-02-02', '2026-01-19', 'day'],
  [
    'Roads glazed over on Monday, Martin Luther King Jr. Day, and caused crashes on I-85.',
    '2026-01-26',
    '2026-01-19',
    'day',
  ],
  ['The band is still due to come over for the parade on Paddy’s Day.', '2026-02-20', '2026-03-17', 'day', 'expected'],
  // A span's end is no event when the sentence gave its start; the end of a state told alone is one.
  ['The injunction runs through Sept. 3, the judge said.', '2026-08-28', '2026-09-03', 'day', 'expected'],
  [
    'Freezing rain begins Saturday evening and continues through Sunday night before ending.',
    '2026-01-26',
    '2026-01-31',
    'day',
    'expected',
  ],
  // An instrument's number and the day it is known by; a reporting period's end in a relative clause; "Viña del Mar".
  ['The union said the offer broke the terms of the 2019 pay deal.', '2026-11-16', '2019-01-01', 'year'],
  // A decision told with words before its infinitive looks ahead from it; the week after a holiday.
  [
    'The commissioners voted by six votes to one to pay for free trips to polling places on Monday.',
    '2026-10-30',
    '2026-11-02',
    'day',
    'expected',
  ],
  // Two days of a month joined by "and" are a span told by its first; a participle after a count is no verb.
  ['Services of 10 and 11 June: only four trains will run.', '2026-06-09', '2026-06-10', 'day', 'expected'],
  [
    'FL said it would run only one in four scheduled long-distance trains on Thursday, Corpus Christi.',
    '2026-06-02',
    '2026-06-04',
    'day',
    'expected',
  ],
  // A duration fixes no month: the year or period after it dates the event.
  ['Flooding on the Astarachay river closed the link for nine days in 2019.', '2026-04-13', '2019-01-01', 'year'],
  ['A smaller slip closed the same tunnel for two weeks last year.', '2026-04-13', '2025-01-01', 'year'],
  // A clock time beside the day is no figure of its date.
  [
    'A gas plume rose to about four kilometres at 22:15 yesterday, when lava broke through.',
    '2026-04-14',
    '2026-04-13',
    'day',
  ],
  ['The ship sank at 10 p.m. yesterday.', '2026-04-14', '2026-04-13', 'day'],
  // Czech and Slovak dates: the day, the month in figures or Roman numerals, the year, with stops and spaces.
  ['A crack was found during a regular inspection on 21. 9. 2026.', '2026-09-25', '2026-09-21', 'day'],
  ['The section will close to all traffic from 29. IX. 2026.', '2026-09-25', '2026-09-29', 'day', 'expected'],
  // A holiday of six words.
  [
    'The directorate plans to reopen the carriageway on Struggle for Freedom and Democracy Day.',
    '2026-11-13',
    '2026-11-17',
    'day',
    'expected',
  ],
  // "of this year" after a day is that day's year, not a date of its own.
  ['Trains No. 761/762 will not run from 19 March of this year.', '2026-03-18', '2026-03-19', 'day', 'expected'],
  // The day a notice holds from is the clearly nearer one, whatever the verb of its issuing.
  [
    'The Met Office issued an amber warning valid from 06:00 Friday to 18:00 Saturday.',
    '2026-07-22',
    '2026-07-24',
    'day',
    'expected',
  ],
  // "7.30am" is a time, not a day in figures.
  ['Trading in the shares was suspended at 7.30am on Tuesday.', '2026-07-22', '2026-07-21', 'day'],
  // chrono reads "from 1" as an hour; it is the day of the month after it. A participle with its agent after a noun
  // is no verb of the sentence.
  [
    'The mandatory overhead-line diagnostics ordered by the presidential decree start from 1 June.',
    '2026-04-22',
    '2026-06-01',
    'day',
    'expected',
  ],
  // A day naming an event before its noun is the nearest such day.
  [
    'Drivers will strike again, the third blow to rail sales after the 9 July detection fault.',
    '2026-08-27',
    '2026-07-09',
    'day',
  ],
  // Australian and New Zealand English: "arvo" is the afternoon.
  ['Nurses rallied outside Middlemore Hospital yesterday arvo.', '2026-10-20', '2026-10-19', 'day'],
  // A purpose's deadline lies after what set it: the nearest such month, whatever the verb.
  [
    'The minister has announced an independent review of nurse staffing, to report by the end of March.',
    '2026-11-19',
    '2027-03-01',
    'month',
    'expected',
  ],
  // Who a thing is booked for is no deed done: the sailing lies ahead.
  ["Anyone booked on Friday's sailing should contact the company.", '2026-03-11', '2026-03-13', 'day', 'expected'],
  // A failure named by its day has happened; a storm named by its day may be forecast.
  ["Crews will investigate Monday's signal failure.", '2026-03-11', '2026-03-09', 'day'],
  ["Monday's storm is expected to bring heavy rain.", '2026-03-11', '2026-03-16', 'day', 'expected'],
  // A deadline extended to a day is moved to it, after the day it had.
  ['The deadline was extended to Friday.', '2026-03-11', '2026-03-13', 'day', 'expected'],
  // "late May", "early July": the month, which chrono does not read after "late" or "early".
  ['The report was published in late May.', '2026-06-17', '2026-05-01', 'month'],
  ['Slope stabilisation is expected to start in early July.', '2026-06-17', '2026-07-01', 'month', 'expected'],
  // A zone beside a day moves no day: 00:30 BST on the 10th is the 10th, not the 9th in UTC.
  ['The ferry sank at 00:30 BST on Sunday 10 May.', '2026-05-11', '2026-05-10', 'day'],
  // After a singular subject, a verb whose past is its base is past: the present would be "cuts".
  ['The central bank cut its policy rate by 250 basis points on Thursday.', '2026-09-16', '2026-09-10', 'day'],
  [
    'AlpenTunnel hopes to restore the full set of daytime freight paths by Friday.',
    '2026-06-03',
    '2026-06-05',
    'day',
    'expected',
  ],
  ['The launch window opens at 21:14 UTC on Tuesday.', '2026-10-28', '2026-11-03', 'day', 'expected'],
  // A day or month naming an event before its noun, or a day after a noun and "of", is the nearest such.
  ['Traders read the remarks as the prelude to the September cut.', '2026-10-19', '2026-09-01', 'month'],
  [
    "Insurers are looking back at the geologists' note of 23 June, which flagged fresh cracks.",
    '2026-08-18',
    '2026-06-23',
    'day',
  ],
  [
    'Meridian Ratings - London - 18 Sep 2026: Meridian Ratings has today revised its outlook.',
    '2026-09-18',
    '2026-09-18',
    'day',
  ],
  // A thing moved to a day, whatever the verb's form and the words between; a span told by its first day.
  [
    'As you know, the Minister signed the decision moving the exam to 25 and 26 June.',
    '2026-05-15',
    '2026-06-25',
    'day',
    'expected',
  ],
  [
    'The ministry pushed the national high school graduation exam back to June 25 and 26.',
    '2026-05-18',
    '2026-06-25',
    'day',
    'expected',
  ],
  // What a plan follows has a day of its own, before the plan's: the clearly nearer such day.
  [
    'Stage 4 load shedding will be implemented, following the loss of two further generating units on Saturday.',
    '2026-06-14',
    '2026-06-13',
    'day',
  ],
  // A promise of a thing (not "to" do it) looks ahead from the promise.
  ['The government has promised a coastal shipping bill in February.', '2026-12-17', '2027-02-01', 'month', 'expected'],
  // A stretch counted from a year tells the year.
  [
    'The industry lost a third of its fleet in the years after the 2010 debt crisis.',
    '2026-12-17',
    '2010-01-01',
    'year',
  ],
  // An infinitive has no tense of its own: "had been due to take place" is a plan gone by, not a schedule.
  [
    'The hearing had been due to take place on Monday but was moved by a day because the judge was away.',
    '2026-10-07',
    '2026-10-05',
    'day',
  ],
  // A day after someone's deed ("its dissolution") is that deed's, the nearest, whatever the modal around it.
  ['The new assembly must convene within 120 days of its dissolution on Aug 6.', '2026-09-12', '2026-08-06', 'day'],
  // A live page's entry stamp dates nothing; the entry's own day does.
  [
    'Update 6.12.2025 at 08.30 — The attack was detected in the early hours of Saturday 6.12.',
    '2025-12-13',
    '2025-12-06',
    'day',
  ],
  // A horse named in capitals is no date; the sentence's own day is.
  ['SUNDAY BEST was scratched from the Cup on Monday.', '2026-11-04', '2026-11-02', 'day'],
  // A forecast's horizon is no deadline; a week's rite is no day; the sentence's own day stands.
  [
    'We estimate a 65% probability that the miner will have to restate its reserves before year-end, after it halted output on Monday.',
    '2026-07-21',
    '2026-07-20',
    'day',
  ],
  ['Church leaders agreed on Monday to limit Sunday services to one hour.', '2026-06-30', '2026-06-29', 'day'],
  ['The miner cut output on Monday.', '2026-07-21', '2026-07-20', 'day'],
  // A night across two dates is the one its clock falls in.
  [
    'On the night of 31 October to 1 November 2026, at about 03:40, thieves broke into the museum.',
    '2026-11-02',
    '2026-11-01',
    'day',
  ],
  [
    'On the night of 31 October to 1 November, at 22:15, thieves broke into the museum.',
    '2026-11-02',
    '2026-10-31',
    'day',
  ],
  // "in the night to Sunday" (German and Nordic English): the night that runs into Sunday.
  ['In the night to Sunday, the attackers disabled the switchboard.', '2025-12-09', '2025-12-07', 'day'],
  // What a plan lays out after its colon is read from when it was told.
  [
    'The farm laid out a restocking plan: cleaning first, and the first pullets placed in February if the premises passes inspection.',
    '2026-12-07',
    '2027-02-01',
    'month',
    'expected',
  ],
  // A wire's dateline with its agency in brackets is no date, whatever the place's case.
  ['Sion, 5 August (SNA) - The Federal Council on Wednesday approved aid.', '2026-08-05', '2026-08-05', 'day'],
  // A name with a hyphen after a verb of saying is a person; an instrument cited by its date and a licence's number are
  // no dates; the sentence's own day stands.
  [
    '"Warm water means less oxygen," said Friday Okonkwo-Brun, who chairs the angling club, on Tuesday.',
    '2026-08-13',
    '2026-08-11',
    'day',
  ],
  [
    'The plant was shut on Tuesday in accordance with the order of 7 February 2012 setting the general rules.',
    '2026-08-13',
    '2026-08-11',
    'day',
  ],
  [
    'Inspectors seized syrup made under Manufacturing Licence No. 28/12/2011 on Monday.',
    '2026-10-06',
    '2026-10-05',
    'day',
  ],
  // "a compliance plan to the court" is a noun, not a plan told in the present: the frustrated plan was for the Monday
  // gone by.
  [
    'Vozaria had been due to present a compliance plan to the court on Monday but asked for a 10-day extension instead.',
    '2026-04-24',
    '2026-04-20',
    'day',
  ],
  ['The company plans to restart sailings on Friday.', '2026-04-24', '2026-04-24', 'day', 'expected'],
  // "finishes" tells a schedule in the present, as "ends" does.
  ['The rally finishes in Shubaytah on Saturday.', '2026-01-12', '2026-01-17', 'day', 'expected'],
  // An adjective in -ed before a noun and its verb, or opening a compound, is no verb in the past; a participle closing
  // its phrase after a noun describes it.
  [
    'With effect from Monday, affected employees will receive a top-up equal to the wages lost through reduced hours.',
    '2026-07-22',
    '2026-07-27',
    'day',
    'expected',
  ],
  [
    'Beam commissioning will be followed by fixed-target physics from 14 September.',
    '2026-07-21',
    '2026-09-14',
    'day',
    'expected',
  ],
  // What a new plan replaces was a plan too, on either side of the report.
  [
    'The council approved an earlier start instead of the end of November.',
    '2026-08-11',
    '2026-11-01',
    'month',
    'expected',
  ],
  // A figure's thousands comma is part of the plan, not a clause of its own.
  [
    'The machine was due to move to 2,460 bunches per beam on Monday but was held back.',
    '2026-07-07',
    '2026-07-06',
    'day',
  ],
  // "every year and in 2019": the habit's "and" opens another clause, whose year stands.
  ['The plant reopened every year and in 2019 it hit a record.', '2026-08-05', '2019-01-01', 'year'],
  // What the Madrid, Hague, Dublin and Braunschweig golds (blind, ordinary news prose) showed: a team "heads into" a
  // fixture ahead; a participle joined to a passive shares its "be"; "with … expected" is a plan; a gathering called
  // for a day may lie either side of the calling.
  [
    "The club is unbeaten and heads into Wednesday's Copa del Rey round of 16.",
    '2026-01-13',
    '2026-01-14',
    'day',
    'expected',
  ],
  [
    'The agreement will be presented to the press and sent to the Tweede Kamer on Thursday.',
    '2026-05-26',
    '2026-05-28',
    'day',
    'expected',
  ],
  // A remand to a day, ahead; a day of the month by its weekday in brackets; a schedule hosted in the present; those
  // hurt on a day.
  ['On the 26th (Sat), staff of the consulate visited the family.', '2026-10-10', '2026-09-26', 'day'],
  ['On Christmas night 1978 the trawler Ocean Mist lost power.', '2026-01-07', '1978-12-25', 'day'],
  // What the review of rounds 236–243 showed the new rules must leave alone: a crash of a model, a title of a year, an
  // order of a year; a count and a fleet; a holiday named before its weekday; a feast's service; a festival held once;
  // hosts as a noun; a plan given up in the past progressive; a working day set beside a Sunday; strikes and crossings
  // counted over a year; a baseline a clause of "when" makes an event; a count after a feast's night.
  ['A 2019 Boeing 737 Max crash in Ethiopia killed 157 people.', '2026-06-10', '2019-01-01', 'year'],
  ['She defended her 2016 Olympic 400 metres title in Tokyo.', '2026-06-10', '2016-01-01', 'year'],
  ['The ban follows a 2021 Section 144 order issued by the district.', '2026-06-10', '2021-01-01', 'year'],
  ['By the end of 2025 30 new buses had joined the fleet.', '2026-06-10', '2025-01-01', 'year'],
  ['Wall Street was closed for the Memorial Day holiday Monday.', '2026-05-26', '2026-05-25', 'day'],
  ['Hundreds attended Christmas Eve Mass.', '2025-12-26', '2025-12-24', 'day'],
  ['Pope Leo celebrated Christmas Eve Mass, the Vatican said.', '2025-12-26', '2025-12-24', 'day'],
  [
    'He was arrested at Glastonbury, the music festival in late June, police said.',
    '2026-08-10',
    '2026-06-01',
    'month',
  ],
  ['Hosts Brazil on Sunday beat Chile 2-0.', '2026-06-09', '2026-06-07', 'day'],
  [
    'Police were expecting trouble on Saturday, but the march passed off peacefully.',
    '2026-06-10',
    '2026-06-06',
    'day',
  ],
  ['The blast on Sunday, a working day in Israel, killed three.', '2026-06-09', '2026-06-07', 'day'],
  ['Last year 50,000 people went on strike for a week.', '2026-06-10', '2025-01-01', 'year'],
  ['Last year 1,200 migrants crossed the border in one night.', '2026-06-10', '2025-01-01', 'year'],
  ['The damage was worse than that of last year, when 30 died.', '2026-06-10', '2025-01-01', 'year'],
  ['On Christmas night 1500 homes lost power.', '2026-01-07', '2025-12-25', 'day'],
  ['We met on Shonibar (Saturday) at the jetty.', '2026-02-24', '2026-02-21', 'day'],
  ['On Sunday, the passenger harbour hosts a free afternoon concert.', '2026-07-10', '2026-07-12', 'day', 'expected'],
  ['Fishermen will float candles at the canal mouth for everyone hurt on Monday.', '2026-07-23', '2026-07-20', 'day'],
  ['He appeared in court and was remanded on bail to 8 December.', '2026-10-06', '2026-12-08', 'day', 'expected'],
  // A count of a year told first is what befell those counted, unless they came and went; a week's is the work.
  ['In 2022, more than 100,000 people were displaced in the capital.', '2026-10-15', '2022-01-01', 'year'],
  [
    "The commission's report will be completed and shared with the public before 15 July.",
    '2026-05-29',
    '2026-07-15',
    'day',
    'expected',
  ],
  [
    'A former captain will give character evidence, with closing speeches expected on Friday.',
    '2026-05-27',
    '2026-05-29',
    'day',
    'expected',
  ],
  [
    'The union has called a rally outside the headquarters on Reformation Day to demand job guarantees.',
    '2026-10-23',
    '2026-10-31',
    'day',
    'expected',
  ],
  ['The board called an extraordinary general meeting for 24 November.', '2026-10-06', '2026-11-24', 'day', 'expected'],
  // What the Canberra, Nairobi golds (blind) showed: a weekday that "is" a holiday is the coming one; a named race's
  // month is its own, whatever the verb of those who await it.
  [
    'The hearing has been moved because Monday is a public holiday in the ACT.',
    '2026-05-29',
    '2026-06-01',
    'day',
    'expected',
  ],
  [
    'Tanui had been among the favourites for the Great Rift Marathon in Eldoret in July.',
    '2026-05-13',
    '2026-07-01',
    'month',
    'expected',
  ],
  // "this past weekend" is the weekend just gone; "the weekend before last", the one before it (on a weekend, the one
  // before the weekend before this one).
  ['Pat Kerrigan broke his silence this past weekend.', '2026-06-17', '2026-06-08', 'week'],
  ['The weekend before last, thousands of shipyard workers rallied in Adelaide.', '2026-06-13', '2026-05-25', 'week'],
  ['The weekend before last, thousands of shipyard workers rallied in Adelaide.', '2026-06-16', '2026-06-01', 'week'],
  // What the St. Louis, Bengaluru, Heathrow, Rome, Mexico City and Manila golds (blind) showed: "Friday next" is the
  // next Friday (none when this week's and next week's may be meant); a plan told in the plural present looks ahead.
  [
    'Villareal gave the company until Friday next to submit its records.',
    '2026-11-27',
    '2026-12-04',
    'day',
    'expected',
  ],
  ['Primary schools that have passed inspection reopen on Monday.', '2026-09-26', '2026-09-28', 'day', 'expected'],
  ['Talks resume on Thursday.', '2025-05-20', '2025-05-22', 'day', 'expected'],
  // What the Kingston gold (blind) showed: "when the ceremony is held" is a present passive, no deed done.
  [
    "The insignia will be presented at King's House on October 19, when the annual investiture ceremony is held.",
    '2026-08-10',
    '2026-10-19',
    'day',
    'expected',
  ],
  // What the Bogotá and Tanegashima golds (blind) showed: "this Tuesday" still to come, said after this week's Tuesday,
  // is the coming one.
  [
    'The comptroller is due to publish her preliminary findings this Tuesday.',
    '2026-08-08',
    '2026-08-11',
    'day',
    'expected',
  ],
  ['The minister resigned this Tuesday.', '2026-08-08', '2026-08-04', 'day'],
  // What the Buenos Aires, Stockholm and World Cup golds (blind) showed: a plan "brought forward … to mid-July"; a
  // schedule in the present ("reports second-quarter results on 17 July", "meet England … on Wednesday").
  [
    'The government has brought forward the review of electricity tariffs for the metropolitan area to mid-July.',
    '2026-03-13',
    '2026-07-01',
    'month',
    'expected',
  ],
  ['Kronvik reports second-quarter results on 17 July.', '2026-06-12', '2026-07-17', 'day', 'expected'],
  // "reports" a schedule only of results: an agency that reports what happened tells of the past.
  ['The agency reports the minister resigned on Monday.', '2026-06-12', '2026-06-08', 'day'],
  ['Ghana meet England in Philadelphia on Wednesday.', '2026-06-18', '2026-06-24', 'day', 'expected'],
  ["Investors ask about the cost of February's Carnival blackout.", '2026-03-13', '2026-02-01', 'month'],
  // "On Monday (17/8)": Indonesian and Malaysian papers give the weekday's date in brackets.
  ['On Monday (17/8), the overpass collapsed.', '2026-08-19', '2026-08-17', 'day'],
  // What the Auckland and Nairobi golds (blind) showed: "could be in place from this Tuesday" in a Friday paper is the
  // coming Tuesday; "summoned … to appear before it on Thursday" is an instruction ("before it" is no clause).
  ['A reduced timetable could be in place from this Tuesday.', '2026-05-29', '2026-06-02', 'day', 'expected'],
  [
    'The committee has summoned the executives to appear before it on Thursday.',
    '2026-10-13',
    '2026-10-15',
    'day',
    'expected',
  ],
  [
    'The committee has asked both parties to appear before it again Tuesday week.',
    '2026-04-09',
    '2026-04-21',
    'day',
    'expected',
  ],
  // What the round-50 golds (blind) showed: a holiday a day of the sentence names is that year's; what one could
  // smell or hear is told of as done; what a suit asks a judge to allow lies ahead of the suing.
  [
    'The Uganda Muslim Supreme Council said Eid al-Adha prayers in Bududa next Wednesday would be dedicated to the victims.',
    '2026-05-22',
    '2026-05-27',
    'day',
    'expected',
  ],
  ['"But you could smell it on the deck by Saturday afternoon."', '2026-10-05', '2026-10-03', 'day'],
  ['Talks could resume on Saturday.', '2026-10-05', '2026-10-10', 'day', 'expected'],
  [
    "The quarterback is asking a judge to let him play in Saturday's season opener.",
    '2026-09-01',
    '2026-09-05',
    'day',
    'expected',
  ],
  // A part of a week no day names: the report's own once that part is over, the next when told as ahead in a weekend
  // paper; after a day of an earlier week, that day's week, which no reader can be sure of.
  ['The union walked out earlier in the week.', '2026-06-12', '2026-06-08', 'week'],
  [
    'The Security Bureau said at the start of the week that it had been in contact.',
    '2026-06-11',
    '2026-06-08',
    'week',
  ],
  ['Talks will resume midweek.', '2026-06-14', '2026-06-15', 'week', 'expected'],
  ['The union will meet midweek.', '2026-06-08', '2026-06-08', 'week', 'expected'],
  ['The plant closed on 5 June, after workers walked out earlier in the week.', '2026-06-12', '2026-06-05', 'day'],
  // A verb whose past is its base, after a name or a weekday between subject and verb, is past ("cuts" is the present).
  [
    'The Bergen hotel association on Monday cut its occupancy forecast, citing the closure.',
    '2026-06-11',
    '2026-06-08',
    'day',
  ],
  ['Dutch mediator Ellen Visscher put a proposal to both sides on Thursday.', '2026-05-22', '2026-05-21', 'day'],
  ['The union on Friday will set a date for the ballot.', '2026-06-11', '2026-06-12', 'day', 'expected'],
  // What the round-51 golds (blind) showed: a participle after an ordinal's noun describes it; an instruction that still
  // stands looks ahead; what was expected may lie either side; a wire dateline with no dash after its agency.
  ['Électro-Laurentien will be the first party heard on the 14th.', '2026-06-30', '2026-07-14', 'day', 'expected'],
  [
    'The Labour Department has summoned both sides to talks at its head office in Colombo on Tuesday.',
    '2026-05-06',
    '2026-05-12',
    'day',
    'expected',
  ],
  ['The Labour Department summoned both sides to talks on Tuesday.', '2026-05-06', '2026-05-05', 'day'],
  [
    "Park chief executive Lena Varga said she expected Monday's King's Birthday public holiday to be the park's busiest day.",
    '2026-10-02',
    '2026-10-05',
    'day',
    'expected',
  ],
  [
    'MUMBAI, Aug 4 (PBI) A BMC sub-engineer was arrested on Tuesday in connection with the collapse.',
    '2026-08-04',
    '2026-08-04',
    'day',
  ],
  // A thing that is on a day is still to come.
  ['The vote is on the 30th.', '2026-06-12', '2026-06-30', 'day', 'expected'],
  // What the round-52 golds (blind) showed: a when-clause told as done dates a present account; "before" with no verb
  // of its own is a preposition; a noun in -ly is no adverb; a holiday "falls on" a coming day; a plan in a relative
  // clause passed by; a participle after an ordinal or a possessive is an adjective.
  [
    "The report's account begins in late June, when the Housing Executive first wrote to the council.",
    '2026-08-07',
    '2026-06-01',
    'month',
  ],
  [
    "The Minister of Energy is due before the National Assembly's biodiversity committee on the 14th to explain why the pipeline was left so close to the bank.",
    '2026-09-11',
    '2026-09-14',
    'day',
    'expected',
  ],
  ['On Tuesday the Assembly voted 7-2 to fund a levee feasibility study.', '2026-09-16', '2026-09-15', 'day'],
  ['The holiday falls on Wednesday.', '2026-08-20', '2026-08-26', 'day', 'expected'],
  [
    "A vessel that was due to load 120 tonnes of the mine's output at Walvis Bay on Saturday sailed without it.",
    '2026-08-20',
    '2026-08-15',
    'day',
  ],
  [
    "Finansinspektionen expects the bank's written incident report on Monday.",
    '2026-06-12',
    '2026-06-15',
    'day',
    'expected',
  ],
  ["Hanlin's smaller Fab 3 restarted on Friday, the Mid-Autumn Festival holiday.", '2026-10-02', '2026-09-25', 'day'],
  [
    'The insignia will be presented on National Heroes Day, October 19, when the annual investiture ceremony is held.',
    '2026-08-10',
    '2026-10-19',
    'day',
    'expected',
  ],
  ['Bucharest, Nov 4 /ANS/ - The state secretary resigned on Wednesday.', '2026-11-04', '2026-11-04', 'day'],
  ['Sharq Rail froze online ticket sales for Afrosiyob trains last week.', '2026-06-05', '2026-05-25', 'week'],
  ['The board named chief engineer Sunday Oa as acting head on Friday.', '2026-09-19', '2026-09-18', 'day'],
  [
    'It stopped short of assigning blame, which the final report, expected in October, is meant to address.',
    '2026-08-26',
    '2026-10-01',
    'month',
    'expected',
  ],
  ['The ferry did not return to service until 13 August.', '2026-08-26', '2026-08-13', 'day'],
  [
    'Officials were still weighing whether the Independence Day fireworks on Friday could go ahead from the wharf.',
    '2026-07-07',
    '2026-07-10',
    'day',
    'expected',
  ],
  ["The lake fell after the driest September in the authority's records.", '2026-09-24', '2026-09-01', 'month'],
  [
    'The new rules take effect on Twelfth Night, Jan. 6, 2027, the opening of the Carnival season.',
    '2026-03-16',
    '2027-01-06',
    'day',
    'expected',
  ],
  [
    'The criminal case is set to go before the Almaty specialised inter-district criminal court on the 14th.',
    '2026-03-31',
    '2026-04-14',
    'day',
    'expected',
  ],
  ['The government declared Monday a national day of mourning.', '2026-04-18', '2026-04-20', 'day', 'expected'],
  [
    'The company had planned to restart the body shop on Sunday but called the crews off.',
    '2026-09-21',
    '2026-09-20',
    'day',
  ],
  ['Heavy rains last weekend lifted Gatun Lake by more than a foot.', '2026-11-14', '2026-11-02', 'week'],
  ['A petition gathered more than 18,000 signatures last year.', '2026-02-24', '2025-01-01', 'year'],
  // A verb after an infinitive is no participle describing its object.
  ['The queue of ships waiting to transit peaked at 96 on Tuesday.', '2026-02-20', '2026-02-17', 'day'],
  // "end-May", as financial copy writes it, is the month.
  ['The authority expects to restore the full schedule by end-May.', '2026-04-20', '2026-05-01', 'month', 'expected'],
  // A participle inside a name is no verb of the sentence.
  [
    'The crews will receive commendations at the Royal Brunei Armed Forces Day parade on May 31.',
    '2026-03-24',
    '2026-05-31',
    'day',
    'expected',
  ],
  // A day's thing after a verb of saying is read by what is said of it.
  ["Organizers said Friday's parade is expected to go ahead.", '2026-07-21', '2026-07-24', 'day', 'expected'],
  ["Officials said Friday's parade had been cancelled.", '2026-07-21', '2026-07-17', 'day'],
  // "Tues.", which chrono does not know.
  ['The regulator approved the re-manning plan last Tues. after reviewing data.', '2026-03-05', '2026-03-03', 'day'],
  // An ordinal before a verb counts nothing in the span after it.
  ['The second payment is due in a fortnight.', '2026-06-01', '2026-06-15', 'week', 'expected'],
  // "normal" before a date's preposition is no "usual February".
  ['Services returned to normal on Monday.', '2026-05-29', '2026-05-25', 'day'],
  ["Yard density is expected to be back to normal by month's end.", '2026-05-29', '2026-05-01', 'month', 'expected'],
  // "midweek" that tells when something was done, not what every week holds.
  ['The council met midweek and agreed the plan.', '2026-10-15', '2026-10-12', 'week'],
  // A weekend plan overtaken, told as done, was for the weekend gone by.
  [
    'Its frame was due to come down at the weekend but the work was held up while investigators finished.',
    '2026-06-24',
    '2026-06-15',
    'week',
  ],
  // What is wanted done lies ahead.
  [
    'The government wants a permanent bridge commissioned on 24 October, a target contractors call ambitious.',
    '2026-08-17',
    '2026-10-24',
    'day',
    'expected',
  ],
  // The date after a weekday that falls on it tells which.
  ['The scenes on Tuesday evening last, 28th July, were grim.', '2026-08-06', '2026-07-28', 'day'],
  [
    'It runs for 90 days, until the first week of August, and owners want it extended at once.',
    '2026-05-27',
    '2026-08-01',
    'month',
    'expected',
  ],
  // A count that changed is no clock ("from 11 to 17"); a weekday before a Nordic day and month.
  ['The death toll rose from 11 to 17 yesterday when six patients died.', '2026-07-06', '2026-07-05', 'day'],
  ['Inspectors found on Tuesday 16.6. that feeder cables had been damaged.', '2026-06-18', '2026-06-16', 'day'],
  // "as planned" is a manner, not a deed; a schedule "goes ahead"; a cited source spoke already.
  ["Elron's summer timetable will start as planned on the 13th.", '2026-07-08', '2026-07-13', 'day', 'expected'],
  [
    'The rescheduled cup final goes ahead on Saturday, the football association said.',
    '2026-07-16',
    '2026-07-18',
    'day',
    'expected',
  ],
  ["The depot will open soon, according to the regulator's statement on the 14th.", '2026-07-16', '2026-07-14', 'day'],
  // A participle set off between commas after the subject is no verb of the sentence.
  [
    'The agreement, signed in Tallinn, gives crews a rise from 1 September.',
    '2026-07-08',
    '2026-09-01',
    'day',
    'expected',
  ],
  // The night of the paper's own weekday, told as done, is a week gone; ahead, it is tonight.
  ['The line has been shut since a fire on Thursday night.', '2026-08-20', '2026-08-13', 'day'],
  ['The company unveiled a revised tariff late on Thursday.', '2026-08-20', '2026-08-13', 'day'],
  ['The talks will resume on Thursday night.', '2026-08-20', '2026-08-20', 'day', 'expected'],
  // A telling in the past of what holds now leaves a deadline on either side; a date before a possessive's noun is the
  // nearest; a past whose form is its base before the date ("the fund set on May 14"); "Jun." keeps its day.
  [
    "Coropina's threat against strikers who are not back by Friday still stands, company sources said.",
    '2026-07-09',
    '2026-07-10',
    'day',
    'expected',
  ],
  ["A Los Angeles judge's Feb. 27 injunction keeps pickets 50 feet from the gates.", '2026-03-04', '2026-02-27', 'day'],
  [
    'The accrual rate will be 1.8%, against the 1.5% the pension fund set on May 14.',
    '2026-07-20',
    '2026-05-14',
    'day',
  ],
  ['Coropina will withdraw its appeal against the Jun. 23 ruling.', '2026-07-20', '2026-06-23', 'day'],
  // A weekday with its date in square brackets is told by the date.
  [
    'Minister Tucker told the House on Friday [June 19] that the Government would act.',
    '2026-07-01',
    '2026-06-19',
    'day',
  ],
  // A deed done by a day is the day's.
  ['By Friday, the port had cleared the backlog.', '2026-08-03', '2026-07-31', 'day'],
  // A passive with its agent dates the deed; a part of the week naming what it holds is the one gone by; a day counted
  // in words and then named is the named day.
  ["The debate was scheduled on Monday by the Assembly's standing committee.", '2026-07-02', '2026-06-29', 'day'],
  ['The midweek arrival ends a stand-off that has left Iqaluit on rationing.', '2026-07-17', '2026-07-13', 'week'],
  [
    'The tanker is scheduled to load at Montreal a week on Friday, on 24 July.',
    '2026-07-17',
    '2026-07-24',
    'day',
    'expected',
  ],
  // A deadline still open lies ahead; "a fortnight today".
  ['Candidacies can be registered until the 30th.', '2026-10-14', '2026-10-30', 'day', 'expected'],
  ['The whistleblower is due to give evidence a fortnight today.', '2026-09-01', '2026-09-15', 'day', 'expected'],
  // A vote's count is no plan; a weekday in brackets after a day is that day's; a deadline set lies after the setting.
  [
    'The committee voted 241 to 229, with 38 abstentions, late on Monday to replace the clause.',
    '2026-06-09',
    '2026-06-08',
    'day',
  ],
  [
    'Under the rules, all trading was cancelled on the 15th (Tuesday) after the signal went up.',
    '2026-09-22',
    '2026-09-15',
    'day',
  ],
  [
    'HXC suspended 417 securities and set 30 November as the last day for loss claims.',
    '2026-09-22',
    '2026-11-30',
    'day',
    'expected',
  ],
  // "was supposed to" is a plan told in the past: its day may lie either side, the nearer meant.
  [
    'The tram was supposed to run again between the two depots on the 19th.',
    '2026-06-18',
    '2026-06-19',
    'day',
    'expected',
  ],
  // A schedule told in the present simple lies ahead.
  ['The authority has called for tenders, and they close on Friday.', '2026-08-08', '2026-08-14', 'day', 'expected'],
  // "Friday next" is the coming Friday; said on a Thursday, the one a week after (the golds agree, 12 to 1).
  ['The council meets on Friday next at the Farm Centre.', '2026-03-18', '2026-03-20', 'day', 'expected'],
  ['The chairwoman is to appear before the committee on Friday next.', '2026-05-21', '2026-05-29', 'day', 'expected'],
  ['Our next cargo sails from Kwinana Friday next, as planned.', '2026-01-07', '2026-01-09', 'day', 'expected'],
  // A count in words chrono does not know: "Fifty-one", not "one".
  ['"Fifty-one years ago we raised our own flag," he said.', '2026-09-17', '1975-01-01', 'year'],
  // The month a state has held since its start.
  ['The sheds have been closed to visitors since the start of the month.', '2026-03-20', '2026-03-01', 'month'],
  // "a fortnight ago yesterday": fourteen days before yesterday.
  [
    'The roadblock, which went up a fortnight ago yesterday, has turned a shutdown into a crisis.',
    '2026-09-12',
    '2026-08-28',
    'day',
  ],
  // A schedule in the plural present; a base-form past after "he".
  [
    'The cuts take effect from Monday and will stay "until the lake recovers," he said.',
    '2026-10-16',
    '2026-10-19',
    'day',
    'expected',
  ],
  ['Speaking to reporters on Thursday, he set the tone for the talks.', '2026-04-24', '2026-04-23', 'day'],
  // "a month ago" on the 31st: the month before, not the first of this one.
  [
    'A month ago, at the opening of the session, the Speaker urged members to stay calm.',
    '2026-10-31',
    '2026-09-01',
    'month',
  ],
  // A day in a condition is still the day meant.
  ['If there is nothing on the table on Friday, we go out on strike.', '2026-10-27', '2026-10-30', 'day', 'expected'],
  // "on the Tuesday evening", told as done in a Tuesday paper: "the" points back to one already told of.
  ['Roux had lodged a protest on the Tuesday evening.', '2026-08-11', '2026-08-04', 'day'],
  // "in the week commencing 18 May 2026": the week; "are now preparing for … on the 19th": a plan in the present.
  [
    'The JPLs intend to file a petition in the week commencing 18 May 2026.',
    '2026-05-15',
    '2026-05-18',
    'week',
    'expected',
  ],
  [
    "Officials are now preparing for the donors' conference on the 19th, which several embassies have promised to attend.",
    '2026-05-12',
    '2026-05-19',
    'day',
    'expected',
  ],
  // What a thing sold for may be a sale; a meeting called on a day is that day's.
  ['The company sold its stake for $40 million a month ago.', '2026-11-30', '2026-10-01', 'month'],
  ['A meeting called Monday by the mayor was cancelled.', '2026-06-10', '2026-06-08', 'day'],
  // A plan with a noun after "plan"; a calendar day a plan told as overtaken was for is the nearest.
  ['Staff plan a farewell gathering on Saturday.', '2026-12-03', '2026-12-05', 'day', 'expected'],
  ['The second round was due to open on 22 December, but was postponed.', '2025-12-29', '2025-12-22', 'day'],
  // A plan handed to someone is no plan to do something; "ready to" is a plan; a start told with no verb of the past.
  [
    "OAV delivered its runway repair plan to Honduras's infrastructure ministry on Thursday.",
    '2026-10-20',
    '2026-10-15',
    'day',
  ],
  ['The operator has said it was ready to reopen on Wednesday.', '2026-09-14', '2026-09-16', 'day', 'expected'],
  ['The ferry was ready on Friday.', '2026-09-14', '2026-09-11', 'day'],
  [
    'All Meteor screenings move to the small hall of Zetra from Tuesday, with the open-air programme unaffected.',
    '2026-08-17',
    '2026-08-18',
    'day',
    'expected',
  ],
  ['The company unveiled the plan on Tuesday.', '2026-08-17', '2026-08-11', 'day'],
  ['They will reopen in four days.', '2026-04-08', '2026-04-12', 'day', 'expected'],
  ['The company bought the plant from its founder a month ago.', '2026-04-08', '2026-03-01', 'month'],
  // A day counted back from tonight, tomorrow or yesterday; a trial listed ahead; a summons whose object runs long; a
  // document's name before "to"; what is wanted done.
  ['The Velvet Tent opened a week ago tonight with a late-night circus.', '2026-02-27', '2026-02-20', 'day'],
  ['It will be five weeks ago tomorrow night that the grandstand dropped a metre.', '2026-04-11', '2026-03-08', 'day'],
  ['It is four weeks yesterday since the Grand National.', '2026-05-10', '2026-04-11', 'day'],
  ['The venue opened seven weeks ago today.', '2026-04-11', '2026-02-21', 'day'],
  ['The other six are for trial on the 22nd of June.', '2026-05-10', '2026-06-22', 'day', 'expected'],
  [
    'The judge has summoned the driver and two Noroeste Rail maintenance managers to testify as suspects on 15 September.',
    '2026-08-14',
    '2026-09-15',
    'day',
    'expected',
  ],
  ['The council served the association with a notice to fix on Tuesday.', '2026-10-28', '2026-10-27', 'day'],
  ['Lawyers filed a motion to dismiss on Monday.', '2026-10-28', '2026-10-26', 'day'],
  ['The council wants the upper tier taken down in February.', '2026-11-02', '2027-02-01', 'month', 'expected'],
  // "open" before a noun is no schedule.
  ['A snowmachine towed the team across open water on Monday evening.', '2026-03-12', '2026-03-09', 'day'],
  ['Stores open on Monday.', '2026-03-12', '2026-03-16', 'day', 'expected'],
  // What the Walvis Bay, Halifax, Hamburg, Nadi, Bordeaux and Oaxaca golds (blind) showed: the earliest a thing may
  // come is ahead; a plan whose clause ends before what happened instead is gone by; a dateline closed by ".–".
  [
    'Boudreau warned that the company could lock out its clerks as soon as Saturday if the pickets stayed up.',
    '2026-07-17',
    '2026-07-18',
    'day',
    'expected',
  ],
  [
    "Corvina Line's Nordic June, which was due at Fairview Cove on Saturday, berthed in Saint John instead.",
    '2026-07-22',
    '2026-07-18',
    'day',
  ],
  [
    'Oaxaca de Juárez, Oax., 21/07/2026.– A woman of 67 died when a stand collapsed on Monday afternoon.',
    '2026-07-21',
    '2026-07-20',
    'day',
  ],
  ['Today the Government confirms that the runway is closed.', '2026-11-10', '2026-11-10', 'day'],
  ['The plant opened five years ago.', '2026-10-27', '2021-01-01', 'year'],
  ['A November election is likely.', '2026-10-27', '2026-11-01', 'month', 'expected'],
  // A thing's day inside what was said is read by what was said of it, unless a participle before it is its deed.
  [
    'City Hall said the Victory Day concert on the Boulevard on Saturday would move inland.',
    '2026-05-07',
    '2026-05-09',
    'day',
    'expected',
  ],
  ['City Hall said the concert on Saturday was cancelled.', '2026-05-07', '2026-05-02', 'day'],
  [
    "Noble's Hospital says the firefighter injured on Sunday night is expected to be discharged.",
    '2026-06-14',
    '2026-06-07',
    'day',
  ],
  ['The lab said a sample backlog had pushed the results to Thursday.', '2026-07-28', '2026-07-30', 'day', 'expected'],
  [
    'Officials told a briefing for crews, vendors and volunteers on Tuesday that the call would rest on the samples.',
    '2026-08-20',
    '2026-08-18',
    'day',
  ],
  [
    'She called on the ministry to ensure that the textbooks are in classrooms before 8 December.',
    '2026-10-21',
    '2026-12-08',
    'day',
    'expected',
  ],
  ["The families' lawyers had until Friday to respond to the framework offer.", '2026-09-08', '2026-09-04', 'day'],
  [
    'Growers had closed the D010 highway in both directions for close to six hours on Tuesday.',
    '2026-08-27',
    '2026-08-25',
    'day',
  ],
  [
    "The Port Authority said Thursday's scheduled call by the Azure Sunday would be diverted to Ocho Rios.",
    '2026-10-21',
    '2026-10-22',
    'day',
    'expected',
  ],
  [
    'The province wants its festival-safety code drafted by the end of March, so that it can apply from next summer.',
    '2026-08-12',
    '2027-03-01',
    'month',
    'expected',
  ],
  [
    'Officials are reviewing the death, and the province has set an end-of-March deadline for a festival-safety code.',
    '2026-08-17',
    '2027-03-01',
    'month',
    'expected',
  ],
  [
    'Training for float inspectors will run the first week of August, Safety and Permits said.',
    '2026-03-16',
    '2026-08-01',
    'month',
    'expected',
  ],
  [
    'It had been due by the end of December but was held back so auditors could check records.',
    '2026-01-07',
    '2025-12-01',
    'month',
  ],
  ['BIWTA said the deadline for surveys, 31 December, would not move.', '2026-11-18', '2026-12-31', 'day', 'expected'],
  [
    'Divers will resume the search at first light on Thursday, the fire service said.',
    '2026-10-21',
    '2026-10-22',
    'day',
    'expected',
  ],
  [
    'Conch Coast Racing had planned to open its autumn series on October 12, but its director said it would not race.',
    '2026-08-21',
    '2026-10-12',
    'day',
    'expected',
  ],
  [
    'Officials said turboprops would resume on Sunday on a shortened runway, but only if the emergency patches hold.',
    '2026-04-11',
    '2026-04-12',
    'day',
    'expected',
  ],
  [
    'As of Wednesday, Bayou State Power had restored electricity to about 205,000 customers.',
    '2026-09-09',
    '2026-09-09',
    'day',
  ],
  [
    'The order, signed by the chief inspector, requires the company to bring the flaring back to normal levels by noon on Friday.',
    '2026-06-30',
    '2026-07-03',
    'day',
    'expected',
  ],
  [
    "The Staten's environment committee has separately called KRO and the inspectorate to a public hearing on 8 September.",
    '2026-07-13',
    '2026-09-08',
    'day',
    'expected',
  ],
  [
    'Bonifacio Day, a regular holiday, marks every year the birth of the revolutionary leader Andres Bonifacio on Nov. 30, 1863.',
    '2026-12-01',
    '1863-11-30',
    'day',
  ],
  [
    'Ridgeback reports its fiscal second-quarter results on Nov. 12, and its chief financial officer said the company will book the provision then.',
    '2026-08-27',
    '2026-11-12',
    'day',
    'expected',
  ],
  [
    'Castries, 06/08/2026 - The Ports Corporation announces a compensation scheme for persons affected by the collapse of the berth on 16/07/2026.',
    '2026-08-06',
    '2026-07-16',
    'day',
  ],
  [
    'He said the first boats will leave the day after Green March Day (6 November), once crews have prepared their nets.',
    '2026-11-05',
    '2026-11-07',
    'day',
    'expected',
  ],
  [
    'Voters go to the polls on Sunday for the first round of the general election, and both leading candidates have promised a levee authority.',
    '2026-10-02',
    '2026-10-04',
    'day',
    'expected',
  ],
  [
    'The airline pushed the first departure back to Thursday, to allow engineers to inspect two aircraft.',
    '2026-09-16',
    '2026-09-17',
    'day',
    'expected',
  ],
  [
    'The operators have also promised extra sailings for the Sinhala and Tamil New Year on 14 April, when demand is heaviest.',
    '2026-02-06',
    '2026-04-14',
    'day',
    'expected',
  ],
  [
    'The writ case, in which the court restored the full subsidy, comes up for hearing on Tuesday.',
    '2026-01-26',
    '2026-01-27',
    'day',
    'expected',
  ],
  [
    'Tourism in Sado has grown sharply since the gold mines were inscribed on the World Heritage List in July of Reiwa 6 (2024).',
    '2026-08-12',
    '2024-07-01',
    'month',
  ],
  [
    'Trinidad will ration diesel sold to private motorists from Thursday.',
    '2026-08-04',
    '2026-08-06',
    'day',
    'expected',
  ],
  [
    "Distilling will restart soon, the company says, and on St Andrew's Day it will release a bottling called Ember.",
    '2026-09-02',
    '2026-11-30',
    'day',
    'expected',
  ],
  [
    'Trinidad and Tobago will ration gasoline and diesel sold to private motorists from Thursday.',
    '2026-08-04',
    '2026-08-06',
    'day',
    'expected',
  ],
  [
    'The ferry was due to return to service but failed sea trials in the gulf on Sunday.',
    '2026-03-03',
    '2026-03-01',
    'day',
  ],
  ['The city has asked for a written explanation by Friday.', '2026-07-28', '2026-07-31', 'day', 'expected'],
  ['The agreement expired at the end of February and has not been renewed.', '2026-09-16', '2026-02-01', 'month'],
  [
    'Rheintank also confirmed its annual general meeting on 28 April in Basel.',
    '2026-03-19',
    '2026-04-28',
    'day',
    'expected',
  ],
  [
    'Customs says the new valuation module goes live on 2 March, with reference prices for rice and used vehicles.',
    '2026-01-21',
    '2026-03-02',
    'day',
    'expected',
  ],
  [
    'The 60,000-tonne cargo that a Cairo trading house wants loaded by Friday is now two-thirds aboard.',
    '2026-04-08',
    '2026-04-10',
    'day',
    'expected',
  ],
  [
    'A Cairo trading house wants 60,000 t of wheat loaded ahead of Orthodox Easter on 12 April.',
    '2026-03-10',
    '2026-04-12',
    'day',
    'expected',
  ],
  ['Crews stopped on Maundy Thursday and Good Friday.', '2026-04-07', '2026-04-02', 'day'],
  [
    "The committee has asked Vantage's chief executive, Oliver Strand, to give evidence on the 14th.",
    '2026-07-06',
    '2026-07-14',
    'day',
    'expected',
  ],
  [
    'My understanding is that the September payroll, due on the 25th, is not yet covered.',
    '2026-09-11',
    '2026-09-25',
    'day',
    'expected',
  ],
  [
    "Officials have said they want a full schedule in place before Constitution Day, May 1, the islands' holiday.",
    '2026-03-11',
    '2026-05-01',
    'day',
    'expected',
  ],
  [
    "The skippers' fire-safety workshop on Thursday has already sold out.",
    '2026-08-11',
    '2026-08-13',
    'day',
    'expected',
  ],
  [
    'If the assembly approves the deal, auditors return to normal work on Thursday.',
    '2026-06-16',
    '2026-06-18',
    'day',
    'expected',
  ],
  [
    'If the assembly approves the deal, auditors return to normal work on Thursday, once the holiday is over, said the superintendent.',
    '2026-06-23',
    '2026-06-25',
    'day',
    'expected',
  ],
  [
    'The Regional Government will appear as an interested party at the hearing set by the Labour Court for 10-11-2026, at which the fines imposed by the Labour Inspectorate on the company for replacing striking workers in September will be heard.',
    '2026-10-05',
    '2026-09-01',
    'month',
  ],
  ['Talks resumed, with BTS reportedly ready to move beyond its 3% June offer.', '2026-09-10', '2026-06-01', 'month'],
  ['The port had planned family events for Founding Day on Sunday.', '2026-02-19', '2026-02-22', 'day', 'expected'],
  [
    'Downtown owners are aiming to have most storefronts reopened by Memorial Day (May 25).',
    '2026-03-24',
    '2026-05-25',
    'day',
    'expected',
  ],
  [
    'He said a first technical assessment due on Thursday would decide whether the tunnel lining needed repairs.',
    '2026-06-03',
    '2026-06-04',
    'day',
    'expected',
  ],
  [
    'Engineers had promised to open one lane on Monday, but new cracks appeared above the slide and the date slipped.',
    '2026-08-05',
    '2026-08-03',
    'day',
  ],
  ['The eight neighbouring stalls were actually due to reopen on Monday.', '2026-12-01', '2026-11-30', 'day'],
  ['Nine of the 17 fans taken to hospitals had been released by Monday night.', '2026-03-03', '2026-03-02', 'day'],
  ['Full reopening is still targeted for the end of May.', '2026-03-18', '2026-05-01', 'month', 'expected'],
  [
    'The damaged berth is closed, and according to the company the quay is expected to reopen to traffic on Monday.',
    '2026-04-29',
    '2026-05-04',
    'day',
    'expected',
  ],
  [
    'The line, shut since a fire on Thursday night, could partly reopen within two weeks.',
    '2026-08-17',
    '2026-08-13',
    'day',
  ],
  [
    'SAR expects to run its first freight train since the derailment on Monday, spokeswoman Mariama Sarr said.',
    '2026-06-04',
    '2026-06-08',
    'day',
    'expected',
  ],
  [
    'A full reopening to traffic is still pencilled in for the end of September.',
    '2026-07-20',
    '2026-09-01',
    'month',
    'expected',
  ],
  [
    'Inspections must be completed before the Chinese New Year holidays (17 and 18 February).',
    '2026-02-10',
    '2026-02-17',
    'day',
    'expected',
  ],
  [
    'The footway, which was due to reopen on Monday in time for the holiday, stayed behind the barriers.',
    '2026-07-07',
    '2026-07-06',
    'day',
  ],
  ['Works are scheduled to finish by December.', '2026-03-05', '2026-12-01', 'month', 'expected'],
  [
    'Lime putty must cure for at least six months before it bears load, which is why several conservators doubt the December target.',
    '2026-03-25',
    '2026-12-01',
    'month',
    'expected',
  ],
  // The end of what runs now is ahead, whatever the sentence did ("lasts" included, which chrono reads as "last").
  [
    'The flood hit midway through Fiesta San Antonio, which runs through Sunday.',
    '2026-04-22',
    '2026-04-26',
    'day',
    'expected',
  ],
  ['The storm struck during the fair, which lasts until Sunday.', '2026-04-22', '2026-04-26', 'day', 'expected'],
  // "late on Thursday afternoon" in a Thursday paper is that day: the afternoon is no night still to come.
  ['The police opened a preliminary investigation late on Thursday afternoon.', '2026-04-30', '2026-04-30', 'day'],
  // A weekday with its day of the month and no "the"; "this Saturday gone" (Caribbean and Irish English) is the one past.
  ['The counter will reopen on Monday 21st.', '2026-09-15', '2026-09-21', 'day', 'expected'],
  ['Dockworkers gathered at the port this Saturday gone to lay wreaths.', '2026-08-05', '2026-08-01', 'day'],
  // A thing's schedule told in the present ("which peaks with Olsok … on Wednesday") is ahead.
  [
    'The disruption hit visitors to the festival, which peaks with Olsok on Wednesday.',
    '2026-07-28',
    '2026-07-29',
    'day',
    'expected',
  ],
  // "the injured" is no verb; a target is ahead; a deadline in a clause told as done is gone by.
  [
    'The governor will visit the families of the victims and the injured at the hospital on Friday.',
    '2025-10-09',
    '2025-10-10',
    'day',
    'expected',
  ],
  ['The operator now names 15 December as the target for reopening.', '2026-10-20', '2026-12-15', 'day', 'expected'],
  ['Around 40 boats failed the inspection before the end-of-October deadline.', '2025-11-20', '2025-10-01', 'month'],
  // A figure fallen or risen to with no baseline may be news.
  [
    'The death toll rose to 27 over the weekend after rescuers recovered eight more bodies.',
    '2026-03-25',
    '2026-03-16',
    'week',
  ],
  ['The line returned to full end-to-end operation on Monday.', '2026-11-18', '2026-11-16', 'day'],
  // Whom a request is made of, set off by a relative clause, and the "have" of what it asks are no perfect.
  [
    'Calgary Transit has asked Keystone Rail Signalling Ltd., which supplies the downtown interlocking under a long-standing contract, to have specialist technicians on site by Wednesday.',
    '2026-07-07',
    '2026-07-08',
    'day',
    'expected',
  ],
  [
    'The council has asked the contractor to have the barriers removed by Friday.',
    '2026-03-10',
    '2026-03-13',
    'day',
    'expected',
  ],
  // A place's name is no verb of a schedule, and "blew" is a past.
  ['Dust drifted over South End on Sunday.', '2026-04-15', '2026-04-12', 'day'],
  ['Dust blew over the suburb on Friday.', '2026-04-15', '2026-04-10', 'day'],
  // A plan whose subject stays as it was: the clearly nearer of the two days it may be.
  [
    'Schools, which were scheduled to reopen Thursday, will remain closed through the weekend.',
    '2026-02-20',
    '2026-02-19',
    'day',
  ],
  ['The bridge was due to reopen on Thursday but remains closed.', '2026-02-20', '2026-02-19', 'day'],
  // What is remembered has been; what is on for a day is ahead.
  ['Regular readers will remember the evening of 30 June, when a stand sank.', '2026-08-12', '2026-06-30', 'day'],
  ['The August Palio is on for Sunday.', '2026-08-12', '2026-08-16', 'day', 'expected'],
  ['In June, a 12-year-old boy drowned off the pier.', '2026-09-20', '2026-06-01', 'month'],
  // A plan in the past perfect, overtaken by what was done, on another weekday than the report's.
  [
    'It had been due to be back in service on Sunday, but a steel clamp failed during testing.',
    '2026-10-07',
    '2026-10-04',
    'day',
  ],
  [
    'Duarte had been due to fly out on Tuesday night, hours after the announcement, but he chose to stay.',
    '2025-12-29',
    '2025-12-23',
    'day',
  ],
  // A clause of time in the present is ahead; so is what "expires".
  [
    'Parents have been warned about the school run when pupils go back on Thursday.',
    '2026-08-25',
    '2026-08-27',
    'day',
    'expected',
  ],
  [
    'The contract, signed for 184,000 million pesos, expires in December.',
    '2026-07-20',
    '2026-12-01',
    'month',
    'expected',
  ],
  ['The storm of a year ago flooded the town.', '2026-06-20', '2025-01-01', 'year'],
  ['Convoys have been running 24/7 since the week of 2 March.', '2026-03-20', '2026-03-02', 'week'],
  ['The travellers staged a protest penultimate Sunday, blocking the expressway.', '2026-06-13', '2026-05-31', 'day'],
  ['The committee met on the Tuesday before last.', '2026-06-13', '2026-06-02', 'day'],
  [
    'Métrolys has promised an extended service on Armistice Day for the commemorations.',
    '2026-10-09',
    '2026-11-11',
    'day',
    'expected',
  ],
  ['Further sailings to Benoa have been held back until Friday.', '2026-03-17', '2026-03-20', 'day', 'expected'],
  [
    'Kaveri Trails said 14 of its clients had to be moved to the torchlight parade on Tuesday night instead.',
    '2026-10-24',
    '2026-10-20',
    'day',
  ],
  [
    'Economics Senator Katrin Albers (SPD) called a crisis meeting at the town hall on Tuesday evening.',
    '2026-10-07',
    '2026-10-06',
    'day',
  ],
  [
    'The ombudsman said a dialogue table has been convened for Thursday in the Government House.',
    '2026-09-08',
    '2026-09-10',
    'day',
    'expected',
  ],
  [
    "The talks moved to Bucharest, where the ministry set St Andrew's Day as the deadline for a deal.",
    '2026-12-03',
    '2026-11-30',
    'day',
  ],
  // A day and month with stops and no last stop (Ukrainian and Russian styles).
  [
    'Pupils returned to classrooms on 26.10, after the education department decided to end remote learning.',
    '2026-11-06',
    '2026-10-26',
    'day',
  ],
  ['Heat has been off since 06.10 in the district.', '2026-11-06', '2026-10-06', 'day'],
  ['On 27.10 the plant restarted.', '2026-11-06', '2026-10-27', 'day'],
  // Days listed with their weekdays start at the first; a plan set off beside its thing looks ahead with the verb after.
  [
    'The Independence public holidays remain gazetted as Friday 10th, Monday 13th and Tuesday 14th July.',
    '2026-07-14',
    '2026-07-10',
    'day',
  ],
  [
    'The tourism department says the Shillong Cherry Blossom Festival, scheduled to open on Thursday, will go ahead.',
    '2026-11-09',
    '2026-11-12',
    'day',
    'expected',
  ],
  // Not a count of a year's events, nor a baseline: a possessive before the month names what happened in it.
  ['Last year there were two fires at the site.', '2026-04-20', '2025-01-01', 'year'],
  [
    "It now starts at US$250,000, up from US$150,000 before the program's August 2023 overhaul.",
    '2026-09-30',
    '2023-08-01',
    'month',
  ],
  // A day's figure is news, not a level of a period.
  ['The Assumption Day sailings on 15 August were only 60 percent full.', '2026-08-25', '2026-08-15', 'day'],
  // Days listed in a month of the year told after them; an upgrade named by its cost.
  ['Pride returns on 7 and 8 August next year.', '2026-08-07', '2027-08-07', 'day', 'expected'],
  [
    'The stations will get new screen doors under a RM300 million upgrade announced in 2023.',
    '2026-02-26',
    '2023-01-01',
    'year',
  ],
  // A count of days after a weekday is no day of the month; "ground to a halt" is done.
  [
    'The footbridge reopened to pedestrians on Friday, 19 days after a glass panel shattered.',
    '2026-08-31',
    '2026-08-28',
    'day',
  ],
  ['Line 2 ground to a halt on Monday during the evening rush.', '2026-10-08', '2026-10-05', 'day'],
  // "a week on Friday" in a Friday paper is a week from that day; a clock time after a weekday leaves it whole; a
  // weekday's meeting opening a sentence is that day's; so is a saying right after an opening day.
  [
    'The group would meet again a week on Friday to review moisture norms.',
    '2026-08-28',
    '2026-09-04',
    'day',
    'expected',
  ],
  ['The meeting was held on Thursday at 10am.', '2026-07-20', '2026-07-16', 'day'],
  [
    'The utility will hold a public meeting a week from Tuesday, 6:30 p.m., at the library.',
    '2026-07-20',
    '2026-07-28',
    'day',
    'expected',
  ],
  [
    "At Wednesday's meeting of the Ginners Forum, members agreed to waive deductions.",
    '2026-08-28',
    '2026-08-26',
    'day',
  ],
  ['On Thursday, the minister said that the line would reopen soon.', '2026-07-31', '2026-07-30', 'day'],
  // Two weekdays with their days after them are those days; a weekend with a clock is no day.
  [
    'The holiday will be on Wednesday and Thursday, 14 and 15 Jumada al-Akhirah, corresponding to 25 and 26 November.',
    '2026-11-16',
    '2026-11-25',
    'day',
    'expected',
  ],
  [
    'The committee reached a deal this past weekend, at 11:40 p.m. on Saturday, September 26, after five days of talks.',
    '2026-09-30',
    '2026-09-26',
    'day',
  ],
  // A 24-hour time with a stop after the day is no 4 October: "early on Sunday, at 4.10"; nor is it part of "tonight".
  ['A camera filmed the car leaving the area early on Sunday, at 4.10.', '2026-07-21', '2026-07-19', 'day'],
  ['The mayor will brief the groups tonight at 20.00 on the plan.', '2026-02-16', '2026-02-16', 'day', 'expected'],
  ['The mayor briefed the groups this morning at 10am.', '2026-02-16', '2026-02-16', 'day'],
  // "burst" is done; a dateline with a hyphen is no event ("Asmara, 20 May 2026 - Engineers …"), the day after it is.
  [
    'Water is flowing again in most of Asmara, where the main pipeline from Toker Dam burst on 13 May, our correspondents in the city report.',
    '2026-06-25',
    '2026-05-13',
    'day',
  ],
  ['Asmara, 20 May 2026 - Engineers say the pipe ruptured on the night of 13 May.', '2026-05-20', '2026-05-13', 'day'],
  [
    '"The sections will be in Massawa port tomorrow," Eng. Tekle told the Gazette on Monday.',
    '2026-05-20',
    '2026-05-19',
    'day',
  ],
  [
    'Guardian Minister Vasantrao Kolhe visited the site on Saturday (10th) and ordered an audit.',
    '2026-10-17',
    '2026-10-10',
    'day',
  ],
  [
    "On Wednesday (14th), the anniversary of Babasaheb's Dhamma Diksha, thousands gathered.",
    '2026-10-17',
    '2026-10-14',
    'day',
  ],
  ['The collapse of the scaffold on 4 August is turning into a test case.', '2026-09-09', '2026-08-04', 'day'],
  ['The council is meeting on 4 October.', '2026-09-09', '2026-10-04', 'day', 'expected'],
  [
    'Maia Fenwick said: "Berth holders reported a grinding noise from that gate at the end of September. I want to know who knew what, and when."',
    '2026-11-10',
    '2026-09-01',
    'month',
  ],
  ["Passengers aboard Friday's ferry were stranded.", '2026-11-10', '2026-11-06', 'day'],
  ['Three people visited the site in 2019 and found cracks.', '2026-10-20', '2019-01-01', 'year'],
  [
    'The operator has also promised longer hours on Sunday, when pilgrims travel.',
    '2026-01-24',
    '2026-01-25',
    'day',
    'expected',
  ],
  [
    'Norway and Germany have promised to rebuild a laboratory that was destroyed by fire in March.',
    '2026-04-20',
    '2026-03-01',
    'month',
  ],
  [
    'The district probe committee, which was supposed to submit its report by Thursday, has sought 15 more days.',
    '2026-10-31',
    '2026-10-29',
    'day',
  ],
  ['A launch capsized in the country last year.', '2026-10-22', '2025-01-01', 'year'],
  [
    'Speaking on Wednesday, Mr. Hideo Tsuji, whose shop is on the road, said the association meets every month.',
    '2026-10-23',
    '2026-10-21',
    'day',
  ],
  [
    'A second slip forced the prefecture to abandon its plan to reopen the road on Wednesday.',
    '2026-10-23',
    '2026-10-21',
    'day',
  ],
  ['Load tests are scheduled for 11–12.06.2026.', '2026-06-09', '2026-06-11', 'day', 'expected'],
  ["Last year's fire destroyed 40 homes.", '2026-10-23', '2025-01-01', 'year'],
  ['The river is at its highest since March last year.', '2026-11-20', '2025-03-01', 'month'],
  [
    'Hotels in Iquitos have been fully booked for weeks for San Juan on the 24th, when the city celebrates.',
    '2026-06-17',
    '2026-06-24',
    'day',
    'expected',
  ],
  // A year that dates a deed before a headcount is that deed's.
  ['Opened in 2023, the line carried 2.4 million passengers.', '2026-06-25', '2023-01-01', 'year'],
  ['The ministry said the bridge will reopen in ten days.', '2026-11-05', '2026-11-15', 'day', 'expected'],
  // A plan that now will not be kept is ahead, however long ago it was made.
  [
    'The reopening of Rue Dar Smen, which the Commune had set for Monday, will not take place.',
    '2026-07-18',
    '2026-07-20',
    'day',
    'expected',
  ],
  // A quotation in single marks is read by its own words, its "tomorrow" from the day it was said.
  ["'We will hand over the logs tomorrow,' she said on Monday.", '2026-06-25', '2026-06-23', 'day'],
  // The weekday of "tomorrow" in brackets dates nothing of its own.
  [
    'The load test is still planned for tomorrow (Thursday), when four loaded trams will be parked on the bridge.',
    '2026-12-02',
    '2026-12-03',
    'day',
    'expected',
  ],
  // A level is no event told with a day in the past, nor is a budget passed.
  ['The death toll was 12 on Monday.', '2026-12-02', '2026-11-30', 'day'],
  [
    'The authority approved an emergency budget of EUR2.4m for the works last week.',
    '2026-11-16',
    '2026-11-09',
    'week',
  ],
  // The day a plan was made for in the pluperfect is the nearest such, either side of the report.
  [
    'French distributor Carrousel Distribution had scheduled a domestic release for Sept. 16.',
    '2026-05-12',
    '2026-09-16',
    'day',
    'expected',
  ],
  ['The club had scheduled the match for 3 May but the storm intervened.', '2026-05-12', '2026-05-03', 'day'],
  // What a thing needs is still to be done.
  [
    'Crews patched the road, but the operator says a proper fix needs full resurfacing of the worst 600 metres in September.',
    '2026-06-10',
    '2026-09-01',
    'month',
    'expected',
  ],
  ['The city did not need the extra crews on Sunday.', '2026-06-10', '2026-06-07', 'day'],
  // A hearing or a debate told in the present is scheduled; a year set against another year is still the year.
  ['The Bihor Tribunal hears the case on Thursday.', '2026-12-01', '2026-12-03', 'day', 'expected'],
  ['The council debates the plan on Thursday.', '2026-12-01', '2026-12-03', 'day', 'expected'],
  ['The bridge was closed last year, not this year.', '2026-12-01', '2025-01-01', 'year'],
  // A part of this year is the year; "this year" alone dates nothing.
  ['Exports fell earlier this year.', '2026-05-23', '2026-01-01', 'year'],
  // A goal that stands now is ahead, told in the past or not; one met was met in the month gone by; weather makes a month.
  [
    "Volunteer June Pascoe told me the appeal's new goal is $400,000 by the end of January.",
    '2026-10-28',
    '2027-01-01',
    'month',
    'expected',
  ],
  ['She told me the firm met the target by the end of April.', '2026-10-28', '2026-04-01', 'month'],
  ['The rains made June the wettest month on record.', '2026-10-28', '2026-06-01', 'month'],
  // A year of a Japanese era; "next to" is a place, not a time ahead.
  ['In April Heisei 28 (2016) the earthquakes shook the walls down.', '2026-10-01', '2016-04-01', 'month'],
  ['The keep reopened in Reiwa 3 after repairs.', '2026-10-01', '2021-01-01', 'year'],
  [
    'Engineers found new cracks in a wall next to the collapsed section during an inspection on Monday.',
    '2026-09-16',
    '2026-09-14',
    'day',
  ],
  // What an occasion is billed for lies ahead; how far a deed had come as at a day is that day's.
  ['The 2026 Carnival Calabar is still billed for 27 December.', '2026-10-30', '2026-12-27', 'day', 'expected'],
  [
    'The firm said that as at Monday, 96 per cent of the transfers had been reversed.',
    '2026-07-15',
    '2026-07-13',
    'day',
  ],
  [
    'The deal obliges the parties to review the commission before Día de Andalucía, 28 February, and the union has warned it will strike.',
    '2026-12-03',
    '2027-02-28',
    'day',
    'expected',
  ],
  [
    "The harbour master resigned on last week's Thursday, citing the strain of the past weeks.",
    '2026-11-20',
    '2026-11-12',
    'day',
  ],
  [
    '"We have asked the city for a meeting on Friday," said the chair of the traders.',
    '2026-10-14',
    '2026-10-16',
    'day',
    'expected',
  ],
  [
    'The operator promises a fully enclosed conveyor by the end of January.',
    '2026-10-07',
    '2027-01-01',
    'month',
    'expected',
  ],
  [
    "The opening has been timed to coincide with Friday's celebrations of Bolívar's birthday.",
    '2026-07-22',
    '2026-07-24',
    'day',
    'expected',
  ],
  [
    "The decision at Tuesday night's council meeting means ratepayers will carry the cost.",
    '2026-11-25',
    '2026-11-24',
    'day',
  ],
  [
    'The lawyer told the Courier that his client had reported problems with the brakes to the cooperative in April.',
    '2026-07-03',
    '2026-04-01',
    'month',
  ],
  [
    'The stoppage comes at an awkward time, with the Launceston Cup on Wednesday expected to bring thousands of visitors.',
    '2026-02-23',
    '2026-02-25',
    'day',
    'expected',
  ],
  ['The inquiry ordered by the collector on Tuesday is due to report soon.', '2026-11-14', '2026-11-10', 'day'],
  [
    'The corporation has asked all hotels, restaurants and clubs along the lakefront to complete fire audits by the end of January.',
    '2026-11-20',
    '2027-01-01',
    'month',
    'expected',
  ],
  ['The bench posted the matter for further hearing on November 17.', '2026-10-07', '2026-11-17', 'day', 'expected'],
  // What the rules for levels, names and questions above must not take.
  ['On 12 March board members approved the budget.', '2026-06-10', '2026-03-12', 'day'],
  ['Officers found a van carrying 12 migrants last week.', '2026-06-10', '2026-06-01', 'week'],
  ["Turnout was 62% for Sunday's election.", '2026-06-10', '2026-06-07', 'day'],
  ["If you missed Tuesday's council meeting, what did they decide?", '2026-06-10', '2026-06-09', 'day'],
  ["Voters recall the mayor's promises in May.", '2026-06-10', '2026-05-01', 'month'],
  ['In March, one of the main draws, the zoo, reopened.', '2026-06-10', '2026-03-01', 'month'],
  // A memorial asked for at a place is ahead of the asking, as a meeting asked for is.
  [
    'Sunday Makoni said the families had asked for a memorial at Tsvingwe on Africa Day.',
    '2026-05-15',
    '2026-05-25',
    'day',
    'expected',
  ],
  // What is wanted done is ahead; a deadline told in reported speech is the nearest; a day of this year's feast is this
  // year's; a toll of one disaster keeps its year.
  [
    'Governor Rafael Anzola wants the bridge open before the civic parade for 19 April, and has promised it will be safe.',
    '2026-02-19',
    '2026-04-19',
    'day',
    'expected',
  ],
  [
    'The administrator said families in the red zone had until Sunday to move to a relocation site.',
    '2026-08-20',
    '2026-08-23',
    'day',
    'expected',
  ],
  [
    "The authority has moved this year's Botswana Day celebrations, on 30 September and 1 October, to the Kgotla.",
    '2026-08-19',
    '2026-09-30',
    'day',
    'expected',
  ],
  ['Floods killed 12 people in the city on Monday.', '2026-08-20', '2026-08-17', 'day'],
  ['A fire in Khuong Ha street killed 56 people in 2023.', '2026-08-20', '2023-01-01', 'year'],
  // A dateline after a byline in brackets is the filing's.
  [
    'Gujranwala (Staff Reporter) Tuesday 31 March 2026, 11 Shawwal 1447 AH: The department yesterday suspended an inspector.',
    '2026-03-31',
    '2026-03-30',
    'day',
  ],
  // A week's deed set apart is the week's.
  ['Agencies cancelled around 1,200 seat bookings last week alone.', '2026-10-27', '2026-10-19', 'week'],
  // Celebrations prepared for are the nearest; a month before "on the waterfront" is the month; a closure between days.
  [
    'The Council took note of the programme of the celebrations of the Proclamation of the Republic, on 28 November.',
    '2026-10-14',
    '2026-11-28',
    'day',
    'expected',
  ],
  ['The festival will run in March on the waterfront.', '2026-11-12', '2027-03-01', 'month', 'expected'],
  // What a day is like, told in a clause after it, does not set when it falls.
  [
    'The mayor ordered a review, calling it "the only honest response on Ash Wednesday, when this whole city is taking stock."',
    '2026-02-20',
    '2026-02-18',
    'day',
  ],
  ['The decision comes on Monday, when the council will vote.', '2026-02-20', '2026-02-23', 'day', 'expected'],
  // A feast kept, not greeted, is dated.
  ['Traders celebrated Tabaski in the square with their families.', '2026-05-28', '2026-05-27', 'day'],
  // What the rules for figures as of a day, forecasts, greetings, datelines, deadlines in reported speech, celebrations,
  // tolls, gatherings asked for and figures set apart must not take.
  ['The new 15% fuel levy takes effect as of 1 July.', '2026-06-10', '2026-07-01', 'day', 'expected'],
  [
    'The weather service forecast heavy rain for the weekend, but the marathon will go ahead on Sunday.',
    '2026-06-10',
    '2026-06-14',
    'day',
    'expected',
  ],
  ['The President greeted worshippers at the national mosque on Eid al-Adha.', '2026-06-10', '2026-05-27', 'day'],
  ['Champions League final (Budapest) 30 May 2026.', '2026-06-10', '2026-05-30', 'day'],
  [
    'Officials said residents had until Friday to leave, but hundreds stayed and were rescued by boat.',
    '2026-06-10',
    '2026-06-05',
    'day',
  ],
  ['Officials said residents had only until Friday to leave.', '2026-06-10', '2026-06-12', 'day', 'expected'],
  [
    'Plans for the independence celebrations were thrown into chaos when protesters stormed the square on Friday.',
    '2026-06-10',
    '2026-06-05',
    'day',
  ],
  ['Militants killed 40 people at a market in Maiduguri last year.', '2026-06-10', '2025-01-01', 'year'],
  ['The families had asked for a vigil on Saturday, and hundreds attended.', '2026-06-10', '2026-06-06', 'day'],
  ['Three ministers resigned last month alone.', '2026-06-10', '2026-05-01', 'month'],
  [
    'According to a first summary sent to the City on Wednesday evening, two bolts failed.',
    '2026-07-24',
    '2026-07-22',
    'day',
  ],
  // What travellers were bound for is ahead of the journey.
  [
    'Most of those on board were heading home to Flores for the Semana Santa procession in Larantuka on Good Friday.',
    '2026-03-31',
    '2026-04-03',
    'day',
    'expected',
  ],
  // A name ending in a letter outside ASCII leaves the day after it whole.
  ['The coordinator, Jelena Vuković, on Wednesday called the march.', '2026-12-03', '2026-12-02', 'day'],
  [
    '"We will march from the Liberty Bridge tomorrow at 6 p.m.," said the group\'s coordinator, Jelena Vuković, on Wednesday.',
    '2026-12-03',
    '2026-12-03',
    'day',
    'expected',
  ],
  // A plan told as not kept has had its day.
  [
    'A hands-on netting and drainage inspection scheduled for July was not carried out.',
    '2026-11-13',
    '2026-07-01',
    'month',
  ],
  ['The vote scheduled for Tuesday did not take place.', '2026-11-13', '2026-11-10', 'day'],
  // (A year's level since a year, a day kept every year, and a month set off before the figures still date.)
  ['He has had his cow shed propped up since 2019.', '2026-08-20', '2019-01-01', 'year'],
  [
    'The families of the victims will gather at Angrois on Friday, as they do every year, for a floral tribute.',
    '2026-07-20',
    '2026-07-24',
    'day',
    'expected',
  ],
  [
    'In the second half of September, shipments of Armenian fruit to Russia fell by 58%, exporters said.',
    '2026-09-30',
    '2026-09-01',
    'month',
  ],
  ['Bus operators raised fares from SSP 1,000 to SSP 2,500 on Wednesday morning.', '2026-06-26', '2026-06-24', 'day'],
  // A promise made by now is of what is to come.
  [
    'The State Party has committed to completing the restoration of the eastern wall by the end of January.',
    '2026-09-24',
    '2027-01-01',
    'month',
    'expected',
  ],
  // A state that holds as the report is written is no event, unless the sentence tells it began then.
  ['The road was closed this morning after a rockfall.', '2026-10-05', '2026-10-05', 'day'],
  ['Line 1 of the Salvador metro is closed this morning after a fire.', '2026-06-23', '2026-06-23', 'day'],
  [
    'Up from about 400 tankers a day when deliveries began on Sunday, the fleet now runs to 460.',
    '2026-09-22',
    '2026-09-20',
    'day',
  ],
  // A plan overtaken by what a review found was for the day gone by, whatever the finding says must still be done.
  [
    'The bridge was due to reopen to pedestrians on Monday but a binational review found that three beams must be replaced.',
    '2026-09-26',
    '2026-09-21',
    'day',
  ],
  ['The operator expects to restore service today.', '2026-09-24', '2026-09-24', 'day', 'expected'],
  // The day after a comma is read without the "now" of the clause after it.
  [
    'The pavilions, set up by the city on Saturday, now house 180 traders from the burned rows.',
    '2026-09-02',
    '2026-08-29',
    'day',
  ],
  ['The two men arrested after the fire on Monday will appear in court.', '2026-09-08', '2026-09-07', 'day'],
  ["The city's Christmas market opened on Friday.", '2026-11-23', '2026-11-20', 'day'],
  ['The Berth 2 ramp has been in service since 1989.', '2026-08-10', '1989-01-01', 'year'],
  ['In 2019, the bridge was restored.', '2026-10-20', '2019-01-01', 'year'],
  [
    'The fire is the worst at a Cairns marina since 2011, when two prawn trawlers burned.',
    '2026-07-20',
    '2011-01-01',
    'year',
  ],
  [
    'The church said it would move its Easter sunrise service away from the riverfront.',
    '2026-03-30',
    '2026-04-05',
    'day',
    'expected',
  ],
  ['The same crew built a similar roof for a festival in Varna in July.', '2026-09-10', '2026-07-01', 'month'],
  // Review guards: each still dates as before the rules that read its neighbours.
  ['Bus fares will go up from $2.50 to $3 on 1 October.', '2026-09-15', '2026-10-01', 'day', 'expected'],
  ['The road will be closed after the final match on Sunday.', '2026-09-15', '2026-09-20', 'day', 'expected'],
  ['Police expect 5,000 protesters to march through the city today.', '2026-09-15', '2026-09-15', 'day', 'expected'],
  ['Schools across the county are closed today as the storm hits.', '2026-09-15', '2026-09-15', 'day'],
  ['The death toll rose from 12 at dawn to 40 on Tuesday, officials said.', '2026-09-15', '2026-09-15', 'day'],
  ['Power has been down since Monday across much of the island.', '2026-09-15', '2026-09-14', 'day'],
  ['The death toll rose to 40 on Tuesday, up from 12 a day earlier.', '2026-09-15', '2026-09-15', 'day'],
  ['At least 45 people were killed in the Kabul bombing in 2021.', '2026-09-15', '2021-01-01', 'year'],
  ['In 2021, 45 people were killed when a bomb exploded at the market.', '2026-09-15', '2021-01-01', 'year'],
  ['About 150 workers have been on strike since 2024.', '2026-09-15', '2024-01-01', 'year'],
  ['The party won 45 seats in the election last year.', '2026-09-15', '2025-01-01', 'year'],
  [
    "She was travelling to Rome for Pope Leo's Mass on Sunday when the crash happened.",
    '2026-09-15',
    '2026-09-13',
    'day',
  ],
  ['The government has committed to the reforms announced in March.', '2026-09-15', '2026-03-01', 'month'],
  ['The budget was approved before 31 March, the finance ministry said.', '2026-09-15', '2026-03-31', 'day'],
  ["Dublin's St Patrick's Day parade drew 500,000 people.", '2026-09-15', '2026-03-17', 'day'],
  [
    'The strike, which began on Monday (14 September) — the first in a decade — has shut every port.',
    '2026-09-15',
    '2026-09-14',
    'day',
  ],
  [
    'The Royal Hospital marks its 250th anniversary in October with a gala dinner.',
    '2026-09-15',
    '2026-10-01',
    'month',
    'expected',
  ],
  ['A memorial will be unveiled around the anniversary in November.', '2026-09-15', '2026-11-01', 'month', 'expected'],
  ['Paris Fashion Week begins in September with 70 shows.', '2026-09-15', '2026-09-01', 'month', 'expected'],
  ['The project will be completed by March-end, the minister said.', '2026-09-15', '2027-03-01', 'month', 'expected'],
  ['March, if all goes to plan, will see the first trains run.', '2026-09-15', '2027-03-01', 'month', 'expected'],
  // A deadline that stands is ahead, whatever the clause before it did; a question promised of a letter sent is not.
  [
    'The restorers have worked without a break, and the deadline for the stabilisation is November 30.',
    '2026-10-16',
    '2026-11-30',
    'day',
    'expected',
  ],
  [
    'Deputies have promised to ask why the letter the municipality sent in August went unanswered.',
    '2026-10-16',
    '2026-08-01',
    'month',
  ],
  // An assurance's day is the day its quotation's "tomorrow" counts from.
  [
    '"Tomorrow we will have an extra ferry at Pargua," the governor assured the radio stations on Thursday the 8th.',
    '2026-10-09',
    '2026-10-09',
    'day',
    'expected',
  ],
  // (Guards: a day of mourning was; a rise on a day and a town covered on one are events.)
  ['27 May was a day of mourning in the town.', '2026-06-02', '2026-05-27', 'day'],
  ['The river rose by 2 metres on Monday.', '2026-10-07', '2026-10-05', 'day'],
  ['The storm covered the town in mud on Monday.', '2026-10-07', '2026-10-05', 'day'],
  // A when-clause that promises what will be done then tells nothing done; a thing repaired in a year is an event.
  [
    'Operators expect traffic to recover after 3 August, when the governor has promised to look again at the ban.',
    '2026-06-17',
    '2026-08-03',
    'day',
    'expected',
  ],
  ['The yard repaired the tanker last year.', '2026-08-10', '2025-01-01', 'year'],
  // A year after a possessive; the feasts by their Turkish and Azerbaijani names; Bonfire Night, and a date after it.
  ["The plant's 2019 modernisation replaced the old mercury cells.", '2026-06-01', '2019-01-01', 'year'],
  ['The mayor visited evacuated families on the first day of Gurban Bayrami.', '2026-06-01', '2026-05-27', 'day'],
  ['Lorries queued at the border on Kurban Bayramı.', '2026-06-01', '2026-05-27', 'day'],
  ['Youths lit a bonfire of pallets near the aqueduct on Bonfire Night.', '2026-11-10', '2026-11-05', 'day'],
  [
    'The display, which had been due to take place on Bonfire Night, Thursday 5 November, will move.',
    '2026-11-10',
    '2026-11-05',
    'day',
  ],
  // A live page's clock before "This morning"; what a promise made some day was of; (guard) a month in a saying.
  ['09:45 - This morning the Conagua pumps on Calle 59 were switched off.', '2026-11-02', '2026-11-02', 'day'],
  ['At 09:45 this morning the pumps were switched off.', '2026-11-02', '2026-11-02', 'day'],
  [
    'The governor promised replacement engines before the Virgin of Guadalupe festivities on Dec. 12.',
    '2026-11-10',
    '2026-12-12',
    'day',
    'expected',
  ],
  ['He said the bridge in October was closed for repairs.', '2026-11-10', '2026-10-01', 'month'],
  // Today's performances; a hearing a court has set; the hour before a day.
  [
    "The festival has cancelled today's Pop-Up Opera performances in the Main Street shops.",
    '2026-10-22',
    '2026-10-22',
    'day',
  ],
  [
    "The Regional Court has set a first hearing in the contractor's suit against the city for 22 September.",
    '2026-06-05',
    '2026-09-22',
    'day',
    'expected',
  ],
  ['At 3 p.m. yesterday the bridge reopened.', '2026-09-25', '2026-09-24', 'day'],
  // A change on a day is an event; a day compared with has been; an auxiliary left out; a day's apposition counted
  // from a holiday.
  ['Ferry fares for trucks were halved last Tuesday after complaints.', '2026-11-20', '2026-11-17', 'day'],
  ['"It should be weaker than on Tuesday," the forecaster said.', '2026-07-27', '2026-07-21', 'day'],
  [
    'He said the repair of the pier would be finished and trucks allowed back by the end of January.',
    '2026-11-20',
    '2027-01-01',
    'month',
    'expected',
  ],
  [
    'Engineers began load tests on the repaired pier this morning, a day before National Day.',
    '2026-12-01',
    '2026-12-01',
    'day',
  ],
  // The day a word given names is ahead; (guard) a week gone by.
  [
    '"She gave me her word: Wednesday, without fail," the mayor said in the studio.',
    '2026-09-03',
    '2026-09-09',
    'day',
    'expected',
  ],
  ['She wrote the letter last week.', '2026-10-07', '2026-09-28', 'week'],
  // (Guards: calls cancelled on a day; an order of the story's own time.)
  ['Lines cancelled 22 calls on Monday.', '2026-09-04', '2026-08-31', 'day'],
  ['The governor lifted the evacuation order of 23/07/2026 concerning 40 houses.', '2026-08-05', '2026-07-23', 'day'],
  // The year 2000 before a renovation; a weekday before a count or before a Hijri date it names; what a subject plans;
  // (guards) plans drafted, rotations cancelled between two days.
  ['The hangers were partly replaced during the 2000 renovation.', '2026-06-18', '2000-01-01', 'year'],
  ['On Monday, 42 herder families had filed a suit against the mining company.', '2026-08-21', '2026-08-17', 'day'],
  ['On Tuesday, the first of Muharram 1448, residents held a sit-in.', '2026-06-18', '2026-06-16', 'day'],
  [
    'The wilaya plans its fireworks display from the belvedere at 22:00 on Sunday.',
    '2026-07-03',
    '2026-07-05',
    'day',
    'expected',
  ],
  ['The plans their union drafted on Monday were shelved.', '2026-07-03', '2026-06-29', 'day'],
  ['Haneul Air cancelled 14 rotations between Oct. 8 and Oct. 11.', '2026-10-20', '2026-10-08', 'day'],
  // What a mishap came before has happened; a vigil organised for a day is ahead; today's plan called off was today's;
  // (guard) a peak on a day is an event.
  [
    'Tour operators are reporting cancellations for the rest of the season after the float fire in the Plaza de Armas on Good Friday.',
    '2026-04-24',
    '2026-04-03',
    'day',
  ],
  [
    'Exiles in South Florida have organized a vigil for Sunday at the Ermita de la Caridad.',
    '2026-07-31',
    '2026-08-02',
    'day',
    'expected',
  ],
  ['The bull run that was due to take place this afternoon has been cancelled.', '2026-04-04', '2026-04-04', 'day'],
  ['Traffic peaked at 4,000 cars on Monday.', '2026-11-06', '2026-11-02', 'day'],
  // The day's own deed before a relative clause in the present; a weekday with its Finnish date in brackets.
  [
    'The city today cancelled the traditional Vappu eve gathering, which draws thousands of students every 30 April.',
    '2026-04-30',
    '2026-04-30',
    'day',
  ],
  ["Last Tuesday (26.5.) the city's technical board recommended building a wall.", '2026-06-03', '2026-05-26', 'day'],
  // A quotation's "tomorrow at noon" counts from the day it was said; a 24-hour clock with a stop before "this morning".
  [
    '"The last charges go off tomorrow at noon, if the rock behaves," the site manager said on Thursday.',
    '2026-06-12',
    '2026-06-12',
    'day',
    'expected',
  ],
  ['Search and rescue teams ended their work at 02.15 this morning.', '2026-05-29', '2026-05-29', 'day'],
  // A 24-hour clock with a stop before "last night"; what a body holds, told in the present, is ahead; a year a thing
  // dates back to; a ship built in a year.
  ['All passengers were taken ashore to Vaasa by 23.30 last night.', '2026-06-20', '2026-06-19', 'day'],
  [
    'The Swedish Assembly of Finland, which holds its Svenska dagen seminar in Vaasa on 6 November, wants answers.',
    '2026-07-22',
    '2026-11-06',
    'day',
    'expected',
  ],
  ['The industrial zone itself dates back to 1982.', '2026-06-22', '1982-01-01', 'year'],
  ['The 1998-built Baltic Swan ran aground in the Kvarken.', '2026-06-29', '1998-01-01', 'year'],
  // (Review guards) a participle or an agent between a plan and its day; money set aside; a test named for a crash; an
  // opening participle; a strike we were told about; a date set; an auction's close; a week's repair; money put into one
  // thing; a headcount when something happened; every province in a month; a state before a deed; a week's headline,
  // change and sinking; a feast's days; counts after a possessive or a 2000.
  ['The club plans its appeal against the ban imposed on Monday.', '2026-10-07', '2026-10-05', 'day'],
  ["The ministry has set aside 2 million euros for Monday's flood victims.", '2026-10-07', '2026-10-05', 'day'],
  ['The mayor promised compensation for the families hit by the floods on Friday.', '2026-10-07', '2026-10-02', 'day'],
  ['The new model goes on sale after the crash tests in December.', '2026-10-07', '2026-12-01', 'month', 'expected'],
  [
    'Appointed Minister of Health on Monday, Ms Diaz will visit the flooded clinics.',
    '2026-10-07',
    '2026-10-05',
    'day',
  ],
  ['The minister spoke to us about the strike that began this morning.', '2026-10-07', '2026-10-07', 'day'],
  ['15 October is the date set for the referendum.', '2026-10-07', '2026-10-15', 'day', 'expected'],
  ['The auction ended at $4.5 million on Saturday, when the painting was sold.', '2026-10-07', '2026-10-03', 'day'],
  ['Engineers repaired 40 metres of the collapsed sea wall last week.', '2026-10-07', '2026-09-28', 'week'],
  ['The fund invested €20 million in the new terminal in 2019.', '2026-10-07', '2019-01-01', 'year'],
  ['About 200 miners worked underground when the shaft collapsed in 2019.', '2026-10-07', '2019-01-01', 'year'],
  [
    'In 2019, about 300 people were evacuated from the island as the volcano erupted.',
    '2026-10-07',
    '2019-01-01',
    'year',
  ],
  ['The president visited every province in March 2024.', '2026-10-07', '2024-03-01', 'month'],
  ['Smoke is still rising from the warehouse that exploded this morning.', '2026-10-07', '2026-10-07', 'day'],
  ['Breaking news from Lagos: 12 dead in bus crash this week.', '2026-10-07', '2026-10-05', 'week'],
  ['Bread prices doubled last week after the mill fire.', '2026-10-07', '2026-09-28', 'week'],
  ['A second ferry has sunk in the last week, the coastguard said.', '2026-10-07', '2026-09-28', 'week'],
  ['Two people drowned during the three days of Eid al-Adha.', '2026-06-10', '2026-05-27', 'day'],
  ["The co-operative's 1960 members will vote on Saturday.", '2026-10-07', '2026-10-10', 'day', 'expected'],
  ['The commission deployed its 2000 election observers on Sunday.', '2026-10-07', '2026-10-04', 'day'],
  // A week's inspection is the work done; a plan for tomorrow called off was for tomorrow; a plan called off
  // in a wind "gusting to 50 km/h" names no day it was moved to.
  [
    'MSS surveyors inspected 23 ferries on Koddiyar Bay last week and detained six of them.',
    '2026-02-10',
    '2026-02-02',
    'week',
  ],
  [
    'The civic-military parade, which was due to be held tomorrow on Avenida Giráldez, has been cancelled.',
    '2026-07-28',
    '2026-07-29',
    'day',
    'expected',
  ],
  [
    'The lift had been due to take place on Monday but was called off because of winds gusting to 50 km/h.',
    '2026-08-26',
    '2026-08-24',
    'day',
  ],
  // A clock time that ends a long sentence is no status line's; a part of the day "on" a weekday qualifies it; days of
  // one month from the first.
  [
    'On Sunday the opening afternoon went off with no serious incidents, and the Mugnaia will greet the teams again at 14:00.',
    '2026-02-17',
    '2026-02-15',
    'day',
  ],
  [
    'The Pont Marengo was due to reopen to pedestrians in the evening on Monday, but the prefecture decided otherwise.',
    '2026-08-12',
    '2026-08-10',
    'day',
  ],
  ['The decree also declared municipal mourning from Friday 10 to Sunday 12 July.', '2026-07-13', '2026-07-10', 'day'],
  ['Flags flew at half-mast from 10 to 12 July.', '2026-07-13', '2026-07-10', 'day'],
  // The international workers' day is 1 May wherever it is kept; a deadline set for a purpose is ahead of the setting,
  // whatever verb follows.
  [
    'Freight operators have warned of long queues over the International Labour Day holiday on Friday.',
    '2026-04-24',
    '2026-05-01',
    'day',
    'expected',
  ],
  [
    'The state has set itself a deadline to finish repairs to bay-front homes by the end of January, a target brokers described as ambitious.',
    '2026-11-20',
    '2027-01-01',
    'month',
    'expected',
  ],
  // A compound noun in "-bed" is no verb in the past.
  [
    'The inspectorate will begin an audit of every riverbed extraction site in the region on Monday.',
    '2026-09-10',
    '2026-09-14',
    'day',
    'expected',
  ],
  // An irregular participle after a count is an adjective; a hearing that continues on a weekday is ahead; a plan
  // called off for a day with its year was for that day.
  [
    'The state government says it will hand over the first 200 rebuilt houses at Wadata on Christmas Eve.',
    '2026-10-30',
    '2026-12-24',
    'day',
    'expected',
  ],
  [
    'The hearing continues on Monday, with the NEMA zonal coordinator, Mrs. Rahila Odeh, expected to testify.',
    '2026-10-30',
    '2026-11-02',
    'day',
    'expected',
  ],
  ['The Independence Day parade, fixed for 1 October 2026, has been cancelled.', '2026-10-03', '2026-10-01', 'day'],
  // "for the last time" is no time gone by; a perfect takes no day gone by; a Korean day with its weekday.
  [
    'The Army boat service will run for the last time on Sunday, officials said.',
    '2026-11-20',
    '2026-11-22',
    'day',
    'expected',
  ],
  [
    '6:15 PM | Butwal Sub-Metropolitan City has announced a day of mourning on Sunday.',
    '2026-10-24',
    '2026-10-25',
    'day',
    'expected',
  ],
  ['The forensic examination was carried out on 9. 26.(Sat) from 10:00.', '2026-09-30', '2026-09-26', 'day'],
  // "each" after a sum is a share apiece, not every week's day.
  [
    'The families received the first compensation payments of ZiG 25,000 each on Monday, the company said.',
    '2026-09-16',
    '2026-09-14',
    'day',
  ],
  // A deadline asked for now is ahead.
  [
    'It asks the Comune to write a new safety plan by the end of January, a deadline the council calls tight.',
    '2026-06-05',
    '2027-01-01',
    'month',
    'expected',
  ],
  // A day fixed for a hearing is ahead of the fixing.
  [
    'The bench fixed 17 August for the next hearing on the writ petition.',
    '2026-07-16',
    '2026-08-17',
    'day',
    'expected',
  ],
  // "last" tells the year of a plan told as overtaken.
  [
    'The work was supposed to be finished last November, but the contractor asked for more time.',
    '2026-07-02',
    '2025-11-01',
    'month',
  ],
  // (Review guards) one deed of a month or a year, counted or not; a comparison, not a share; a ruling's year; a day far
  // ahead in words; a bond issue's month; the day a change takes effect; a day that is always an event; a crowd that is
  // happy; deeds of "each" and of "the first 12"; a day a span of hours runs from that is an event's; a week of the year;
  // an open meeting, no verb; a month a summary is for; a signal's date-time group; a year's deeds, counted or not; an
  // auction's end.
  ['Parliament approved $2 billion in emergency aid last month.', '2026-06-10', '2026-05-01', 'month'],
  ['Last month, there were 2 explosions at the chemical plant.', '2026-06-10', '2026-05-01', 'month'],
  ['The storm that hit the coast in October was 40% stronger than forecast.', '2026-06-10', '2025-10-01', 'month'],
  ['A 2019 Supreme Court ruling struck down the law.', '2026-06-10', '2019-01-01', 'year'],
  ["Halley's Comet will return on 28 July 2061.", '2026-06-10', '2061-07-28', 'day', 'expected'],
  ['The scandal centred on a bond issue of March 2019.', '2026-06-10', '2019-03-01', 'month'],
  ['As of 1 July, the fare is 3 euros.', '2026-06-10', '2026-07-01', 'day', 'expected'],
  ['The march on 14 July is always a big event.', '2026-06-10', '2026-07-14', 'day', 'expected'],
  ['Crowds gathered, and happy Sunday shoppers filled the malls.', '2026-06-10', '2026-06-07', 'day'],
  ["Police made 12 arrests in the 48 hours since Friday's riot.", '2026-11-22', '2026-11-20', 'day'],
  ['Exports fell in week 13 of the year.', '2026-05-13', '2026-03-23', 'week'],
  ['More than 200 people came to our open meeting on Whit Monday.', '2026-06-05', '2026-05-25', 'day'],
  [
    'The climate summary for November 2026 will be published in early December.',
    '2026-11-17',
    '2026-12-01',
    'month',
    'expected',
  ],
  ['An update on the restricted area will be issued by 080800Z APR 26.', '2026-04-07', '2026-04-08', 'day', 'expected'],
  ['The 2019 fire destroyed 300 homes.', '2026-05-13', '2019-01-01', 'year'],
  ['In 2022, the storm destroyed 300 homes and the council recorded 12 deaths.', '2026-05-13', '2022-01-01', 'year'],
  ['The auction ended at $4.5 million on Saturday.', '2026-10-07', '2026-10-03', 'day'],
  // (Review guards) a summary published in a month; a rally's size; votes counted from a day; one flight cancelled; a
  // letter read out this week; one incident in a span of hours.
  ['The ministry will publish the climate summary in November 2026.', '2026-08-20', '2026-11-01', 'month', 'expected'],
  ['The party had a rally of 50,000 people at the end of April.', '2026-08-20', '2026-04-01', 'month'],
  ['Votes will be counted from Wednesday 25 March at the town hall.', '2026-03-20', '2026-03-25', 'day', 'expected'],
  [
    'Qantas cancelled its Saturday afternoon flight to Melbourne after the engine fault.',
    '2026-08-20',
    '2026-08-15',
    'day',
  ],
  ["This week's letter from the president was read out in parliament.", '2026-08-20', '2026-08-17', 'week'],
  [
    'In the 24 hours to Sunday morning, police were called to a stabbing in Brixton.',
    '2026-08-20',
    '2026-08-16',
    'day',
  ],
  // A plan told in the past for the day before, or overtaken, is for the nearer day; a plan for a day ahead, told or
  // counted a week on, is ahead.
  ['Harbormaster Dale Prewitt said the boat was due back in Kodiak on Wednesday.', '2026-03-05', '2026-03-04', 'day'],
  ['Half of us were supposed to be in costume for the parade Saturday night.', '2026-10-26', '2026-10-24', 'day'],
  ['The tunnel was due to open to passengers on Sunday.', '2026-03-03', '2026-03-08', 'day', 'expected'],
  ['The society had planned to run its first specials on Friday week.', '2026-09-18', '2026-09-25', 'day', 'expected'],
  [
    'The Airports Authority said it was due to resume traffic on Monday.',
    '2026-10-21',
    '2026-10-26',
    'day',
    'expected',
  ],
  // A feast a deed is counted back from is the nearest one.
  [
    'The fire forced passengers to abandon the vessel two days before the Hindu Day of Silence, Nyepi.',
    '2026-03-18',
    '2026-03-19',
    'day',
    'expected',
  ],
  // A plan overtaken by an extension is for the day it named; one whose fate is still to come is ahead.
  ['A winter storm warning that was due to expire on Sunday was extended.', '2026-11-24', '2026-11-22', 'day'],
  [
    'The deadline, which was due to expire on Friday, will be postponed.',
    '2026-11-24',
    '2026-11-27',
    'day',
    'expected',
  ],
  // A trial told in the present is ahead; a range's year after its last day; a week glossed by its days.
  [
    'The owner of the gulet, who was charged with causing a fire by negligence, goes on trial on 3 June.',
    '2026-04-28',
    '2026-06-03',
    'day',
    'expected',
  ],
  ['The 2027 Awa Odori is scheduled for Aug. 12–15, 2027.', '2026-08-20', '2027-08-12', 'day', 'expected'],
  ['The bureau reported 151 suspected cholera cases in week 34 (17–23 August).', '2026-08-25', '2026-08-17', 'week'],
  // A fixture given up is for the clearly nearer day.
  ["Fairyhouse has also given up Saturday's card.", '2026-04-09', '2026-04-11', 'day', 'expected'],
  // A plan that will not now be kept is ahead, whatever stands between its day and its fate.
  [
    'The reopening, which the council had set for Monday at the pier, will not take place.',
    '2026-09-26',
    '2026-09-28',
    'day',
    'expected',
  ],
  // The end of a day's business is no verb of a plan.
  [
    'The commission says 9,418 people had voted early by close of business on Friday.',
    '2026-08-07',
    '2026-08-07',
    'day',
  ],
  ['The two leaders each signed the accord on Friday.', '2026-06-10', '2026-06-05', 'day'],
  ['Of the 40 evacuees, the first 12 went home on Friday.', '2026-06-10', '2026-06-05', 'day'],
  // Who will be among those honoured is told by "will be".
  [
    'FWO engineers who built it will be among those honoured at ceremonies in Gilgit on Sunday, the Force Command said.',
    '2026-09-03',
    '2026-09-06',
    'day',
    'expected',
  ],
  ['Among those honoured on Sunday was the engineer who built it.', '2026-09-03', '2026-08-30', 'day'],
  ['Occupancy in the first half of August was 40% lower than last year.', '2026-08-20', '2026-08-01', 'month'],
  // A feast kept on a weekday is this year's, ahead.
  [
    'Jordan, which gained its independence from Britain, marks Independence Day on Monday.',
    '2026-05-24',
    '2026-05-25',
    'day',
    'expected',
  ],
  // (The clause after it, with its own verb, does not turn it back.)
  [
    'Palau celebrates Independence Day on Thursday, and organizers have moved the parade in Koror off flatbed trucks.',
    '2026-09-29',
    '2026-10-01',
    'day',
    'expected',
  ],
  ['On Wednesday we celebrate Marula, the fruit festival of the north.', '2026-06-29', '2026-07-01', 'day', 'expected'],
  ['Crowds gathered on Monday to mark Independence Day.', '2026-07-01', '2026-06-29', 'day'],
  // Pentecost Monday is the day after Pentecost; a day fixed for a mention is ahead; a year of birth in a clause of its own
  // is an event.
  ['The depot had taken delivery on Pentecost Monday of an exceptional cargo.', '2026-06-30', '2026-05-25', 'day'],
  ['The court allowed bail and fixed July 16 for mention.', '2026-06-09', '2026-07-16', 'day', 'expected'],
  ['Simón Bolívar was born in Caracas in 1783.', '2026-07-24', '1783-01-01', 'year'],
  ['"Today, on Easter Sunday, we pray for them."', '2026-04-05', '2026-04-05', 'day'],
  ['He was hurt in a 2019 car bombing.', '2026-07-24', '2019-01-01', 'year'],
  // The day a declaration names is the clearly nearer; a thing of a day said to go ahead reads by its own verb; a
  // delivery required by a day is ahead; sales on a holiday are of that day.
  ['The government declared Wednesday a day of national mourning.', '2026-08-07', '2026-08-05', 'day'],
  [
    'Kostovska said the traditional boat trip for the poets to the monastery at Kališta on Saturday would go ahead.',
    '2026-08-19',
    '2026-08-22',
    'day',
    'expected',
  ],
  ['Shops reported strong sales on Easter Monday.', '2026-04-20', '2026-04-06', 'day'],
  ['The firm won the contract in March with approval required from the council.', '2026-09-24', '2026-03-01', 'month'],
  ['In 2024, 300 protesters entered the parliament building.', '2026-09-01', '2024-01-01', 'year'],
  // "why" opens a clause of its own, read by its own verbs.
  [
    'The inquiry is expected to look at why the recommendations of the prevention visit in July were never carried out.',
    '2026-08-26',
    '2026-07-01',
    'month',
  ],
  ['The minister will explain why the bridge will close on Monday.', '2026-08-26', '2026-08-31', 'day', 'expected'],
  // (A span of years a thing lasted still dates its start.)
  ['The bridge was open from 2015 to 2025.', '2026-10-20', '2015-01-01', 'year'],
  // A day given to a thing to come lies ahead.
  [
    'French distributor Carrousel, which has the film dated for Sept. 16 in France, declined to comment.',
    '2026-05-08',
    '2026-09-16',
    'day',
    'expected',
  ],
  [
    'The company had pencilled in a release on 16 September on about 300 screens.',
    '2026-05-20',
    '2026-09-16',
    'day',
    'expected',
  ],
  ['The Act came into force from 2019.', '2026-05-20', '2019-01-01', 'year'],
  // The review's guards: what a relative clause celebrates is no tense; a feast kept this year is the nearer day; prose
  // ending in "a statement, Saturday night"; a single deed's burning; a week-long closure in a month; a vehicle's year
  // before a mishap; an agency's acronym before a weekday; a plan "ready or not"; a start "as of" an hour; a mishap said
  // to be investigated; a market held every week burned on one day; a minister's years; a holiday in a hyphenated
  // compound.
  ['A teacher who celebrates Diwali was beaten on Saturday.', '2026-05-20', '2026-05-16', 'day'],
  ['The town celebrates Mulhako on Monday with parades.', '2026-07-07', '2026-07-06', 'day'],
  ['The governor declared the emergency in a televised statement, Saturday night.', '2026-05-20', '2026-05-16', 'day'],
  ['Rebels burned 40 houses in Kasai last month, the UN said.', '2026-05-20', '2026-04-01', 'month'],
  ['The port was closed for a week in August after the explosion.', '2026-10-20', '2026-08-01', 'month'],
  ['He was hurt in a 2022 car explosion.', '2026-05-20', '2022-01-01', 'year'],
  ['The CBI Monday arrested three railway officials.', '2026-05-20', '2026-05-18', 'day'],
  ['Schools reopen Monday, ready or not.', '2026-05-20', '2026-05-25', 'day', 'expected'],
  ['Ferries will stop sailing as of 18.00 hrs on 22 May.', '2026-05-20', '2026-05-22', 'day', 'expected'],
  [
    'The army said the attack on Monday and the ambush that followed would be investigated.',
    '2026-05-20',
    '2026-05-18',
    'day',
  ],
  ['A fire Tuesday gutted the market held every Tuesday in Kisii.', '2026-05-20', '2026-05-19', 'day'],
  ['He served as Law Minister from 2009 until his arrest.', '2026-05-20', '2009-01-01', 'year'],
  ['The city hosted 2,000 delegates at the climate summit last month.', '2026-10-20', '2026-09-01', 'month'],
  // A holiday's year told beside it is the year of its day.
  ['The pier was damaged on Easter Sunday last year.', '2026-06-10', '2025-04-20', 'day'],
  ['The pier, damaged on Easter Monday in 2019, was rebuilt.', '2026-06-10', '2019-04-22', 'day'],
  ['The shop burned down on Christmas Day 2019.', '2026-06-10', '2019-12-25', 'day'],
  ["Last year's Easter Monday storm damaged the pier.", '2026-06-10', '2025-04-21', 'day'],
  ['The hall will reopen on Christmas Eve next year.', '2026-06-10', '2027-12-24', 'day', 'expected'],
  // A mishap named by its holiday has happened.
  [
    'A carrier is asking a federal judge to rule that it owes nothing for a Lundi Gras parade crash in Lafayette.',
    '2026-03-26',
    '2026-02-16',
    'day',
  ],
  // What a deed done came after was before it; talks someone is called to are ahead.
  [
    'The two sides have agreed to split the cost, after a meeting at the ministry on Monday.',
    '2026-06-09',
    '2026-06-08',
    'day',
  ],
  [
    'Officials have called both sides to talks on Friday, a bridge holiday declared by the government, a source said.',
    '2026-07-08',
    '2026-07-10',
    'day',
    'expected',
  ],
  // A weekday owning a holiday told beside, not as a bound, is the day.
  ["Crowds gathered for Thursday's Independence Day parade.", '2026-07-08', '2026-07-02', 'day'],
  // Guards of the review: a holiday's year before a name, a mishap warned against, a clause after "after", a weekday
  // owning an event, a model's year after a date, an event's listing, a headline's verbs, a call unanswered in an
  // aside, a price's date that is news, a plan for the year.
  ['On Christmas Day 2025 Storm Bram brought down power lines across the county.', '2025-12-30', '2025-12-25', 'day'],
  [
    'Firefighters are warning households not to let a Christmas Day cooking fire ruin the festivities.',
    '2026-12-10',
    '2026-12-25',
    'day',
    'expected',
  ],
  [
    'The council has agreed to put the plan to a vote, after a public consultation closes on Friday.',
    '2026-07-01',
    '2026-07-03',
    'day',
    'expected',
  ],
  ["Visitors are urged to book before Saturday's Open Day.", '2026-07-01', '2026-07-04', 'day', 'expected'],
  ['In March 2024 Tesla cars were banned from the base.', '2026-08-10', '2024-03-01', 'month'],
  ['Tall Ships Festival · Saturday 18 July · Harbourside · Free entry', '2026-07-04', '2026-07-18', 'day', 'expected'],
  ['Port Reopened on Friday After Two-Week Closure', '2026-07-04', '2026-07-03', 'day'],
  ['Police said the man, who did not answer his phone, was found dead on Friday.', '2026-07-04', '2026-07-03', 'day'],
  ['Prices are correct as at 1 July, when the new tariff took effect.', '2026-07-04', '2026-07-01', 'day'],
  ['The new bridge is due to open this year.', '2026-07-04', '2026-01-01', 'year', 'expected'],
  // Who a thing is booked for, not what was done; a booking told as done is past.
  [
    'Clients booked to travel on Friday should be moved to Thursday or Saturday sailings now.',
    '2026-04-28',
    '2026-05-01',
    'day',
    'expected',
  ],
  ['Tourists booked into the hotel on Friday were moved.', '2026-04-28', '2026-04-24', 'day'],
  // A name in "-ed" is no verb of the past.
  [
    'Ramdass will meet the family of Mr Mohammed on Friday, at their request.',
    '2026-02-17',
    '2026-02-20',
    'day',
    'expected',
  ],
  // A model's year before a name that is no machine's is a year.
  ['In 2019 Toyota trucks sold well.', '2026-06-10', '2019-01-01', 'year'],
  ['A 2019 Supreme Court ruling stands.', '2026-06-10', '2019-01-01', 'year'],
  ['Under a 2018 Trade Agreement, tariffs on cars fell to zero.', '2026-06-10', '2018-01-01', 'year'],
  ['CalMac said in a service update on 16 July that sailings were cancelled.', '2026-07-20', '2026-07-16', 'day'],
  ['It means Monday will be a holiday.', '2026-09-29', '2026-10-05', 'day', 'expected'],
  // A flat of a reef is no price that held.
  ['Dive staff first reported pale corals on the reef flat three weeks ago.', '2026-07-23', '2026-06-29', 'week'],
  // A number before a weekday is no hour.
  ['The ship docked at Pier 15 on Monday.', '2026-06-10', '2026-06-08', 'day'],
  // A future perfect looks ahead.
  ['On Friday, the port will have been shut for a month.', '2026-06-10', '2026-06-12', 'day', 'expected'],
  // "in a fortnight", "a fortnight from now": the week two weeks on.
  ['The truck lane is due to open a fortnight from now.', '2026-02-20', '2026-03-02', 'week', 'expected'],
  ['The ship will return in a fortnight.', '2026-02-20', '2026-03-02', 'week', 'expected'],
  // More irregular past forms; an instruction in the present passive or after "warned … to" looks forward.
  ['Officials are investigating whether the pilot slept on Monday.', '2026-06-10', '2026-06-08', 'day'],
  ['Travellers are advised not to travel on Friday.', '2026-06-10', '2026-06-12', 'day', 'expected'],
  ['Police warned residents to expect delays until Friday.', '2026-06-10', '2026-06-12', 'day', 'expected'],
  // A plan told in the past whose fate is told as done was for the day gone by, or today.
  ['A limited service was due to resume on Wednesday but was held back.', FRI, '2025-05-21', 'day'],
  [
    'The union, which was due to walk out on Thursday, the eve of Chuseok, postponed the strike after mediation.',
    '2026-09-25',
    '2026-09-24',
    'day',
  ],
  [
    'The crews were due to return to the elevators Monday under an interim deal that fell apart.',
    '2026-06-03',
    '2026-06-01',
    'day',
  ],
  // Feasts counted from Easter are the Western churches' (the Orthodox are read where the report says so).
  ['Fire broke out on the lower deck on Good Friday, shortly before 4am.', '2026-04-11', '2026-04-03', 'day'],
  ['The chartered ship will take over the route on Easter Monday.', '2026-03-30', '2026-04-06', 'day', 'expected'],
  ['Full reopening would slip to Easter, the ministry said.', '2026-03-02', '2026-04-05', 'day', 'expected'],
  [
    'National Highways confirmed that full reopening had slipped to Easter after corrosion was found.',
    '2026-03-06',
    '2026-04-05',
    'day',
    'expected',
  ],
  // A day named without its year that the verbs would put most of a year away, when it lies within weeks the other way:
  // the verb is the telling's, not the event's.
  [
    'FerroNord has announced extra trains for the long weekend of the Festa della Repubblica, on the 2nd of June.',
    '2026-05-18',
    '2026-06-02',
    'day',
    'expected',
  ],
  [
    'The judge granted an interim injunction and set the matter for hearing on August 19.',
    '2026-08-07',
    '2026-08-19',
    'day',
    'expected',
  ],
  ['The operator had scheduled it for 22 May but called it off that morning.', '2026-06-04', '2026-05-22', 'day'],
  [
    'Auditors will inspect WA registered premises in May under the new protocol.',
    '2026-04-02',
    '2026-05-01',
    'month',
    'expected',
  ],
  // Most of a year ahead, and the other reading five weeks back: the verb decides.
  ['The festival will return on October 2.', '2026-11-07', '2027-10-02', 'day', 'expected'],
  // "by the end of the month", like "by the end of April", names the month.
  [
    'The government promised to publish revised fee regulations by the end of the month.',
    '2026-08-07',
    '2026-08-01',
    'month',
    'expected',
  ],
  // A month after "mid-" is a date; one joined to another month names a span ("the November-to-April season").
  ['The port is expected to reopen by mid-July.', '2026-06-10', '2026-07-01', 'month', 'expected'],
  ['The usual November-to-April season was quiet, and the port reopened in June.', '2026-07-10', '2026-06-01', 'month'],
  // A day of the month alone: this month's, the last's or the next's, as the verbs point; a deadline, the nearest.
  ['The compensation scheme announced on the 14th gives each passenger €400.', '2026-01-23', '2026-01-14', 'day'],
  ['The trade minister met exporters on the 9th.', '2026-07-02', '2026-06-09', 'day'],
  ['Parliament will hold an urgent debate on the affair on the 19th.', '2026-11-13', '2026-11-19', 'day', 'expected'],
  ['The strikers have until the 15th to return to work.', '2026-09-08', '2026-09-15', 'day', 'expected'],
  ['The blockade began on Tuesday the 14th.', '2026-07-21', '2026-07-14', 'day'],
  // "to have" owning something is no perfect; "to have started" is.
  ['The operator expects to have its service back by mid-May.', '2026-05-01', '2026-05-01', 'month', 'expected'],
  ['The fire is thought to have started on Monday.', '2026-05-06', '2026-05-04', 'day'],
  // A deadline within its period is ahead, however it was promised.
  [
    'The coastguard will publish findings, which it has promised by the end of May.',
    '2026-05-04',
    '2026-05-01',
    'month',
    'expected',
  ],
  // "this Wednesday": that day of the report's own week, whatever the tense.
  ['The first convoy left the terminal this Wednesday morning.', '2026-09-09', '2026-09-09', 'day'],
  ['The minister met the drivers this Monday.', '2026-09-09', '2026-09-07', 'day'],
  // A holiday as anyone writes it ("Sham el-Nessim", "Saint Sava's Day"); beside a date of another day, the date stands.
  ['A chartered aircraft flew 196 passengers home from Athens on Sham el-Nessim.', '2026-04-20', '2026-04-13', 'day'],
  ['Crowds marked Saint Sava’s Day outside the cathedral in Belgrade.', '2026-01-28', '2026-01-27', 'day'],
  ['Families went to the parks on Sham el-Nessim, the April 14 holiday.', '2026-04-20', '2026-04-14', 'day'],
  // "began to be processed" is no plan; "are due to be held" is.
  ['Under the protocol, empty trucks began to be processed on Saturday.', '2026-08-20', '2026-08-15', 'day'],
  ['The talks were due to be held on Friday.', '2026-08-20', '2026-08-21', 'day', 'expected'],
  // A holiday and the date after it in brackets name one day.
  ["The warrants had been signed on All Saints' Day (November 1), a holiday.", '2026-11-10', '2026-11-01', 'day'],
  // A plan told with "was to" and then overtaken is for the day gone by; one in force now ends ahead.
  [
    'The repair of one lane was to be completed by Wednesday but a fresh downpour lashed the coast, officials said.',
    '2026-09-05',
    '2026-09-02',
    'day',
  ],
  [
    'The county had said the beach clean-up was to be completed on Sunday but fresh tar balls washed up.',
    '2026-10-19',
    '2026-10-18',
    'day',
  ],
  [
    '"...HYDROLOGIC ADVISORY FOR CROW CREEK IN EFFECT UNTIL 9 PM MDT FRIDAY... Fuel contamination has been reported.',
    '2026-07-22',
    '2026-07-24',
    'day',
    'expected',
  ],
  ['The order was in force until Friday.', '2026-07-22', '2026-07-17', 'day'],
  // A weekday beside another calendar's date in figures stands alone; the work's progress as at a day is news.
  [
    'Members of the public may appear before the committee on Thursday, 2082/07/13.',
    '2025-10-28',
    '2025-10-30',
    'day',
    'expected',
  ],
  ['As at Thursday, the bank had reversed 96 per cent of the transfers.', '2026-10-23', '2026-10-22', 'day'],
  ['The festival, drawing large crowds in July, was cancelled.', '2026-08-10', '2026-07-01', 'month'],
  ['The crane failed in May.', '2026-05-30', '2026-05-01', 'month'],
  // A delay on a day is news, not a price's level.
  ['Trains were running 40 minutes late on Friday.', '2026-11-02', '2026-10-30', 'day'],
  // A time in a year's harvest is that year.
  ['Prices fell during the 2025 harvest.', '2026-10-05', '2025-01-01', 'year'],
  // A deed on a day with its clock time, a clause after it, is the day.
  ['The ferry sank on 14.07.2026, 11:20; two people died.', '2026-07-16', '2026-07-14', 'day'],
  // A deed on a day is news; the local day given beside a UTC stamp is the day.
  ['Crews restored power to 8,700 customers on Tuesday evening.', '2026-11-12', '2026-11-10', 'day'],
  [
    'M 3.5 - 27 km W of Ferndale, CA | 2026-11-11 02:11:09 (UTC) [local 2026-11-10 18:11:09 PST]',
    '2026-11-12',
    '2026-11-10',
    'day',
  ],
  // A report covering a day's event names the day.
  ['The council approved the plan on Monday, covering the costs of the repairs.', '2026-11-12', '2026-11-09', 'day'],
  // The eve of a date is the day before; a day's parade is news.
  [
    'The bridge had already reopened to pedestrians on the eve of 22 September, and people crossed.',
    '2026-09-30',
    '2026-09-21',
    'day',
  ],
  ['The parade on 17 May drew crowds.', '2026-06-22', '2026-05-17', 'day'],
  // A state a speaker will be in by a month is ahead; a closure since a day dates its start.
  [
    '"Now they tell us we\'re done in August, and the lake smells like a machine shop."',
    '2026-06-20',
    '2026-08-01',
    'month',
    'expected',
  ],
  ['The road has been closed since 24 June.', '2026-06-29', '2026-06-24', 'day'],
  // A notice allowing a thing from a weekday: the nearer such day; a year-end missed, told in January, is the year gone.
  [
    'The port authority issued a notice allowing manual clearance of consignments from Wednesday.',
    '2025-12-16',
    '2025-12-17',
    'day',
    'expected',
  ],
  [
    "The port authority's target of clearing the backlog by the end of the year was missed by two days.",
    '2026-01-03',
    '2025-01-01',
    'year',
  ],
  ['The council plans to finish the work by the end of the year.', '2026-01-03', '2026-01-01', 'year', 'expected'],
  // The soonest a thing may come is ahead.
  [
    'Port spokeswoman April Dawson said loading could restart as early as Friday if engineers cleared the gallery.',
    '2026-04-21',
    '2026-04-24',
    'day',
    'expected',
  ],
  // A closure in a span of hours today is news.
  ['Between 12:00 and 15:00 today, the runway was closed.', '2026-10-28', '2026-10-28', 'day'],
  // A closure since a day dates its start; a tally's day told in its own words keeps it; the soonest said of the past is no plan.
  ['The port has been shut since Tuesday.', '2026-10-14', '2026-10-13', 'day'],
  [
    'Residents of Khuan Lang, who say they warned officials as early as October 22, have filed a complaint.',
    '2026-11-20',
    '2026-10-22',
    'day',
  ],
  // Review: deeds over a month or a week, a count with an event's own day, a closure in a span with a snowfall, a reopening planned within a week.
  ['Heavy rains lashed the state throughout August, killing 40.', '2026-09-05', '2026-08-01', 'month'],
  ['Fighting raged throughout last week in the north.', '2026-09-05', '2026-08-24', 'week'],
  [
    'About 8,700 customers were still without service after the storm hit Tuesday evening.',
    '2026-09-05',
    '2026-09-01',
    'day',
  ],
  [
    'Between 12:00 and 15:00 today, 18 centimetres of snow fell and the runway was closed.',
    '2026-09-05',
    '2026-09-05',
    'day',
  ],
  ['The port will reopen within the next week.', '2026-09-05', '2026-09-07', 'week', 'expected'],
  // A weekday before a time zone in capitals is a day, not a name.
  ['The ferry sank late on Friday AEST, officials said.', '2026-07-14', '2026-07-10', 'day'],
  // A tally since a day whose own news follows keeps the day.
  ['Police have arrested 40 people since Monday, when protests began.', '2026-09-05', '2026-08-31', 'day'],
  // Clearing a thing on a day is news.
  ['Crews cleared the debris on Monday.', '2026-11-13', '2026-11-09', 'day'],
  // Since the report's own weekday, a week back (today's would be "since this morning"); a date in figures before capitals and a machine is no model year; a year that ended on no month's end is no reporting period; a Japanese notice's era dates.
  [
    '"Everybody on this side of the river has been asking the same question since Saturday morning," he said.',
    '2026-10-17',
    '2026-10-10',
    'day',
  ],
  [
    'On 17.11.2026 VUGD tankers delivered 42 m³ of drinking water to the Cēsis clinic.',
    '2026-11-18',
    '2026-11-17',
    'day',
  ],
  [
    'It is pointed out that the annual closure for the previous year ended on 10 January 2025.',
    '2025-12-20',
    '2025-01-10',
    'day',
  ],
  [
    'The emergency shelters opened on R8.11.21 (Sat) at the Obihiro Community Centre.',
    '2026-11-24',
    '2026-11-21',
    'day',
  ],
  ['The old terminal closed on H31.4.30, the last day of the Heisei era.', '2026-11-24', '2019-04-30', 'day'],
  // But a deed after a price keeps its day, and so does a date in figures, or a weekday other than the report's.
  ['Shares were trading at $4 when the exchange halted them on Monday.', '2026-10-27', '2026-10-26', 'day'],
  ['The shares, quoted at $4, were suspended on Monday.', '2026-10-27', '2026-10-26', 'day'],
  ['The road has been closed since Friday.', '2026-10-17', '2026-10-16', 'day'],
  ['The road has been closed since Saturday, 17 October.', '2026-10-17', '2026-10-17', 'day'],
  // A council that votes on a weekday, told in the present, votes on the one ahead; a number in a name is no count before its verb; people booked to sail are booked for what is ahead.
  [
    '- The Regional Council votes on Thursday on a 12-million-sol reconstruction fund for the Loromayo sector, where a dozen families lost crops and two homes.',
    '2026-08-05',
    '2026-08-06',
    'day',
    'expected',
  ],
  [
    'The operator whose vessel Sinar 8 collided with a barge on February 16 will be fined.',
    '2026-03-27',
    '2026-02-16',
    'day',
  ],
  ['About 300 people had booked to sail on Friday, the company said.', '2026-06-16', '2026-06-19', 'day', 'expected'],
  // But a level's change on a day is news, and so is a weekday that is a holiday.
  ['Traffic fell 20% on Monday after the bridge closed.', '2026-07-28', '2026-07-27', 'day'],
  ['Monday is a public holiday.', '2026-08-20', '2026-08-24', 'day', 'expected'],
  // A plan whose thing remains as it was is for the day gone by; but a level's change on a day is news, and so is what a time is, told once.
  ['The cargo terminal was due to reopen on Monday but remains closed.', '2026-08-28', '2026-08-24', 'day'],
  ['The ship was due to sail for Castries on Monday but remains at Berth 5.', '2026-08-28', '2026-08-24', 'day'],
  ['The river level rose on Monday after the rains.', '2026-10-20', '2026-10-19', 'day'],
  ['This month is the busiest.', '2026-08-26', '2026-08-01', 'month'],
  // A plan set apart between commas and then given up is for the clearly nearer of its two days.
  [
    "Governor Alphonse Kasongo Mbuyu said that official Parents' Day ceremonies in Kalemie, set for Saturday, had been canceled.",
    '2026-07-31',
    '2026-08-01',
    'day',
    'expected',
  ],
  ['The ceremonies, set for Wednesday, had been canceled.', '2026-07-31', '2026-07-29', 'day'],
  // A plan's holiday set for a day then cancelled is the nearest, and so is a weekday beside it; but a deed done once last year keeps its year.
  [
    'Performances scheduled for Tuesday, Bastille Day, have been cancelled, as has a special evening planned for the national holiday.',
    '2026-07-13',
    '2026-07-14',
    'day',
    'expected',
  ],
  ['Fireworks planned for Bastille Day were called off.', '2026-07-13', '2026-07-14', 'day', 'expected'],
  ['Limenaria Sea Lines was fined 18,000 euros last year.', '2026-06-01', '2025-01-01', 'year'],
  ['The company cut 300 contractor jobs last year.', '2026-06-01', '2025-01-01', 'year'],
  // A span whose first day is told with its weekday alone starts on that day.
  ['The holidays are moved to Wednesday 7 to Friday 9 October.', '2026-09-30', '2026-10-07', 'day', 'expected'],
  // A participle opening a compound is no past verb; the same moment told in another place's day is no second date; but a past year's deed keeps its year.
  [
    'A salvage company plans to tow the burnt-out seiner to an anchorage on Thursday.',
    '2026-04-15',
    '2026-04-16',
    'day',
    'expected',
  ],
  [
    'Firefighters in Pago Pago declared the fire fully out on Thursday evening in Pago Pago, Friday evening in Apia.',
    '2026-04-17',
    '2026-04-16',
    'day',
  ],
  ['In 2025, the distillery was sold for £41m.', '2026-05-12', '2025-01-01', 'year'],
  // But a night told across two dates keeps the second.
  [
    'Since the breach of the night of Sunday 9 to Monday 10 August, Kirkissoye has been drying out.',
    '2026-08-20',
    '2026-08-10',
    'day',
  ],
  // A one-off deed of last year with a figure keeps its year, and a price with a deed after its day keeps the day.
  ['Last year, a gunman shot dead 10 people at the mall.', '2026-09-01', '2025-01-01', 'year'],
  ['Last year 3,000 people were evacuated when the dam burst.', '2026-09-01', '2025-01-01', 'year'],
  ['Hackers stole $600 million from the exchange last year.', '2026-09-01', '2025-01-01', 'year'],
  ['The firm paid a $2m fine last year.', '2026-09-01', '2025-01-01', 'year'],
  [
    'Diesel was selling at $1.80 a litre on Friday when the government lifted the cap.',
    '2026-09-01',
    '2026-08-28',
    'day',
  ],
  // An infinitive joined to a pledge is of what was pledged, and its month the nearest such.
  [
    'SSF pledged to pay all outstanding sums for seed cotton delivered before the fire and to open buying for the new campaign in November.',
    '2026-09-25',
    '2026-11-01',
    'month',
    'expected',
  ],
  // A level measured from a time after a comma, "their highest since February", is no date; the day of the rise is.
  [
    'Cobalt prices rose 4.1% on Friday to $16.40/lb, their highest since February, as traders weighed the loss.',
    '2026-07-01',
    '2026-06-26',
    'day',
  ],
  // A year before a noun of two words and a period's measure names the period: "its 2026 copper production guidance".
  [
    'Mwinda Copper cut its 2026 copper production guidance by 28% on Monday, telling investors that its Kapata mine would stay shut.',
    '2026-07-01',
    '2026-06-29',
    'day',
  ],
  ['The 2019 refurbishment of the plant cost 4 million euros.', '2026-07-01', '2019-01-01', 'year'],
  // A holiday's name that opens a sentence stays a day when no one is named (guard).
  ['Tabaski, a feast of sacrifice, fell on 27 May.', '2026-07-01', '2026-05-27', 'day'],
  ['The firm sold 5,000 rams on Monday.', '2026-07-01', '2026-06-29', 'day'],
  // A dateline with its agency's code stays a dateline when the line goes on to tell a deed (guard).
  ['Jazan, September 21, 2026, KNA — Floods swept cars away on Monday.', '2026-09-21', '2026-09-21', 'day'],
  // A wire's dateline after a Hijri date dates the filing: "Jazan, Rabi al-Thani 10, 1448 AH, September 21, 2026, KNA -- ".
  [
    'Jazan, Rabi al-Thani 10, 1448 AH, September 21, 2026, KNA -- Civil Defense teams in Jazan Region rescued 14 people on Monday afternoon.',
    '2026-09-21',
    '2026-09-21',
    'day',
  ],
  // A present verb of deciding is a schedule only after a body that decides: not "violations of industrial safety rules on Saturday".
  [
    'Prosecutors opened a criminal case into violations of industrial safety rules on Saturday.',
    '2026-09-01',
    '2026-08-29',
    'day',
  ],
  ['The Supreme Court rules on Friday.', '2026-09-01', '2026-09-04', 'day', 'expected'],
  // A price a committee set is its deed (guard).
  [
    'The Kristiansund price committee set prices on Friday at NOK 98 a kilo for first-grade cod.',
    '2026-09-25',
    '2026-09-25',
    'day',
  ],
  ['The ministry offered new rates on Thursday at a meeting with unions.', '2026-09-25', '2026-09-24', 'day'],
  // Figures after "from" that go on to a year are a date, not a clock time: "closed from 21.07.2026 to 24.07.2026".
  [
    'The school will remain closed from 21.07.2026 to 24.07.2026 (both days inclusive).',
    '2026-07-20',
    '2026-07-21',
    'day',
    'expected',
  ],
  ['Trains are replaced by buses from 21.07.2026.', '2026-07-20', '2026-07-21', 'day', 'expected'],
  // A plan's fate told as done, whatever its purpose clause says: "was due on Friday but was postponed so that his brothers … could arrive".
  [
    'His funeral was due on Friday but was postponed so that his brothers, who work in Kaolack and Ziguinchor, could arrive.',
    '2026-08-04',
    '2026-07-31',
    'day',
  ],
  // A choice between deeds after "whether" leaves the day told: "to decide whether to extend, adapt or lift the ban by the end of August".
  [
    'The ministry has promised to decide whether to extend, adapt or lift the ban by the end of August.',
    '2026-08-12',
    '2026-08-01',
    'month',
    'expected',
  ],
  // A heading telling what is due next week is that week: "Next week: the … balance sheet is expected".
  [
    "Next week: the agriculture ministry's updated balance sheet is expected, and traders will watch whether Zatobol's restart eases pressure.",
    '2026-09-25',
    '2026-09-28',
    'week',
    'expected',
  ],
  // A court of something decides on a day ahead (guard).
  [
    'Whatever the Court of Appeal decides on the 25th, a ruling on who owns the film is still a long way off.',
    '2026-06-04',
    '2026-06-25',
    'day',
    'expected',
  ],
  // A named occasion called off before its weekday is the occasion's day, the clearly nearer one: "it had cancelled its Advent Procession on Sunday".
  [
    'Truro Cathedral had cancelled its Advent Procession on Sunday after scaffolding collapsed.',
    '2026-11-27',
    '2026-11-29',
    'day',
    'expected',
  ],
  // A one-off deed of last year keeps its year (guard); so does a month's event in its own noun (guard).
  ['A gunman killed 10 people in Bunia last year.', '2026-03-20', '2025-01-01', 'year'],
  ['Voters rejected the plan in a June referendum.', '2026-06-12', '2026-06-01', 'month'],
  ['Schools were closed for the period from 3 to 7 March.', '2026-03-20', '2026-03-03', 'day'],
  // A day set off by a comma after "ahead of" is the sentence's own (guard).
  ['Police arrested ten people ahead of the vote, on Monday.', '2026-08-13', '2026-08-10', 'day'],
  // A wire's dateline with a long agency name in brackets dates the filing: "NAGAPATTINAM, Tamil Nadu, Nov 26 (Peninsula Press Agency) -".
  [
    'NAGAPATTINAM, Tamil Nadu, Nov 26 (Peninsula Press Agency) - Cyclone Mizhai crossed the Tamil Nadu coast near Nagapattinam early on Wednesday.',
    '2026-11-26',
    '2026-11-25',
    'day',
  ],
  // A weekday with its date in brackets stays a day (guard); a superlative of a year stays a year (guard).
  ['The ferry sank on Friday (16 January).', '2026-01-20', '2026-01-16', 'day'],
  ['It was the busiest day of 2025.', '2026-02-12', '2025-01-01', 'year'],
  // A diary line with a deed after its weekday stays a day (guard); a month's figure told with its own verb stays a month (guard).
  ['Monday: Parliament debates the bill.', '2026-12-01', '2026-12-07', 'day', 'expected'],
  ['Exports in March rose to a record.', '2026-04-10', '2026-03-01', 'month'],
  // Review guards: a vote or a ruling after a name or a body is a schedule; rules coming into force or introduced on a day are too; a sale of a share, a disaster counted over a place and a cause that held keep their day; a level crossing is no level; a level with what happened then keeps it.
  ['Kenya votes on Tuesday in a tight presidential race.', '2026-09-05', '2026-09-08', 'day', 'expected'],
  ['FIFA rules on Friday on the appeal.', '2026-09-05', '2026-09-11', 'day', 'expected'],
  ['New traffic rules come into force on Monday.', '2026-09-05', '2026-09-07', 'day', 'expected'],
  ['The city introduces new parking rules on Monday.', '2026-09-05', '2026-09-07', 'day', 'expected'],
  ['The state sold half of its shares in the bank last year.', '2026-09-05', '2025-01-01', 'year'],
  [
    'An earthquake killed more than 50,000 people across Turkey and Syria last year.',
    '2026-09-05',
    '2025-01-01',
    'year',
  ],
  [
    '"Had it not been for the rain on Monday, the fire would have reached the town," the chief said.',
    '2026-09-05',
    '2026-08-31',
    'day',
  ],
  ['The 2019 level crossing crash killed 12 people.', '2026-09-05', '2019-01-01', 'year'],
  ['Prices held firm this week after a fire gutted the main market.', '2026-09-05', '2026-08-31', 'week'],
  ['Three people died in a stampede ahead of Eid prayers on Monday.', '2026-09-02', '2026-08-31', 'day'],
  // A holiday opening a sentence with its gloss after the comma stays the holiday (guard); a count told without "as of" stays the day's (guard).
  ['Christmas Day, the busiest day of the year, was quiet in Kindu.', '2025-12-27', '2025-12-25', 'day'],
  ['On 24 December the provincial authorities reported that the barge had sunk.', '2025-12-27', '2025-12-24', 'day'],
  // A plan said to stand is ahead: "The youth group's pilgrimage planned for the Assumption is maintained"; a day set against a denied one stays (guard); a price changed on a day stays the day's (guard).
  [
    "The youth group's pilgrimage planned for the Assumption is maintained; registration at the parish office.",
    '2026-07-14',
    '2026-08-15',
    'day',
    'expected',
  ],
  ['The concert planned for Friday goes ahead.', '2026-07-14', '2026-07-17', 'day', 'expected'],
  ['The price on Friday was cut to 9,850 roubles.', '2026-06-05', '2026-06-05', 'day'],
  // A day denied beside the one meant is no date: "It was announced on Wednesday, not Tuesday.", "came on Monday, not on Sunday".
  ['It was announced on Wednesday, not Tuesday.', '2026-06-10', '2026-06-10', 'day'],
  ['The flood came on Monday, not on Sunday.', '2026-06-10', '2026-06-08', 'day'],
  // A plan whose fate is told without "but" and still open is for the nearer of its two days: "A cargo that was due to load on Sunday has been deferred" in a Saturday paper; a clock a road closed at stays the day's (guard); a loss in a month stays the month (guard).
  [
    'A cargo that was due to load on Sunday for a utility buyer in Japan has been deferred, two trade sources said.',
    '2026-05-30',
    '2026-05-31',
    'day',
    'expected',
  ],
  ['The road closed at 18:00 on Friday.', '2026-01-17', '2026-01-16', 'day'],
  ['Jobs were lost in January.', '2026-01-17', '2026-01-01', 'month'],
  // What was wanted by a time, now given up, is the nearest such time: "which management had wanted in place by the end of August, is shelved"; a holiday kept on a day stays the day's (guard).
  [
    'The plan to cut four night posts, which management had wanted in place by the end of August, is shelved.',
    '2026-09-04',
    '2026-08-01',
    'month',
  ],
  ['The strike began on Assumption Day, August 15.', '2026-09-04', '2026-08-15', 'day'],
  // A weekday opening a story after its dateline, with a comma, stays a day (guard); a visit on the occasion of a holiday stays the holiday's (guard); a named flood's year stays (guard).
  ['AUGUSTA, Ga. — Tuesday, the club said play would resume.', '2026-06-26', '2026-06-23', 'day'],
  ['The minister visited the shrine on the occasion of Eid al-Adha.', '2026-05-28', '2026-05-27', 'day'],
  ['The 2019 flood destroyed the bridge.', '2026-06-12', '2019-01-01', 'year'],
  // A weekday of next week stays the day (guard); a holiday alone stays the day (guard); a fair's day stays the day told (guard).
  ['The talks resume on Friday of next week.', '2026-06-12', '2026-06-19', 'day', 'expected'],
  ['The arena was full on Pentecost.', '2026-05-27', '2026-05-24', 'day'],
  // "forecast" after "its" is a noun, not a plan's participle: "The Highlands Coffee Board cut its export forecast on Monday" is the Monday gone by; "Heavy rain is forecast on Monday" is still ahead (guard).
  [
    'The Highlands Coffee Board cut its export forecast on Monday, citing heavy rain.',
    '2026-10-08',
    '2026-10-05',
    'day',
  ],
  ['Heavy rain is forecast on Monday.', '2026-10-08', '2026-10-12', 'day', 'expected'],
  // A feast told with a deed on its day stays the day (guard).
  ['The town celebrated with Matariki fireworks on Friday.', '2026-07-31', '2026-07-10', 'day'],
  // A programme's line with its status in capitals too: "Sunday: … — MOVED to the fairgrounds grandstand" in a Saturday one; a date a report was published on stays (guard).
  [
    'Sunday: mariachi mass and closing concert, 6 p.m. — MOVED to the fairgrounds grandstand.',
    '2026-09-26',
    '2026-09-27',
    'day',
    'expected',
  ],
  ['The 2025 report, published on 12 February, recorded 12 school-bus crashes.', '2026-04-10', '2026-02-12', 'day'],
  // A holiday with its date in an apposition, kept that day, stays the day (guard).
  ["On Workers' Day, 1 May, the unions marched.", '2026-05-05', '2026-05-01', 'day'],
  // A plan pushed back by a day into the week ahead was for the week ahead: "The re-sit was due on Thursday but was
  // pushed back by a day" in a Wednesday paper; a month paid in stays (guard); one awaited stays ahead (guard).
  [
    'The re-sit was due on Thursday but was pushed back by a day so that it would not clash with written papers.',
    '2026-06-17',
    '2026-06-18',
    'day',
    'expected',
  ],
  ['Salaries were paid in April.', '2026-05-14', '2026-04-01', 'month'],
  ["Friday's meeting will decide the date.", '2026-06-15', '2026-06-19', 'day', 'expected'],
  // The month a payment is for is no date; the day it is to be paid by is: "will pay all allowances owed for April by Friday 15th May 2026".
  [
    'The Accounts Unit will pay all allowances owed for April by Friday 15th May 2026.',
    '2026-05-14',
    '2026-05-15',
    'day',
    'expected',
  ],
  // Review guards: a weekday after a dateline before a title or a place's people stays a day; a curfew ending at nightfall stays its day; a currency's level with the day's deed after it keeps the day; a month a disaster happened in stays; a forecast for a day stays ahead.
  ['WASHINGTON — Tuesday President Harris signed the bill into law.', '2026-09-05', '2026-09-01', 'day'],
  ['DENVER — Tuesday Colorado lawmakers passed the budget 40-25.', '2026-09-05', '2026-09-01', 'day'],
  ['The curfew ends at nightfall on Sept. 13, the army said.', '2026-09-08', '2026-09-13', 'day', 'expected'],
  ['The rupee on Friday was trading at 88.5 when the RBI stepped in.', '2026-09-05', '2026-09-04', 'day'],
  ['In a hot, dry August, wildfires burned 40,000 hectares.', '2026-09-05', '2026-08-01', 'month'],
  ['Its forecast for Monday is for 40mm of rain.', '2026-09-03', '2026-09-07', 'day', 'expected'],
  // A level's reasons told after a comma leave it a level; the deed in the level's own clause keeps the day (guard).
  ['Brent on Friday settled at $81.40 a barrel when the cartel announced cuts.', '2026-10-30', '2026-10-30', 'day'],
  // What a thing told in the present follows has been: "The changes follow a decision on Wednesday", "comes after talks on Tuesday"; a deed that will follow stays ahead (guard).
  ['The changes follow a decision on Wednesday to move five evening events.', '2026-07-03', '2026-07-01', 'day'],
  ['The walkout comes after talks on Tuesday broke down.', '2026-07-03', '2026-06-30', 'day'],
  ['Voting will follow a debate on Wednesday.', '2026-07-03', '2026-07-08', 'day', 'expected'],
  // A plan whose new time is told with "would now" is for the clearly nearer day, its hour before it.
  [
    "Meet director July Okafor said the women's 5,000 meters, which had been set for 7:30 p.m. on Sunday, would now be run in the morning.",
    '2026-07-03',
    '2026-07-05',
    'day',
    'expected',
  ],
  // One moment told in local time and in UTC is the local day; a UTC time told alone keeps its day (guard).
  [
    'The quake struck at 23:41 local time late on Saturday (02:41 GMT Sunday), about 40 km west of the city.',
    '2026-09-15',
    '2026-09-12',
    'day',
  ],
  [
    '2026-09-13 02:41:12 UTC (23:41 local time on 12 September) — Mw 6.4, 38 km depth.',
    '2026-09-16',
    '2026-09-12',
    'day',
  ],
  ['The strongest aftershock struck at 18:22 UTC on Sunday.', '2026-09-15', '2026-09-13', 'day'],
  // A speaker's name in capitals opening a transcript's line is no day; the day the speaker tells is.
  ['U SUNDAY AUNG: There have been no night sailings since Sunday.', '2026-04-29', '2026-04-26', 'day'],
  // A weekday after a title in another language's style is a name: "he is only U Sunday Aung" (guard: a Sunday told after it stays).
  [
    'His real name is U Aung Kyaw Moe, but at the jetty he is only U Sunday Aung, and the jetty has been shut since Sunday.',
    '2026-04-29',
    '2026-04-26',
    'day',
  ],
  // A paper named by its date has been issued: "the Advocate General's Opinion of 12 February".
  [
    "Subscribers can download the full judgment and the Advocate General's Opinion of 12 February from our document library.",
    '2026-05-07',
    '2026-02-12',
    'day',
  ],
  // One moment told in UTC and again in local time is the local day: "late on Sunday UTC, early on Monday local time".
  [
    'Avachinsky volcano began erupting late on Sunday UTC, early on Monday local time, the institute said.',
    '2026-08-24',
    '2026-08-24',
    'day',
  ],
  // A month before a name is a date after its preposition (guard).
  ['In October Ramirez moved to Salinas.', '2026-10-20', '2026-10-01', 'month'],
  // A feast's name before a comma and a clause is the feast (guard).
  ['On the eve of Tabaski, the temporary site on the Mamou road ran out of rams.', '2026-06-07', '2026-05-26', 'day'],
  // Review guards: a UTC time whose local time tells no day keeps its day; a June night with its year; a level with the deed of its day after it, a comma or "as a" between; a year's votes with its event after; arrests by a time; a decision still to be taken stays ahead.
  ['The tanker was seized on Friday at 03:10 GMT (07:10 local time).', '2026-09-05', '2026-09-04', 'day'],
  ['The rally was held in the rain on a June night in 2019.', '2026-09-05', '2019-06-01', 'month'],
  [
    'The yen was trading at 152 per dollar on Friday when the finance ministry intervened.',
    '2026-09-05',
    '2026-09-04',
    'day',
  ],
  ['The shares stood at $4.10 on Friday, when trading was halted.', '2026-09-05', '2026-09-04', 'day'],
  ['Copper closed at $10,420/t on Friday as a strike shut the Escondida mine.', '2026-09-05', '2026-09-04', 'day'],
  ['About 2,100 voters cast ballots there in 2022, when the vote was rerun.', '2026-09-05', '2022-01-01', 'year'],
  ['Police had arrested 40 people by Thursday evening.', '2026-09-05', '2026-09-03', 'day'],
  [
    'The changes follow a decision on Wednesday to be taken by the board.',
    '2026-09-04',
    '2026-09-09',
    'day',
    'expected',
  ],
  // A month after a word for a post is a date when a preposition stands between (guard).
  ['The manager in March said sales fell.', '2026-03-13', '2026-03-01', 'month'],
  // A level at a figure and its unit is no clock time; a plan told as overtaken by a deed denied or a state that stays (r304).
  ['The river peaked last Sunday at 9.31 meters at the Hpa-An gauge.', '2026-10-31', '2026-10-25', 'day'],
  ['The cargo was due to sail on Saturday but did not.', '2026-10-09', '2026-10-03', 'day'],
  [
    'The first cargo was due to sail on Saturday but is still alongside at Morebaya.',
    '2026-10-09',
    '2026-10-03',
    'day',
  ],
  // Guards: a gauge line with a verb is news; a moment in one clock alone; a month's own event.
  [
    '22-10-2026 (14:00 MST) — Thanlwin at Hpa-An crossed the danger level of 8.50 m.',
    '2026-10-26',
    '2026-10-22',
    'day',
  ],
  ['The flight left at 01:10 on 19 March, Beijing time.', '2026-03-20', '2026-03-19', 'day'],
  ['The storm in March last year was the worst.', '2026-04-10', '2025-03-01', 'month'],
  // A thing called off before its plan is told was for the day gone by (r305).
  [
    'The decision follows the postponement of a three-year bond sale that was due on Tuesday.',
    '2026-03-20',
    '2026-03-17',
    'day',
  ],
  // Guards: a clock time this morning is no level; a postponed thing's new day.
  ['The train left at 10.30 this morning.', '2026-03-20', '2026-03-20', 'day'],
  [
    'The bond sale that was due on Tuesday will now be held on 31 March.',
    '2026-03-20',
    '2026-03-31',
    'day',
    'expected',
  ],
  // A verb whose past is its base, after a singular subject and before "most"; a plan overtaken by a place that stays dark (r306).
  ['A rail strike shut most train services around Leeds on Thursday.', '2026-03-13', '2026-03-12', 'day'],
  ['Their little restaurant was due to reopen on Monday but it stays dark now.', '2026-09-04', '2026-08-31', 'day'],
  // Guards: a month told before a commodity after "in" is the month; a figure's own day.
  ['In December corn prices rose.', '2026-09-04', '2025-12-01', 'month'],
  ['Punctuality fell to 71 per cent on 28 March.', '2026-04-02', '2026-03-28', 'day'],
  // A local clock alone across midnight from Greenwich's moves the day; a state that went on until a time, to an end, is past (r307).
  [
    'New hotspot acquired 2026-06-22 03:15 UTC (22:15 local) on the Huarocondo side of the ridge.',
    '2026-07-10',
    '2026-06-21',
    'day',
  ],
  ['The VONA was issued 2026-05-24 23:15 UTC (07:15 local).', '2026-06-12', '2026-05-25', 'day'],
  [
    "We understand the bank's branches stayed open until 7pm on Monday to deal with queries.",
    '2026-12-02',
    '2026-11-30',
    'day',
  ],
  ['The branches stayed open on Monday.', '2026-12-02', '2026-11-30', 'day'],
  // Guards: a local clock on the same day; a deadline one had; a holiday last year with a deed; a state open now.
  ['Hotspot acquired 2026-06-20 23:40 UTC (18:40 local) near Urubamba.', '2026-07-10', '2026-06-20', 'day'],
  ['On Black Friday last year the shop was robbed.', '2026-12-02', '2025-11-28', 'day'],
  ['The museum is open on Monday.', '2026-12-02', '2026-12-07', 'day', 'expected'],
  // A day of the month a plan was set for, told in the past, either side of the report; the day a date was set on; a weekday a plan moved from a dated day was for; the month of a day told before (r308).
  [
    'The repoll was first set for the 22nd, and the Commission has moved it.',
    '2025-12-20',
    '2025-12-22',
    'day',
    'expected',
  ],
  ['The Federal Council set the date on 1 July.', '2026-12-04', '2026-07-01', 'day'],
  // Guards: a plan set for a day of the month and done with; an appointment set for a day; a plan told overtaken by a deed never done.
  ['The hearing was set for the 2nd but never happened.', '2025-12-20', '2025-12-02', 'day'],
  ['The court set the date for 14 December.', '2026-12-04', '2026-12-14', 'day', 'expected'],
  ['The cargo was due to sail on Saturday but never left.', '2026-10-09', '2026-10-03', 'day'],
  // What had to be done is told as past; a plan handed to a noun is no plan to do; a dated log line with no style of its own is of the days just before the report (r309).
  [
    'Under the DIP, the debtors had to deliver a business plan to lenders by the end of March.',
    '2026-04-10',
    '2026-03-01',
    'month',
  ],
  [
    '03/08/2026 14:20 — Outage affecting St Michael, Christ Church and St James; crews dispatched.',
    '2026-08-03',
    '2026-08-03',
    'day',
  ],
  ['01/08/2026 05:02 — Supply restored to all Spring Garden feeders.', '2026-08-03', '2026-08-01', 'day'],
  // Guards: a plan to do still reads ahead; a deed of a plan handed over; a date in figures far from the report stays unread.
  ['The company plans to discuss the offer on Friday.', '2026-04-10', '2026-04-10', 'day', 'expected'],
  ["The company's plan to creditors was filed on Friday.", '2026-04-10', '2026-04-10', 'day'],
  // Guards from review: a programme's evening or a bulletin's story keeps the day of what it tells; what befell in a period keeps its end day.
  ['On the programme tonight, the minister resigned live on air.', '2026-10-31', '2026-10-31', 'day'],
  ['The minister will appear on the programme tonight.', '2026-10-31', '2026-10-31', 'day', 'expected'],
  ['Our top story this morning: a fire at the market killed six.', '2026-10-31', '2026-10-31', 'day'],
  ['Cholera killed 41 people in the four weeks to 28 March, WHO said.', '2026-04-02', '2026-03-28', 'day'],
  // A local clock told beside Greenwich's dates the moment; a route's code is no count; 'earlier than' is no 'Monday earlier'; a part of a named night before its date (r310).
  [
    'The centre put landfall at 0300 UTC on the 14th, which was 10 p.m. on Tuesday here: Quintana Roo keeps UTC-5 all year.',
    '2026-10-14',
    '2026-10-13',
    'day',
  ],
  [
    'Hurricane Zelda Advisory Number 14, 1000 PM EST Tue Oct 13 2026 (0300 UTC Wed Oct 14 2026).',
    '2026-10-14',
    '2026-10-13',
    'day',
  ],
  [
    'The GO-060 reopened to trucks on Saturday, earlier than the state road agency had indicated, but the BR-153 near Porangatu remains partly closed.',
    '2026-11-09',
    '2026-11-07',
    'day',
  ],
  [
    "Mazar-i-Sharif's dried-fruit fair is scheduled for Yalda night, December 21, and sellers want stock in the city well before then.",
    '2026-12-04',
    '2026-12-21',
    'day',
    'expected',
  ],
  // Guards: a clock in UTC alone keeps its day; a count with a verb under its day is news; the year of a deed.
  ['The quake struck at 0241 UTC on Sunday, and aftershocks continued for hours.', '2026-10-14', '2026-10-11', 'day'],
  ['13/09/2026 — 38 guests reported symptoms', '2026-10-01', '2026-09-13', 'day'],
  ['13/09/2026 — 3 dead in Poconé', '2026-10-01', '2026-09-13', 'day'],
  ['The company posted a 2% gain a year ago.', '2026-10-01', '2025-01-01', 'year'],
  // Guards: a weekday before 'on the line' that names no one; a tally under its stamp with a deed after it (r311).
  ['The council met on Friday on the line of the new road.', '2026-11-27', '2026-11-27', 'day'],
  [
    '11/14/2026 7:00 PM — Ballots tabulated: 1,655,300; the board certified the count.',
    '2026-11-15',
    '2026-11-14',
    'day',
  ],
  // A present after 'before' in a past sentence is still ahead; a weekday and date before a dash is no dateline when words come first (r312).
  [
    'Eulach withdrew a contested proposal, in moves analysts saw as an attempt to peel votes away from the activist before shareholders vote on Friday.',
    '2026-04-22',
    '2026-04-24',
    'day',
    'expected',
  ],
  [
    "She spent Monday, 20 April – Sechseläuten, Zurich's spring holiday – lobbying guild members in the old town.",
    '2026-04-22',
    '2026-04-20',
    'day',
  ],
  // Guards: a past after 'before' stays past; a place's dateline still yields to its sentence's day.
  ['The firm withdrew the plan before shareholders voted on Friday.', '2026-04-22', '2026-04-17', 'day'],
  ['Zurich, Monday, 20 April – The bank said on Sunday that it would cut jobs.', '2026-04-22', '2026-04-19', 'day'],
  // A gathering named 'analyst meet' is no verb; guards: ministers who meet do, and a rise by a day with no figure is news (r313).
  ['Management hosted its first analyst meet in Mumbai on Tuesday.', '2026-11-27', '2026-11-24', 'day'],
  ['Ministers meet on Tuesday.', '2026-11-27', '2026-12-01', 'day', 'expected'],
  ['The river rose by Thursday evening.', '2026-11-13', '2026-11-12', 'day'],
  // A Minguo year before its month and day reads as the date; guards: a tally line with a deed is news, a year of the Republic alone is its year (r314).
  ['Yilan County Government Announcement, ROC 115/10/07 20:00', '2026-10-09', '2026-10-07', 'day'],
  ['23/10/2026 — Police: 3 arrested', '2026-10-30', '2026-10-23', 'day'],
  ['The law was passed in ROC 113.', '2026-10-09', '2024-01-01', 'year'],
  // A day told as what it was is gone by; guards: a clock before a deed's day, a month's trade line with a deed (r315).
  ["Haugen says she'll try to prove Saturday wasn't a fluke.", '2026-10-27', '2026-10-24', 'day'],
  ['At 9 a.m., the minister on Friday opened the bridge.', '2026-10-30', '2026-10-30', 'day'],
  // Review guards (r315): a record set on a day is news, a peak told with what happened then, a quarter of next year is still next year, harm told under a day, a day told beside a deed after 'and'.
  ['The rupee hit a record low of 95 per dollar on Tuesday.', '2026-11-18', '2026-11-17', 'day'],
  ['The ASX 200 closed at a record high of 9,000 on Tuesday.', '2026-11-18', '2026-11-17', 'day'],
  [
    'Cases have fallen since a peak of 27 on 15 October, when the clinic was overwhelmed.',
    '2026-11-18',
    '2026-10-15',
    'day',
  ],
  ['The airline will launch the route in Q4 next year.', '2026-11-14', '2027-01-01', 'year', 'expected'],
  ['17/11/2026 — Gulu: 300 homes destroyed by floods.', '2026-11-18', '2026-11-17', 'day'],
  ['17/11/2026 — 62 mm of rain floods Beledweyne.', '2026-11-18', '2026-11-17', 'day'],
  ['Today is Friday, 10 Jumada al-Akhirah 1448, and the mosque reopened.', '2026-11-20', '2026-11-20', 'day'],
  // Guards: a level reached with a verb, a figure of people (r318).
  ['The river rose to 8.3 m on Monday.', '2026-11-24', '2026-11-23', 'day'],
  ['Police fired at 10 protesters on Monday.', '2026-11-24', '2026-11-23', 'day'],
  // A plan's holiday told from before it came is the nearest, and a feast of a calendar whose days begin at sunset
  // has its first night on the eve; "by Christmas" is a deadline's day; a holiday's candle no day; the end of a span
  // from a weekday dates nothing of its own; a move to the report's own weekday is to the next; a sold-out fixture is
  // ahead; a "when" clause whose verb follows the day is no plan; a local moment told again on Greenwich's clock
  // keeps its local day alone; a holiday reached by a deadline gone by; chrono's "last day" is no yesterday (r319).
  [
    'The municipality had planned a festive opening for the first night of Hanukkah.',
    '2026-11-20',
    '2026-12-04',
    'day',
    'expected',
  ],
  ['The municipality planned a festive opening for Christmas Day.', '2026-11-20', '2026-12-25', 'day', 'expected'],
  [
    'The company aims to have its brie back on Quebec shelves by Christmas.',
    '2026-12-04',
    '2026-12-25',
    'day',
    'expected',
  ],
  [
    'CarmelLink lit the first Hanukkah candle at the Kiryat Ata terminus on Friday afternoon.',
    '2026-12-05',
    '2026-12-04',
    'day',
  ],
  [
    'Bon Om Touk will be held from Monday, Nov 23, to Wednesday, Nov 25, at the full moon.',
    '2026-11-20',
    '2026-11-23',
    'day',
    'expected',
  ],
  ['We have moved the first passenger journeys to Sunday.', '2026-11-29', '2026-12-06', 'day', 'expected'],
  [
    'The white-ball leg of the summer includes an ODI at Seddon Park on 6 February, which has already sold out.',
    '2026-11-27',
    '2027-02-06',
    'day',
    'expected',
  ],
  [
    'Seawater again entered the chamber when a storm on Sunday drove waves into the fjord.',
    '2026-11-24',
    '2026-11-22',
    'day',
  ],
  [
    'The first Test is scheduled for the 11am start on Wednesday, 2 December — 10pm GMT on Tuesday for the audience back in Britain.',
    '2026-11-24',
    '2026-12-02',
    'day',
    'expected',
  ],
  ['The road was reopened by Christmas 2025.', '2026-12-04', '2025-12-25', 'day'],
  ['Tuesday was the last day to buy the shares.', '2026-11-23', '2026-11-17', 'day'],
  // Guards: a move brought forward to the report's weekday is that day; a deadline's own day; a span's end by its
  // date alone; the only day of a moment told on Greenwich's clock; a present plan after "when" (r319).
  ['The vote has been brought forward to Sunday.', '2026-11-29', '2026-11-29', 'day', 'expected'],
  ['Passengers can claim compensation from Nordlys Air until 30 June.', '2026-11-20', '2027-06-30', 'day', 'expected'],
  ['Launch is set for 9am local time — 2am GMT on Friday.', '2026-11-24', '2026-11-27', 'day', 'expected'],
  ['He warned about the school run when pupils go back on Thursday.', '2026-11-24', '2026-11-26', 'day', 'expected'],
  ['The market reopened on Saturday, as every trader had hoped.', '2026-11-20', '2026-11-14', 'day'],
  ['The shop closed on Monday at 5pm.', '2026-11-22', '2026-11-16', 'day'],
  // Taking office on a day is a plan told in the present; a deadline's holiday is the nearest (r320).
  [
    "Rojas's lawyers let the five-day appeal window pass without filing, people familiar with the case told the Monitor, and Araya takes office on 6 January.",
    '2026-12-05',
    '2027-01-06',
    'day',
    'expected',
  ],
  [
    'National Highways says the limit will be lifted and the bridge fully reopened by Easter, once the corroded anchors are replaced.',
    '2026-03-20',
    '2026-04-05',
    'day',
    'expected',
  ],
  ['He set a target of having every room back by Christmas.', '2026-10-20', '2026-12-25', 'day', 'expected'],
  // Guards: a sale at a price on a day; a deed at a clock time on a day (r320).
  ['He sold the car at Rs 4 lakh on Tuesday.', '2026-12-02', '2026-12-01', 'day'],
  ['Police arrested a man at 5pm on Tuesday.', '2026-12-02', '2026-12-01', 'day'],
  // Guards: a day of the year kept "as every year" is this year's (r321).
  [
    'The city will hold its National Day ceremony at the castle on Friday 23 October, as every year.',
    '2026-10-20',
    '2026-10-23',
    'day',
    'expected',
  ],
  [
    "The luminarie in Piazza Sant'Oronzo will be switched on on Saturday evening, as every year, by the Mayor.",
    '2026-10-20',
    '2026-10-24',
    'day',
    'expected',
  ],
  // Guards: a quote of witnesses is no price; a temperature on a day as news (r322).
  ['Police were quoting witnesses on Tuesday.', '2026-11-24', '2026-11-24', 'day'],
  ['Temperatures were 41C on Monday.', '2026-09-28', '2026-09-28', 'day'],
  // A Japanese notice's line opened by its era-letter date; a present passive after "you're" looks ahead (r322).
  [
    'R8.10.22 15:00 — New cracks found at the top of the wall during follow-up monitoring.',
    '2026-10-28',
    '2026-10-22',
    'day',
  ],
  [
    'R8.10.14: Following the discovery of cracks in the road surface, City road 3-12 was also closed.',
    '2026-10-28',
    '2026-10-14',
    'day',
  ],
  [
    "If you're booked on the 4th, you can move your flight once for free, or get a refund.",
    '2026-11-27',
    '2026-12-04',
    'day',
    'expected',
  ],
  // Guards from the review of rounds 319–324: a move to the report's weekday told as kept today is today; a place of
  // a day is no move; a span's end that tells what happened then; a weekday kept "as every week" beside a deed of it;
  // a day a thing peaked on; and, read since, a deadline's holiday told from after it is the one gone by (r324).
  [
    'The vote, moved to Sunday because of the storm, went ahead peacefully.',
    '2026-11-22',
    '2026-11-22',
    'day',
    'expected',
  ],
  ["The army moved the 300 stranded families to Tuesday's relief camp.", '2026-11-20', '2026-11-17', 'day'],
  [
    'On Friday, as every week, protesters gathered outside parliament; police arrested 40.',
    '2026-11-21',
    '2026-11-20',
    'day',
  ],
  ['At its peak, on Tuesday, the fire covered 200 ha.', '2026-11-21', '2026-11-17', 'day'],
  ['By Christmas the ship had sunk and the crew were missing.', '2026-11-20', '2025-12-25', 'day'],
  // A deed's day under "as of" with what was done keeps it (a guard); a session told on two clocks keeps only its
  // local day (r325).
  ['As of 6pm on Tuesday, police had arrested two men.', '2026-11-25', '2026-11-24', 'day'],
  [
    'Qualifying: Friday, November 20, 10:00 p.m. PST (07:00 CET, Saturday, November 21).',
    '2026-11-19',
    '2026-11-20',
    'day',
    'expected',
  ],
  // A plan in a relative clause given up before its day is the nearer of the two days (r326).
  [
    'The Ministry of Education said schools, which had been due to reopen on Sunday after the holiday, would stay closed until further notice.',
    '2026-11-20',
    '2026-11-22',
    'day',
    'expected',
  ],
  // Guards: a market steady on a day with no price; a deed under a stamp (r326).
  ['The market was steady on Thursday.', '2026-11-27', '2026-11-26', 'day'],
  ['23/11/2026 15:00 — Update: Police arrested 3 people.', '2026-11-25', '2026-11-23', 'day'],
  // a weekday's day of the month, left after it, tells which week (r327)
  ['Itwar will be tested next Wednesday, the 25th.', '2026-11-23', '2026-11-25', 'day', 'expected'],
  ['Itwar will be tested next Wednesday, the 2nd.', '2026-11-23', '2026-12-02', 'day', 'expected'],
  ['We met last Tuesday, the 17th, at noon.', '2026-11-23', '2026-11-17', 'day'],
  // (Only the day denied is none: "Not tomorrow, mind: next Friday, the 27th.")
  ['Not tomorrow, mind: next Friday, the 27th.', '2026-11-19', '2026-11-27', 'day', 'expected'],
  ['The shop reopened on Friday, the 20th.', '2026-11-23', '2026-11-20', 'day'],
  // a day counted in an apposition is no part of the day before it (r327)
  [
    'The council confirmed this morning, the day after the draw, that the bowler will be tested.',
    '2026-11-23',
    '2026-11-23',
    'day',
  ],
  // a feat under a log line's label is news (r327)
  ['19/11/2026 10:38 — Milestone: Jumma Khan 100 (187 balls, 14 fours).', '2026-11-24', '2026-11-19', 'day'],
  // a warning that tells of a level is a deed (r327)
  [
    'A fortnight ago, the chairs warned authors that abstract registrations were running 30 per cent ahead of forecast.',
    '2026-11-13',
    '2026-10-26',
    'week',
  ],
  // a four-figure clock after a day and month is no year (r328); a day's own sum is still its deed
  ['The navigation warning expires at 20 Nov 1800 UTC.', '2026-11-26', '2026-11-20', 'day'],
  ['In total, police arrested 40 people on Saturday.', '2026-11-30', '2026-11-28', 'day'],
  // a weekday with its day of the month after "was" or "for" is that day; after "a" it is a kind of day (r328)
  [
    'The infrastructure committee has set her appearance for Tuesday the 8th, at the request of the opposition.',
    '2026-08-28',
    '2026-09-08',
    'day',
    'expected',
  ],
  // a reading's day is no event, a plan's day beside it is (r330)
  [
    "A return to 45.0 feet was due on Thursday but was held back after Wednesday's lake reading came in at 80.3 feet.",
    '2026-12-02',
    '2026-11-26',
    'day',
  ],
  // a moment told again on another place's clock (r330)
  [
    'The fireball streaked across the sky at 11:42 p.m. AEST on Tuesday, 12:42 a.m. Wednesday in Sydney, 13:42 UTC, during the Leonid meteor shower.',
    '2026-11-18',
    '2026-11-17',
    'day',
  ],
  // "next" of a thing's own period puts no clause ahead (r330); a river's rise stays a deed
  ["MPs approved next year's budget on Tuesday.", '2026-11-18', '2026-11-17', 'day'],
  ['The river peaked at 6.1 m on Monday after the dam gates opened.', '2026-12-02', '2026-11-30', 'day'],
  // a gauge read this morning is the day's news; a ceremony named by its weekday is an event (guards, r330)
  [
    'Gatun Lake stood at 81.6ft this morning, according to the Panama Canal Authority, up 1.2ft in a week.',
    '2026-11-09',
    '2026-11-09',
    'day',
  ],
  [
    "It came a few hours before the flame was extinguished at Sunday's closing ceremony in Verona.",
    '2026-02-23',
    '2026-02-22',
    'day',
  ],
  // a count, a gauge or a day's reading beside a deed keeps its day (review, r331)
  ['Deaths had fallen to 13,900 by Thursday, when the rain returned.', '2026-11-23', '2026-11-19', 'day'],
  [
    'The reservoir stood at 81.2 feet on Monday, a record low, and the authority declared a drought.',
    '2026-11-23',
    '2026-11-23',
    'day',
  ],
  ["Wednesday's earthquake reading of 7.1 made it the strongest this year.", '2026-11-23', '2026-11-18', 'day'],
  ["Wednesday's inflation figure of 9 percent stunned markets.", '2026-11-23', '2026-11-18', 'day'],
  ["Monday's reading prompted the evacuation.", '2026-11-23', '2026-11-23', 'day'],
  ['In total, the storm killed 30 people in October.', '2026-11-23', '2026-10-01', 'month'],
  ['Week 1 was the week of 5 October, when the strike began.', '2026-11-23', '2026-10-05', 'week'],
  // rain or snow that fell, and a day that fell on a holiday, keep their day (guards, r332)
  ['Snow fell on Monday across the region.', '2026-12-02', '2026-11-30', 'day'],
  ['Rain, which fell on Tuesday, flooded the road.', '2026-12-02', '2026-12-01', 'day'],
  // a log's entry after its stamp and a dash is news of that day; "this past Friday" on a Friday is a week back; what
  // was expected of a thing looks ahead; what a deed done came after, told by a gerund, was before it (r333)
  [
    'Service notice — 2026-11-21 06:30 CST — Train 2 is running about 3 hours late after a freight train was held.',
    '2026-11-24',
    '2026-11-21',
    'day',
  ],
  ['Service notice — 21 November 2026, 18:40 CST — Train 2 left Rivers at 17:52.', '2026-11-24', '2026-11-21', 'day'],
  [
    'Document 41 — 22 November 2026 — 01:12 — Decision: Car 23 is given a five-second penalty.',
    '2026-11-30',
    '2026-11-22',
    'day',
  ],
  ['The train had left Edmonton this past Friday with two extra coaches.', '2026-11-27', '2026-11-20', 'day'],
  ['She said she expected a report in January.', '2026-11-25', '2027-01-01', 'month', 'expected'],
  [
    'The board voted to recount every ballot after finding the memory-card error late Thursday.',
    '2026-12-06',
    '2026-12-03',
    'day',
  ],
  ['Update 13.12.2025 at 10.00 — Read-only access to the records is back.', '2025-12-13', '2025-12-13', 'day'],
  // a weekday's part of the day of last week; a weekday set beside a day counted back; a fixture set beside its day
  // and what is fixed with it lie ahead (r334)
  [
    'Our engineers checked every joint and every weld after Tuesday night last week.',
    '2026-11-25',
    '2026-11-17',
    'day',
  ],
  ['The retrial, listed for 8 March, will have a new jury.', '2026-12-04', '2027-03-08', 'day', 'expected'],
  ['On 27 November, Kyoto voted to limit tour buses.', '2026-11-30', '2026-11-27', 'day'],
  ['Our team met the minister last week.', '2026-11-27', '2026-11-16', 'week'],
  ['Prices hit their highest level since the 2022 energy crisis.', '2026-11-25', '2022-01-01', 'year'],
  ['Talks resumed in the second half of November.', '2026-11-25', '2026-11-01', 'month'],
  // a warning's own span; a thing wanted or put forward for a day lies ahead (r335)
  [
    'The weather service has put the metro under a winter storm watch from Monday evening through Wednesday evening.',
    '2026-11-22',
    '2026-11-23',
    'day',
    'expected',
  ],
  [
    "The district's labor relations office told us it wants a make-up day on Jan. 18.",
    '2026-12-01',
    '2027-01-18',
    'day',
    'expected',
  ],
  ['We have proposed Presidents Day, Feb. 15, as the make-up day.', '2026-12-01', '2027-02-15', 'day', 'expected'],
  ['They proposed the plan on Monday.', '2026-12-01', '2026-11-30', 'day'],
  ['He called every member on Monday.', '2026-12-04', '2026-11-30', 'day'],
  // (guards from the review: what was awaited and came; a weekday, then another week's noun; a watch told in the present;
  // a plan overtaken on the report's own weekday)
  [
    'The county is under a winter storm watch from Monday evening through Wednesday evening.',
    '2026-12-04',
    '2026-12-07',
    'day',
    'expected',
  ],
  [
    'The county had planned to certify on Friday before the problem surfaced.',
    '2026-11-20',
    '2026-11-20',
    'day',
    'expected',
  ],
  // (guards: this past Thursday on a Friday is yesterday; a plan told after a gerund looks ahead)
  [
    'The release was due on Thursday but record inflows forced the operator to open the spillway early.',
    '2026-10-28',
    '2026-10-29',
    'day',
    'expected',
  ],
  ['The ferry was due to sail on Saturday but was held in port by early snow.', '2026-11-25', '2026-11-21', 'day'],
  ['The release was due on Thursday but was held back.', '2026-10-28', '2026-10-22', 'day'],
  ['I will always remember what happened on Monday.', '2026-12-02', '2026-11-30', 'day'],
  [
    'The Commodore Islander made what is now the last scheduled crossing on Wednesday evening.',
    '2026-04-17',
    '2026-04-15',
    'day',
  ],
  [
    'The match had been due to end with a closing ceremony on Saturday, but the ceremony is now on Thursday.',
    '2026-12-01',
    '2026-12-03',
    'day',
    'expected',
  ],
  ['The train left this past Thursday.', '2026-11-27', '2026-11-26', 'day'],
  [
    'The crews will reopen the road after finishing the repairs on Thursday.',
    '2026-12-06',
    '2026-12-10',
    'day',
    'expected',
  ],
];

/** Sentences whose phrases name no date of an event, or no date this reader can be sure of. */
const NO_DATE: [string, string][] = [
  ['In statements to the Calama weekly Sunday Pampa, Ferrada promised answers.', '2026-05-23'],
  ['"The market has priced the clean-up," Friday said.', '2026-06-10'],
  ['Spot rates rose 35% during the closure, our Friday Freight Index shows.', '2026-09-04'],
  // One country's "Founders' Day" is another's on another day.
  ["Union members rallied in Tema on Founders' Day in defiance of the court.", '2026-09-25'],
  ['Queues at filling stations near Meskel Square stretch for hundreds of metres.', '2026-09-14'],
  ['Its tolls were abolished in December that year.', '2026-02-24'],
  ['Offices on the 14th floor were evacuated.', '2026-01-23'],
  ['Under the 15th Five-Year Plan, the port will grow.', '2026-04-13'],
  ['The blockade began on Monday the 14th.', '2026-07-21'],
  ['"Then there was a bang," said Monday Eze, a 41-year-old engineer who lives in Tsuen Wan.', '2026-04-09'],
  [
    "The Ledger's sister publication, the weekly Sunday Himal, reported that the airline had asked staff to stay home.",
    '2026-10-16',
  ],
  ['Cyclone Mele formed well outside the usual November-to-April cyclone season.', '2026-06-02'],
  ['Suva-based Tasi Pacific Lines said late Monday Hawaii time that it would resume calls at Apia.', '2026-06-26'],
  ['Portland-based Lumo Ride said early Thursday Japan time that it had stopped selling two models.', '2026-08-06'],
  ['April said traders were also worried about deliveries during the mudik exodus.', '2026-03-17'],
  ['The route takes a fraction of the 160 freight trains that use the axis on a normal weekday.', '2026-05-13'],
  ['Crowds had gathered by the afternoon.', FRI],
  ['The evening flights were cancelled.', FRI],
  ['The ministry said the swap is now under way.', FRI],
  ['The shop opens at 3 p.m.', FRI],
  ['They called for a 30-day ceasefire.', FRI],
  ['The war has lasted more than three years.', FRI],
  ['They held a 90-minute meeting.', FRI],
  ['The talks lasted for three days.', FRI],
  ['The council met again two days after the vote.', FRI],
  ['The minister resigned the next day.', FRI],
  ['Friday the 15th was chosen.', FRI],
  ['He met them on the first Friday of July.', FRI],
  ['The deal was signed on 08/12.', FRI],
  ['The sale falls on Black Friday.', FRI],
  ['It is due next Sunday.', MON],
  ['The convention includes a review clause after ten years.', FRI],
  ['She told the crowd: “Tonight we stand together.”', FRI],
  ['He said: "We buried him yesterday and the town is still in shock."', FRI],
  ['A treaty built around today’s flows will need rewriting.', FRI],
  ["Today's young voters care less about the pier.", FRI],
  ['The glacier has lost about 40 percent of its ice since 1990.', FRI],
  ['"People sat on a listing ship in the dark," said a lawyer.', FRI],
  ['Residents sat in the sun outside the town hall and waited.', FRI],
  ['Sun shines on the harbour as the ferry returns.', FRI],
  ['Board chair April Tanaka told reporters she wants answers.', FRI],
  ['Unions will march to the airline office.', FRI],
  ['The fare rise was its first increase in six years.', FRI],
  ['The dialogue was to have resumed on Wednesday, but was put off.', FRI],
  ['Operators have spent the past few days re-reading their fire plans.', FRI],
  ['Documents seen by the Sunday Chronicle show that no load test was done.', FRI],
  ['The commission will sit from Monday to Friday.', FRI],
  ['The league postponed its whole programme the following Monday.', FRI],
  ['Please set something up for the council.', FRI],
  ['Cllr Tom March, who signed off the award, resigned.', FRI],
  ['Council leader Rachel May apologised to tenants.', FRI],
  ['Surge flooded the plant overnight Sunday into Monday.', FRI],
  ['The chief said: "We will lift the order tomorrow afternoon if the air stays clean."', FRI],
  ['The plant was swamped by the surge over Labor Day weekend.', FRI],
  ['Crews would pump water out of the units through the weekend.', FRI],
  ['Refineries ran at reduced rates, the mayor told the Beaumont Sunday Star.', FRI],
  ['The app came back after engineers found damage in a second server room.', FRI],
  ['Coaches will run a reduced Monday-to-Saturday timetable.', FRI],
  ['The depot opens Mon–Fri.', '2025-05-13'],
  ['The match was scheduled for Saturday but has been called off.', THU],
  ['Its head of operations, Sunday Okafor, said the forwarder had lost customers.', FRI],
  ['Sunday Okafor said the forwarder had lost customers.', FRI],
  ['The inquiry is to report before Christmas.', FRI],
  ['Crowds packed the malls over the Easter weekend.', FRI],
  ['The plant shut on Labour Day.', FRI],
  ['The Christmas holidays start early for the miners.', FRI],
  ['The ferries run a Sunday timetable in winter.', FRI],
  ['The main item this week is the aftermath of the outage, which regulators are still weighing.', FRI],
  ['Cocoa for December delivery climbed as much as 4.2% in New York.', FRI],
  // "last Saturday" said on a Sunday: yesterday to some writers, eight days back to others (two blind golds).
  ['Fighting resumed last Saturday.', SUN],
  // A weekday and a day of the month that no near year agrees on: a slip.
  ['Flights resume on Friday, May 14.', '2026-05-08'],
  ['At the turn of March and April, exporters traditionally ship their spring orders.', '2026-04-01'],
  ['The carrier had told agents it would reopen bookings on Monday, but the regulator has yet to sign off.', TUE],
  ['The agency published its June 24-Month Study.', '2026-07-09'],
  ['On a normal day in June, the airport handles about 30,000 passengers.', '2026-06-12'],
  // "Easter Island", "the Good Friday Agreement": a holiday's name inside a name of its own.
  ['The survey ship sailed from Easter Island.', '2026-04-11'],
  ['Both sides cited the Good Friday Agreement.', '2026-04-11'],
  // A holiday as the reason for a journey dates nothing.
  ['Many passengers were travelling home for Christmas.', '2026-01-05'],
  // Midsummer Eve is not Midsummer, and the calendars part on its day (23 June in Norway, a Friday in Sweden).
  ['The airline will put on extra flights on Midsummer Eve.', '2026-06-19'],
  // In January, "the new year" may be the one just begun.
  ['The plant will reopen in the new year.', '2026-01-12'],
  ['Shoppers flocked to markets before the Lunar New Year.', '2026-02-10'],
  // A weekday between a title and a lone capitalised word is a first name; "voted Tuesday" is a date.
  ['"The money is coming in on schedule," said Zampower finance director Friday Zulu.', '2026-08-28'],
  ['Board chair Monday Okafor told reporters the vote would stand.', '2026-08-28'],
  ['The fire spread in 1800 homes before dawn.', FRI],
  // A period named by its year, a year of another calendar, a round count.
  ['Brokers expect the strait to remain a talking point for the 2026 renewal season.', '2026-03-20'],
  ['Its board approved a budget for the 2018 E.C. fiscal year.', '2026-09-10'],
  ['The budget was set in 2018 E.C. by the board.', '2026-09-10'],
  ['The 2000 workers walked out.', FRI],
  // A numbered week as a horizon, not a time anything happens in.
  ['Forwarders booking slots for week 20 and later are still being quoted detour rates.', '2026-04-01'],
  ['"Every truck is sprayed," said port health officer Friday Barasa at Malaba.', '2026-08-28'],
  // "2/3/2026" is 2 March in Beirut and February 3 in Boston: nothing in the sentence says which.
  ['Trucks were stopped on 2/3/2026.', '2026-03-10'],
  // One of two days, or a bound the event lies beyond, is no day of it.
  ['The ship sank late Sunday or early Monday.', '2026-05-13'],
  ['Officials met on Monday or Tuesday.', '2026-05-13'],
  ['Rain fell on Sunday night into Monday.', '2026-05-13'],
  // An instrument's number; a score; figures with neither year nor weekday.
  ['Under Customs Law No. 20 of 1998, goods in transit may not be taxed twice.', '2026-03-12'],
  ['All trips are suspended under Association Decision 7/2026.', '2026-03-12'],
  ['The race on 5/12 was cancelled.', '2026-03-12'],
  ['Sales rose 9.4. The firm said so.', '2026-04-24'],
  // A reporting period named by its month; a season before a feast; an outlet named with a part of the day.
  ['East-west volumes in the December quarter were below forecast.', '2026-01-28'],
  ['Mali supplies most of the sheep sold in Dakar in the run-up to Tabaski.', '2026-06-05'],
  ['The Tambacounda weekly Monday Morning reported the sales.', '2026-05-22'],
  // A participle after a verb of state is no deed done ("grounded" read the Monday as the one gone by).
  ['Flights remain grounded until Monday.', '2026-05-13'],
  // No count, no period; a weekday counted in a month is not the one near.
  ['The firm wrote to the regulator a few days ago.', '2026-05-13'],
  ['Talks broke down several weeks ago.', '2026-05-13'],
  ['The board meets on the last Friday of the month.', '2026-05-13'],
  ['The line will reopen no earlier than Friday.', '2026-05-13'],
  ['Sales resume on or after May 20.', '2026-05-13'],
  // A reporting period the year holds; a night between two days; a market held each week.
  ['Fuel costs in the first quarter of 2026 are forecast to rise 12 percent.', '2026-01-12'],
  ['In the night between Sunday and Monday, a railway crane lifted the two derailed coaches.', '2026-01-21'],
  ["At Desaguadero's Friday fair, stallholders say sales have fallen by half.", '2026-08-03'],
  // A holiday of a name other countries keep on days of their own: "Heritage Day" is South Africa's in date-holidays,
  // the Yukon's in February.
  ['On Heritage Day, a convoy of 14 grocery and fuel trucks pulled into Whitehorse.', '2026-02-24'],
  // A wire dateline naming two cities; a document's own "Dated:" label.
  ['COLOMBO/CHENNAI, April 1 (SAPA) — The ferry operator suspended sailings.', '2026-04-01'],
  ['Notice No. 14/2026 — Dated: 29.04.2026', '2026-04-29'],
  ['Issued: Ulaanbaatar, 17 July 2026.', '2026-07-17'],
  // A dateline in ordinary case: a place, its date and a dash.
  ['Buenos Aires, 17 April — Ferry services were suspended.', '2026-04-17'],
  // What the Tehran–Baku gold (blind) showed: a year of the Solar Hijri calendar in figures is not ours.
  ['Under the notice dated 18.12.1404, trains wait.', '2026-04-04'],

  // A weekday and a day of the month that disagree are a slip.
  ['The ferry was suspended on Tuesday (15).', '2026-04-16'],
  // A weekday of a named season.
  ['Crossings fell on the Monday of Tourism Week.', '2026-04-15'],
  // What is owed for a month is no date.
  ['The workers have not been paid their February salaries.', '2026-03-07'],
  ['Drivers say the March wages are late.', '2026-03-20'],
  // A form's label and its date alone, with or without a colon; the weekday in brackets is the date's own.
  ['Issued: 2026/8/12 (Wed) Kuroshio Ferry Lines, Passenger Services Division', '2026-08-12'],
  ['Issued 28 OCT 26.', '2026-10-28'],
  // A weekday and a capitalised word after "by", "from", "with" that ends its phrase is a person.
  ['Loss adjusters led by Sunday Adeyemi of Lautan Marine Surveys completed their survey.', '2026-04-10'],
  // Capitals before a name are part of it, not a time zone ("PT" is Pacific Time to chrono).
  ['The next day, PT Penyeberangan Selat Bali closed the berth.', '2026-04-10'],
  // A holiday as the subject of the simple present is every year's.
  ["Nyepi, which marks the Saka New Year, closes Bali's airport as well as its seaports.", '2026-04-10'],
  // Chrono's "last day" is yesterday; "the last day of the festival" is no such day.
  ['It was the last day of the festival.', '2026-04-21'],
  // Hours on are a duration, not another day.
  ['The coaches leave at 7:30 a.m. and reach downtown Seattle in about seven hours.', '2026-05-21'],
  // A holiday weekend named by a date in figures need not hold that day (Victoria Day's "May 24 weekend").
  ['They began on the first day of what Victorians call the May 24 weekend.', '2026-05-27'],
  // A release's header, between its bars.
  ['Release No. 26-114 | May 20, 2026 | U.S. Coast Guard 13th District Public Affairs, Seattle', '2026-05-20'],
  // A month after a first name is a surname, before "of" too.
  ['Rosa March of Racine organized a rally at the station.', '2026-07-01'],
  // A reporting period's end, a balance on a day and what is owed for a month are no events.
  ['For the quarter ended March 31, 2026, the company reported a net loss of $6.2 million.', '2026-07-08'],
  ['The company had about $3.8 million of unrestricted cash as of June 30.', '2026-07-08'],
  ['The commission has not made the July payment.', '2026-07-08'],
  // What no one, or everyone, does is no event of one month.
  ['"Nobody wants to strike in June."', '2026-06-02'],
  // An issue line with the office or the place that issued it.
  ['Issued 29.05.2026, Sundlink Traffic Centre, Copenhagen.', '2026-05-29'],
  ['Issued at Aqaba on 26/03/2026 by order of the Director General, Aqaba Gulf Ports Authority.', '2026-03-26'],
  // The document telling when it was itself issued or updated.
  ['This warning was issued at 1100 on Thu 12 Feb by chief forecaster June Prydderch.', '2026-02-12'],
  ['Updated 07:10 Mon 23/02: Freight customers should call the office.', '2026-02-23'],
  // A month in general; days of a week; a two-digit year leaves the order of the figures unknown.
  ['The boat docked with 212 cars, more than twice its usual February load.', '2026-02-19'],
  ['Lanes close Sunday through Thursday nights.', '2026-04-24'],
  ['The line is shut from Monday to Friday next week.', '2026-02-23'],
  ['A routine inspection on 3/12/26 found severe corrosion.', '2026-04-24'],
  // Another calendar's feast is not the one its name alone is; a holiday noted after figures is their note.
  ["All sailings were cancelled on Lunar New Year's Eve after the gale warning.", '2026-02-25'],
  ['Additional round trips are authorised on 115/03/03 (Lantern Festival).', '2026-02-26'],
  // A season of months without a year.
  ['Expect more cancellations in the monsoon season, which runs from October to March.', '2026-03-05'],
  // A line naming the document and its date; what runs each week on a weekday.
  ['Press statement dated 28 May 2026.', '2026-05-28'],
  ['Only the Sunday timetable will apply on the Bosphorus lines.', '2026-05-22'],
  // A holiday said without its "Day", not after "on", need not be the day.
  ['The Christmas party for the crews was cancelled.', '2026-12-28'],
  ['Drivers walked out on Thanksgiving.', '2026-11-27'],
  // … and none when the two are about as near.
  ['Further south, the SES ordered residents of West Kempsey to leave their homes on Saturday.', '2026-04-07'],
  // The era's name in a title, and a document's own dated line after a source's name.
  ['The State Railway of Thailand Act B.E. 2494 governs the line.', '2026-04-09'],
  ['Announcement dated 9 April B.E. 2569', '2026-04-09'],
  ['QLDTraffic: Updated 5:32am AEST Thu 23 Apr', '2026-04-23'],
  ['Shoppers stayed away from the Black Friday deals.', '2026-12-02'],
  ['The Black Friday Bushfires burned two million hectares.', '2026-12-02'],
  // A page's or a statement's own date after its label, and an issue line naming who issued it.
  ['Media statement: 18 December 2025', '2025-12-18'],
  ['Last updated: June 12, 2026, 5:30 p.m.', '2026-06-12'],
  ['Issued by Harbour Rail Corporation, Hong Kong, 17 June 2026.', '2026-06-17'],
  // South African "now-now" and "just now" (soon, later); a month opening a sentence by being somewhere is a name.
  ['The drivers would move their trucks off the shoulder "now-now", she said.', '2025-12-22'],
  ["Let's go to the phones. June is in Stoney Creek.", '2026-06-25'],
  // An email's header, a page's review stamp, a written answer's date, a French update stamp, a release's place line.
  ['Sent: Tuesday 10 March 2026 09:14', '2026-03-20'],
  ['Page last reviewed: 20/03/2026', '2026-03-20'],
  ['Answer dated 24 February 2026', '2026-02-27'],
  ['Mis à jour le 14/08/2026 à 18h30', '2026-08-14'],
  ['Ajaccio, 12 August 2026', '2026-08-12'],
  // A status page's stamp, a transcript's speaker in capitals, a notice's title line, a habit.
  ['As of 14:00, Feb. 16.', '2026-02-16'],
  ['MARK FRIDAY: The Jeju Sunday Times had a great piece on the ground crews.', '2026-02-20'],
  ['Information voyageurs — 21/07/2026 — Marseille–Ajaccio line', '2026-07-21'],
  ["Ferry traffic usually peaks in August, when the island's population roughly doubles.", '2026-07-30'],
  // A weekday beside a holiday it does not fall on: neither is sure.
  ['The partnership said it would lay on more trains on St Patrick’s Day, Monday, for the parade.', '2026-03-10'],
  ['PRESS RELEASE — FOR IMMEDIATE RELEASE — 28/10/2026', '2026-10-30'],
  ['Aviso a pasajeros — 16/09/2026', '2026-09-16'],
  ['Exempt Resolution No. 2.415, of 10.09.2026', '2026-09-10'],
  ['Supreme Decree No. 212, of 1992, of this Ministry, regulates passenger transport.', '2026-09-10'],
  ['The storm cut revenue in the fourth quarter, which for the fuel hauler ended Jan. 31.', '2026-02-05'],
  ['Buses carry workers commuting from Viña del Mar.', '2026-09-22'],
  ['Agenda item 6 — Cabinet, 12 November 2026', '2026-11-16'],
  ['The strike spread upriver to St. John the Baptist Parish.', '2026-09-10'],
  // A notice's "Dated the 14th …", an order's file-number heading, a written answer's date.
  ['Dated the 14th October, 2026', '2026-10-21'],
  ['No. F.1(3)/2026-NHA, Government of Pakistan, Islamabad, the 10th August, 2026', '2026-08-17'],
  ['Answered 27 May 2026', '2026-05-27'],
  // An advisory's issue line with its time in hours, a dated line's place after it, a month's measure or pay.
  ['Advisory issued at 0700 hrs on 12-08-2026', '2026-08-17'],
  ['Dated 16th October, 2026 at Nairobi.', '2026-10-21'],
  ['Truck rates on the A109 remain 30% above their September level.', '2026-10-26'],
  ['Collectors had still not been paid their salaries for May and June.', '2026-08-17'],
  ['Stand: 13.02.2026, 14:30 Uhr — RheinRegio customer information', '2026-02-13'],
  ['Press release of 10.02.2026 — Press and Public Relations Office, City of Cologne', '2026-02-13'],
  // An instrument's title or number and the day it is known by.
  ['The Clean Air Act of 1970 still applies.', '2026-03-12'],
  ['In application of Order TMA/1312/2025, of 2 December, trains run.', '2025-12-04'],
  ['Law 38/2015, of 29 September, on the Railway Sector, empowers the Minister.', '2025-12-04'],
  ['Riders holding October or November passes would get a credit.', '2026-11-09'],
  // A night across two dates; a met office's issue line; an order's heading with its subject after a dash; a
  // bulletin's title line; a release's dateline with its province; a month's long weekend; a month in a name.
  ['Forty vehicles piled up near Mant on the intervening night of January 12 and 13.', '2026-01-20'],
  [
    'Issued at 1330 hrs IST of 12.01.2026 by the Meteorological Centre, Lucknow, for district administrations.',
    '2026-01-12',
  ],
  ['Order No. YEIDA/TRF/2026/118 dated 15.01.2026 — Sub: Revised speed limits on the expressway', '2026-01-20'],
  ['Service Bulletin #7 — June 24, 2026, 11:15 a.m. NDT', '2026-06-24'],
  ["St. John's, N.L., July 2, 2026 — The Honourable Bridget Hollett announced the plan.", '2026-07-02'],
  ['Gulf Atlantic says the Avalon Spirit will be back on the run by the August long weekend.', '2026-07-29'],
  ['The restrictions on the main line of the October Railway remain in force.', '2026-05-10'],
  // A month that is usually so, a month's takings, an instrument's heading with its issue date.
  ['April is usually the railway’s busiest month.', '2026-04-21'],
  ['Analysts expect its April ticket revenue to fall.', '2026-04-21'],
  [
    'Prime Minister’s Decree No. 845 of 2026, issued on 6 April 2026, on emergency measures for the Cairo-Alexandria railway.',
    '2026-04-06',
  ],
  // A page's stamps and a release's title line.
  ['Previous update: Sept. 29, 2026 8:15 AM CDT.', '2026-10-02'],
  ['511 — Updated Oct. 2, 2026 4:12 PM CDT', '2026-10-02'],
  ['News release — Kenora, Ont. — October 5, 2026', '2026-10-05'],
  ['Prague, 25. 9. 2026 — Traffic notice No. 118/2026', '2026-09-25'],
  // Periods with no count, and a span things are counted in.
  ['Many families head north for the last weeks of the ski season.', '2026-04-20'],
  ['It will force traffic through Havlíčkův Brod for a second public holiday in a month.', '2026-10-20'],
  ['The line has closed twice in a week.', '2026-10-20'],
  // Labels, credits and headings of documents that date themselves.
  ['Date of issue: 10.08.2026', '2026-08-10'],
  ['Tender No. KPT/2026/44 dated 12.08.2026', '2026-08-12'],
  ['Ref: our letter dated 03.08.2026', '2026-08-10'],
  ['Photo: AFP, 14 July 2026', '2026-07-14'],
  ['Source: Network Rail, 12 July 2026', '2026-07-14'],
  ['Tashkent, 18.03.2026 No. 214-r', '2026-03-18'],
  ['Decree of the President No. PF-45 of 12.03.2026', '2026-03-18'],
  ['Tashkent city, 12 March 2026', '2026-03-13'],
  ['"Bookings for the August getaway were down by a fifth," said Rachel August.', '2026-08-27'],
  // A notice's day about as near either way: no reader can tell which.
  ['The Met Office issued an amber warning valid from 06:00 Friday.', '2026-07-27'],
  ['(2) This Decree shall not affect the provisions of Act I of 2012 on the Labour Code.', '2026-10-21'],
  ['Date of Determination: 21 October 2026', '2026-10-21'],
  ['"Business travel between the two cities usually doubles in late May," said June Halvorsen.', '2026-05-12'],
  ['Manufacture dates: 03/02/2024 – 11/29/2025, Toyohashi Assembly Plant.', '2026-06-12'],
  ['Embargoed until 00:01 Tuesday 12 May 2026', '2026-05-11'],
  ['Press Release on Interest Rates — No: 2026-41 — 11 September 2026', '2026-09-18'],
  ['Done at Chambéry, 16 July 2026.', '2026-07-16'],
  // A plan or a period named by a year; a figure's month; a forecast's horizon; the run-up to a holiday.
  ['The real money question is the 2027 route.', '2026-08-18'],
  ['The 2027 manifest already carried nine flights.', '2026-11-18'],
  ['Inflation rose to 33.1 percent in September.', '2026-10-19'],
  ['Analysts expect the September CPI print to show a rise.', '2026-09-15'],
  ['The bank kept its forecast of 27 percent inflation by year-end.', '2026-10-19'],
  ['Markets were quiet ahead of the 29 October holiday.', '2026-10-19'],
  // A status page's stamps, a letterhead, a year's running count, a festival's span.
  ['Apr 14, 2026 - 09:12 UTC — Investigating', '2026-04-15'],
  ['Resolved — Apr 14, 2026 - 16:40 UTC', '2026-04-15'],
  ['Bonn, 23.04.2026 — by e-mail and registered post', '2026-04-23'],
  ['Since January 1, a total of 48,307 dengue patients have been admitted.', '2026-09-22'],
  ['Officials fear that crowds at puja pavilions during Durga Puja could spread the virus further.', '2026-09-22'],
  ['Incident report — published 21 April 2026', '2026-04-21'],
  ['Decision No. 1234/QĐ-BGDĐT dated 12 May 2026 on adjusting the schedule', '2026-05-12'],
  ["The ministry adjusted the schedule of this year's national high school graduation exam.", '2026-05-12'],
  ['The ministry has promised new question-security rules for the 2027 exam.', '2026-07-03'],
  ['Service alert: 17/06/2026 06:45 — Joburg Energy, City of Johannesburg', '2026-06-17'],
  ['Analysts expect off-plan prices in outer districts to soften by year-end.', '2026-05-14'],
  [
    'Article (6): This Circular, issued on 24 February 2026 corresponding to 7 Ramadan 1447 AH, shall be published.',
    '2026-02-24',
  ],
  ['Weekly report, week ended July 15.', '2026-07-16'],
  ['Press release IP/26/1187 — Brussels, 21 April 2026', '2026-04-21'],
  ['Notice to passengers — 02.09.2026, 14:00 (Almaty time)', '2026-09-02'],
  ['Information on a material event, dated 07.09.2026', '2026-09-07'],
  ['The festival is traditionally held on the last weekend of June.', '2026-06-19'],
  // A live page's stamp, a signature's place after "at", a tribunal's labels, a stewards' report's meeting line, a
  // habit "every year on", horses named in capitals.
  ['Dated 14 August 2026, at Putrajaya.', '2026-08-14'],
  ['Date of hearing: 24 November 2026.', '2026-11-26'],
  ['Delivered: 26 November 2026.', '2026-11-26'],
  ['Meeting: Sandown Hillside, Wednesday 18 November 2026. Track: Good 4.', '2026-11-18'],
  ['Every year on 6.12. wards run on holiday staffing.', '2025-12-07'],
  ['The Melbourne Cup Carnival is conducted every year in the first week of November.', '2026-11-26'],
  ['JUNE GLORY was declared a late scratching at 1:50pm on veterinary advice.', '2026-11-18'],
  ['The rider of APRIL SKY lodged a protest against the winner CASTLE PARADE.', '2026-11-18'],
  // A wire's credit, a proclamation's signature, a citation line, a sitrep's labels, a decision's session line, a
  // research note's title line with pipes, a filing's report date, "lasts" (chrono's "last s").
  ['(Reporting by Sione Tuipulotu; Editing by April Vea)', '2026-06-30'],
  [
    "GIVEN under my hand and the Public Seal of the Kingdom at the Palace Office, Nuku'alofa, this 12th day of June 2026.",
    '2026-06-12',
  ],
  [
    'Citable reference: Global Health Organization (19 June 2026). Disease Outbreak News; Measles – Tonga.',
    '2026-06-19',
  ],
  ['Reporting period: 22–28 June 2026 (epidemiological week 26).', '2026-06-30'],
  ['Date of report: 30 June 2026.', '2026-06-30'],
  ['Decision No. 045/2026 — Session of 4 August 2026', '2026-08-04'],
  ['Initial Report | Toronto | July 21, 2026', '2026-07-21'],
  ['Item 9 Date of Report: August 4, 2026.', '2026-08-04'],
  ['Church leaders have agreed to suspend feasts while the emergency lasts.', '2026-06-30'],
  // A bulletin's status line, a council's place line, a signature formula, a comparison's baseline, a night with no
  // clock, a weekday of a named week, a habit on a holiday.
  ['Status: 2.8.2026, 18:00. Issued by the Information Cell, Sion.', '2026-08-02'],
  ['Tällwald, meeting in Turtmann, 10 August 2026.', '2026-08-10'],
  ['Done at Des Moines this 14th day of November in the year of our Lord two thousand twenty-six.', '2026-11-14'],
  ['National layer flock: 291.4 million hens, down 1.1% vs. a year ago.', '2026-12-07'],
  ['On the night of 31 October to 1 November, thieves broke into the museum.', '2026-11-02'],
  ['Wholesale prices peaked on the Monday of Thanksgiving week.', '2026-12-07'],
  ["Every year on All Saints' Day many flats are left unattended while families visit the graves.", '2026-11-02'],
  // A level's baseline, a market message's stamp, a traded month, a gazette's issue, a record's sitting line, one of two
  // months, a product alert's number, a batch's manufacture date, a date before a pipe and a title, a delay's reach.
  ['Cal-27 is back below where it traded in July.', '2026-09-18'],
  [
    'Message VRE-UMM-2026-08-0398, Version 3, published 2026-08-18 09:05 — Unit: Saint-Alban-du-Rhône 2 — Type: unplanned',
    '2026-09-04',
  ],
  ['The French baseload contract for September rose 19 percent over the past three sessions.', '2026-08-18'],
  ['Published in the State Gazette, issue 79 of 2026.', '2026-09-29'],
  ['Forty-ninth sitting, Friday, 4 September 2026.', '2026-09-04'],
  ['Analysts say a vote in late October or early November is most likely.', '2026-09-09'],
  ['Medical Product Alert N°7/2026: Substandard paediatric liquid medicine identified.', '2026-10-16'],
  ['Date of manufacture: July 2025.', '2026-10-16'],
  ['16 October 2026 | Medical product alert', '2026-10-16'],
  ['A second request would almost certainly push Saint-Alban 2 into October.', '2026-09-18'],
  // A ship's update line, opening days, a sitrep's stamp, a habit that "every year
  // runs into April", an electronic signature, a blog's posted line, a wire's editor, a newsletter named by its day.
  ['MV KESTREL HARMONY — Update 4 — 9 February 2026, 17:00 hrs local time (UTC+4).', '2026-02-09'],
  ['The claims office is open Monday to Saturday, from 08:30 to 16:00 hrs.', '2026-02-16'],
  ['SITREP 9 as at 18:00 hrs 20/02/2026.', '2026-02-20'],
  [
    'The wreck will not be lifted before the end of the cyclone season, which every year runs into April.',
    '2026-02-20',
  ],
  [
    'Document signed electronically by April Cavalcanti, Superintendent of Inspection, on 14/04/2026, at 16:05.',
    '2026-04-14',
  ],
  ['Posted April 15, 2026 · Global Policy Team · 4 min read', '2026-04-15'],
  ['(Reporting by August Teixeira in Brasilia; Editing by Friday Nwosu)', '2026-04-24'],
  ['Issue No. 87 of your Monday read on tech policy in the Americas.', '2026-05-11'],
  // A passenger notice's update stamp in local time, a written question's number and submission, an answer's dated line,
  // a newsletter's signature.
  ['Update 1 — Thursday 4 June 2026, 15:10 local time (UTC-1)', '2026-06-17'],
  ['Question No. 112/2026, submitted 8 June 2026, under section 37 of the Rules of Procedure.', '2026-06-19'],
  ['Answer dated 19 June 2026, from the Naalakkersuisoq for Housing, Infrastructure and Transport.', '2026-06-19'],
  ['— Friday Adeyemi, editor, The Long Shot', '2026-07-17'],
  // A consortium's "Update 4, <date> <time> UTC.", what a month is like, this year's edition named, a holiday whose day
  // the writer gives as another.
  ['Update 4, 10/03/2026 08:00 UTC.', '2026-03-24'],
  ['The organisers remind crews that sandstorms are frequent in central Saudi Arabia in January.', '2026-01-11'],
  ['The 2026 Dakar Rally ended in Shubaytah.', '2026-01-23'],
  ['A connectivity test was run on National Foundation Day, the 11th, when the market was closed.', '2026-02-18'],
  // A court order's title in capitals, a registry's stamp, a superseded version's issue, a sales cycle of a year, a
  // regulation's "MADE this …", a credit's surname, a statutory instrument telling when it was published.
  ['ORDER of 3 September 2026 in the precautionary proceedings registered under R.G. 41872/2026.', '2026-09-03'],
  ['Filed in the registry, 3 September 2026, the Court Clerk.', '2026-09-03'],
  ['Supersedes: version 2.0, issued 15 December 2025.', '2026-07-21'],
  ['Subject: Sales Cycle 6 of 2026 (Gaborone).', '2026-07-02'],
  ['MADE this 8th day of July, 2026.', '2026-07-10'],
  ['(Reporting by August Molefe; Editing by Mark Friday)', '2026-07-03'],
  [
    'This Statutory Instrument, published on 10 July 2026 in the Government Gazette, comes into operation later.',
    '2026-07-10',
  ],
  // A plan whose fate is still open may have been for either side of the report.
  [
    'The machine was due to move to 2,460 bunches per beam on Monday but the intensity step is now on hold.',
    '2026-07-07',
  ],
  // A circular's dated line "for immediate circulation", a notice's place line "for immediate release", a voyage's dates,
  // a habit over two months, an issuing line "by the Harbour Master", a page's title before "posted".
  ['Dated 16/12/2025, for immediate circulation and implementation.', '2025-12-16'],
  ['Doha, 19 December 2025, for immediate release to Noteholders.', '2025-12-19'],
  ['Voyage dates: 07/25/2026 – 08/08/2026', '2026-08-05'],
  ['Bookings for sailings, which the line markets every year in July and August, had slipped.', '2026-08-11'],
  ['Issued at Bridgetown, 2nd August 2026, by the Harbour Master.', '2026-08-02'],
  ['Cruise ship outbreak update, posted 08/05/2026', '2026-08-05'],
  // An emergency agency's "Alert issued … PM EDT", a month's loading programme.
  ['Alert issued 10/10/2026 9:42 PM EDT.', '2026-10-14'],
  ['Charterers with cargoes in the June loading programme are waiting.', '2026-06-12'],
  ['Freight for July-loading cargoes has firmed.', '2026-06-12'],
  // Names, habits and measures the ordinary-prose golds (blind) carried: a weekday or month that is a person, a paper or
  // a credit; a verb "last"; a comparison's "a year ago"; holidays named as what they are; a habit's "next week"; an
  // indefinite "a quiet Friday"; a month that "is often" so; a feast's season "at Easter"; its "trade" and "bridge".
  ['"Now they have shut down the government," joked Sunday Adeyemi, who runs an agency.', '2026-04-24'],
  ['"Nothing is agreed yet," said Sunday Ledger columnist Wim de Haas.', '2026-05-18'],
  ["Darcy's mum June, who has been in court every day, wept.", '2026-06-03'],
  ['(Reporting by June Mikalsen in Tromsø; Editing by May Hansen)', '2026-04-07'],
  ['The judge told the jurors to expect the trial to last about two weeks.', '2026-04-29'],
  ['Cod is fetching nearly a fifth more than at this point a year ago.', '2026-04-16'],
  ['Maundy Thursday, Good Friday and Easter Monday are public holidays in Norway.', '2026-04-02'],
  ['"Every time they say next week, it turns into next month," he said.', '2026-05-02'],
  ['Good morning, and welcome to a quiet Friday in the Berlaymont.', '2026-05-15'],
  ['Officials caution that August is often the driest month of the year.', '2026-08-05'],
  ['There is still no date for a new round of the talks that collapsed at Easter.', '2026-04-16'],
  ['"We lost the Easter trade," she said.', '2026-04-16'],
  ['The institutions are on their Ascension bridge, as they are every year.', '2026-05-15'],
  // What the Cape Town, Edinburgh and Pyeongtaek golds (blind) carried: kin named after a comma, a month before a
  // possessive surname, an act's number and year, a case number in figures, a baseline "on last year", a financial
  // year named by its end, chrono's "a Hout".
  ['She was met by her mother, June, and her sister, April.', '2026-09-29'],
  ["Among them were Monday Night Massive and June Harrow's solo hour.", '2026-08-11'],
  ['The case is registered under the Inquests Act 58 of 1959.', '2026-09-24'],
  ['The case is registered as Camps Bay inquest 14/09/2026.', '2026-09-24'],
  ['Ticket sales were down 3 per cent on last year.', '2026-09-03'],
  ['It was reviewing output plans for the fiscal year ending in March 2027.', '2026-03-24'],
  ['A field kitchen run by a Hout Bay church has fed searchers.', '2026-09-21'],
  // "this past weekend" said on a weekend may be this one or the last.
  ['Pat Kerrigan broke his silence this past weekend.', '2026-06-13'],
  // A show named "This Morning", the holiday's Monday, a liking for a month, what a calendar day is, a register's
  // criterion, a rate's week, a dateline closed by a colon.
  ['Join us at 5 a.m. on KRVR 7 News This Morning.', '2026-03-10'],
  ['The authority demanded a full account from the airport on the bank holiday Monday.', '2026-05-12'],
  ['On the autumn holiday Monday he led a charity tug-of-war in Ballater.', '2026-10-20'],
  ['Schäfer said the ward had not forgotten the holiday Saturday.', '2026-10-31'],
  ['"It was lovely, but I wouldn\'t fancy it in August," she said.', '2026-06-05'],
  ['In Mexico City, 19 September is a day of mourning.', '2026-09-26'],
  ['Deputies want a register of buildings put up since 2017.', '2026-09-26'],
  ['The rate has fallen to three or four an hour this week.', '2026-09-24'],
  ['BENGALURU, Jan 23 (PWI): The regulator barred the founder from the market.', '2026-01-23'],
  // A month's tours and index review; an album named by a weekday night after a hyphenated adjective.
  ['No more than 5% of January tours to Harbin were cancelled.', '2026-01-21'],
  ["Nasdaq Copenhagen's December index review means the shares will leave the index.", '2026-12-05'],
  ['He recorded 30 albums, among them the much-loved Friday Night Session.', '2026-07-15'],
  // Days a promise kept moving to, a count's year, a price's month, box-office "Sunday estimates", a weekday's part as
  // an adjective, a clock time in figures, a month's show season.
  ['"They told us Sunday, then Monday, then Tuesday," he said.', '2026-04-15'],
  ['It is the second increase this year.', '2026-10-28'],
  ['Motorcyclists now charge N1,500 for trips that cost N1,000 in August.', '2026-09-09'],
  ['Prosecutors said he padded Sunday estimates for six films.', '2026-10-28'],
  ['It is an industry built on the Monday-morning ritual of the weekend chart.', '2026-10-31'],
  ['Dealers expect a busy first week, with the September show season approaching.', '2026-08-14'],
  // "This time last year" compares with a year ago; "every June and July" is a habit of both months; "Midsummer Day"
  // in a report that names no country is none of the days the calendars part on.
  ['This time last year, neither Baku nor Yerevan would have accepted a Gulf mediator.', '2026-09-21'],
  ['City health inspectors check team hotels every June and July.', '2026-06-18'],
  ['On Midsummer Day, police took the leak site offline.', '2026-06-22'],
  // A weekday whose date in brackets is another day's.
  ['He met them on Monday (18/8).', '2026-08-19'],
  // An instrument's number and year: "LN 231 of 2019" (a Maltese legal notice).
  ['The concession is regulated by LN 231 of 2019 and allows a takeover.', '2026-09-10'],
  // "earlier in the week" in a Monday paper; when a thing is most so, any week.
  ['The union walked out earlier in the week.', '2026-06-08'],
  ['"Lines have been longest midweek, around lunch," she said.', '2026-03-06'],
  // A dateline closed by a colon, a price's baseline, how far a delay might reach, an instrument's number, what cannot
  // be done in a span, a financial year named by its end, a month's figures, which weekday a day falls on.
  ['Mumbai, Sept 2: The collapse of a 48-year-old building has put the city on notice.', '2026-09-02'],
  ['Shares now trade around $30.85, down from $41.20 a month ago.', '2026-07-15'],
  ['"If this runs into June, the shortfall will be hard to recover."', '2026-05-06'],
  ['Government formalised claims under Statutory Instrument 47 of 2026.', '2026-09-15'],
  [
    '"You cannot take 300 buildings off the market in four weeks and expect rents to sit still," said Pham.',
    '2026-10-07',
  ],
  ['The company is forecasting earnings of $41 million for the year to June 30, 2027.', '2026-10-15'],
  ['The council will publish its October visitor figures soon.', '2026-11-03'],
  ['The Fright Nights season opens on Halloween, a Saturday this year.', '2026-10-15'],
  // One of the days a thing may come: "whether that's tomorrow or in three weeks' time".
  [
    "Ghana FA bosses will complain to FIFA as soon as the tournament is over, whether that's tomorrow or in three weeks' time.",
    '2026-06-30',
  ],
  // A weekday of a week the narrative set, or of every week; a cohort's name.
  ['He was released on bail on the Friday and re-arrested on the Monday.', '2026-06-12'],
  ['The Bishop asked all parishes to remember the victims at the Sunday service.', '2026-06-05'],
  ["The club's Class of 2026 graduated.", '2026-06-12'],
  // A month named for a holiday period, a wire's dateline closed by ".-", any Friday of a kind, a quarter's months.
  ['Many families leave the city during the July fortnight.', '2026-08-07'],
  ['Quito, Aug 6 (AHN).- Kichwa communities have taken the government to court.', '2026-08-06'],
  ['"On a normal month-end Friday you cannot move in here," said one tavern owner.', '2026-08-20'],
  ['Hanlin will report July-September results soon.', '2026-10-18'],
  // A weekday that opens a sentence and says something is a name.
  ['Friday said the design uses steel-mesh baskets lined with fabric.', '2026-09-02'],
  // What the round-53 golds (blind) showed: names that are weekdays, weekly habits, a number's "000 years ago", a
  // baseline's level, a season of every year, a holiday naming a thing, what a measure counts, a timetable's month, a
  // dateline between slashes.
  ['Among the dead were two UAE residents: Friday Mensah, a 41-year-old Ghanaian engineer.', '2026-05-22'],
  ['"The next 72 hours are decisive," said Dr. Sunday Okeke, an anaesthetist.', '2026-10-31'],
  ['In normal times it runs every Monday, Wednesday and Thursday from 8.30pm.', '2026-06-24'],
  ['"Friday nights were always his shift," she said.', '2026-06-05'],
  ['"Midweek sailings are usually quieter," he said.', '2026-08-14'],
  ["Petra, carved by the Nabataeans more than 2,000 years ago, is Jordan's most visited site.", '2026-05-15'],
  ['Enquiries were running at about half the level of a month ago.', '2026-06-05'],
  ['Flash floods are a known hazard in southern Jordan between October and April.', '2026-05-15'],
  ["Vienna's own New Year's Eve fireworks over the Danube are run by a different contractor.", '2026-09-02'],
  ['Travel agencies report that bookings for the first week of August are down 30 percent.', '2026-08-01'],
  ['The company would decide on its September programme soon.', '2026-08-14'],
  [
    "Vienna's own New Year's Eve fireworks are run by a different contractor, a spokesman for the city said.",
    '2026-09-02',
  ],
  // What the round-54 golds (blind) showed: a span with no count, a habit of every day, a day nothing happened on, a
  // month's needs.
  ['"In a few weeks you will not recognise this port," he said.', '2026-07-29'],
  ['"We called every day. Every day they said next week."', '2026-08-26'],
  ['Unlike the go-slow, there is no protest today.', '2026-07-14'],
  ['The chief executive did not respond to requests for comment this week.', '2026-08-22'],
  ['Buyers have now mostly covered their March needs elsewhere.', '2026-03-12'],
  // What the round-55 golds (blind) showed: a weekday of every month, a comparison's period, what anyone can do in a
  // span, when a thing is most so, how things stand today, a part of every week naming a thing.
  ['Community work held on the last Saturday of every month was turned over to the rescue.', '2026-06-27'],
  ['It has seen 14 calls, against 31 in the same period of 2025.', '2026-08-05'],
  ['"You can rebuild a roof in a month. A vineyard takes ten years," he said.', '2026-09-07'],
  ['The new rules bite hardest in March.', '2026-09-24'],
  ['Today, a typical family in Šeškinė pays about EUR 40 a month for heat.', '2026-03-13'],
  ["Borough's midweek crowds have dipped below 3,000.", '2026-09-24'],
  // What the round-56 golds (blind) showed: a question left open, a span from a condition, a baseline in lari.
  ['The krewe has not said whether it will seek to roll next year.', '2026-02-24'],
  ['"If the vote fails, you are looking at real gaps on lots in three weeks\' time."', '2026-09-21'],
  ['Tickets cost 10 lari, up from 8 lari a month ago.', '2026-05-27'],
  // The verb of saying outside a quotation does not read what is quoted.
  ['"From Monday, not one box moves in this port," the union\'s secretary general told journalists.', '2026-05-09'],
  // A weekday before "anak", "bin" and a name is a name.
  ['Crane operator Sunday anak Ngelai, 38, said the crew had been at the muster station within minutes.', '2026-02-20'],
  // Figures closing a reference.
  ['Its notice, numbered OSD/NTM/07/2026, said the zone would remain in force until further notice.', '2026-02-20'],
  // A likeness, a holiday's meaning, a rare habit, a comparison's baseline, a feast kept every year.
  ['"It sounded like the Fourth of July, only it didn\'t stop," said April Nielsen.', '2026-07-13'],
  [
    'Refiners rarely schedule maintenance in mid-July, when gasoline demand in Utah peaks, said Priya Raman.',
    '2026-07-17',
  ],
  ['Congestion surcharges are now half what they were a month ago.', '2026-05-29'],
  ['Brunei marks National Day on Feb 23, the anniversary of its independence.', '2026-02-24'],
  // What a year will not hold, a comparison's baseline, a span of months, a thing of every week, a name and an age, a
  // span gone by, any such night.
  ['Officials said the Thunder Loop would not run again this year.', '2026-09-08'],
  ['"Not this year, maybe," she said.', '2026-02-20'],
  ['It is not the first incident on the line this year.', '2026-08-20'],
  ["Attendance has nonetheless trailed last year's pace.", '2026-09-01'],
  ['Queues are a fraction of what they were a month ago.', '2026-10-05'],
  ['The company had all of June and July to make an offer.', '2026-09-09'],
  ['Chapa owners say midweek demand has returned to normal.', '2026-10-15'],
  ['Midweek shift changes used to mean a full parking lot at the mine.', '2026-08-20'],
  ['Halkett said at her kitchen table, as April, 9, drew a picture.', '2026-08-20'],
  ['A smaller inflow in the shaft was sealed off with grout in about six weeks.', '2026-09-02'],
  ['"On a Saturday night in late August there are thousands of kids on those rides."', '2026-09-08'],
  // A habit's day, which weekday a day is, a month in a condition or as a baseline.
  ['Free travel is usually offered on the 5th of July in the big cities.', '2026-07-02'],
  ['Because 5 July fell on a Sunday, the sitting moved to the following Monday.', '2026-07-07'],
  ['Engineers consider it possible "if September is kinder than August".', '2026-08-24'],
  // A month of any year, a span out of service, a level compared, a weekday that speaks.
  ['"We cannot go through another July like this one," said Brian Siame.', '2026-07-15'],
  ['The ferry once spent three weeks out of service with a gearbox failure.', '2026-08-31'],
  ['Queues in Lusaka are shorter than they were a month ago.', '2026-08-05'],
  ['Another show is possible, though Friday said that "depends on the inspectors."', '2026-07-06'],
  // An accounting period.
  ['Zamport contributed about 14% of group revenue in the year to June 2025.', '2026-07-24'],
  // A month in what never happened.
  ['"We have never seen the pass like this in May," said the pilot.', '2026-06-04'],
  // A level, a tally or a scene at the time of writing; a baseline one is "back" to.
  ['Copper on the LME was trading at about US$10,900 a tonne this week.', '2026-11-06'],
  ['As of 12:00 today, 211 persons remain in shelters in Saham.', '2026-10-31'],
  ['At the Bungo station this afternoon, commuters were sceptical.', '2026-11-10'],
  ['Fares, for now, are back where they were a month ago.', '2026-09-09'],
  // A month as a whole or of any year; a baseline then and now.
  ['The deal comes after a September that has left the city with two full strike days.', '2026-10-02'],
  ['"September is going to be a bumpy month," he said.', '2026-09-02'],
  ['A bag of rice that cost about L$3,900 a month ago now sells for around L$3,300.', '2026-07-16'],
  ['Bread and cooking gas there cost far more than they did a month ago.', '2026-06-30'],
  // A speaker's year opening what they say.
  ['"This year I\'m giving away burritos to the guys on the line."', '2026-04-01'],
  ['Ocampo said. "This year, nobody can."', '2026-06-04'],
  // A weekly list or slot; a baseline in what it cost or was guided; a month in a name after "and"; a weekly's dateline;
  // a holiday's name that ends a longer one.
  ['Spot prices on the weekly Monday price list have risen about 12% since the strike began.', '2026-06-22'],
  ['Forwarders expect the Wednesday and Thursday slots to fill first.', '2026-06-24'],
  ['Claims are roughly triple what brokers were guiding a month ago.', '2026-08-03'],
  ['"A sack of cement costs twice what it cost a month ago," she said.', '2026-06-15'],
  ['(Reporting by May Ilunga in Kinshasa and August Nkounkou in Brazzaville)', '2026-05-29'],
  ['BELIZE CITY, Fri. Sept. 11, 2026-- Police have charged the captain.', '2026-09-11'],
  ['The second day falls the following day, Mary Prince Day.', '2026-07-28'],
  // A month in a name; a day kept every year; a tally by a date.
  ["Belize's September Celebrations went ahead despite the sinking.", '2026-09-22'],
  ['Both islands mark 9 May as the anniversary of their liberation.', '2026-05-11'],
  ['By mid-July, local carriers had logged more than 400 commercial notifications.', '2026-08-03'],
  // A level still shown, a baseline one paid, a nickname, a weekly gathering, an agency's dateline with its year.
  ['Ice charts this week still show seven- to eight-tenths cover in the inner bay.', '2026-07-17'],
  ['"A month ago I paid E17 for the trip."', '2026-08-14'],
  ['Committee member Thato "August" Phakisi said the committee would ask why.', '2026-09-24'],
  ["The club's Friday night dinners at its hall are on hold.", '2026-07-15'],
  ['Praia, 02 Jul 2026 (APN) – The minister announced a charter.', '2026-07-02'],
  // A habit after "Every year,"; a title's weekday; a newsletter's week; a year like the others; "the following
  // December" with no year named.
  ['Every year, pilgrims begin arriving at Namugongo in late May, many on foot.', '2026-06-04'],
  ['The committee chairperson, Hon. Sunday Kiiza, said the committee would visit the bend.', '2026-06-22'],
  ["This week's lead is Brazil, where a club has become the test case.", '2026-09-15'],
  ['"Every year in September we lock in our tonnage, and this year will be no different," he said.', '2026-08-28'],
  ['The talks resumed the following December.', '2026-09-01'],
  // A month's pay, a speaker's year after a habit, a film's title.
  ['"We have not received February\'s pay," said Mossammat.', '2026-03-17'],
  ['"Every year in Holy Week we take the children to Santiago. This year, who knows," said Marisol.', '2026-03-17'],
  ['Kervella won the Jury Prize with "Mondays in August".', '2026-05-08'],
  // A running count since the month's start; a habit carried into a clause joined by "and"; a day off every week; a
  // futures month; a year's accounts; a friend named for a month; a newsletter's issue.
  ['Since the start of the month the terminal has worked 41 vessels.', '2026-05-20'],
  ['Seed-cutting normally starts in April, and planting follows from mid-May, weather permitting.', '2026-03-12'],
  ["Friday is the workers' only day off, and most had spent it queuing for water.", '2025-12-12'],
  ['The spread stood at a $12/t backwardation, and the Jan-26 contract traded at a premium.', '2025-12-08'],
  ['The annual general meeting must approve the 2025 accounts.', '2026-05-29'],
  ['My buddy August, who flew in with me from Chicago, gives it an 8.', '2026-10-01'],
  ["This week's Brief is given over almost entirely to potatoes.", '2026-03-18'],
  // A price's level a month ago.
  ['The company bought cargoes at spot prices that topped $14 per million BTU a month ago, he said.', '2026-10-05'],
  ['The shares are still far from the €4.20 at which they traded a month ago.', '2026-03-26'],
  // A month every year; a newsletter's heading; a baseline in another currency's dollars; a rate by the night; a
  // dateline closed by the agency's initials.
  ['Every August, Spanish and Italian families fill the gap left by the Canadians.', '2026-08-12'],
  ['This week: the Norrtälje seat goes to the Election Review Board.', '2026-10-08'],
  ['Nutmeg is quoted at US$9.40/kg FOB, up from US$8.70 a month ago, as supply tightens.', '2026-02-20'],
  ['A room that cost 140 euros a night a month ago now sells for 95.', '2026-08-12'],
  ["ST GEORGE'S, Grenada, Feb 4, CRNA – A High Court judge has issued a bench warrant.", '2026-02-04'],
  // How long a condition would hold; a season of every year.
  ['If it lasts until the end of the year, European mills will turn to Brazil.', '2026-10-30'],
  ['If this runs into June, the shortfall will be hard to recover.', '2026-05-06'],
  ['Members will stay into the summer holidays, which in Chile begin in December.', '2026-10-07'],
  // A firm, a place and a man named for a day, a year or a month; a document's number; an amount of time; levels then.
  [
    '"Every supplier is renegotiating now," said Mark Friday, a partner at the consultancy Friday & Vogt.',
    '2026-03-06',
  ],
  ['It employs people in small towns such as Agnes Water and the Town of 1770.', '2026-08-21'],
  ["Garnier's place will be taken by August Le Bihan, a 22-year-old from Lorient.", '2026-08-13'],
  ['Press release 07/2026 · Bremen', '2026-03-30'],
  ['"Now there is a hole in 36 years of data," says the station chief.', '2026-03-26'],
  ['Rawdha now trades at 312 fils, up from 285 fils a month ago.', '2026-03-02'],
  ['A boat that was valued at about £380,000 a month ago is now hard to sell.', '2026-08-13'],
  // What runs on a pair of weekdays; months of travel and itineraries; a span to now after a superlative.
  ['Pera said he had dropped Tuesday and Wednesday trips.', '2026-09-08'],
  ['A cruise line dropped Rarotonga from two November itineraries.', '2026-09-08'],
  ['Bookings for September and October travel are down 14%.', '2026-09-08'],
  ["Elmtal's shares are now trading near their lowest level in six years.", '2026-10-20'],
  // What runs midweek, every week.
  ['The analyser came up on one of the small charter planes that serve the settlement midweek.', '2026-04-30'],
  ['Most casinos now keep only a handful of rooms open midweek, according to operators.', '2026-10-12'],
  // Prices a thing sold or traded at, or fetched, a month ago.
  ['Souvenir julep glasses that sold a month ago at $18 are half price now in the gift shop.', '2026-06-06'],
  ['A seat on the airport shuttle was selling a month ago at 60 lei and now goes for 95 lei.', '2026-12-03'],
  ['Pre-orders, which sold at £24.99 a month ago, are being refunded automatically.', '2026-12-03'],
  ['"We sold Moorea a month ago at $119 a head including the ferry."', '2026-11-23'],
  ['The stock closed at 1,212 yen, well below the 1,480 yen it fetched a month ago.', '2026-11-24'],
  ['Power was trading at Rs 4.10 a unit a month ago and is now above Rs 6.', '2025-12-29'],
  // How long a condition would hold, whatever verb tells it; the span an amount of work is done in.
  ['If the outage lasts until June, however, the plant would miss the high-flow season.', '2025-12-29'],
  ['"I\'ve some savings, but if it lasts until June I\'ll be amazed."', '2026-11-22'],
  ['"We are doing three winters\' worth of turnarounds in a week."', '2026-11-27'],
  // A horse's name; travel packages of a month; a tally of the year to date; what a holiday weekend is like.
  ["A 2-year-old named Tuesday's Promise won the opener.", '2026-06-06'],
  ['UK operators with Hokkaido packages in the second half of December should watch closely.', '2026-11-30'],
  ['Several smaller studios in the city have closed or shrunk this year.', '2026-11-22'],
  ["The long weekend of St Andrew's Day and National Day is one of the busiest of the year at Cluj.", '2026-11-20'],
  // Prices right after their time, changes from them, and what a thing cost then; a quarter reported on.
  ['"A month ago at $9,000 a year, that policy was a rounding error," said a broker.', '2026-03-27'],
  ['Rebar was assessed at 585-595 euros/t delivered, against a month ago at 590 euros/t.', '2026-12-03'],
  ['The premium widened to $2.40 a barrel on the news, from $1.15 a month ago, traders said.', '2026-11-10'],
  ['Fares from Miami that cost $310 a month ago are selling for $520 now.', '2026-10-20'],
  ['Tickets sold a month ago at KM 120.', '2026-08-25'],
  ['The group posted an operating loss of 187 million euros for July-September.', '2026-10-23'],
  // Conditions however far their period lies after "until", or by when; days of a month that come every year; a
  // span's "they" is the next clause's.
  [
    'It claims damages if the closure of the southern end continues until the first quarter of next year.',
    '2026-10-13',
  ],
  ['If no buyer emerges by March, the application may be the only money.', '2026-12-03'],
  ['"I don\'t want this city relying on luck every Saturday night in March," she said.', '2026-03-19'],
  ['"Our inspectors did that in four days, and they will keep doing it."', '2026-04-08'],
  // Changes from an amount, and a price fetched then; a rate in a day; a span of hours ahead; a horse's title; a
  // speaker's year after "But".
  ['Diesel at Banjul retailers fell to D78 a litre, from D82 a month ago.', '2026-02-25'],
  ['Output fell to 40 units, from 55 a month ago.', '2026-02-25'],
  ['"A month ago prime lambs were fetching around $4.15 a kilo at the works."', '2026-11-14'],
  ['The pandal may not reopen after any rain of more than 64.5 mm in a day.', '2026-10-25'],
  ['Officials expect a delay of the next two hours.', '2026-04-11'],
  ['Shy Of Sunday, who was one of the horses that ignored the recall, ran on to finish second.', '2026-04-11'],
  ['"But this year safety comes before spectacle."', '2026-10-25'],
  // A condition to the end of a month; a newsletter's named issue; levels a fortnight ago, now, and up from a count in
  // words; bookings and loading for a part of a month; a name in brackets.
  ['"If the strike lasts until the end of the month, refineries will start drawing on port stocks."', '2026-10-02'],
  ["This week's Runway Brief looks at where things stand.", '2026-04-24'],
  ['The rate, which stood at $24.10/t a fortnight ago, eased to $22.85/t.', '2026-10-02'],
  ['"A bag of rice cost 300,000 in August; today it costs 420,000," Mr Fofana said.', '2026-09-30'],
  ['Twelve ships waited offshore, according to a port agent, up from three a week ago.', '2026-10-06'],
  ['Brokers expect a short spike in fixtures for loading in the second half of November.', '2026-10-02'],
  ['The winery cancelled more than 60 group bookings for the rest of August.', '2026-08-18'],
  ['It must return the advances paid for the groups booked in August and September.', '2026-08-28'],
  ['The supplement, Gustul de Duminică (Sunday Taste), will publish a guide.', '2026-08-28'],
  // Prices in soles and ringgit, set off before their time or offered this week; animals' names; a named event.
  ['A half-day Uros tour that sold a month ago at S/ 35 is now being offered at S/ 20.', '2026-02-20'],
  ['Agents report that the fare, RM38 a month ago, is selling at RM45.', '2026-06-10'],
  ['Skipjack was offered at $1,690/t CFR this week, against a month ago at $1,620/t.', '2026-07-03'],
  ['His team was led by a 7-year-old female named Tuesday, whom he called the best.', '2026-03-20'],
  ['A 5-year-old dog named June died on the Yukon outside Ruby.', '2026-03-28'],
  ["Brynn Solberg's dog June, a 5-year-old female, collapsed.", '2026-03-12'],
  ['Much of the country is busy with March Madness brackets.', '2026-03-12'],
  // Levels then and now: a count of years back, in any figures; "today" with how much is so nowadays; a month after
  // "a" in a habit; a level's baseline year.
  ['Frozen hake is quoted at about EUR 3.10 per kilogram, against EUR 2.80 a year ago.', '2026-08-18'],
  ['The company, whose fleet numbered 40 lorries five years ago and today runs to 112, will appeal.', '2026-11-19'],
  ['An hour of delay now costs about 90 euros, up from 70 euros three years ago.', '2026-10-27'],
  ['Premiums stood at about 2.1 per cent of cargo value two years ago.', '2026-12-02'],
  ['Premiums, which ran at about 0.8% of contract value a year ago, are now quoted at 1.3%.', '2026-07-28'],
  ['A room during the festival now costs nearly double what it did five years ago.', '2026-07-22'],
  ['A case of the Pauillac label traded at HK$9,800 two years ago.', '2026-11-20'],
  ['Today the tunnel carries around 120,000 vehicles on an average weekday.', '2026-10-23'],
  ["Today, roughly a third of the province's exported lobster leaves Halifax in refrigerated boxes.", '2026-07-17'],
  ['Today Benguela Cold Fish is one of the largest private employers at the coast.', '2026-09-22'],
  ['Today, Chinese buyers import roughly half the volume they bought a decade ago.', '2026-10-14'],
  ['Brokers said today they are closer to 2.6 per cent.', '2026-12-02'],
  ['Toncontín today receives only smaller aircraft.', '2026-09-14'],
  ['Japanese importers have made the release a November ritual every year.', '2026-11-10'],
  ['Those seats cost 1,250 pesos this summer, up from 980 pesos in 2023.', '2026-07-22'],
  ['Auction prices now stand about 30 percent below their level at the start of 2022.', '2026-11-20'],
  // Prices and levels then beside now, told other ways; a weekday every other week; what might have been then.
  ['A room that went for $189 a night a year ago now books for more than $400.', '2026-03-13'],
  ['A package that sold for USD 450 two years ago now retails for around USD 620.', '2026-08-12'],
  ['A double room that went for 180 lari in May last year is being offered at 120.', '2026-05-06'],
  ['A crossing that cost 500 kyat before Thingyan already costs 700 kyat on the boats today.', '2026-05-13'],
  ['A year ago, the same properties were running at 92 per cent during the festival.', '2026-08-12'],
  ['The same sum would have bought roughly twice as many dollars five years ago.', '2026-05-13'],
  ['The cruise ship calls at Hilo every other Tuesday.', '2026-04-14'],
  ["Fitzpatrick strokes the women's crew in the shell Thursday's Child.", '2026-07-23'],
  ['A single textbook that cost the state 6,800 soums to print in 2023 now costs 9,400 soums.', '2026-10-16'],
  ['A tonne of coated paper that sold for about $780 in 2021 costs importers close to $1,150 today.', '2026-09-11'],
  ['She spends Shs4,000 a day more on transport than she did in August.', '2026-10-08'],
  ['"In August we paid EUR 3 a tonne for trucked water;', '2026-10-27'],
  ['The queue is shorter than a fortnight ago but still runs for about an hour.', '2026-11-18'],
  ['We read the full rota for every district at ten past the hour, every hour.', '2026-10-16'],
  ['Every crew has been doing ergs and running up Signal Hill at 5:30 a.m. for six weeks.', '2026-08-20'],
  ['Intercity coach operators now carry about 60% of passengers, up from about half five years ago.', '2026-09-08'],
  ['The region’s largest crop insurer today covers barely a third of the vineyard area.', '2026-09-28'],
  [
    'But the pumps have not forgotten the cyclone: a litre of gasoil that cost 4,950 ariary in January is sold at 5,400 ariary.',
    '2026-04-08',
  ],
  ['A kapoaka sold for around 900 ariary a month ago, traders said.', '2026-03-18'],
  ['A kapoaka of ordinary rice that sold for 850 ariary last week was going for 1,200 ariary by midday.', '2026-03-11'],
  [
    'Today, districts hold more sensitive data on families than most small businesses, said Priya Lindqvist.',
    '2026-10-23',
  ],
  ['today the same cover runs closer to $300,000, said Meredith Osei.', '2026-11-20'],
  ['Pampa Sur charged each pilgrim 6,000 pesos for the trip, the same fare it charged five years ago.', '2026-07-14'],
  ['The steelmaker employs about 7,800 people today and is the largest private employer in the east.', '2026-07-06'],
  ["The Bulletin's annual November Outlook supplement will survey toll-road concessions.", '2026-10-14'],
  [
    'A price that would have bought a tonne of fertiliser three seasons ago no longer buys half a tonne today.',
    '2026-10-05',
  ],
  [
    'The owners of October Gold, a Caymanas Park favourite, have pledged her winnings to St James shelters.',
    '2026-10-24',
  ],
  [
    'Under Sub-decree 57 of 2019, every boat must carry a registered helmsman and at least two safety floats.',
    '2026-11-25',
  ],
  [
    'Tickets have become dearer: a weekend pass that cost $149 at the first edition sells for $265 today.',
    '2026-09-15',
  ],
  ["Callers say that boats today carry far more rowers than in their parents' time.", '2026-11-24'],
  ['Police say the owner of the MV October Rose, Abdul Mannan Chowdhury, has been detained.', '2026-10-21'],
  [
    'Members cannot afford survey fees that were about Tk 3,000 per hull two years ago and have since doubled.',
    '2026-11-06',
  ],
  ['a month ago it was about 33,000 TEUs, port sources said.', '2026-04-07'],
  ['Average container dwell time had risen to 11 days, from about four days in February.', '2026-04-12'],
  ['Dwell time has come down to five days, against eleven days in the second week of April.', '2026-05-04'],
  ['"Buyers do not accept the port as an excuse," said the managing director of Sunday Knitwear Ltd.', '2026-04-12'],
  ['One said it would no longer write policies for wooden ferries built before 2000.', '2026-11-06'],
  ['Lakeside room rates that averaged Rs 9,000 a night in March have fallen to about Rs 4,500.', '2026-05-08'],
  ['"The spring season is gone," said Pasang Dorje Sherpa of Sunday Peaks Adventure.', '2026-05-17'],
  ['Today it is the only year-round public link to the island, where about 800 people live.', '2026-06-17'],
  ['As we noted in Monday Manifest, our weekly capacity column, the market is short of spare tonnage.', '2026-06-29'],
  ['A case of beer she paid 1,450 pesos for in September now costs her 1,600, she added.', '2026-10-24'],
  ['last month it was 35," she said, pointing at a generator she cannot afford to run.', '2026-10-24'],
  ['Dioresa now cuts most circuits for up to six hours a day, against four hours in late October.', '2026-11-13'],
  [
    'A return ticket that cost about 9,000 rupees in early April is now being sold by agents for 14,000 rupees.',
    '2026-04-21',
  ],
  [
    'A tonne of lithium carbonate that cost more than $70,000 a couple of years ago now changes hands at a fraction of that.',
    '2026-03-02',
  ],
  ['A box of masks that cost NAf 12 in May now sells for NAf 30 at some shops, one pharmacist said.', '2026-07-06'],
  ['Today some 9,000 people live within two kilometres of the flare stacks.', '2026-06-30'],
  [
    "Today the regatta, which organizers describe as North America's oldest continuing sporting event, draws crowds of up to 50,000 to the lakeshore.",
    '2026-07-28',
  ],
  ['The order, Memorandum Order No. 14, series of 2026, followed a notice from customs.', '2026-08-10'],
  [
    'Now a container ship is turned around in about 20 hours, compared with 30 hours in 2015, according to the port.',
    '2026-10-16',
  ],
  ["The group has warned that fourth-quarter volumes at Gothenburg will be well below last year's.", '2026-10-16'],
  ['"A terminal that handled 18,000 containers a week in August is handling barely 12,000," he said.', '2026-10-10'],
  [
    'A 40ft box from Shanghai to Gothenburg via a North Sea hub cost around USD 2,150 at the start of September;',
    '2026-10-21',
  ],
  ['Festival-week occupancy is at about 70 percent, against 85 percent at the same festival last year.', '2026-10-13'],
  [
    'Analysts said the freeze could dent earnings, though the main high season does not begin until November.',
    '2026-10-13',
  ],
  [
    'If either side says no, the mediators have warned, the lockout could drag on until the middle of November.',
    '2026-10-27',
  ],
  ['A 40ft container now costs a paper mill roughly twice what it did in September to reach Rotterdam.', '2026-10-27'],
  ['"Every summer we hear that the fleet is old and that the money will be found next year," she said.', '2026-06-30'],
  [
    'Prices explain why camps keep returning: gold is trading at around €3,900 an ounce, against roughly €1,900 two years ago.',
    '2026-06-03',
  ],
  [
    "A household that paid around €38 for a month's water last year would see a deduction of roughly €11, if the board approves.",
    '2026-06-09',
  ],
  [
    'A well-run claim can now clear several hundred ounces a season, with gold worth roughly twice what it fetched five years ago.',
    '2026-08-08',
  ],
  [
    'Sampling has cost the company about $9,000 a day, compared with the $400 a month it spent on water tests a year ago, its president said.',
    '2026-09-09',
  ],
  ['Gold at roughly C$4,500 an ounce is up by about half from where it stood 18 months ago.', '2026-08-12'],
  ['Today the Pointe Seraphine berth supports more than 1,200 livelihoods, the Corporation said.', '2026-08-06'],
  ['FOB Up-River soymeal for nearby shipment firmed to US$ 322/t, versus US$ 301/t a fortnight ago;', '2026-06-10'],
  [
    "For context: the concession's annual maintenance budget was R$ 38 million in 2023, according to the consortium.",
    '2026-07-09',
  ],
  ['Today the system carries an average of 370,000 passengers a day on its two lines.', '2026-07-09'],
  ['The stock changed hands at €3.90 twelve months ago.', '2026-04-20'],
  [
    'Safety is the first item on the agenda, as required by its Safety Management Manual, revision 7/2023.',
    '2026-05-14',
  ],
  [
    'Today Callao moves containers at its usual pace: the terminals report average truck waits of around five hours.',
    '2026-10-29',
  ],
  [
    "Durian from Davao today reaches tables in Hong Kong, Shanghai and Singapore, and the fruit has long been the festival's emblem.",
    '2026-08-10',
  ],
  ['Traders said a bag of rice that sold for 650 cedis in May had risen to 800 cedis since the fire.', '2026-08-05'],
  [
    'Tanker operators who charged about 10 dinars for a load at the start of the month are now demanding as much as 25.',
    '2026-05-14',
  ],
  [
    'Private tanker operators are now charging an average JD 32 for a load in the eastern districts, against JD 9 in April.',
    '2026-06-02',
  ],
  [
    'Tanker drivers in Marka are now asking JD 20 for five cubic metres, against JD 8 at the start of the month.',
    '2026-05-21',
  ],
  ['Four in ten members said they did not expect to reopen before the end of the year.', '2026-09-21'],
  ['A year ago, a one-year deposit at the bank paid 4.5 percent;', '2026-09-04'],
  [
    'The performing part of the loan book was valued at 41m euro at the end of June, before the run began.',
    '2026-10-02',
  ],
  ['"Three weeks ago I could pay my rent by card. Now I count coins," she told us.', '2026-09-03'],
  [
    'A quintal of sesame that fetched C$3,400 at the warehouse in July is now being bought at C$2,600, because buyers fear ash residue.',
    '2026-10-02',
  ],
  ['Today, León is a greyer city than it was, but a working one.', '2026-10-19'],
  ['Retiree Frank Dudek, 83, said his rent was $600 a month when he retired; it is $1,150 today.', '2026-10-21'],
  ['Forecasters said the lake could keep rising until Sunday if the south wind persists.', '2026-09-04'],
  ['Opposition parties want the vote held ahead of the rest of the September session.', '2026-09-04'],
  ['"A loaf was P8 when I started at the mine; today it is P14."', '2026-09-29'],
  [
    'The notices say the first group will leave soon, with the rest following in phases over the next year.',
    '2026-08-11',
  ],
  [
    'Today, the Dragon Bridge and the Tran Thi Ly Bridge carry a large share of the traffic that formerly used the Han River Bridge.',
    '2026-05-13',
  ],
  [
    'Residents of the islands, who today depend almost entirely on these boats for access to hospitals and schools, are invited to write.',
    '2026-01-16',
  ],
  ['Night temperatures regularly fall below minus 30 degrees Celsius in January and February.', '2026-02-05'],
  ["Compensation for public organisations is set out in Governor's Ordinance A/112 of 2026.", '2026-02-16'],
  ['Today it burns coal from the Baganuur mine, which arrives by rail every day.', '2026-02-04'],
  [
    'Ticket sales to foreigners dropped 22 percent from the same holiday week of 2025, according to tour operators.',
    '2026-04-24',
  ],
  [
    "Ridership reached 4.1 million trips, the operator said, against 3.6 million on the same day of last year's holiday.",
    '2026-10-07',
  ],
  ["July and August usually bring in close to half of the company's annual ticket revenue.", '2026-08-25'],
  [
    "Every summer evening the steamers carry diners along the lake, and today they are as much a part of Lucerne's image as the Chapel Bridge.",
    '2026-07-29',
  ],
  ['The Rütli, the Seelisberg and the August carried some 2,400 passengers to the meadow and back.', '2026-09-21'],
  ['Emancipation Day, which falls on 1 August each year, marks the abolition of slavery.', '2026-08-01'],
  ['Lines with Jeju calls on their books should assume Busan for the rest of 2026.', '2026-10-12'],
  [
    'A refill hogshead of five-year-old malt that changed hands for about £4,500 in the spring of 2022 trades nearer £2,800 today.',
    '2026-08-21',
  ],
  ['Today, the firm reckons, it would have fetched twice that.', '2026-08-12'],
  [
    "This is an English translation of an article from this week's Guth na Gàidhealtachd, published for readers who do not read Gaelic.",
    '2026-09-02',
  ],
  ["Under Law 7,783 of 1989, the strike law, a stoppage requires 72 hours' notice.", '2026-09-16'],
  ["Only the company's largest ferry, the Princess of May, has kept a full crew.", '2026-09-22'],
  ['Among them was the old riverboat Senhora de Agosto (Lady of August), hung with ribbons.', '2026-10-10'],
  [
    'A worker noticed a smell near berth 4, where the Dutch-flagged tanker barge Sunday Morning was discharging.',
    '2026-02-18',
  ],
  ['"A jerrycan that cost TSh 48,000 in October is selling for TSh 61,000," she said.', '2025-12-17'],
  [
    'Clearing a container there cost about 350,000 CFA francs in fees in 2021, brokers say, against roughly double that today.',
    '2026-01-06',
  ],
  [
    'A 40-foot container of frozen chicken that paid around 9 million FCFA in duties two years ago was liable for far less.',
    '2025-12-16',
  ],
  ['A room that cost 15,000 FCFA a night last January now goes for three times that.', '2026-01-09'],
  ['Rooms go for up to CHF 400 a night, roughly twice what they cost in a quiet January week.', '2026-02-27'],
  ['A single adult fare is 240 yen today.', '2026-07-22'],
  ['The crews want a rise on the base wage, which today stands at R$ 2,180 for a deckhand.', '2026-09-16'],
  ['One lantern showed a barge under the slogan "Sunday Morning, Monday mourning".', '2026-02-23'],
  ['The biggest banner reads "March is for freedom, April for justice", a nod to the ruling.', '2026-03-14'],
  ['The operator was fined 15,000 leva, a sum that today would come to roughly €7,670.', '2026-02-26'],
  ['The Maltese-flagged Sunday Harvest (Supramax, 57,000 dwt) gave up and sailed for Constanța.', '2026-03-10'],
  ['Today, the Southern Coast Refinery supplies most of the jet fuel used at the airport.', '2026-02-19'],
  ['Today, Kuwait burns large volumes of fuel oil in its power stations.', '2026-02-19'],
  ['Analyst Sara Al-Ajmi of consultancy March Energy Advisors said margins could stay firm.', '2026-02-19'],
  ['The company had budgeted KD 3 million for furnace work this year.', '2026-02-12'],
  ['Traffic was down by about a third on a normal Monday in August.', '2026-09-11'],
  ['Brokers said the price could climb further if the berths stay shut until Liberation Day on 3 March.', '2026-02-26'],
  ['By the end of March only €3.1 million had been paid out, according to the fund.', '2026-04-08'],
  ['Its Tuesday evening series, Les Mardis du Centre, will move to a hall on the south side.', '2026-08-04'],
  [
    'If it finds that the contractor departed from the specification, the firm could be barred from public tenders until 2029.',
    '2026-11-05',
  ],
  ['Crews went back to work after stopping for Maundy Thursday and Good Friday.', '2026-04-07'],
  ['Sevillians call it la Feria; abroad it is the April Fair, even when it is held in May.', '2026-05-05'],
  ['It offers a pay rise of 3.6 per cent and limits Sunday call-ins to two a month during outfitting.', '2025-12-16'],
  ['Sunday call-ins during outfitting are capped at one a month and paid at double rate.', '2025-12-31'],
  [
    'The yard had booked the instalment in its fourth-quarter figures, and a slip into the new year would move that cash.',
    '2025-12-01',
  ],
  ['Work stops over the holidays, as the yard traditionally closes between Christmas and Epiphany.', '2025-12-31'],
  [
    'A plane ticket cost S/ 220 before the closure; today you cannot find one under S/ 480 for the weekend.',
    '2026-08-15',
  ],
  ['Moving a 40-foot container through Aarhus cost about 2,400 kr. in 2023;', '2026-05-26'],
  ["ØCT is today Denmark's largest container terminal, with six ship-to-shore cranes.", '2026-06-17'],
  ['Forwarders quote trucking at roughly COP 2.1m per box, up from COP 1.4m in January.', '2026-11-20'],
  ['A night shift currently pays a bonus of €38, the same amount as in 2019, the union says.', '2025-11-26'],
  ['Fourth-quarter volumes were already 6% below the level of 2024 before the strike began.', '2025-12-12'],
  ['Today, around nine in ten of the goods consumed in Réunion arrive by container.', '2025-11-26'],
  ['The cyclone season continues until the end of April.', '2026-01-12'],
  [
    'Today a family of four pays about Afl. 310 a month for electricity, against Afl. 255 in the summer of 2024.',
    '2026-03-19',
  ],
  ['Tromp points to Landsbesluit no. 12 of 2025, which set the waiting allowance.', '2026-03-12'],
  ['The formula is far above what the utility paid for imported fuel oil a year ago.', '2026-01-22'],
  [
    'She said the catamaran would cost at least A$3 million to replace today, almost double what she paid.',
    '2026-07-07',
  ],
  ['At Mont-Bouët, a 50-kg sack of flour that cost 27,000 FCFA in July still sells for 31,000.', '2026-08-20'],
  [
    'Berth No. 2 remains closed and the replacement crane will not arrive before the end of the first quarter of next year.',
    '2026-08-20',
  ],
  ['A launch transfer that cost operators US$ 35 per passenger a year ago is now quoted at US$ 60.', '2026-04-09'],
  ['Fences of the kind proposed cost about NOK 18,000 per metre in 2019;', '2026-04-15'],
  ['A similar flat on the open market cost about 14,000 kroner a month two years ago.', '2026-02-27'],
  ['Today the block stands empty with its windows boarded up.', '2026-04-10'],
  ['Hue received about 310,000 visitors, around a fifth fewer than during the Tết holiday in 2025.', '2026-03-04'],
  ['A restored heritage tram was to lead a procession along Bulevardul 3 August 1919.', '2025-12-02'],
  ['Today a trip across the city by replacement bus takes about 45 minutes, compared with 25 by tram.', '2026-01-08'],
  ['The Easter race on Platåberget drew forty skiers.', '2026-04-10'],
  [
    'A container that paid MT 9.500 to reach Mutare by rail a month ago now pays more than MT 21.000 by road.',
    '2026-05-20',
  ],
  ["Tariffs at the port's rail yard have been frozen at the level of 1 January for the duration.", '2026-03-20'],
  ['Today the island has no second storage site.', '2026-09-10'],
  ['At the pump, a litre of petrol costs 4,400 FBu today, against 4,150 FBu before the crisis.', '2026-08-05'],
  ['Average waiting time is now about 52 hours, up from under 10 hours in January.', '2026-03-02'],
  [
    'A daily ridership of one lakh compares with about 85,000 a year ago, when the line was still being extended.',
    '2026-01-16',
  ],
  ['Today the terminal operates eight of its twelve ship-to-shore cranes.', '2026-02-24'],
  ['Jeddah — Monday 6 Ramadan 1447 AH, corresponding to 23/02/2026', '2026-02-23'],
  ['Here is what you need to know about the metro today.', '2026-01-16'],
  [
    'Back then the inspectors gave it a condition grade of 2.4, a value that today would still not trigger any restriction.',
    '2026-11-04',
  ],
  [
    'Ticket sales on the line fell 31% in June, compared with June last year, even though replacement buses were free for pass holders.',
    '2026-07-09',
  ],
  ['Today the ghat is a row of chained boats.', '2026-04-13'],
  [
    'Households in the 412 affected apartment blocks will receive a flat payment of 150 euros per flat, plus a refund of heating charges for February.',
    '2026-02-18',
  ],
  ['Its weekend night swings for river traffic, a draw for tourists, have been suspended.', '2026-04-23'],
  [
    '"If the permanent bridge is not back by the rains, we will be running the night convoys until the end of the year," said Gaston Fotso.',
    '2026-02-23',
  ],
  ['Our breakfast show "Mardi Gras Matin", with listeners\' traffic reports, airs as usual at 6 a.m.', '2026-02-10'],
  [
    "The procession's lead horse, Kannazuki, named after the old word for October, is stabled near the Imperial Palace, its handlers say.",
    '2026-10-21',
  ],
  [
    'Holders of the Saturday & Sunday Family Pass may also use the subway on the dates printed on their pass.',
    '2026-10-19',
  ],
  ['Our regular advice hours, every Tuesday from 9 to 12, continue throughout December.', '2026-12-03'],
  ['The bureau carried about 410,000 passengers, the highest daily figure so far this year.', '2026-10-15'],
  ['A month ago, barges were carrying half loads; today most leave with 1,200 tonnes.', '2026-06-04'],
  ['The gauge read minus 1.05 metres this morning, three centimetres above its lowest point.', '2026-06-04'],
  ['Gulf Coast wide-flange prices assessed by SMM stood at $905 a short ton this week.', '2026-04-02'],
  ['A one-way coach seat from Hue to Da Nang was selling for 250,000 dong this week.', '2026-02-05'],
  ['For the first time in a month my children will sleep in their own beds.', '2026-05-12'],
  ["The jumpers are today the city's best-known brand.", '2026-04-06'],
  ['Today it is the one date every hotel in the city has sold out.', '2026-05-11'],
  ['Some 1,100 workers have still not been paid for March.', '2026-04-02'],
  ['"The owner thought a jam was a spring thing, and it\'s February."', '2026-02-28'],
  ['A flood in late January used to be unheard of in Hue.', '2026-02-05'],
  ['It handled its first vessel, the feeder March Horizon, within hours of passing its load test.', '2026-03-12'],
  ['"We are not where we were a month ago, but we are moving," he said.', '2026-04-10'],
  ['A double room that went for 180 KM a year ago is now offered at 140 KM.', '2026-04-20'],
  ['Output from Sarob, zero a month ago, is now running at about 125 MW.', '2026-03-26'],
  [
    'A gallon of gasoline, which cost 570 gourdes at the pump a month ago, was selling for 1,250 gourdes on the street.',
    '2025-12-24',
  ],
  [
    'Inter-island ro-pax charter rates have climbed to about USD 9,000 per day, up from USD 6,500 in the third quarter of last year, brokers say.',
    '2026-07-10',
  ],
  [
    'A tonne of structural steel that cost about Q7,800 at the start of last year now trades near Q9,100.',
    '2026-10-09',
  ],
  [
    'Stallholders who paid Q450 a month for a space in the hall now pay nothing, but many are earning in a week what they used to earn in a day.',
    '2026-09-28',
  ],
  ['Spokeswoman Nadia Belkacem said about 9,000 claims had arrived by Tuesday evening.', '2026-07-28'],
  ['The festival said more than 2,100 claims had been filed by Sunday night.', '2026-07-07'],
  ['As at 18 June, the Ministry has received 87 claims.', '2026-06-19'],
  ['Sunday Okoro flew home from Klagenfurt on a Saturday in July and said he would do so again.', '2026-08-01'],
  ['It was a record for a month of June.', '2026-07-01'],
  ['"On two occasions this year we did not, and we are sorry."', '2026-07-10'],
  ["Friday's Child, the 6/4 favourite for the Galway Hurdle, ran with the stand empty behind her.", '2026-08-01'],
  ['"They told us Sunday, then they told us the end of the week."', '2026-07-19'],
  ['Bus operators who charged up to 3,000 dinars a seat a month ago now ask 5,000.', '2026-06-25'],
  ['A fortnight ago this was the finest stretch of water in the Highlands.', '2026-07-30'],
  [
    'Stadtwerke said that a year ago, a comparable rail-replacement operation cost the company around €70,000 a day.',
    '2026-08-10',
  ],
  ['Passengers holding a monthly pass for August will be offered a partial refund.', '2026-08-10'],
  ['The AVW announced a partial refund for holders of the August monthly pass.', '2026-08-10'],
  [
    'In accordance with the State Law of Cultural Heritage of 1993 and Decree 27/2019, no restoration work may resume.',
    '2026-12-03',
  ],
  ['Contractors bidding today should build that into their margins.', '2026-12-03'],
  [
    'One broker said that annual premiums for a barge of this size, around £9,000 two years ago, were now being quoted at £15,000.',
    '2026-07-20',
  ],
  [
    'The 38-metre barge was pulled clear of the pier by the harbour tug MV July Morning shortly before midnight.',
    '2026-07-20',
  ],
  ['Prices were back down to 30 manat for a large cylinder, from 45 manat at the start of the week.', '2026-09-25'],
  [
    'He told deputies that repairs would cost "about 46 million manat" and take until the second quarter of next year.',
    '2026-09-25',
  ],
  ['Today most public hospitals in the province still test with no load at all.', '2026-11-20'],
  [
    'Today the San Bartolomé sees about 600 emergency visits a day, one of the highest numbers in the province.',
    '2026-11-24',
  ],
  [
    'Some 5,000 passengers a day use the line in June, and the first departures leave Ollantaytambo at about 05:05.',
    '2026-06-10',
  ],
  [
    "The season's anchor, the traditional competition at the end of July draws tens of thousands of spectators.",
    '2026-05-11',
  ],
  ['Today the families say they are still waiting for answers.', '2026-02-14'],
  [
    'Readers can share their memories of the temple with our Friday supplement, Velli Malar, which will publish a special page.',
    '2026-02-20',
  ],
  ['Today the festival is as much a tourist draw as a religious rite.', '2026-04-14'],
  ['Nowadays a car crossing costs about half as much again as it did ten years ago.', '2026-06-05'],
  ['The stock, which traded at 11.40 euros in January, has lost about a fifth of its value since then.', '2026-06-05'],
  [
    'Technical director Jonas Wiik told lawmakers that hinge brackets on ramps of this type are today expected to last 15 years.',
    '2026-06-29',
  ],
  ['The break was in a section of pipe laid more than 50 years ago.', '2026-03-10'],
  ['The dividend, paid each March and December, is not at risk.', '2026-09-20'],
  ['Canola was worth about C$40 a tonne more in early August than it was last week.', '2026-09-20'],
  ['Operators want action under the Public Transport By-law of 2017.', '2026-11-13'],
  [
    'A 15-seater that cost R480 000 new in 2021 now sells for close to R750 000, and taxi financiers say arrears are rising.',
    '2026-11-13',
  ],
  [
    'Engineers now expect the final cost to be higher, because cantera stone that cost about MXN 2,900 per cubic metre in 2023 is quoted at more than MXN 4,100.',
    '2026-03-25',
  ],
  ['Hotels reported occupancy of 71%, against 84% for the same holiday in March last year.', '2026-03-25'],
  ['Today it carries none, but it remains the emblem of the city and of the state.', '2026-02-28'],
  [
    'The State Government reiterates that the Aqueduct today is a monument and not a piece of road infrastructure.',
    '2026-03-10',
  ],
  [
    'A low-floor tram that cost about 9 million zlotys six years ago is priced at roughly 14 million today, a board member said.',
    '2026-05-04',
  ],
  [
    'Councillors will talk about the fire in our programme Tuesday with the City, which we broadcast every week.',
    '2026-05-12',
  ],
  ['The group earned a net profit of R$ 41 million in the second quarter of last year.', '2026-07-01'],
  ['Fares are back at around R$ 690, the level of early June.', '2026-07-01'],
  [
    "The regulator's pump price review, which it publishes every month on the 14th, left prices unchanged.",
    '2026-10-15',
  ],
  // A firm named by a weekday; a weekday's timetable; a date inside a code; a record among every year's Aprils.
  ['Kestrel has also loaned drivers from Friday Lake Haulage, its contractor.', '2026-06-12'],
  ['Until then the Metro will operate its Sunday and holiday timetable, from 5:00 to 22:00.', '2026-08-05'],
  ['This notice is posted in accordance with City Ordinance 2019-06-20-0541.', '2026-05-15'],
  ['Some 3.9 inches of rain fell downtown in an hour and a half, a record for the month of April.', '2026-04-23'],
  // A statement's sign-off; prices now and a year ago ("N19,000" is naira); a baseline or a record's bound "since"; what
  // was not said; a telling of what happened before; what a month is like every year; a day the calendar keeps.
  ['Authorised by Mark Fennessy, Secretary, SMPWU, 8 April 2026.', '2026-04-08'],
  ['The cup of mulled wine is sold at 3.50 euros this year.', '2025-12-20'],
  ['A cup of vin chaud costs €3.50 on Place Broglie this year.', '2025-12-20'],
  ['The same bundle sold for N19,000 a year ago.', '2026-06-02'],
  ['Entry costs SEK 600 per raft, a figure unchanged since 2019.', '2026-04-30'],
  ['The smelter was on track for its best year since 2022.', '2026-04-02'],
  ['The municipality could not say on Thursday evening what had been done with the report.', '2026-04-30'],
  ['A BRITISH student told last night of the terrifying moment a bridge railing snapped.', '2026-05-01'],
  ['"Walk. The tram at 6pm in December is never the fastest way," she said.', '2025-12-22'],
  ["Alsace and Moselle observe Dec. 26, St Stephen's Day, as a public holiday under a local law.", '2025-12-22'],
  // Figures for a period, and a level told after its year, are no events of it; nor is a law named by its day, a
  // dateline with its date in brackets, or a weekday's service.
  ['PMI handled 33.3 million passengers last year.', '2026-03-10'],
  ['The company recorded 27 assaults on drivers in 2025.', '2026-03-10'],
  ['The company booked a loss of €300,000 last year.', '2026-08-11'],
  ['Last year, St. Kitts processed roughly 3,900 main applications.', '2026-10-02'],
  ['Minimum investment is now US$250,000, up from US$150,000 before 2023.', '2026-10-02'],
  ['A monthly pass for zones 110 and 111 costs Fr. 87 today.', '2026-04-21'],
  ['In 2016 it was Fr. 81.', '2026-04-21'],
  ['Fines were imposed under Article 40a(1) of the Act of 21 December 2000.', '2025-11-19'],
  ['CHARLESTOWN, Nevis (Tuesday 15th September 2026) - A High Court judge granted bail to the two men.', '2026-09-15'],
  ['So the holiday moves to a day with Sunday service.', '2026-02-08'],
  // A tally or a level for a period, told after it or before; a change's baseline; a saying.
  ['This week, 2,400 tonnes of algae have been collected by the contractors.', '2026-05-15'],
  ['The island collected about 38,000 tonnes of sargassum last year.', '2026-05-15'],
  ['ADR at city-centre hotels during the Aug. 2–7 festival period averaged ¥31,400.', '2026-09-08'],
  ['Occupancy for August came in at 88.2%.', '2026-09-08'],
  ['Coops shipped less tin, down 8% from January.', '2026-03-10'],
  ["The parades happen every August, so there's always next year.", '2026-08-10'],
  // Prices and levels of a period, now or then; a baseline; a calendar's kind of day; an instrument's year; a fiscal
  // year's span; a weekday's crowds.
  ['A balloon ride in Luxor costs about 85 to 110 euros per person today.', '2025-10-24'],
  ['In 2019 the price was still around 60 euros.', '2025-10-24'],
  ['The West Bank flew 341,000 balloon passengers in 2024.', '2025-10-24'],
  ['Egypt hopes to draw 18 million visitors this year.', '2025-10-24'],
  ['Ridership: 1.18 million passengers last year.', '2026-10-20'],
  ['Some 120,000 came – about as many as in 2025.', '2026-10-20'],
  ['For us Bavarians, 24 September is an ordinary working day.', '2026-10-20'],
  ['The same room cost them €95 when they stayed in October 2024.', '2026-06-20'],
  ['Hotel occupancy in Funchal reached 94% over the weekend.', '2026-06-20'],
  ['It recorded 1,143 movements in the week commencing 15 June.', '2026-06-20'],
  ['Referring to Decree No. 245/PM on Waterway Transport of 2019;', '2025-11-20'],
  ['Sun Link carried 1,104,000 boardings in FY 2025 (July 1, 2024 – June 30, 2025).', '2025-11-20'],
  ['Many bars count on the streetcar for their Friday and Saturday crowds.', '2025-11-20'],
  ['Hamburg, Montag, 2. November 2026 – Die Hanseatische Tunnelbetriebsgesellschaft teilt mit:', '2026-11-02'],
  ['08:15 — Lorry traffic through the A7 tunnel was down 9% last month, HTG figures show.', '2026-11-20'],
  ['MAOC said the airport expects to handle about 14 million passengers next year.', '2026-11-20'],
  ['City-centre footfall over the festival was down 12 per cent on the same weekend last year.', '2026-10-27'],
  ["Residents in Sunday's Well also complained of rat-running through narrow streets.", '2026-10-27'],
  ['Line 1 availability had been running at 99.2% this year, against a 98% contractual target.', '2025-11-20'],
  ['"Last year we carried 9.1 lakh people on Ashtami alone.', '2026-10-21'],
  [
    'The northern loop carries about 1.8 lakh passengers a day, against 6.5 lakh on the full line in August.',
    '2026-09-10',
  ],
  ['The cable fire shut a 1.6-km underground section for most of September.', '2026-10-20'],
  ['Works proceed under Royal Decree-law 4/2026 on critical infrastructure.', '2026-04-01'],
  ['Abidjan, le 25/08/2026 — La Direction Générale informe les usagers.', '2026-08-26'],
  ['Ridership on reopened lines was 88% of pre-outage levels in the first week of November.', '2026-11-13'],
  ['Ridership on the Red line alone was 9.8 million in 2025, up from 8.1 million in 2024.', '2026-08-10'],
  ['Baguio posted 1.9 million tourist arrivals in 2025.', '2026-03-25'],
  ['The city expects to pass 2 million this year if Kennon reopens on schedule.', '2026-03-25'],
  ['RevPAR among members is ₱1,850, down from ₱3,400 in March 2025.', '2026-03-25'],
  ['He said this on Sunday at Camp 6.', '2026-03-02'],
  ['Container volumes fell to 11,400 TEU in February, down from 13,900 TEU in February last year.', '2026-03-03'],
  [
    'The BHRA said average occupancy fell to 41 percent this month, against 70 percent in March last year.',
    '2026-03-25',
  ],
  ['HAVING REGARD TO Law 28 January 1994, no. 84, on the reorganisation of port legislation;', '2026-10-05'],
  ['Operator TES reinstated the Mago de Oz–Plaza de España section with a reduced headway.', '2026-11-18'],
  ['The temporary berths cost it roughly 9% of October ridership.', '2026-11-20'],
  ['Shuttle buses ran through the final Sunday of the Stampede.', '2026-08-09'],
  // Levels of a period, and their baselines.
  ["T1 handled about 62% of Menara's 10.2 million passengers last year.", '2026-11-13'],
  ['On-time performance at the airport was 71% last week, against 88% a year ago.', '2026-11-27'],
  ['Gqeberha shipped 7.4Mt of manganese ore last year, up from 6.9Mt in 2024.', '2026-05-06'],
  ['Indicative prices for ore CIF China were at $4.35/dmtu this week, up from $4.05/dmtu a week ago.', '2026-05-06'],
  [
    'The operator had lost about Rp 18 billion since the suspension, compared with revenue of Rp 210 billion in 2025.',
    '2026-06-03',
  ],
  ['Yolo County growers delivered 1.9 million tons of processing tomatoes last year.', '2026-03-12'],
  ['Clarksburg chenin blanc contracted at about $900 a ton in 2025.', '2026-03-12'],
  ['The palchi hold about 2,400 seats this year, up from 1,900 in 2019.', '2026-07-02'],
  ['The flood agency says it has spent about $1.4 billion on regional levee work since 2007.', '2026-02-18'],
  // How far a state may run, a calendar's fact, and habits.
  ['Agents are being warned to expect continued disruption well into December.', '2026-11-13'],
  ['Forecasters said more systems were possible into early March.', '2026-02-18'],
  ['Ferragosto this year falls on a Saturday.', '2026-08-12'],
  ['The rainy season, which every year lasts until April, is not over.', '2026-03-18'],
  ['The Palio is held every July 2 and August 16.', '2026-07-02'],
  // Names and instruments.
  ['Our stands comply with the Ministerial Decree of 19 August 1996.', '2026-07-01'],
  ["Chiocciola's reserve horse, Tuesday's Child, drew a good lot.", '2026-07-21'],
  // A plan whose subject stays as it was, when the two days it may be are about as near.
  ['Schools, which were scheduled to reopen Thursday, will remain closed through the weekend.', '2026-02-16'],
  // A month that dies, or whose age is told, is a name.
  ['The pathologist confirmed that June died of aspiration pneumonia.', '2026-03-20'],
  ['Staff identified the dog as June, a 5-year-old female.', '2026-03-20'],
  ['Lake Victoria ferries carried an estimated 2.4 million passengers in 2024.', '2026-01-10'],
  ['The company paid a dividend of 6.5 cents a share last year.', '2026-11-05'],
  ['The Métropole relies on the loi n° 2019-1428 of 24 December 2019, which obliges it to act.', '2026-06-01'],
  ['"Today\'s costs are not those of a year ago," said Peirone.', '2026-03-20'],
  ['Iron ore shipments were running 4% ahead of last season through May, according to the port.', '2026-06-20'],
  ['"June is our Christmas," said Molly Brandvold.', '2026-06-20'],
  ['Benchmark iron ore in Singapore was little changed at $104 a tonne on Friday.', '2026-06-05'],
  ['Jaipur drew about 2.1 crore domestic and 6 lakh foreign visitors in 2025.', '2026-08-20'],
  ['Farms produced about 310,000 tonnes of wheat last year, a third less than in 2018.', '2026-03-20'],
  ['The Braderie takes place on the first weekend, as it does every first weekend of September.', '2026-09-02'],
  ['Trucking rates eased to $4,100/load from a June high of $5,300/load.', '2026-07-03'],
  ['Output was well below the 2019 peak of 610,000.', '2026-10-05'],
  ["The cruise trade, a mainstay of Egypt's tourism industry, earned $15.7 billion last year.", '2026-10-07'],
  ['Domestic airlines lost an estimated N4.2bn in revenue in June.', '2026-07-06'],
  ['Trains are now running 98 percent full this week, according to the railway.', '2026-08-05'],
  ['Last year the plant built around 412,000 engines, according to the company.', '2026-10-05'],
  ['The organisers reported 5.9 million visitors this year, slightly fewer than last year.', '2026-10-12'],
  ['The fair brought in £1.2m in tenancy fees in 2025.', '2026-10-20'],
  ['The tourism ministry is targeting 18 million arrivals this year.', '2026-10-07'],
  ["The bank's assets stood at 2.3 billion francs at the end of last year, down from 4.1 billion.", '2026-06-20'],
  ['A litre of petrol was selling at SSP 4,500 a week ago, traders said.', '2026-07-24'],
  ['Kemer hoteliers said September occupancy reached 78 percent.', '2026-10-05'],
  ['Access from 6 September Boulevard is open only to residents.', '2026-09-17'],
  ['Its oldest A330F, nicknamed "Black Friday" by crews, will be the first aircraft to move.', '2026-10-20'],
  ['Analysts now see a 2026 operating profit of DKK 260m.', '2026-07-10'],
  ['LAQUA booked net profit of Bt71 million in 2025, up 9% from 2024.', '2026-04-22'],
  ["Wednesday 6 Rabi' al-Awwal 1448, corresponding to 19 August 2026.", '2026-08-19'],
  ['Illex squid exports in October reached 21,400 t FOB, down from 34,900 t a year earlier.', '2026-11-20'],
  ["It needed to close a 210 million reais hole in next year's transport budget.", '2026-11-30'],
  ["Last year's harvest in the eastern districts was the smallest since 1390.", '2026-03-20'],
  ['Average price Tk 312.40 per kg against Tk 281.15 last week and Tk 226.80 a year ago.', '2026-03-10'],
  [
    'Veracruz handled 1.29 million twenty-foot equivalent units (TEUs) last year, making it the largest port.',
    '2026-03-17',
  ],
  ['EMAV billed 41.2 million m³ to domestic customers in 2025, up from 36.8 million in 2024.', '2026-09-30'],
  ['Bills issued for consumption from the September billing cycle shall apply.', '2026-08-28'],
  ["Last year's pass percentage was 86.5.", '2026-03-02'],
  ['In 2025 the Company generated revenue of €1.14 billion.', '2026-10-06'],
  ['Son en Breugel / Eindhoven, 20 November 2026', '2026-11-20'],
  ['The cordon was lifted a few minutes after 2pm and buses are returning to their normal routes.', '2026-10-19'],
  ['(This report appeared in our Gujarati edition of Friday, 23 October and has been translated.)', '2026-10-26'],
  ['Ars Electronica, held in Linz every September since 1979, expects around 100,000 visits this year.', '2026-09-11'],
  // A standard's number, a tally's baseline weekday, money paid out, a figure under its label, an operating loss,
  // availability achieved, a noun phrase with "and", a rate a year ago: no events.
  [
    'Hoogland maintains the structure was designed to NEN-EN 1991-1-4 and the Bouwbesluit 2012 requirements.',
    '2026-11-30',
  ],
  ['Alpenland Versicherung said it had received 1,140 claims so far, up from 610 on Friday.', '2026-06-05'],
  ['Alpenland paid out €9.4m in storm and flood claims last year.', '2026-06-05'],
  ['Output last year: 1.9 million Gcal, of which 62% went to residential consumers.', '2026-11-06'],
  ['LMRSN posted an operating loss of Rs 112 crore last year.', '2026-02-10'],
  [
    'Before the incident, line b had achieved availability of 99.6% in 2025, against a contractual target of 99.2%.',
    '2026-07-31',
  ],
  ['The port handled 4.8 million tonnes of grain and oilseeds last year.', '2026-03-02'],
  ['Up to 2.1 million tonnes a year went through Constanta a year ago, according to the council.', '2026-12-03'],
  // Figures with a stop that are no day: a share, a clock.
  ['Output fell by 1.10 points on the index.', '2026-11-06'],
  ['The hall is open from 10.30 to 11.30 on weekdays.', '2026-11-06'],
  // A weekly habit, a baseline counted in days, a tally since a year, a year's count told after it, a revenue, the
  // month a sum is paid for, a notice's stamp after a hyphen: no events.
  ['Our paper is printed on Thursday each week.', '2026-07-23'],
  ["South Tarawa held only 11 days of diesel, down from 20 days' cover in 2020.", '2026-07-20'],
  ['Geologists have recorded at least 11 slides on the Shillong–Guwahati road since 2014.', '2026-11-20'],
  ['Last year there were around 127,000 visitors.', '2026-04-20'],
  ["MNB's revenue of €41.3m last year barely covers upkeep.", '2026-04-20'],
  ['The talks ended without agreement on the payment of the July subsidy.', '2026-08-20'],
  ['The ministry pays the overdue July fuel subsidy in two tranches.', '2026-09-11'],
  ['The cooperatives have not received the fuel subsidy corresponding to the month of July 2026.', '2026-08-20'],
  ['Service update - issued 27/05/2026 at 14:00.', '2026-05-27'],
  // Instruments cited by lowercase or lettered numbers, what a month is to someone, vessels' names, levels of a period
  // told around it, a tally so far, what one would have said then, papers dated, trips counted for a month, round the
  // clock: no events.
  [
    'This notice is issued in accordance with decree no. 2003-425 of 9 May 2003 on the safety of ropeways.',
    '2026-02-10',
  ],
  ['The diversion is under Order No. CE/RB/K/112 of 2026 issued by the department.', '2026-03-10'],
  ["'February is half my year,' sighs the owner of a crêperie.", '2026-02-24'],
  ['Down at the harbour the canal boat M/S August is still running extra trips.', '2026-08-20'],
  ['The barge, the Antwerp-registered Sunday Morning, hit the steel deck at around 21.40.', '2026-05-04'],
  ['For information: in 2025 Fjordlinjen carried 12.4 million passengers.', '2026-09-10'],
  ['Ridership on Fjordlinjen in August was 0.7 million.', '2026-09-10'],
  ['Visitor arrivals last year were about 260,000, far below the 650,000 recorded in 2016.', '2026-11-05'],
  ['87 per cent of departures on the southern section have been on time so far today.', '2026-08-26'],
  ["'Honestly, a week ago I'd have said we'd lose the whole month,' said Thibault Garnier.", '2026-02-24'],
  ['Late fees on bills dated 15/10/2026 to 31/10/2026 will be waived automatically.', '2026-10-14'],
  ['The load factor on the route fell to 41% for October departures.', '2026-10-07'],
  ['Hospitals and the airport remain on 24/7 supply.', '2026-10-20'],
  // A whole month as a span, the same level as then, a word's meaning, a holiday's yearly custom, a figure opening the
  // sentence with its verb, a live page signing off, a count this year will have: no events.
  ['"We lost the whole of September," said Mr. Florencio Ngiraingas of the Chamber.', '2026-10-14'],
  ['A taro farmer could not bring her produce to the Koror market for the whole of last month.', '2026-10-14'],
  ['Fares have not changed: UAH 15 per trip, as in 2025.', '2026-11-24'],
  ['The Lystopad café on Virmenska Street (its name means "November") will run a stall at the fair.', '2026-11-24'],
  ['St Nicholas Day is marked on 6 December on both sides of the border.', '2026-11-27'],
  ['About 85,000 people attended in 2025.', '2026-06-20'],
  ["22:40 That's all from us tonight – thank you for following, and please get home safely.", '2026-08-01'],
  ['This year the fair will have 140 wooden houses, 20 more than in 2025.', '2026-11-24'],
  // A baseline in the units of its time, a holiday lived through, the year a record is counted over: no events.
  ['Average dwell time for import boxes rose to 6.4 days, up from 1.8 days a year ago.', '2026-05-26'],
  ["Tens of thousands of residents of Latvia's second city will spend Midsummer without hot water.", '2026-06-24'],
  ['It rained 112 mm, the most in a single day this year.', '2026-08-20'],
  // Stock taken of how things stand on a day: a state, no event.
  ['Here is where things stand this Thursday: power is on 24/7 for about 96% of customers on Saipan.', '2026-11-05'],
  ['As things stand on Monday, two of the five berths are working.', '2026-03-16'],
  // Money taken, a price that held or is compared with a day's, a span's level, what a season means: no events.
  ['"Last year we took £9,000 that weekend alone."', '2026-05-20'],
  ['Wheat export prices at Black Sea ports were little changed on Monday.', '2026-09-04'],
  ['Wheat 12.5% FOB Odesa $231/t today, vs $228 on Aug 17.', '2026-09-04'],
  ['The Assumption Day long weekend (15–16 Aug) ran at 88%, roughly in line with last year.', '2026-09-01'],
  ["Pricing note: at today's rates, September ADR is tracking at €131.", '2026-09-01'],
  ['"The early May bank holiday is when the season starts for us," she said.', '2026-05-20'],
  // A place named after a day, figures in a reference's code, months of every year, a range of prices now, a dateline
  // with a date of another calendar: no events.
  ['Students of the Fourteenth August Public School, Mumtazabad, have been shifted to a tent.', '2026-08-20'],
  ['A committee was formed vide Notification No. SO(E)/14-7/2026 to determine the causes of the breach.', '2026-08-20'],
  [
    "Pakistan's monsoon rains peak in July and August, and every August brings flooding to low-lying areas, where drainage has not kept pace.",
    '2026-08-20',
  ],
  ['Phutti was quoted at Rs 8,350-8,600 per 40 kg today.', '2026-08-28'],
  [
    'GONDAR, Tahsas 28, 2018 E.C. (January 6, 2026) — The bureau has suspended the licence of Gihon Star.',
    '2026-01-06',
  ],
  // Guard: a month before a company's name after a lower-case "at" stays a name.
  ['"It was a delay," said Dóra Vámos, an analyst at August Equity in Budapest.', '2026-03-20'],
  // A comparison with a month ago, a span of a whole year, a level in its units, a weekday's school, the span a report
  // covers, the day words were said when they date what they say: no events.
  ['A ride costs twice as much as it did this time last month, drivers say.', '2026-11-20'],
  [
    'The storm drove 38.6 million customer minutes of interruption, more than the utility logged in all of 2024.',
    '2026-01-20',
  ],
  ['Its system SAIDI was 94 minutes last year, excluding major event days.', '2026-01-20'],
  ['"You plant a tree for somebody you will never meet," said Sunday school teacher Ellen Baptiste.', '2026-04-27'],
  ['Chlorine testing continues 24/7 during the reporting period (27 May - 9 June).', '2026-06-10'],
  ['Given at Lecce, from the Archiepiscopal Curia, 12 August 2026.', '2026-08-12'],
  ['No. OCMRC/PR/2026/214, Nagpur, dated 07.10.2026', '2026-10-07'],
  ["About 12 lakh people visited the site during last year's celebrations, according to police.", '2026-10-20'],
  ["Around 12 lakh people visited Deekshabhoomi over the three days of last year's celebrations.", '2026-10-20'],
  ['The Chamber of Commerce recorded sales 18% below those of November last year.', '2026-11-20'],
  ['Under § 45 of the Road Traffic Regulations of 2013, violations of the ban are subject to fines.', '2026-10-01'],
  ['It was the third outage in the temple precincts this month, residents said.', '2026-04-20'],
  [
    "April Nettleton, who still lives aboard Friday's Child on hard standing at Brough, said the gate failed.",
    '2026-11-10',
  ],
  ["Truckies we've spoken to this morning are blunt.", '2026-06-26'],
  [
    'The queue of ships at anchor, 19 at its peak, is down to six this morning, according to harbour data.',
    '2026-09-09',
  ],
  [
    'Pursuant to the Law on Administrative Management of the Capital, Provinces, Municipalities, Districts and Khans of 2008, the hall orders closures.',
    '2026-10-09',
  ],
  ['Under Sub-decree No. 123 ANKr.BK of 2019, the provincial disaster committee must report.', '2026-10-09'],
  ['Suburbano reported that Line 1 has carried 8% more passengers this summer than in August 2025.', '2026-08-27'],
  ['We are pausing this live page for now. Coverage resumes tomorrow morning.', '2026-10-21'],
  [
    'Launch accidents killed 64 people across the country last year, according to the Shipping Safety Forum.',
    '2026-10-22',
  ],
  ["Last year's autumn illumination drew about 180,000 visitors.", '2026-10-23'],
  [
    'Kanazawa City said the closure caused an estimated 1.2 billion yen in lost tourism revenue in September.',
    '2026-10-23',
  ],
  ["In 2025, 71% of Bolivia's overseas trade passed through Chilean ports, according to figures.", '2026-03-20'],
  ['Some 2.4 million tonnes of Bolivian cargo moved through Arica last year.', '2026-03-20'],
  ['Union president Héctor Mamani Rojas spoke to this newspaper at the picket this morning.', '2026-03-20'],
  ['Originally published 4.06.2026, updated 4.06.2026, 14:20.', '2026-06-09'],
  ['Flour prices in Sukkur are at their highest since March last year, dealers said.', '2026-11-20'],
  [
    'The river at Iquitos now stands about 2 metres below its level of a year ago, the weather service said.',
    '2026-06-17',
  ],
  ['Commuter April Wang, 34, told The Sunday Formosan she had spent NT$600 on taxis this week.', '2026-09-30'],
  ['A ferry ticket still costs 25 lei per car, today as in 2019.', '2026-08-20'],
  ['Original article published in Monitorul Dunării, Brăila, on 20.08.2026.', '2026-08-20'],
  ['The regional crisis staff has activated the Regional Plan for Oil Pollution Response of 2019.', '2026-05-06'],
  [
    'Our weekly supplement, Nedjelja u Rijeci (Sunday in Rijeka), will carry a special report on the port.',
    '2026-06-13',
  ],
  ["The paper's weekend magazine, Subota (Saturday), will carry the interview.", '2026-06-13'],
  ['Police estimate that about 9 lakh people have visited Deekshabhoomi since this morning.', '2026-10-20'],
  ['More than 20,000 pilgrims have crossed the bridge since Monday.', '2026-10-20'],
  [
    'Respect for the Aged Day fell on Monday this year and the Autumnal Equinox Day on Wednesday, making the Tuesday a bridge day.',
    '2026-09-25',
  ],
  ['The festival falls on Sunday this year.', '2026-09-25'],
  ["Chaharshanbe Suri, the fire festival held on the eve of the year's last Wednesday, will be muted.", '2026-03-13'],
  ["'We have lost 40% of June,' says Marco Ghiglione of the trattoria Al Belvedere.", '2026-06-25'],
  ['GMI recalls that in 2025 the line carried 1.1 million passengers.', '2026-06-25'],
  ['Last year about 85,000 people came to Pahala ghat alone on the Purnima day.', '2026-11-20'],
  [
    '"We are racing against time. If the committee clears the design, new railings can be fabricated in ten days," Tripathy said.',
    '2026-11-05',
  ],
  ["(The original article appeared in L'Écho de Meknès on 18 July 2026.)", '2026-07-18'],
  [
    "For Réunion, trade with Madagascar accounts for about 4% of the island's imports, a figure that has barely moved since 2019.",
    '2026-06-29',
  ],
  ['A bag of cement sells at 39,000 ariary this week in the Bazary Be market.', '2026-07-20'],
  [
    'Dust pushed PM2.5 on the riverside to 68 micrograms per cubic metre, compared with 41 micrograms yesterday.',
    '2026-11-25',
  ],
  ['The tide reached 2.1 metres, up from a peak of 1.7 metres a year ago.', '2026-06-11'],
  ['Hotel operators said occupancy was still around 85 percent this week.', '2026-11-27'],
  [
    'PM2.5 readings on the riverside were 35 micrograms per cubic metre at 9am today, down from a peak of 68.',
    '2026-12-01',
  ],
  ['Still current at: 3 December 2026.', '2026-12-03'],
  ['Foreign arrivals by air rose 9 percent in April from April 2025, according to immigration figures.', '2026-05-22'],
  [
    'The Guthi said it had spent Rs 1.8 million, against a budget of Rs 1.2 million for the whole festival this year.',
    '2026-05-22',
  ],
  ['Occupancy in Patan heritage properties averaged 58% for the w/e 17 May, against 81% a year ago.', '2026-05-22'],
  ['Trade update, Friday 22 May 2026 | Issue 2083/06', '2026-05-22'],
  [
    'Semarang, Monday (15/6/2026) – The Semarang City Government announces that the procession will go ahead.',
    '2026-06-15',
  ],
  [
    'Mecsek Tavho reported a net loss of 310 million forints ($860,000) last year, according to its annual report.',
    '2026-10-27',
  ],
  [
    'The São João de Braga, which fills the city centre every June, drew around a million visitors last year, according to the council.',
    '2026-06-25',
  ],
  ['On the night of São João, June and I were hit on the head.', '2026-06-25'],
  [
    'This advisory is issued pursuant to Republic Act No. 9514, or the Fire Code of the Philippines of 2008.',
    '2026-10-17',
  ],
  [
    "About 100,000 people lined the streets for last year's parade, up from 82,000 a year earlier, organisers say.",
    '2026-09-12',
  ],
  ["That's all from us tonight; we'll be back with more tomorrow morning.", '2026-09-12'],
  ['The price of a leek at the stalls is, as in 2025, one euro; a bunch of basil costs two.', '2026-06-25'],
  ["ADH's own Maintenance Programme PM-07/2024 recommended replacing the seams at kilometre 112.", '2026-09-15'],
  [
    'Every August the city registers its highest consumption, ADH recalled, and last year it supplied an average of 4.3 cubic metres per second.',
    '2026-09-15',
  ],
  ['Today is day 26 without regular water for more than half the city.', '2026-09-15'],
  [
    'Before the accident it carried some 21,000 vehicles a day, according to the 2025 counts, up from 17,500 in 2022.',
    '2026-09-17',
  ],
  ['This afternoon traffic is heavy but moving.', '2026-09-17'],
  [
    "'Our truck turn times at San Vicente are now averaging 3 hours 10 minutes, against 1 hour 55 minutes in July,' said June Pacheco.",
    '2026-10-02',
  ],
  ['Last year, 3,200 Greek visitors bought tickets for the festival, according to the organisers.', '2026-08-05'],
  // One list of what a crowd did serves the headcounts before a year, after it and since a time.
  ['About 9,000 pilgrims have come since Friday to see the relics.', '2026-09-17'],
  ['Some 60,000 people thronged the riverfront in 2025.', '2026-09-17'],
  ['About 300,000 people crossed the bridge last year.', '2026-09-17'],
  // A label's date after its date in another calendar; a live page's summary so far; today's opening hours; days of a
  // span that repeat; how long a thing takes; a share on a day; how this year's edition differs.
  ['Memo No. 18.11.4700.031.22.015.26-412. Date: 09 Kartik 1433 / 25/10/2026.', '2026-10-25'],
  ['Here is what we know as of Monday lunchtime.', '2026-08-31'],
  ['The Christmas market on Piața Unirii is open from 10:00 today.', '2026-12-01'],
  ['Its kiln-top tours, run every Saturday from Easter to October, usually sell out weeks ahead.', '2026-11-20'],
  ['"It may take most of next year to raise the money," he said.', '2026-11-20'],
  ['The bridge was gridlocked for 40 minutes at rush hour on most days last week.', '2026-09-04'],
  ['"We were at 96 per cent on Saturday night," the hotel manager said.', '2026-09-04'],
  ['The fireworks were launched from the Dacia bridge this year, not from the Sfântul Ladislau bridge.', '2026-12-01'],
  // A month's name before a surname with its particle; a live page's guide for the day.
  ['Dutch tourist June van Dijk, who was staying at a haveli, said she heard a bang.', '2026-08-27'],
  ['Here is how to get around it today.', '2026-08-14'],
  // A month as a person a deed is done to; a march called for; months given as any month; what a mine hoisted or a
  // university enrolled in a year; a paper's own line of the day in two calendars.
  ["It made June cry, and she's not the crying type.", '2026-10-28'],
  ['March with us: the society is holding a walk from the depot to the Town Hall.', '2026-10-28'],
  ['"April, June, every month we hear a promise," said landlord Abu Ahmad.', '2026-06-04'],
  ['The mine hoisted 1.9 million tonnes of ore last year.', '2026-11-13'],
  ['Yarmouk enrolled about 38,000 students last year.', '2026-05-19'],
  [
    '(Translated from Arabic) Irbid – Al-Shamal Daily – Tuesday 19 May 2026, corresponding to 2 Dhu al-Hijjah 1447 AH',
    '2026-05-19',
  ],
  // A flow of a year; a change set against a time; a paper's own issue; a heading of fields; a march done; a name after
  // a title or before a shop's trade; a year of an era as an adjective.
  ['About 9,800 vehicles a day used the Craig bridge last year, according to ODOT.', '2026-11-09'],
  ['Café owner April Walsh said footfall was "down by two-thirds" on the same weekend last year.', '2026-11-01'],
  ['Owner Frank Power says October revenue was down 58% on October 2025.', '2026-11-01'],
  ['This column appears in the issue of Shukan Hinokuni dated October 8.', '2026-10-01'],
  ["LİMAN-İŞ PORT WORKERS' UNION – MERSİN BRANCH | Bulletin No. 19/2026 | 13.11.2026", '2026-11-13'],
  ['"March, protest, we have done it all. Now we want justice," he said.', '2026-10-05'],
  [
    'The Port Manager of Delta Ports, Engr. Friday Akpomudje, said in the order that only emergency craft would pass.',
    '2026-09-15',
  ],
  ['"Great for the city, no good to us west of Kilmac," said Sunday Cycles owner Breda Keane.', '2026-11-01'],
  ['Structural steel prices are now about 20% above their Reiwa 3 level.', '2026-09-14'],
  // A document's number, place and date; a share that stands now; a change foreseen for a year; an average for a year;
  // the last day of a period a figure is for.
  ['Bulletin No. 041/2026, Culiacán, Sinaloa, 12 February 2026.', '2026-02-12'],
  [
    'Hotel occupancy in the Zona Dorada stands at 91 per cent this weekend, according to the hotel union.',
    '2026-02-14',
  ],
  ['Port officials have said they expect another gain this year if the river cooperates.', '2026-02-03'],
  ['The boardwalk received an average of 40,000 people per night during the Arraiá in 2025.', '2026-06-25'],
  ['The PMO counted 301,000 passengers in the two weeks to 18 October, the peak of the festival.', '2026-10-23'],
  // A tally of a state at a time or under its label; a name set off with where its owner is from; what a plant employed
  // in a year; a march an owner may make; a superlative of the year; a release's own line.
  ['As at Friday, nine of the injured were still on admission at the teaching hospital.', '2026-10-23'],
  ['Damage (as of 2026/9/4 12:00): one annex building destroyed.', '2026-09-04'],
  ['Another caller, Friday from Akim, asked why the stand was allowed to stand.', '2026-09-25'],
  ['As the Sunday Beacon Ledger reported, the plant once employed 3,000 people in 1955.', '2026-11-04'],
  ['Hanák said he may March his workers back onto the square as soon as the office allows.', '2026-07-02'],
  ['The fire has become the most closely watched tire-storage case in the Midwest this year.', '2026-11-13'],
  ['Press release 2.10.2026 | Updated: 2.10.2026 14.20', '2026-10-02'],
  [
    'The dead have been identified as Ramesh Patil (34), a loader from Udhna, and Sunday Ekka (27), a security guard.',
    '2026-10-13',
  ],
  ["Surat's textile markets did business of about Rs 1,100 crore during Navratri last year.", '2026-10-13'],
  ['Agents say orders this season are about half of what they booked a year ago.', '2026-10-13'],
  ['Ticket sales for the week to Sunday were down 18% on the same week a year ago.', '2026-10-28'],
  ['Sales in the week ending Sunday rose 4%.', '2026-10-28'],
  ['A seller told us prices are the same as last year, 40 to 100 baht each.', '2026-11-24'],
  ['Day-trip coach operators report cancellations of between 15% and 20% for November.', '2026-11-10'],
  ['Groups booking for December should build in taxis.', '2026-11-10'],
  ['The lines carried 1.2 million riders last year, a figure the company hopes to reach again in 2027.', '2026-12-03'],
  [
    'Morelia relies on tourism, with the film festival in October and Day of the Dead among its busiest periods.',
    '2026-11-19',
  ],
  [
    "Next week's Brief: the Eje Cafetero's record July, and what the new visa rules mean for Asian arrivals.",
    '2026-08-13',
  ],
  [
    'Families in the UK and the Gulf sent home an estimated $1.3 billion last year, according to the central bank.',
    '2026-06-05',
  ],
  ['The program paid $4.1 million in claims statewide last year.', '2026-10-20'],
  ['Berbera Trade Brief | Monday 15 June 2026 (29 Dhul-Hijjah 1447) | Weekly notes on trade', '2026-06-15'],
  ['Kuopio 26.10.2026, CITY BOARD OF KUOPIO', '2026-10-26'],
  ['The company would keep its Monday-to-Friday lunch cruises and its Saturday dance cruises.', '2026-11-20'],
  ['The order is made under the Emergency Act (RT I, 03.03.2017, 1) and the Local Government Act.', '2026-06-10'],
  ['BALTIC SPA & TRAVEL TRADE BRIEF — Issue 26/2026 — Wednesday, 1 July 2026', '2026-07-01'],
  ['Contact the Brief desk with news for the 8 July issue.', '2026-07-01'],
  ['The city does not expect building to start before 2028.', '2026-06-26'],
  ["Issued by: Friday Ng'ambi (Mr), Public Relations Manager, for/Director General", '2026-06-19'],
  ['Its lawyer said the writ would be filed "this week or next".', '2026-07-15'],
  ['The temple trust said about 5 lakh devotees visited the temple during Navratri last year.', '2026-10-08'],
  ['The trust expects more this year.', '2026-10-08'],
  ["The town's 17 May committee elected a new chair.", '2026-05-26'],
  ['Buses run every Saturday and Sunday with extra departures at Carnival and Easter.', '2026-07-22'],
  ['"If the dam is kept at 85 per cent to be safe, who will compensate us in March?"', '2026-10-14'],
  ['The court asked for the hour-by-hour release data of Gangapur dam for 24 and 25 September.', '2026-10-01'],
  ["The market is one of Hakodate's best-known sights, drawing about 1.5 million visitors last year.", '2026-10-22'],
  ['Landings last month came to 210 tonnes, down 38% from September last year.', '2026-10-22'],
  ['Its spokeswoman told our sister weekly, Szegedi Vasárnap (The Szeged Sunday).', '2026-10-11'],
  ["The lake's boats ferried nearly 6.2 lakh tourists in 2025, the busiest year on record.", '2026-11-14'],
  ['Tourism earned Tanzania about $3.9 billion in 2025, government figures show.', '2026-04-14'],
  ['Good morning, and welcome to our coverage on this Good Friday.', '2026-04-03'],
  ['Four of the injured remain in hospital as of 10 September 2026.', '2026-09-11'],
  ['It covers the period up to 10 September 2026.', '2026-09-11'],
  [
    'A kilo of carapau at the pavement stalls cost MZN 250 this morning, up from MZN 180 before the collapse.',
    '2026-09-07',
  ],
  ['Operators said the season, which peaks in December and February, is largely intact.', '2026-11-14'],
  ['Radbuza brewed 1.9 million hectolitres last year.', '2026-10-01'],
  [
    'Last year some 6,000 visitors from Bavaria travelled to the festival, many of them on the special trains.',
    '2026-10-01',
  ],
  ['In 2025 the Inspectorate carried out 1,412 inspections in the Plzeň Region.', '2026-09-18'],
  ['Dussehra crowds at the lakefront, estimated at 2 lakh this year, were managed without boating.', '2026-11-20'],
  ['Press release No. 37/2026 | Plzeň, 18. 9. 2026 | Updated: 18. 9. 2026, 11:05', '2026-09-18'],
  ['Released: Sept. 9, 2026 | Contact: Dana Whitcomb, DEQ Public Information Officer', '2026-09-09'],
  ['The company must answer a request under Section 114 of the Clean Air Act Amendments of 1990.', '2026-09-25'],
  ['Cass County growers planted about 1.1 million acres of soybeans last year.', '2026-04-14'],
  ['The Red Cross says 85 people stayed at the Fargodome shelter at some point this week.', '2026-03-22'],
  [
    'The OPW spent €112 million on flood relief and coastal protection last year, up from €98 million in 2024.',
    '2026-09-09',
  ],
  ['It estimates its 23 member boats lost 11 fishing days in August.', '2026-09-09'],
  [
    "The Vishwamitri's urban stretch had an estimated 275 crocodiles in 2020, according to the forest department.",
    '2026-10-28',
  ],
  ["Gujarat's roads and buildings department inspected some 2,100 bridges in 2025.", '2026-10-28'],
  ['It covers the response to the sinking. Figures are as of 6 August 2026.', '2026-08-07'],
  // A baseline a year ago, a month's sales, bookings for a month, a weekly rite's leader, months a figure runs over, what
  // the day is like, a weekday after a person's initial.
  ['Crossings fell by 18% over the long weekend compared with the same holiday a year ago.', '2026-02-20'],
  ['Operators said their February sales were down by about a third.', '2026-03-03'],
  ['Several agencies report cancellations from Brazilian and Argentine groups for March.', '2026-02-20'],
  ["Shiraz's Friday prayer leader told worshippers that the flood was a warning.", '2026-04-03'],
  [
    'Deliveries from Manicaland fell by about a tenth in the first four months of this year, dealers say.',
    '2026-05-15',
  ],
  ['Some 3.1 million arrived in the first seven months of 2026.', '2026-09-15'],
  ["Mba'éichapa, Encarnación — this is a sad Sunday for the Pearl of the South.", '2026-02-08'],
  [
    'The injured, tea vendor P. Sunday Raju (46) and a sanitation worker, are out of danger, doctors said.',
    '2026-10-04',
  ],
  // A month a sum was gathered in, figures as of a day, the second day of a feast named by its first, a toll of a kind
  // of disaster over a year.
  ['The parish collections of January raised USD 30,000 for the families of the injured.', '2026-02-19'],
  ['Situation Report No. 2 — figures as of 1 June 2026, 18:00 local time.', '2026-06-02'],
  ['During Carnival Monday and Tuesday the municipal parades were diverted along Avenida Venezuela.', '2026-02-19'],
  ['Floods killed 339 people across Niger in 2024, according to official figures.', '2026-08-20'],
  ['Launch accidents killed 64 people across the country last year.', '2026-10-20'],
  // A code with a date's figures in it, a byline's dateline, a situation as of a day, what a month was like, a share
  // of a year, a sum raised so far, a shelter's headcount, goods exported over a year, prices in Congolese francs.
  ['The department, vide Notification No. SO(Lab)2-14/2026, directed inspections.', '2026-04-28'],
  ['Gujranwala (Staff Reporter) Tuesday 31 March 2026, 11 Shawwal 1447 AH', '2026-03-31'],
  ['Situation as of 20 May 2026.', '2026-05-21'],
  ['The span dropped into the river, which was running low after a dry July.', '2026-08-19'],
  [
    'Before the accident it carried some 1,800 vehicles a day, and in 2025 around 70% of the maize crossed it.',
    '2026-07-01',
  ],
  ['More than €120,000 had been raised by this morning, the organisers said.', '2026-08-19'],
  ['The evacuation order remains in effect, and the shelter at Century II housed 212 people last night.', '2026-06-14'],
  ["The city's utensil makers exported goods worth $41 million last year.", '2026-04-28'],
  [
    'Maize flour sold at FC 98,000 a 25 kg bag in June, up from FC 68,000 in April, according to our survey.',
    '2026-07-01',
  ],
  // A feast's greeting, a live page's greeting and stamp, a period's figure set apart, a tally so far, when a source
  // was given, things made before a year, a count with its baseline after, a figure seen or attended over a year.
  ['The Governor wishes all Muslims a blessed Tabaski feast, in peace and solidarity.', '2026-05-28'],
  [
    'The Provincial Administration congratulates the people of Afghanistan on Eid al-Fitr and asks for calm.',
    '2026-03-23',
  ],
  ['Good morning and welcome to our live coverage of the clean-up in Carlisle on this Shrove Tuesday.', '2026-02-17'],
  ['Updated 13/5/2026 4.55pm AEST, with April Moana', '2026-05-13'],
  ['The scheme had 140 applications last month alone, compared with 12 in the whole of 2025.', '2026-03-11'],
  ['Around 1,350 domestic and 210 commercial claims had been notified by the end of last week.', '2026-03-11'],
  ['Insurers expect a cost of £55m, according to estimates shared with The Claims Ledger this week.', '2026-03-11'],
  ['Bulletin SSB 11/2026 covers hinge assemblies supplied before 1995.', '2026-08-19'],
  ['Regulator data show 41 derailments on cane railways were reported last year, up from 33 in 2024.', '2026-05-13'],
  ["The hospital's emergency department saw about 96,000 patients last year.", '2026-04-20'],
  ['Last year the Janda Bala ceremony was attended by about 150,000 people, according to the shrine.', '2026-04-20'],
  // "March" the verb, figures as of a day, the span a report covers, a weather forecast, a level down in a week, people
  // moved since a day, food distributed over a span.
  [
    'Residents say they will March on the town hall of the 9th arrondissement if compensation is not paid.',
    '2026-10-14',
  ],
  ['March on Provincial Hall?', '2026-11-12'],
  ['As of 13/10/2026, 41,300 people had been displaced in the 9th arrondissement.', '2026-10-14'],
  ['Funding: the 2026 Chad Humanitarian Response Plan was 31% funded as of 30 September.', '2026-10-15'],
  ['It covers the period from 9 to 15 October 2026.', '2026-10-16'],
  ['The Thai Meteorological Department has forecast more rain in the lower South until early next week.', '2026-10-29'],
  ['Malaysian arrivals at the Sadao checkpoint were down sharply in the last week of October.', '2026-11-12'],
  ['Volunteers say they have moved more than 300 people out of the Kimyong area since Sunday.', '2026-10-27'],
  ['The DSWD distributed 9,000 family food packs between 31 October and 2 November.', '2026-11-12'],
  // A tally so far, what was usual a year ago, renewals' day, no answer, a share with its baseline, people displaced as
  // of a day.
  ['The mill had put through about 780,000 tonnes of cane by Sunday, against 1.1 million last year.', '2026-09-14'],
  ['Carriers were asking for axle inspection certificates, a requirement that was rare a year ago.', '2026-03-11'],
  ['Rate increases averaged 18% at Jan. 1 renewals, up from 6% a year ago, according to brokers.', '2026-03-11'],
  ['Neither the society nor Delta Float Works responded to requests for comment on Friday.', '2026-02-28'],
  [
    'An estimated 58% of households in Bab al-Tabbaneh lived below the poverty line last year, up from 36% a year earlier.',
    '2026-11-20',
  ],
  ['212 people (46 families) are displaced as of 14 November.', '2026-11-20'],
  ['According to figures shared with Reuters this week, exports fell 10%.', '2026-06-10'],
  // A month's name in lower case is a verb, whatever time follows it; so is a capital one opening an order.
  ['We will march at 6 p.m.', '2026-12-03'],
  ['"March your inspectors out there on the night of the show, not the week before," he said.', '2026-04-28'],
  // Which year's feast, told of the feast; what an audit covers since a year.
  ['Kupang – Holy Week this year began in grief for the Catholic community.', '2026-04-10'],
  ['The council ordered its own audit of all waterfront funds received since 2019.', '2026-10-01'],
  // A month opening a compound; a march to anyone; a holiday's thing hoped for.
  ['Subscribers may March-proof their hedges with our seasonal inflow tables, updated monthly.', '2026-11-30'],
  ['"March to any trader in Qingdao and ask about Kuantan and they will shrug," said an analyst.', '2026-08-24'],
  ['The beach remains shut, dashing hopes of a Malaysia Day swim.', '2026-09-15'],
  // Levels a change ended at or ran since; a habit; a standard's edition; a month's trade; the times judged.
  ['Acute watery diarrhoea cases fell from 140 a week in the second half of August to 65 last week.', '2026-09-01'],
  ['Her neighbour May Tan, a hawker, said her takings were down by half since July.', '2026-08-24'],
  ['But it will rise again next year, as it does every year.', '2026-09-01'],
  ['The dike was designed to the 2013 DPWH design guidelines for lahar-control structures.', '2026-05-04'],
  ['Analysts estimate the stoppage has already removed some 300,000 tonnes from August loadings.', '2026-08-24'],
  ['The deputy minister described the spill as "unacceptable in 2026".', '2026-08-19'],
  // A state that holds as the report is written.
  [
    'Lawrence Hargrave Drive remains closed between Coalcliff and Clifton this morning after tonnes of sandstone came down.',
    '2026-10-05',
  ],
  ['Seafront footfall was up from 40% of pre-pandemic levels a year ago.', '2026-03-27'],
  ['Relief spending reached Rs900 million, up from Rs600 million in the 2022 floods.', '2026-08-20'],
  ['Bauxite shipments out of Kuantan are in limbo this week as politicians argue over the fine.', '2026-08-24'],
  // A law's year, a baseline's, a season named by its months, when a feast falls every year, a figure paid in a year.
  [
    'Article 314 of the Constitution of the Republic of Ecuador of 2008 establishes that the State is responsible.',
    '2026-05-04',
  ],
  [
    'Next issue: tender rules for landslide works under the new Spatial Development Act amendments of 2025.',
    '2026-03-25',
  ],
  ['61% of the sleepers were unserviceable, up from 22% in a survey carried out in 2022.', '2026-05-18'],
  ["The train derailed, injuring 27 people during the city's April festivities.", '2026-05-11'],
  ['The ministry wants the route back in service before the July–August school holidays in the Sierra.', '2026-05-11'],
  ['Thailand celebrates Songkran, the traditional New Year, in mid-April.', '2026-04-16'],
  ['The province recorded 41 road deaths during the seven dangerous days of Songkran last year.', '2026-04-16'],
  ['According to the association, FCFA 150 million was paid out in 2025 for the three great mosques.', '2026-09-11'],
  // Levels: a sum in won, inspections carried out in a year, a number of vehicles expected today.
  ['Public-sector cloud spending reached W1.2 trillion last year, up 18% from a year ago.', '2026-10-21'],
  ['DRTSS carried out about 41,000 vehicle inspections last year.', '2026-07-15'],
  ['The Korea Expressway Corporation expects 5.4 million vehicles on the roads today.', '2026-09-24'],
  // A holiday's thing someone keeps; a march called for; a level's period before its baseline; a span's figure.
  ['Many of them had sung in our Easter choirs, and some were members of the youth fellowship.', '2026-05-24'],
  ['March, if you must, but march in peace, and do not let anger divide our villages.', '2026-05-24'],
  [
    'The benchmarks recorded ground movement of up to 19 millimetres a month in the first half of this year, up from 4 millimetres.',
    '2026-12-04',
  ],
  [
    'The Ministry notes that 92,400 passengers crossed the channel between 14/08/2026 and 16/08/2026, compared with 98,000 last year.',
    '2026-08-17',
  ],
  // What the calendar makes of a day; a month's climate; what a thing was made to withstand.
  ['Today, Easter Monday, is a public holiday, and the square remains cordoned off.', '2026-04-13'],
  ['Rain in the city ran far above a June normal of 88 mm.', '2026-07-10'],
  ['Nobody designed a Fairbanks bridge pier for a freeze-up jam in the middle of October.', '2026-11-02'],
  // A weekday naming what is held on it every week; a holiday's thing someone keeps; a law's year before its name.
  ["Nizwa's famous Friday goat market was cancelled for the first time in living memory.", '2026-06-06'],
  ['"March the children across on the ferry if you must, but who pays for the fuel?"', '2026-07-20'],
  ['Under Section 128 of the 1999 Constitution, the assembly may summon any official.', '2026-06-20'],
  ["The Finnish association's Midsummer party was held despite the chaos.", '2026-06-24'],
  ['The site is protected under the 2004 Law on the Protection of Historical and Cultural Monuments.', '2026-03-25'],
  // (Golds part on an instrument's year; 19 listings in 15 golds call it a name, 5 in 2 an event: "the 1947 Taft-Hartley
  // Act", "the 1904 Treaty of Peace and Friendship".)
  ['Liability is governed by the 2001 Bunker Convention.', '2026-02-16'],
  // Stamps and datelines: a release's date with its other calendar's; a dateline glossed in brackets; a figure's cut-off.
  [
    'Release date: 115/06/17 (2026-06-17) | Release No. Jing-Dian-Zi 11520031470 | Contact: Section Chief May Hsu.',
    '2026-06-17',
  ],
  [
    'Hawassa, Meskerem 2, 2019 E.C. (12/09/2026) — The regional government has declared three days of mourning.',
    '2026-09-12',
  ],
  ['The figures below are as of 3 July 2026 and may change as families come forward.', '2026-07-06'],
  // A tally so far; the month a feast falls in.
  ['More than 1,000 people have died in river and lake accidents in the country since 2019.', '2026-07-10'],
  ["River traffic peaks around the holidays, notably around Heroes' Day in January.", '2026-07-10'],
  ['Taipower wants the transformer energised before Ghost Month begins in mid-August.', '2026-06-23'],
  // A tally of a time; a habit; a baseline; a month's commitments; an instrument's date.
  ["The Workers' Health Monitor says 1,897 people died at work in Turkey in 2025.", '2026-11-01'],
  ['The administrations of the Holy Shrines said 21 million visitors had attended this year.', '2026-08-06'],
  ['The autumn comes, as it always does in mid-September, and with it the summer ends.', '2026-08-03'],
  ['Passenger numbers rose 18% during the three-day holiday compared with Eid last year.', '2026-03-24'],
  ['The Oil Ministry said it had met 98 per cent of its July commitments.', '2026-08-10'],
  ['He is placed on leave in accordance with Article 31 of the Staff Regulations of 21 November 2001.', '2026-08-06'],
  ["Fritz Zaugg of the Matte-Leist's 1.-August-Komitee said the lanterns had been painted.", '2026-08-03'],
  // A release's own line; a year's tally after it; contracts won in a year; a law's date after its title; which
  // buildings a list holds.
  ['Press release of the Urban Development Committee, Yerevan, 23.09.2026. Updated: 23.09.2026, 11:20', '2026-09-23'],
  ['In 2025, 37 buildings of the reserve were restored under the programme.', '2026-10-20'],
  ['Shirak Vardzan won 14 state contracts in 2025.', '2026-10-07'],
  ['The rules follow the Law of the Republic of Kazakhstan "On Civil Protection" of 11 April 2014.', '2026-10-20'],
  ['Inspectors will check all residential buildings commissioned before 1990.', '2026-10-20'],
  // A year's figure covered, invested or supplied; a figure under a long label; a law named with its year; a class of
  // buildings in a place; time spent in a year; a season of crossings; a date spoken of as a date; a level's fall by a
  // time; a year promised every year.
  ['The policy covered 11,400 castellers last year.', '2026-10-05'],
  ['ECG will invest EUR 12 million this year; it invested EUR 19 million last year.', '2026-06-02'],
  ['Jarry-Nord share of supply: about 40% last year.', '2026-06-02'],
  ['The company supplied gas to about 290,000 households in the region last year.', '2026-10-20'],
  ['Industry consultant June Harwood, who advised on the 2012 gas supply law, said the sums were small.', '2026-10-20'],
  ['Inspectors will check all 1,140 residential buildings in the city commissioned before 1990.', '2026-10-20'],
  ['The ferry spent long stretches of 2025 in dry dock.', '2026-08-28'],
  ['A strike at the height of the August crossings would cost the local economy millions.', '2026-08-07'],
  ['In Guadeloupe, 27 May is not a date like others.', '2026-06-02'],
  ['For Greeks, 19 May carries a very different meaning.', '2026-05-26'],
  ['Groundwater had fallen back by only 40 centimetres by the end of September.', '2026-10-05'],
  ['"We asked for money every year. Every year we were told: next year," he said.', '2026-10-05'],
  // A turnover and repairs of a year; a release's number, place and date.
  ['The company, which turned over €1.2m last year, has laid off 11 of its 14 staff.', '2026-09-18'],
  ['The yard repaired 64 vessels last year, according to the shipyard association.', '2026-08-10'],
  ['PRESS RELEASE Number: B/412/VIII/2026, Batam, 19 August 2026', '2026-08-19'],
  // A march called for on a body; a newsletter's heading for its next issue; two tonnages of a year.
  ['"March on the council if you have to," one Raploch trader told the meeting.', '2026-11-10'],
  ['Next week: what the STS ban means for Khor Fakkan and Sohar.', '2026-06-10'],
  [
    'The plant produced about 41,000 tonnes of caustic soda and 36,000 tonnes of liquid chlorine last year.',
    '2026-06-01',
  ],
  // A number to call after a possessive.
  ["Complaints go through the city's 1999 hotline, which is staffed 24/7.", '2026-09-25'],
  // A change by half in a year; a level by half its baseline, told in a saying; a paper of a year; an instrument's date
  // in another calendar and ours in brackets.
  ['Bakers in the market say orders for pibipollo are down by half this year.', '2026-11-10'],
  ['The manager said passenger numbers in October were running at about half their level a year ago.', '2026-11-10'],
  ['Traders will be paid on presentation of the 2025 stall receipt.', '2026-06-05'],
  [
    'Having regard to Dahir No. 1-15-83 of 20 Ramadan 1436 (7 July 2015) promulgating Organic Law No. 111-14,',
    '2026-11-03',
  ],
  // The newsroom's rounds at an hour; an instrument's number after "n.º"; permits told by when they were booked.
  ['Port administration director Aliu Baldé spoke to us at the quay at 10:00 this morning.', '2026-08-22'],
  ['Considering the provisions of Decreto-Lei n.º 7/2014 on the safety of navigation,', '2026-08-28'],
  ['Park permits booked through the online system before 2020 carried a paper voucher.', '2026-07-06'],
  // A tally by a day; a level planned for a year; a feast as the months it lasts.
  ['Inspectors had visited 260 premises by Friday, the city said.', '2026-05-08'],
  ['Berbera handled about 171,000 TEU in 2025, and carriers had been planning for 200,000 this year.', '2026-06-25'],
  ['Boun Ok Phansa brought the end of the three months of Buddhist Lent.', '2026-10-28'],
  // A premium written in a year; a tally over a whole year; a period's last week; an instrument named by its date; days
  // of a series in a month.
  ['Puerto Rico carriers wrote $61 million in homeowners premium on the island last year.', '2026-10-07'],
  ['That compares with 1,100 storm-related claims in the whole of 2025, a quiet year.', '2026-10-07'],
  ["Don't leave it for the last week.", '2026-10-07'],
  ['Greek families are squeezing in a last week before the schools open.', '2026-08-28'],
  // A person named by a feast, with an age; the feasts of years to come.
  ['Among the dead was Easter Kareem, 61, who sold spices in the bazaar.', '2026-11-20'],
  ['Officials said all future Christmas Day swims would be supervised.', '2026-11-20'],
  // A release's line from an office written with initials; a model named after the machine and what it is for; what
  // a name means; a tally's heading.
  ['U.S. Coast Guard Sector Ohio Valley, news release, June 13, 2026', '2026-06-20'],
  [
    'The company also runs a shuttle for cruise guests, a 2023 Ford Transit, between its lot and the dock.',
    '2026-06-20',
  ],
  [
    '(Dawa is a common Bhutanese name; it means Monday, and many people are named for the day of the week on which they were born.)',
    '2026-03-31',
  ],
  ["('Budh' is Hindi for Wednesday, a fact his fellow drivers did not let him forget.)", '2026-08-18'],
  ['Group cancellations, 14 August to 13 September: 212.', '2026-09-14'],
  // Datelines with the place's state in brackets and with a weekday alone; a dispatch's own line; where a name comes
  // from; a model named after the vessel.
  ['Puri (Odisha), Jul 24 (BNS) The Bahuda Yatra passed off peacefully.', '2026-07-26'],
  ['Puri, Sunday: Lakhs of devotees thronged the town.', '2026-07-26'],
  ['Official Dispatch No. 8123/UBND-KT, Khánh Hòa, September 3, 2026', '2026-09-08'],
  ['Her surname comes from subbota, Saturday, her grandmother said.', '2026-09-10'],
  ["The firm's support vessel, a 2019 Zodiac Milpro, is covered separately.", '2026-07-14'],
  ['He had eleven guests aboard his 2019 Bavaria 46 on Velika Gospa.', '2026-08-20'],
  ['The owner of a 2022 Sea Lance 39, moored nearby, said nothing.', '2026-08-20'],
  ['Our favourite boatman still runs his 2019 Yamaha-powered mashua out to Manda.', '2026-09-08'],
  // A stamp's line with its weekday, or glossed in brackets; an issue's own line; counts of a year told first; a
  // month's evenings every year; a season's end; a feast's name that is a person's.
  ['Original published 28 May 2026, Thursday, saat 21.40.', '2026-05-29'],
  [
    "Bodrum Liman Başkanlığı, duyuru, 29 Mayıs 2026 (Bodrum Harbour Master's Office, announcement, 29 May 2026).",
    '2026-05-29',
  ],
  [
    'Landhelgisgæsla Íslands, fréttatilkynning, 8. júní 2026 (Icelandic Coast Guard, press release, 8 June 2026).',
    '2026-06-08',
  ],
  ['Issue 27, Friday 10 July 2026.', '2026-07-10'],
  ['Hire firms now report about 1,800 boats a day, roughly the level of last July.', '2026-07-22'],
  // The last night of a feast; the weekday of one; a model after its make; levels against a record and against last
  // year's; stamps of many pages; releases with a kind glossed, or a press communiqué; pilgrims counted over a year; a
  // lunar date; a feast's season set beside it; a translator's note; what the calendar makes of a day.
  ['On the last night of the Abissa, the drums fell silent.', '2026-11-02'],
  ['After what happened on the Friday night of the festival, everyone is afraid.', '2026-05-22'],
  ['Its main vehicle is a 1998 Magirus tanker.', '2026-05-22'],
  ['The town drew about 20,000 festival visitors, down from a record in 2025.', '2026-06-12'],
  ['"We told the police the crowd was double that of last year," he said.', '2026-11-27'],
  ['Sunday 21.6.2026 | 15:40, updated 18:05', '2026-06-21'],
  ['Input 2026.10.06 17:42 | Updated 2026.10.06 19:05', '2026-10-06'],
  ['2026/10/10 (Sat) 11:30 updated | This article is an English translation.', '2026-10-10'],
  ['Last updated Monday (23/3/2026), 22.40 WITA.', '2026-03-23'],
  ['Tanzania Ports Authority, Taarifa kwa Umma (Public Notice), 9 August 2026', '2026-08-09'],
  ['Seychelles Maritime Safety Administration, press communiqué, Victoria, 19 June 2026', '2026-06-19'],
  ['Last year, about 4 lakh pilgrims bathed in the lake.', '2026-11-27'],
  ['Chuseok day (the lunar Aug. 15) is the busiest day at the lake.', '2026-10-06'],
  ['The coast guard will publish its findings before Obon, a Buddhist holiday in mid-August.', '2026-08-10'],
  ['Dates are given as in the original: "Zedi 18 Zen" is rendered "Thursday 18 June".', '2026-07-02'],
  ['The pier had been due to reopen, with Saturday, Oct 10, a make-up working day.', '2026-10-13'],
  // A speaker in a transcript by an initial; vehicles counted over a year; a model's number; a page's stamp in Spanish;
  // a week's figure; a masthead ending on a stop; a peak as a baseline.
  ['M. TUESDAY: Thank you, Mr. Speaker.', '2026-04-21'],
  ['Last year 2.5 million vehicles passed through Corner Brook on Route 1.', '2026-06-12'],
  ["The mine's fleet of 2019 Komatsu 930E haul trucks has sat idle for six weeks.", '2026-07-31'],
  ['Actualizado 23/06/2026 · 05:30 horas', '2026-06-23'],
  ['Copper gained 3.2% on the London Metal Exchange in the week to Friday.', '2026-07-08'],
  ['Amazon Health Watch · Issue 16 · 22 April 2026.', '2026-04-22'],
  ['Admissions fell to about 60, down from a peak of 212 in mid-March.', '2026-04-22'],
  ['The crash happened in Week 6 of Term 3, at the height of the cane season.', '2026-09-22'],
  ['Travis Meier, 34, is accused of driving his 2017 Ford F-250 at highway speed.', '2026-03-10'],
  ['Log period: 7 a.m. Friday, Feb. 13, 2026.', '2026-02-14'],
  ["Tea is Kenya's leading export earner, bringing in about 180 billion shillings last year.", '2026-07-03'],
  ['Mymensingh, 11 Falgun 1432 / 24 February 2026 — The body of the student was found.', '2026-02-24'],
  ['Issue 14, Monday 6 April 2026.', '2026-04-06'],
  ['The original article appeared on the Sostinės Aidas website on 24 June 2026.', '2026-06-26'],
  ['Last year 110,000 passengers went whale watching from Húsavík.', '2026-07-24'],
  ['Last year, more than 210,000 Romanian tourists stayed in the resorts of Burgas Province.', '2026-09-11'],
  ['Around thirty boats sail every evening in July and August.', '2026-10-09'],
  ['The season ends in mid-September; the old town stays open all year.', '2026-10-09'],
  // A weekday closing a greeting; a time on the 24-hour clock; a semester's week; figures for spans of hours and weeks;
  // a report's period; the days glossing a week; a count as it stood; the daytime; what is planned for a month.
  ['Hi, friends, and happy Friday from Key West.', '2026-11-20'],
  ['The decision shall be notified by 1900 hrs the same day through the Directorate website.', '2026-11-20'],
  ['The fire comes in week 13 of the second semester, when many practicals are scheduled.', '2026-05-13'],
  ["Build in extra time if you're riding a shuttle in Week 5.", '2026-10-09'],
  ['Sri Vijaya Puram recorded 211 mm of rainfall in the 48 hours since 0830 IST on Friday.', '2026-11-22'],
  ['The islands recorded 142 mm of rain in the 24 hours to Sunday morning.', '2026-11-22'],
  ['Rainfall recorded during 24 hours ending 0830 IST of today: Port Blair 142 mm.', '2026-11-22'],
  ['This report covers the reporting period 11–24 August 2026 and is based on partners’ data.', '2026-08-25'],
  ['Staff movement: As of 20 August, 212 staff movements of 19 partners had been postponed.', '2026-08-25'],
  ["Our clock counts the hours from sunrise, so that 1 o'clock in the day is 7 a.m.", '2026-08-22'],
  ['Partners must submit fuel requests for September operations.', '2026-08-22'],
  // Figures of a year, hedged, summed or told after a parenthesis; a holiday's span; prices a market left; a level held;
  // a month's weather; Bikram Sambat years.
  ["The Group's terminals handled approximately 18.2 million tonnes of crude oil in 2025.", '2026-04-30'],
  ["The Company's revenue in 2025 amounted to EUR 4.1 million.", '2026-11-16'],
  ['The 2025 fishery was worth about $7.3 million at the dock.', '2026-03-11'],
  ['The 2025 festival sold some 41,000 tickets.', '2026-10-16'],
  ['Last year, according to district figures, some 4.1 crore kanwariyas passed through Haridwar.', '2026-08-08'],
  ["In 2025, my officials and the scheme's appointed examiners carried out 1,460 inspections.", '2026-07-27'],
  ['Norway exported salmon worth NOK 118.3 billion in 2025.', '2026-05-27'],
  ['The date is a make-up working day for the Labour Day holiday, which runs from 1 to 5 May this year.', '2026-04-30'],
  ['The closing price of the shares was HK$2.86 on Thursday, 2 April 2026.', '2026-04-09'],
  ['On 13 November 2026, the last trading day before the storm, the Bonds closed at 100.85 per cent.', '2026-11-16'],
  ['The shares traded at NOK 117.80 at midday today.', '2026-05-27'],
  ['The site had a standing biomass of approximately 1,900 tonnes at the end of April.', '2026-05-19'],
  ['Outdoor shows will be hard to sell in December rain.', '2026-10-16'],
  ['A committee formed by the Trust on 2083 Baisakh 16 must report by 2083 Baisakh 23.', '2026-05-20'],
  ['As at 5 pm today, 4,112 postal votes had been returned to the Commission.', '2026-08-10'],
  // A level matched last year's; a newsletter's own issue and farewell; a year's grants and call-outs; a signature
  // line's date; how far off a season is.
  ['Lien Khuong airport handled 1,240 flights over the holiday, almost exactly the same as last year.', '2026-02-28'],
  ["This week's letter is mostly about Da Lat.", '2026-02-28'],
  ['Until next Saturday, and safe travels,', '2026-02-28'],
  ['In 2025, it funded 212 projects across Wallonia and Brussels.', '2026-03-20'],
  ['The Coast Guard responded to 11 commercial fishing cases on the bar in 2025.', '2026-09-22'],
  [
    'Signed: Malam Kabiru Tambuwal Dogondaji, Chief Press Secretary to the Governor, dated 18th March, 2026',
    '2026-03-18',
  ],
  ['With the crab season less than ten weeks out, the state is planning.', '2026-09-22'],
  // A count as it stood by a day; the span records cover; a state kept till a day, told in the present.
  ['By the end of last week, 261 households had registered.', '2026-11-02'],
  [
    'The OP is further directed to preserve all records relating to the dismissed workers for the period from January 2026 till date and to produce the same.',
    '2026-04-08',
  ],
  ['It keeps the aerodrome closed until 21:00 WIT on Wednesday.', '2026-10-04'],
  // A level set beside last year's at the same point; where a market left a price or an index.
  ['Bookings stood at 3,100 berth-nights at the end of March, ahead of the same point last year.', '2026-04-28'],
  ['The NSX Overall Index closed at 1,612.4 points on Thursday.', '2026-06-05'],
  ['The shares fell 9% to close at N$11.40 on Thursday.', '2026-06-05'],
  // A hedged count of a year; a month's business; where a count of days starts; a month's temperatures; a weekly
  // service by its weekday; a kind of day.
  ['Member dive centres logged just over 96,000 dives last year.', '2026-04-09'],
  ['"We lost maybe 40 per cent of our March business."', '2026-04-09'],
  ['The 14 working days are counted from Wednesday 25 March 2026 and exclude Saturdays.', '2026-04-09'],
  ['Average temperatures for February so far are 3.1 degrees below the 1991–2020 norm.', '2026-02-26'],
  ['The airline withdrew its Saturday afternoon Melbourne rotation with immediate effect.', '2026-04-22'],
  ['Admissions averaged 1,150 a day, or about 70% of the usual level for a late-February weekday.', '2026-02-27'],
  // Prices a market traded at, one after another; accounts drawn up to a day; a month's takings; a fixture given up
  // with its day as near gone as to come.
  ['For context, BTC traded around $118,400 on Aug. 1 and is roughly flat since.', '2026-09-04'],
  ['It closed at $0.412 on July 31, the day before the hack, and at $0.031 on Thursday.', '2026-09-04'],
  ['The capital increase will be assessed against the interim financial statements as at 30 June 2026.', '2026-10-05'],
  ['Dubuque-market AGR for April fell 41% from a year earlier.', '2026-05-18'],
  ['Figures in this report are as at 1800hrs on 24 August 2026 unless otherwise stated.', '2026-08-24'],
  ['In 2025, the Department attended 37 fire calls at puja pandals.', '2026-11-01'],
  ["Fairyhouse has also given up Saturday's card.", '2026-04-07'],
  ['A vendor at the Dakar gate, Tabaski Sagna, was also taken to hospital.', '2026-05-29'],
  ['It was the Ziguinchor vendor Tabaski Sagna, who bears the name of the feast.', '2026-05-29'],
  // A page's first stamp; a custom held each year in a month, and on a holiday; a statement's
  // signing line; models with their specifications; a name given for a day of birth; what the calendar makes of a day.
  ['First published 11 November 2026, 9:05am NZDT', '2026-11-11'],
  ['The Ofala, held annually in October, marks the end of the seclusion.', '2026-10-05'],
  ['Grand Kadooment, the closing parade, is held on the Kadooment Day public holiday.', '2026-09-24'],
  ['Press statement signed by the Commissioner for Information, Awka, October 2, 2026.', '2026-10-02'],
  ['Eyewitnesses said it was fitted with a 2019 Yamaha 40-horsepower outboard motor.', '2026-09-08'],
  ['The vessel, a 1998 Japanese-built roll-on roll-off ferry, is the only regular link.', '2026-11-09'],
  ['Kofi Bentil carries the name a Fante family gives a boy born on Friday.', '2026-10-02'],
  ['Schools were shut for the anniversary, a public holiday on Sept. 21.', '2026-10-05'],
  ["Editor's note: An earlier version of this story was posted at 4:45 p.m. AKDT on Oct. 30.", '2026-11-02'],
  // Visits a place took in a year; what words of other languages mean; what a day is called.
  ['The pier took about 900,000 visits last year, according to its owners.', '2026-06-02'],
  ['In Welsh, "Mai" is the month of May, "Sul" is Sunday and "Gwener" is Friday.', '2026-05-22'],
  ['Mandela Day (18 July) is known in the original as Mandeladag.', '2026-07-20'],
  ['Paramedic Thandi Maandag (her surname means Monday), who treated survivors, was among them.', '2026-08-20'],
  ["Sabt, whose name often surprises colleagues because 'sabt' means Saturday in Arabic, was on duty.", '2026-08-20'],
  ['"Aoine" is Friday in Irish, she reminded the Clarion.', '2026-08-20'],
  ["His friends joke that it had to happen on a Friday: Ġimgħa means 'Friday' in Maltese.", '2026-08-21'],
  ['Zhou Liuyue - whose given name, Liuyue, means June in Mandarin - spoke.', '2026-08-21'],
  ['This page was last updated 16.08.2026, 14:25', '2026-08-16'],
  ['Dimanche Gastaldi, whose first name, as French readers know, means Sunday, built the float.', '2026-02-25'],
  ['Page opened Saturday 5 September 2026.', '2026-09-05'],
  ['Ministry of Emergency Situations of the Republic of Uzbekistan, press service, 21.03.2026', '2026-03-21'],
  ['Inspectoratul General al Poliției, comunicat de presă, 20.04.2026', '2026-04-20'],
  ['Guovdageainnu suohkan / Kautokeino kommune, pressemelding, 3. april 2026', '2026-04-03'],
  ['Cruise passengers to Jamaica last year: 1.3 million.', '2026-09-10'],
  ['Live coverage, 4.06.2026.', '2026-06-04'],
  [
    'Marine Department, Announcement No. 147/2569, dated 25 November B.E. 2569 (English translation for information; the Thai text prevails).',
    '2026-11-25',
  ],
  [
    'Among the first into the water was fisherman Máirtín Máirt (for readers east of Castleisland, Máirt is the Irish for Tuesday).',
    '2026-08-18',
  ],
  ['The regulation of 25 June 1980 on establishments open to the public was not written for a stage.', '2026-09-08'],
  ['Our next crowd-management webinar runs every Thursday in October, from 14:00 to 15:30 CET.', '2026-09-08'],
  // Cargoes booked for a month's arrival; bookings for a month that are down; groups cancelled for two months; calls
  // cancelled in a month; a share's closing price on a day.
  ['Turkish importers have booked at least four extra cargoes of diesel for September arrival.', '2026-09-04'],
  ['Hotel bookings in Sanremo for March are down 14% from a year ago.', '2026-03-18'],
  ['Two Italian operators cancelled a combined 40 coach groups for June and July.', '2026-06-05'],
  ['Lines cancelled 22 calls in Ponta Delgada last month.', '2026-06-05'],
  ['Its shares have fallen 9% since the suspension and closed at EUR 2.14 on Tuesday.', '2026-03-18'],
  // A headcount that worked in a year; a state that holds this morning; a constitution named by its date; a name someone
  // signs; a live page's schedule.
  ['About 6,000 vendors worked in and around Cluny last year, according to the city.', '2026-06-05'],
  ['Smoke is still rising over the iron market this morning.', '2026-05-13'],
  ['Having regard to the Constitution of 25 October 2015;', '2026-08-18'],
  ['There is another, who signs himself Sunday, who says the young will leave.', '2026-04-12'],
  ['Dear listeners, today our regular programmes are suspended for this special coverage.', '2026-08-12'],
  // A budget's level in a year; a month's level told in a saying; a child named June.
  ['The union criticised the maintenance budget of the plant, which fell to CFA 4.5 billion this year.', '2026-09-03'],
  ['Hotel occupancy in October stood at 48%, down from 63% a year ago, the association says.', '2026-11-06'],
  ['"My little June is three, she cried all the way," said Sylvie Ogandaga.', '2026-08-21'],
  // Instruments named by number and year or by quoted title and year; the days a record covers.
  [
    'the General Regulation on Order and Safety on Ships (D.S. N° 1.340 bis of 1941), THE PORT CAPTAIN RESOLVES:',
    '2026-02-23',
  ],
  [
    'In accordance with the Law of the Republic of Kazakhstan "On Civil Protection" of 2014, the akim decides:',
    '2026-04-28',
  ],
  ['The operator shall submit hourly discharge data for the period 20.4.–3.5.2026.', '2026-05-04'],
  // A law named by its country and date before its number; a live page thanking its readers on a feast's last day; a
  // season's peak named by its months.
  [
    'in accordance with the Law of the Republic of Belarus of 4 January 2010 No. 108-Z, the committee decides:',
    '2026-06-26',
  ],
  ['21:40 - Thank you for following our live coverage on this last day of Eid al-Adha.', '2026-05-27'],
  [
    'The province drew about 2.3 million visitors last year, a third of them during the July-August peak.',
    '2026-06-12',
  ],
  // (Guard) a year a level is back to is its baseline.
  ['Traffic is back to 2019 levels.', '2026-06-22'],
  // (Review guards) a model's year after a possessive; "It's 2019 all over again"; "Today's generation shows".
  ["Police said the driver's 2012 Toyota Corolla was found burnt out.", '2026-10-07'],
  ["It's 2019 all over again for the residents of Lower Street.", '2026-10-07'],
  ["Today's generation shows little interest in farming.", '2026-10-07'],
  // A release's line with its issuer before it; a weekday named after a lawmaker's title; a year's guidance.
  ['Northern Territory Government media release, Minister for Territory Resilience, 27 April 2026', '2026-04-27'],
  [
    "Committee chairman Rep. Sunday Zuo of Grand Bassa's District #3 said lawmakers may amend the concession.",
    '2026-08-25',
  ],
  [
    'The company had guided for 4.6 million tonnes in 2026, with output running at 380,000 tonnes a month.',
    '2026-08-07',
  ],
  // A rate charged then is a level, in any currency the country keeps.
  ['Forwarders were charging a $600 flood surcharge per container a week ago; most have now dropped it.', '2026-05-11'],
  ['The market handled trade worth about NLe 90 million last year, up from NLe 60 million in 2023.', '2026-05-11'],
  ['Fees came to Le 4 billion last year, up from Le 3 billion in 2024.', '2026-05-11'],
  // A year's tally is no event of the year; one had then, set against what one has now, is a level.
  ['The museum counted 1.2 million visitors last year.', '2026-07-28'],
  ['"A week ago I had 14 groups for Turkistan in May; today I have six," she said.', '2026-04-16'],
  ['The Capitania issued 212 licences in 2019; this year there are 347, according to the association.', '2026-08-20'],
  // A month's name as a verb, a paper's own issue, a live page's farewell and days of a series are no dates.
  ['March they did, in the rain, holding photographs of the 13 dead.', '2026-06-20'],
  ['The office said that date may March back by a week if the families are still there.', '2026-06-20'],
  [
    'TRANSPORTE ANDINO WEEKLY | Roads and freight in the central highlands | Issue of Friday, 21 August 2026',
    '2026-08-21',
  ],
  ['That is all from our live page for today.', '2026-06-15'],
  ["Callers can still reach the station's line, which stays open every night this week.", '2026-06-20'],
  ['"They were supposed to load at the jetty tomorrow," wrote Friday, a listener from Cable Beach.', '2026-09-25'],
  // A year's count after the year that opens the sentence, and a year's sum "estimated at" a figure, are tallies.
  ['In 2025, the emergency department in Ivrea treated 310 people over the three days of throwing.', '2026-02-20'],
  [
    'The carnival generated an economic impact estimated at EUR 4.5 million ("4,5 milioni di euro") last year.',
    '2026-02-20',
  ],
  // What the day is, and "Now" after a live page's clock, are no events.
  ['Today is the last day of Hanal Pixán, which Spanish speakers call Día de Muertos.', '2026-11-02'],
  ['16:50 – Now: the operator says its next update will come at 18:00.', '2026-02-02'],
  ['25.08.2026, 16:20 | Updated: 25.08.2026, 18:40', '2026-08-25'],
  // A month's share, a year's purchases, a norm's month, a gazette's line and a nickname are no events.
  ['Hotel occupancy in October was 35%, up from 28% a year ago.', '2026-11-20'],
  ['The mill will finish crushing late, against a normal finish in late November.', '2026-10-30'],
  ['Published in the Register of Acts: 23.10.2026', '2026-11-20'],
  ['Cobbler Nexhat Rama, whom the whole bazaar calls Sunday, has kept his stall open.', '2026-09-16'],
  // A model's year, a class of things bounded by a year, a level as of a day, a year's work done in acres, a live
  // desk's farewell and what a day is like each year are no events.
  ["She'll ride in a 1957 Chevrolet convertible at the front of the parade.", '2026-11-11'],
  ['No covered court whose roof trusses date from before 2020 shall be used as an evacuation centre.', '2026-10-28'],
  ['As of 5:00 AM today, the gauge reads 6.3 metres and the river is slowly receding.', '2026-10-29'],
  ['County Supervisor Ray Benally said crews thinned about 1,900 acres last year.', '2026-06-24'],
  ['That is all from the live desk for today.', '2026-07-03'],
  [
    'Flagstaff draws 5 million visitors a year, and the Fourth of July weekend is usually among its busiest.',
    '2026-06-24',
  ],
  ['Monday is usually the busiest day at the market.', '2026-06-24'],
  // A release's line, a greeting, a page's stamps, a verb in capitals, an instrument's year and a name are no events.
  ['Port of Esbjerg, press release, 27 May 2026', '2026-05-27'],
  ['Good morning and happy 17 May.', '2026-05-17'],
  ['Updated 2026-06-21 kl. 12.20 by the web desk in Jokkmokk', '2026-06-21'],
  ['Live page opened: 01.12.2026, 09:30 EET.', '2026-12-01'],
  ["He has said the company will not March to anyone else's drum on timing.", '2026-07-21'],
  ['Legal basis: State Borders Act § 12 and Regulation no 34 of the Minister of the Interior of 2018.', '2026-06-25'],
  ['"She just went down," said a man who gave his name only as Friday, a nickname from school.', '2026-06-24'],
  // A paper's issue cited with its page, an era's year before a month, a day of Nepal's era and a Korean day whose
  // weekday disagrees are no dates of ours.
  ['Translated from the Korean. Jeonbuk Sinmun, 2026.9.30, page 1.', '2026-09-30'],
  ['Support measures for residents affected by the Reiwa 8 July Heavy Rain', '2026-07-21'],
  ['Now, therefore, the Ministry-level decision of 2083/07/08 has formed a three-member committee.', '2026-10-25'],
  ['The hall opened on 9. 26.(Fri).', '2026-09-30'],
  // A march as a noun, and a month's rainfall, are no dates.
  ['March and protest are not new here.', '2026-05-26'],
  ['Rain measured at Kilembe last month was 480mm, the heaviest in a decade.', '2026-05-26'],
  // A release's line with its issuer before it and a march down a street are no events.
  ['Released 9/9/2026.', '2026-09-09'],
  ['Department for Infrastructure press release, 15 July 2026', '2026-07-15'],
  ['"March down Harborside on any turnaround day and you\'ll see the problem," said a resident.', '2026-10-07'],
  // A march called for inside a quotation, after its first sentence.
  [
    '"Saint Efisio has walked this road for 369 years. March with us or stay at home, but let the saint pass."',
    '2026-05-03',
  ],
  // A paper's note of where the report appeared, and an issue's masthead, date the paper, not an event.
  ['This report appeared in Toos Daily, Mashhad, on Saturday 15 Farvardin 1405 (4 April 2026).', '2026-04-04'],
  ['Issue No. 412 | 26 Farvardin 1405 (15 April 2026) | The Bulletin appears every Wednesday', '2026-04-15'],
  // The month a year ends in is no event of it.
  ['More than 19,000 people died in road accidents in the Iranian year that ended in March.', '2026-04-15'],
  // A count as of a day, a document's number line, a month's nature, a year's trade and a class of buildings by a
  // year are no events.
  ['As of 08:00 today one person is considered missing.', '2026-05-11'],
  ['INFORMATION No. 118, 11.05.2026, Dushanbe', '2026-05-11'],
  ['June, as locals say, is the month when the rivers run highest.', '2026-06-17'],
  ['The central bazaar alone handled trade worth about UZS 1.1 trillion last year.', '2026-09-15'],
  ['Inspections began in all residential buildings put into operation before 1990.', '2026-10-24'],
  // A page's posting stamp, a march called for, and a far deadline of a purpose whose year the sentence leaves open.
  ["Posted on the Secretariat's website: 28/7/2026, 14:30", '2026-07-28'],
  ['"March peacefully and you will have our protection."', '2026-08-10'],
  [
    'The ministry ordered the municipality to rebuild the wall and to remove all illegal structures from the protected zone by the end of January.',
    '2026-09-15',
  ],
  // A release's or bulletin's own line, a year's sawing, a briefing named by its day and a calendar note are no events.
  ['Šiauliai County Police, press release, 2026-06-26 (translated from Lithuanian)', '2026-06-26'],
  ['North Karelia Rescue Department, bulletin, 20.6.2026 klo 10.15', '2026-06-20'],
  ['Penttilä sawed about 310,000 m³ last year, mainly pine.', '2026-07-02'],
  ['Gulf Gaming Report | Monday Briefing | Vol. 14, No. 12', '2026-03-23'],
  ['Tuesday is Victory Day, a public holiday.', '2026-06-20'],
  // A call to march after a colon, and a share of part of a month, are no dates.
  ['The commander has told the market queens: "March peacefully and you will have our protection."', '2026-03-10'],
  ['Across the island, occupancy in the first half of August was 89%, against 93% in August 2025.', '2026-08-20'],
  // A day's name joined to a word that is no day by itself is one name of two.
  ['The holiday, Independence and Union Day, passed quietly in Kismayo.', '2026-07-03'],
  // A feast beside a quoted "tomorrow" weeks from the report, a weekly habit of two days, a model's year before a
  // vehicle's kind, figures in a reference code and a year of birth set off beside a person are no dates.
  ['13:40 | The mayor spoke to us: "Tomorrow, on Easter Sunday, I will be at the hospital."', '2026-04-11'],
  ['Tour operators are being told to plan for delays on Friday and Sunday evenings all winter.', '2026-10-06'],
  ['The fire started in a 2024 electric SUV registered in the Alpes-Maritimes.', '2026-11-23'],
  ['Press Release No. B/112/III/HUM.6.1/2026/Bidhumas of the Bali Regional Police', '2026-03-20'],
  ['The bodies of two crew members, born in 1971 and 1984, were found in the engine room.', '2026-07-13'],
  // A holiday's level or a thing called after it, a compound with a holiday's name, a weekday's meeting held every week,
  // a year's consumption, a share below a year, a month's level by its noun and a translation's note of its original
  // are no dates; nor is March who speaks.
  ['Old town hotels reported Easter occupancy of 91%, up from 87% a year ago.', '2026-04-20'],
  ['It was a good Easter gift, but the women want it in writing.', '2026-04-20'],
  ['Our sister title will carry a guide to Nyepi-eve hotel packages in its next edition.', '2026-03-20'],
  ["The network's Saturday buyers' meeting, held every Saturday at Zuarungu, has been moved.", '2026-03-20'],
  ['NUC burned about 40 million litres of diesel last year, around 85% of the total.', '2026-11-20'],
  ['Hotels are busy, but bookings are 3% below last year.', '2026-07-22'],
  ['July traffic was running at 60% of normal in the first days, the operations manager said.', '2026-07-22'],
  ['(Translated from German. Original: Autonome Provinz Bozen, Landespresseamt, 15.06.2026.)', '2026-07-22'],
  ['March Bergmann of the forestry service said guided walks could restart.', '2026-07-22'],
  ['In 2025, the Turkmenbashi – Baku line carried 410,000 passengers and 96,000 lorries.', '2026-09-01'],
  // A weekday as a nickname between names, and a communiqué's or an announcement's own line, are no dates.
  ['Tasi Staging, founded by Vicente "Friday" Aguon, has built the parade seating.', '2026-08-14'],
  ['Ertzaintza, comunicado, 13/08/2026 (English translation issued by the press office).', '2026-08-13'],
  ['Préfecture du Finistère, communiqué de presse, 25/07/2026.', '2026-07-25'],
  ['Ionian Islands Police Directorate, announcement, 12/4/2026. Ref. No. 1032/26/1873-α)', '2026-04-12'],
  // A release's date glossed after an East Asian date, a dateline so glossed, a holiday's cancellations, a long weekend
  // named after holidays, a month's traffic told down, the years records cover, a call to march up a bank and a given
  // name after a surname in capitals are no dates.
  ['Release date: 115年10月12日 (2026/10/12). Contact: Public Relations Office.', '2026-10-12'],
  ['Taitung, 115年10月7日 (7 October 2026): The collapse of the bridge killed six.', '2026-10-07'],
  ["Operators head into the Workers' Day and Cassinga Day long weekend with fuller books.", '2026-04-29'],
  ['Operators estimate that traffic in July was down by almost half on a year ago.', '2026-08-20'],
  ["Engineers collected the bridge's inspection records from 2015 to 2025.", '2026-10-20'],
  ['"March up the riverbank and you see how much land it has taken," he said.', '2026-10-20'],
  ['One student, NKURUNZIZA Sunday, aged 21, died in hospital.', '2026-08-10'],
  // A law named by its year, a count as it stood at an hour, days listed as any day and a spot report's own line are no
  // dates.
  ["The Federation's Law on Fire Protection and Firefighting from 2009 is stricter.", '2026-01-20'],
  ['Three persons are reported missing as at 12.00 hrs on 09.11.2026.', '2026-11-09'],
  ['"Monday, Friday, Christmas or not, a door marked as an exit must open," he said.', '2026-01-20'],
  ['PRO-10 Police Regional Office, spot report, June 13, 2026', '2026-06-13'],
  // A feast at hand told in a perfect is not last year's; a month of a weekly or daily habit and a numbered communiqué's
  // own line are no dates.
  [
    '"We have had Summer Day, Nevruz and now Easter, and each time we pray for this child," said Father Gjon.',
    '2026-04-03',
  ],
  ['On peak Saturdays in August the port receives a ship roughly every 20 minutes.', '2026-09-08'],
  ['The port "cannot go on absorbing forty ships a day in August," the mayor said.', '2026-09-08'],
  ['Capitaneria di porto di Olbia, comunicato stampa n. 118/2026, Olbia, 15/08/2026', '2026-08-15'],
  // A weekday that is a given name before a surname with an apostrophe, and a police notice's own line, are no dates.
  ["The body of the night watchman, Sunday N'Tcha, 58, was found.", '2026-08-02'],
  ["Two days later, the watchman Sunday N'Tcha was buried in Kouaba.", '2026-08-30'],
  ['Westfjords Police, notice, 8.6.2026 — Case no. 312-2026-1184', '2026-06-08'],
  ['South Korea hosted about 1,170 local festivals last year.', '2026-10-20'],
  // A holiday's year and a name after it make a name.
  ['The Easter 1916 Rising began in Dublin.', '2026-06-10'],
  // A model's year before its make and machine, or set off after the machine.
  ['One manager said his fleet of 2019 Volvo FH tractors was burning extra fuel.', '2026-10-02'],
  ['Investigators asked why the tractor, a 2014 John Deere, left the route.', '2026-02-20'],
  // A name owned, a call not answered, a writing's own time, a masthead's fields, a tally of a year.
  ['Yes, my name really is April, and yes, I was standing on the pier.', '2026-05-18'],
  ['Port fund president Stathis Anagnostou did not answer calls on Friday.', '2026-04-17'],
  ['Here is everything I know, updated as of this Monday morning.', '2026-05-18'],
  ['SouthCone Grain Brief · Issue 26/2026 · Monday 29 June 2026 · Ports & logistics', '2026-06-29'],
  ['Radio Litoral 97.3 · Rosario · Tuesday 14/07/2026 · Updated 10:32', '2026-07-14'],
  ['13.06.2026, 10:45 MSK | Updated 13.06.2026, 16:20 MSK', '2026-06-13'],
  ['SOEA communiqué No. 11/2026, Bahía Blanca, 18 June 2026.', '2026-06-18'],
  ['Agents should note that 15 August is itself a public holiday in Cyprus.', '2026-06-05'],
  ['Brazil marks only Good Friday and Easter Sunday as holidays, and families drove south.', '2026-04-03'],
  // A label in quotation marks, what a name means, a newsletter's own issue, a page's update in Finnish.
  [
    'Some websites described the accident as an "Easter Monday" disaster, as if it were the Western feast.',
    '2026-05-02',
  ],
  ['"Gomaa" means Friday, and he joked about it.', '2026-05-02'],
  ['Paraskevi, whose name means Friday in Greek, says her phone has not stopped ringing.', '2026-06-05'],
  ['FerryTalk Digest #27, week ending 8 July 2026.', '2026-07-08'],
  ['Next issue of the Brief: 12 August.', '2026-08-05'],
  ['Updated 8.7.2026 klo 9.30.', '2026-07-08'],
  ['Published on 27/06/2026 at 12h40, updated at 16h05.', '2026-06-27'],
  [
    'Ministry of Transport and Public Works, Department of Marine Services, press release, 4th March, 2026.',
    '2026-03-04',
  ],
  ["Subbotin's surname comes from the Russian word for Saturday, and he laughs about it.", '2026-05-16'],
  ['"Russia Day" is the public holiday on 12 June.', '2026-06-13'],
  ['Yes, Deftera means Monday, and no, I have never heard the joke before.', '2026-09-03'],
  ['Bashkia Korçë, njoftim për shtyp, 12.04.2026', '2026-04-12'],
  ['CalMac Ferries, service update, 16 July 2026, 14:30', '2026-07-16'],
  ['Among the vehicles crushed on the third level was a 2021 Ford Explorer.', '2026-11-12'],
  ['Regierung des Fürstentums Liechtenstein, Medienmitteilung, 16. August 2026', '2026-08-16'],
  // "this year" alone: a level, a contrast with other years.
  ['Orders of kuih raya ingredients fell by about a fifth this year.', '2026-03-24'],
  ['This year the port was the casualty.', '2026-09-01'],
  ['Heavy rain has come early this year, the forecaster said.', '2026-09-01'],
  ['This year the ministry says it will take the old road.', '2026-07-04'],
  ['European buyers may ask for delivery guarantees this year.', '2026-07-04'],
  ['Catholic friends: your feast came a week earlier this year.', '2026-04-13'],
  ['Published 16.06.2026 kl. 14.05 | Kirkenes', '2026-06-16'],
  ['Last updated 2026-08-26 23:40 (Taiwan time, GMT+8).', '2026-08-26'],
  ['St Peter Port lifted 31,400 containers last year, with the crane handling most of them.', '2026-05-21'],
  // A week of holidays is no day.
  ['The port shut during Holy Week.', '2026-04-20'],
  // An instrument's number and year.
  ['The surcharge set by Decree 1402 of 2026 will be reviewed.', '2026-10-27'],
  // A span up to now, not a date.
  ['It was the first rise in a fortnight.', '2026-02-20'],
  // A condition that did not hold; a present passive that tells of no deed; a plan called off on a day of its own or
  // "has been" called off may have been for either side of the report.
  ['Had the ferry sailed on Monday, it would have hit the storm.', '2026-06-10'],
  ['The road is closed on Friday.', '2026-06-10'],
  ['The strike set for Friday has been called off.', '2026-06-10'],
  // A plan told in the past whose fate is told as still open may have been for either side of the report.
  ['The vote was due to take place on Thursday but has been postponed.', TUE],
  ['Flights were supposed to resume on Monday but the regulator has not yet signed off.', '2026-06-16'],
  // On the plan's own weekday, today's or the next.
  ['He was due to appear on Monday but the hearing was put back a day after his solicitor fell ill.', MON],
  // A month after "every" is a habit.
  ['The feast draws worshippers to Mtskheta every October, many by road.', '2026-09-09'],
  // A weekday counted from another event.
  ['Ferries sailed again on the Monday after the storm.', FRI],
  ['The board met on the Friday before the vote.', MON],
  // Figures of a span, a period or a day as it stood, and a press note's own date.
  ['Mildura Airport recorded 18 mm in the 24 hours to 9 am Friday.', '2026-03-13'],
  [
    'Rainfall recorded in the 24 hours ending 0830 hrs IST of 01.09.2026 (in mm): Porbandar 142, Kutiyana 118.',
    '2026-09-01',
  ],
  ['Last year, the Dwarkadhish temple recorded over six lakh visitors during the Janmashtami week.', '2026-09-05'],
  ['It drew tens of millions of visitors last year.', '2026-08-10'],
  ['According to the company, the service carried 48,000 vehicles between June and September last year.', '2026-06-29'],
  ['The town recorded international arrivals of 112,000 last year.', '2026-10-23'],
  [
    'As of 17 May, an estimated 62,000 metric tonnes of food were awaiting discharge at the outer berths.',
    '2026-05-21',
  ],
  [
    'As at Thursday, clean-up crews had recovered 6.1 tonnes of oily debris, according to county figures.',
    '2026-10-23',
  ],
  ['Throughput at the Southern Port fell sharply in May after the failure of its main grain crane.', '2026-05-30'],
  ['Vessels at anchorage on 20 May: 14 in total, of which nine carried humanitarian cargo.', '2026-05-24'],
  ['PRESS NOTE No. GCRDC/PR/2026/114, Gandhinagar, Dated 31.08.2026', '2026-09-01'],
  ['PRESS RELEASE No. TOUR/HF-25/PR/17, dated Kohima, the 5th December, 2025.', '2025-12-05'],
  [
    'It is one of the most popular tourist destinations in Yunnan, drawing large crowds in July and August.',
    '2026-08-10',
  ],
  ['Plains Beef Partners, which marketed 1.2 million head last year, told analysts of losses.', '2026-03-10'],
  ['Amarillo has recorded just 0.11 inch of precipitation since Jan. 1, and fine fuels are cured.', '2026-03-05'],
  ['Cash fed cattle averaged $241.50 per hundredweight live in the week ending Feb. 27.', '2026-03-05'],
  // A harvest's worth in a year, a price's level on a day.
  ['Yuma County farms, which produced crops worth about $3.2 billion in 2024, face a lean year.', '2026-06-01'],
  [
    'Elevator bids were running 40 to 55 cents under futures on Friday, compared with 25 cents a week earlier.',
    '2026-11-02',
  ],
  // A span a state held, a year's produce, a level to date, a live page's stamp, figures of a span or a year.
  ['Pepper farm tours by road were not affected and ran as normal throughout September.', '2025-10-01'],
  ['Elevator operators preparing for the 2026 harvest should expect car supply to be tight.', '2026-10-05'],
  ['The Koh Samui total for November so far is 412 mm, against a monthly average of 509 mm.', '2026-11-27'],
  ['UPDATE 5:50 p.m. CDT Thursday: About 140 households returned home.', '2026-10-01'],
  ['Freight Link said its trucks lost an average of 52 minutes per crossing last week.', '2026-11-06'],
  ['In the 24 hours to 07:00 hrs this morning, 86.4 mm of rain was recorded at Koh Samui station.', '2026-11-27'],
  ['Mae Sot customs recorded border trade of 1.2 billion baht last year in goods bound for Mon State.', '2026-04-24'],
  // A translation's note of when its original was published.
  ['The original was published 14.07.2026, 11:20; dates and times are as in the original.', '2026-07-16'],
  // A sum for a span, a change over a numbered week, tallies since a year, a word's meaning, a forecast's window, a
  // count as it stood.
  ['The estimated cost of the response for the period February 14 to 22 is $2.1 million.', '2026-02-27'],
  ['Landings of river fish at Alytus fell by about 60% in week 27, the ministry said.', '2026-07-10'],
  ['Twelve earthquakes of magnitude 6 or larger have occurred within 100 km of this event since 1980.', '2026-11-12'],
  [
    'Lake transport officials say about 1.2 million passengers travelled between Lake Victoria ports last year.',
    '2026-08-14',
  ],
  ['By the way: yes, sekmadienis means Sunday, and she says she has heard every joke.', '2026-07-05'],
  [
    'There is a 4 percent chance of one or more aftershocks larger than magnitude 6.2 within the next week.',
    '2026-11-12',
  ],
  ['About 8,700 customers were still without service Tuesday evening, the utility said.', '2026-02-18'],
  // The months an appeal covers, which orders are meant, a year's crop.
  ['The appeal, covering February to April 2026, supports the Government-led response.', '2026-02-20'],
  [
    '(iv) The validity of Let Export Orders issued between 01.11.2026 and 08.11.2026 shall be extended by fifteen days.',
    '2026-11-09',
  ],
  ['The 2026 tart cherry crop is sizing well after a mild spring with no killing frost.', '2026-07-05'],
  // A place's weather in a month, a calendar's rule, a body named for a date, a span since, a report's period, a
  // reporting month.
  ['Tamworth in January is hot, and the festival draws crowds.', '2026-01-22'],
  ['Midsummer Eve, which falls on the Friday between 19 and 25 June, is a holiday.', '2026-06-22'],
  ['Said Tor Søndag, who leads the local 17 May committee.', '2026-05-22'],
  ['RINGEBU: for the first time in ten days there is a date to hold on to.', '2026-06-01'],
  ['The interim report for the period January–June will be published as planned.', '2026-06-22'],
  ['Miners said the September month will now come in well short.', '2026-09-30'],
  // Levels and tallies since a day, what is so in a month of any year, a day set against the one meant, a baseline, a
  // bound not expected to be met, stamps.
  ['Cumulative rainfall at Cumilla since 21.06.2026 stands at 402 mm.', '2026-06-29'],
  ['Health: 1,430 consultations since 24 June; 64 diarrhoea cases treated, no deaths.', '2026-06-29'],
  ['Dust events of this strength are unusual in August, when the coast is usually humid.', '2026-08-20'],
  ["South Canterbury keeps its anniversary on Dominion Day, not on Canterbury's Show Day in November.", '2026-09-29'],
  ['Feed barley was steady on last month, while milling wheat was NZ$520/t.', '2026-10-08'],
  ['Insurers are now assessing the claim for GC-03, which is unlikely to be replaced before next year.', '2026-08-31'],
  ['UPDATE 4:30 p.m. CDT Thursday - Racine County health officials say the beach stays shut.', '2026-06-18'],
  [
    'Cumilla: Gumti embankment breach | Situation Report 3, as of 28 June 2026, 18:00 | Covering 23–28 June',
    '2026-06-29',
  ],
  // A level set against another, and a holiday's month in any year.
  ['"I have sold more tea this week than in the whole of last month," said Mrs Khatun.', '2025-12-17'],
  ["NSW, whose own King's Birthday holiday is kept in June, had no holiday.", '2026-10-06'],
  // Notices' title lines with a number sign.
  ['Boletín de prensa N° 031 — 13/02/2026', '2026-02-14'],
  ['Informe de situación N° 4 — 19/08/2026 18h00', '2026-08-20'],
  // A month's norm, what is not typical in part of a month, a measure of a span of hours.
  ['The average monthly air temperature in Pavlodar for October is plus 3–4°C.', '2026-10-28'],
  ['Such early and deep frosts are not typical for the second half of October in the Irtysh valley.', '2026-10-28'],
  ['Between 12:00 and 15:00 today, 18 centimetres of snow fell at the airport.', '2026-10-28'],
  // Names, a tally since a day, a holiday's definition, a yearly habit, a year's figure.
  ['My travelling companion April spent the afternoon photographing the carved columns.', '2026-03-25'],
  ['Police v June HARLOW — Mention — Informant: Sen Cst P. Aldous.', '2026-07-14'],
  ['Police v Sunday PETERSEN — Mention.', '2026-07-14'],
  ['NSW public sector agencies notified 1,200 breaches last year under the scheme.', '2026-07-30'],
  ['The Chamber of Banana Exporters said losses had reached $45 million since Tuesday.', '2026-10-14'],
  ["Monday, October 12, is Costa Rica's Day of Cultures, which celebrates the country's mixed heritage.", '2026-10-14'],
  ['Panama celebrates its independence from Colombia and from Spain in November.', '2026-11-05'],
  // A record figure of a year.
  ['Polish railways carried a record number of passengers in 2025, according to the rail regulator.', '2026-05-12'],
  // A tally since a day.
  ['The port has handled 40 ships since Monday.', '2026-07-16'],
  // Figures of a year: leased, irrigated, cleared.
  ['Developers in the Miskolc region leased 120,000 m² last year, according to a broker.', '2026-03-20'],
  ['The canal irrigated 180,000 hectares last year, according to the operator.', '2026-08-30'],
  ['Kuźnica cleared 1.1 million trucks last year, roughly 3,000 a day.', '2026-11-13'],
  // A greeting for two feasts; a price of the day or the week; a time set against now; what is usual for a month; the end of a tax year.
  [
    'The General Directorate of Civil Defence wishes the people of the Kingdom a blessed Ramadan and a happy Founding Day.',
    '2026-02-22',
  ],
  ['St. Louis barge freight was quoted at 585% of tariff on Tuesday for nearby positions.', '2026-10-27'],
  ['Wheat flour prices in Bahawalpur were steady this week at Rs 2,950 per 20-kg bag.', '2026-01-23'],
  ['"We would rather find it now, with the bridge empty, than a year from now," he said.', '2026-10-17'],
  ['"I called the company and was told it was normal for November," she said.', '2026-11-20'],
  ['In the year ended 5 April 2025, receipts from the levy rose by a tenth.', '2026-11-20'],
  // A feast's day kept every year; a rate through a month; a measure's change over a period; counts as of a day; a report's period and a figure for the week it ends; what a weekday is like.
  [
    'Youth Day has been celebrated on 11 February since 1966, with parades of pupils and students in every town.',
    '2026-02-06',
  ],
  ['Ginners expect to process about 1,200 tonnes a day through March if haulage stays normal.', '2026-02-20'],
  [
    "- **Demand:** Cesar's peak demand rose 4.1% last year, driven by air conditioning and by new rice mills along Route 80.",
    '2026-05-22',
  ],
  [
    'Cross-border freight fell by about 40 percent last week, according to the regional chamber of commerce.',
    '2026-07-28',
  ],
  [
    '- As of 6 August, an estimated 1,420 people, including 310 seasonal sorters and their dependants, had lost their main source of income.',
    '2026-08-10',
  ],
  ['As of 21 July, the following is recorded: 1.1 km of national road affected, 412 vehicles stranded.', '2026-07-21'],
  ["FLASH UPDATE No. 2 | Reporting period: W/E 9 August 2026 | Gbêkê Region, Côte d'Ivoire", '2026-08-10'],
  [
    "Food security: During the W/E 9 August, partners distributed 1,150 food kits to sorters' households.",
    '2026-08-10',
  ],
  ['"My name means Monday, and I always said Monday is my lucky day," he said.', '2026-08-20'],
  // A level's change in metres over a month; a figure hoped to be beaten; a year's procurement; what a month always is.
  [
    'The level of the Amazon at Santa Rosa fell 2.4 metres in September, and it has been falling without interruption since.',
    '2026-10-20',
  ],
  [
    'The archipelago received 1.1 million visitors last year, and the tourism board had hoped to beat that figure in 2026.',
    '2026-11-06',
  ],
  ['The state cotton concern procured 1.2 million tonnes last year.', '2026-10-09'],
  ['Her surname comes from the Russian word for August, "so this month is always my busiest."', '2026-08-26'],
  // Two days the calendar makes holidays; a tally of launches in a year; a measure's fall in a week of a month.
  [
    "New Year's Day and 2 January are both bank holidays in Scotland, while only the first is a public holiday in England.",
    '2025-12-31',
  ],
  ['The station launched 41 times in 2025, its busiest year on record.', '2026-09-05'],
  [
    'Container throughput rose 4% in Q3, but chemical liftings from the Yeosu complex fell sharply in the last week of September.',
    '2026-10-05',
  ],
  // A figure of last year; a share for months; a kind of thing by its month; a chart's number; a day of another calendar told in ours; a figure for hours ending today.
  ['About 60,000 people watched the Biloxi parades last year, according to organizers.', '2026-06-01'],
  ['Last year, 12 sounding rockets flew from Andøya.', '2026-06-01'],
  ['The port handled 14.2 million tonnes of grain, oilseeds and by-products last year.', '2026-06-01'],
  ['Demand for geotechnical design in north-central Bulgaria rose by about a quarter last year.', '2026-06-01'],
  ['"Last year I slaughtered two rams. This year I could not even buy one," he said.', '2026-06-01'],
  ['Members report cancellations of 6 to 9 per cent for late March and April stays.', '2026-03-20'],
  ['Turnout looks healthy for a February by-election.', '2026-02-27'],
  ['This notice does not cancel any notice currently in force. Charts affected: IN 2061, IN 2062.', '2026-04-12'],
  [
    'Note: In the Malayalam calendar, Karkidakam 23 of Kollam Era 1201 corresponds to Saturday, August 8, 2026, and Chingam 1 of Kollam Era 1202 to Monday, August 17, 2026.',
    '2026-08-20',
  ],
  [
    'The district received 42 mm of rain in the 24 hours ending at 8.30 a.m. today, and the water level in the lake rose.',
    '2026-08-10',
  ],
  // A feast's day kept every year, told in an apposition; holidays named by their days; a level now in words; a port line-up's stamp.
  [
    "Burns Night, held on 25 January to mark the poet's birthday, is the busiest evening of the winter for many of the town's hotels.",
    '2026-01-24',
  ],
  [
    'Readers should note that the holidays of 3, 12 and 21 October, normally observed on those days, were bundled into one week.',
    '2026-09-30',
  ],
  [
    'Traders said waiting times at the outer anchorage, which had stretched to six days at the peak, were back to about two days this week.',
    '2026-11-20',
  ],
  ['Line-up as at 22/06/2026 0800LT.', '2026-06-22'],
  // A past year's level opening its sentence; another place's day across the date line.
  [
    'In 2025, Ardcanny bottlings sold on our platform for an average hammer price of £410, up from £355 a year earlier.',
    '2026-05-12',
  ],
  [
    'Because American Samoa keeps its clocks 24 hours behind ours, it was already Tuesday evening in Apia when the alarm was raised.',
    '2026-04-17',
  ],
  // A level that triples every July; a count of the displaced as of a day; the week a report's figures cover.
  [
    'The bridge carried about 7.4 million vehicles last year, and traffic to the island of some 26,000 residents roughly triples in July.',
    '2026-06-20',
  ],
  [
    'As of 14 August 2026, an estimated 23,400 people are displaced in Moundou, sheltering at 14 collective sites.',
    '2026-08-17',
  ],
  ['Figures are as of 14 August unless otherwise stated; health data cover W/E 16 August.', '2026-08-17'],
  // A notice's own header line; a month naming someone's plans.
  ['Driftsmelding 13.05.2026 kl. 06:40 | Status: ONGOING | Area: Røvær', '2026-05-13'],
  [
    'Operators now expect revenue in Q4 to fall by between 15 and 20 per cent, because many families have already changed their December plans.',
    '2026-10-30',
  ],
  // A holiday's name opening a sentence, a surname and who they are after the comma, is a person's.
  ['Tabaski Coulibaly, a ram seller from Sinématiali who had brought 60 animals, is now left with nine.', '2026-06-08'],
  ['Tabaski Coulibaly, one of your members, says he will not come back.', '2026-06-08'],
  // A price each head fetched on a day is a level: "Rams sold at 150,000 to 350,000 CFA francs a head on Monday".
  [
    'Rams sold at 150,000 to 350,000 CFA francs a head on Monday in Korhogo, against 120,000 to 250,000 CFA francs a week earlier.',
    '2026-06-08',
  ],
  // What one held as at a day is a level: "As at 31 May 2026, the Group held cash of US$412 million".
  ['As at 31 May 2026, the Group held cash of US$412 million and undrawn facilities of US$250 million.', '2026-07-01'],
  // A condition that did not hold, inside a quotation: '"Had this happened at minus 30 in January, …"'.
  [
    '"Had this happened at minus 30 in January, we would be talking about burst networks across the whole left bank," he said.',
    '2026-11-01',
  ],
  // So is one opening a speaker's line: "Q: Tabaski Coulibaly, one of your members, says".
  [
    'Q: Tabaski Coulibaly, one of your members, says he will not come back to Korhogo. Is he an exception?',
    '2026-06-08',
  ],
  // A dateline with the Hijri date before ours and the agency's code after: "Jazan, Rabi al-Thani 10, 1448 AH, September 21, 2026, KNA".
  ['Jazan, Rabi al-Thani 10, 1448 AH, September 21, 2026, KNA', '2026-09-21'],
  ['Jazan, September 21, 2026, KNA', '2026-09-21'],
  // A numbered update's header line, its number written "No.": "Flash Update No. 2 | as of 17 August 2026, 18:00".
  ['Flash Update No. 2 | as of 17 August 2026, 18:00', '2026-08-17'],
  // Prices quoted on a day, with the price after the day: "Traders quoted 3rd-class milling wheat prices on Thursday at 92,000 tenge a tonne".
  [
    'Traders quoted 3rd-class milling wheat prices on Thursday at 92,000 tenge a tonne EXW Kostanay, up 1,500 tenge on the week.',
    '2026-09-25',
  ],
  // A level held over a month or a week: "were steady in February", "held firm this week".
  [
    "Landings of coastal cod in Møre og Romsdal were steady in February, the Norwegian Fishermen's Sales Organisation said.",
    '2026-02-27',
  ],
  ["Kostanay wheat held firm this week as the region's grain receiving network recovered.", '2026-09-25'],
  // A label's dates without a colon: "best before 12.03.2027, production dates 01.11.2026–15.11.2026".
  [
    'Product: Klippfisk 1 kg, lot 2611-04, best before 12.03.2027, production dates 01.11.2026–15.11.2026',
    '2026-02-27',
  ],
  ['Boxes from the recalled lot carry best before 12.03.2027 on the label.', '2026-02-27'],
  // What a month was like: "mainly because of … a weak January".
  [
    'Exporters still expect the 2026 season to match that level, though shipments to Portugal in Q1 are likely to fall, mainly because of the three-week gap in deliveries and a weak January.',
    '2026-02-27',
  ],
  // What is ordered for a month: "their April orders".
  ["Two buyers told Coil & Slab that they had cut Donghae's share of their April orders.", '2026-02-27'],
  // Clock times after "from" stay clock times (guard); a choice between days after "whether" tells none (guard).
  ['The shop is open from 9.30 to 17.30 on weekdays.', '2026-07-20'],
  ['Nobody knows whether the ferry sails on Monday or on Tuesday.', '2026-07-20'],
  // A share of last year is a level: "received barely a third of the money it sought last year".
  [
    "The U.N.'s humanitarian appeal for Congo received barely a third of the money it sought last year, and officials fear worse.",
    '2026-03-20',
  ],
  // A month as a kind of time after "an": "after an April and May that the weather office now rates among the hottest".
  [
    'The decision follows a hot spell, after an April and May that the weather office now rates among the hottest on record.',
    '2026-06-12',
  ],
  // Readings over a span of hours ending today, and a store's level on a day, are levels.
  ['Maximum temperatures recorded during the past 24 hours ending 0830 hrs IST today (degrees Celsius):', '2026-04-23'],
  [
    'The Papanasam dam held 18 per cent of capacity on Friday, against 41 per cent at this point a year earlier.',
    '2026-06-12',
  ],
  // The span a review covers: "shall examine the discharge decisions … in the period from 01.11.2026 to 22.11.2026".
  [
    'The commission shall examine the discharge decisions of Hidro-Drin sh.a. in the period from 01.11.2026 to 22.11.2026, the warnings given.',
    '2026-11-25',
  ],
  // Prices on a day told as firm are a level: "Prices at the Tongyeong fish market on Friday were firm".
  [
    'Prices at the Tongyeong fish market on Friday were firm: live rockfish 14,500 won/kg (up 31% week-on-week).',
    '2026-07-03',
  ],
  // A bound of a condition: "practising since 2019 or earlier".
  ['Members who have been practising since 2019 or earlier and who hold photocopies may apply.', '2026-08-24'],
  // The days of a court's list: "all cases fixed for 21.08.2026 to 29.08.2026 stand adjourned", "cases fixed for August".
  ['All cases fixed for 21.08.2026 to 29.08.2026 stand adjourned.', '2026-08-24'],
  ['Maintenance and custody cases fixed for August were being taken up in order of the original dates.', '2026-08-24'],
  // A plan or a level named by its year: "The 2026 response plan", "back to its 2016 level".
  [
    'The 2026 response plan for South Kivu, drafted before the disaster, contained no line for lake transport.',
    '2026-01-20',
  ],
  ["The city's shipbuilding workforce is now roughly back to its 2016 level, local officials say.", '2026-10-20'],
  // What a day of the calendar stands for: "The national day of 16 January marks the assassination of …".
  ['The national day of 16 January marks the assassination of the former president.', '2026-01-20'],
  // A count over a year: "our fourth service launch of 2026".
  ['This was our fourth service launch of 2026.', '2026-02-12'],
  // A weekday glossing a name: "he is called Velli (Friday) Kannan".
  ['Fishermen here explain that he is called Velli (Friday) Kannan because he was born on a Friday.', '2026-11-27'],
  // A month's figure: "operators expect January to show a sharp dip", "Copper output in March of 4,210 tonnes".
  ['Bookings fell, and operators expect January to show a sharp dip for the cape.', '2026-01-10'],
  ['Copper output in March of 4,210 tonnes, the lowest monthly figure since 2023.', '2026-04-10'],
  // A futures spread named by its months: "the May-June spread on the Lahore flour-mill board".
  [
    'Flour mills are covering their needs hand to mouth, and the May-June spread on the Lahore flour-mill board has stayed flat for six weeks.',
    '2026-05-20',
  ],
  // A tally of an epidemiological week: "214 cases of acute diarrhoea notified in week 48".
  [
    'The Dolisie health district reported 214 cases of acute diarrhoea notified in week 48 (23–29 November).',
    '2026-12-01',
  ],
  // A weekday's line of a rota: "Sunday: hospital, health centres, schools and prison only".
  ['Sunday: hospital, health centres, schools and prison only', '2026-12-01'],
  // A year of birth after the person it tells of, without a comma: "the body of a man born in 1958, from under debris".
  [
    'Search teams recovered the body of one of the missing residents of Barpy, a man born in 1958, from under debris.',
    '2026-03-22',
  ],
  // What a month was like: "after a flat January".
  [
    'Remittances in February were down 4 per cent year on year in dollar terms, according to central bank data, after a flat January.',
    '2026-03-22',
  ],
  // A situation report's heading, its clock read with its day: "SITUATION REPORT No. 6 … as of 08:00 on 21.03.2026".
  [
    'SITUATION REPORT No. 6 on the consequences of the mudflow in Suzak district, Jalal-Abad region, as of 08:00 on 21.03.2026.',
    '2026-03-22',
  ],
  // A count as reported at a day and hour: "As of 24 December, 18:00, the provincial authorities reported 41 bodies recovered".
  [
    'As of 24 December, 18:00, the provincial authorities reported 41 bodies recovered, 17 survivors and 109 persons missing.',
    '2025-12-27',
  ],
  // A holiday's name opening a sentence, with "the" and who they are after the comma: "Deepavali Murugan, the firecracker seller whose …".
  [
    'Deepavali Murugan, the firecracker seller whose nickname the whole of Eachangadu uses, said half his stock lay unsold.',
    '2026-11-12',
  ],
  // The edition a case's news item came from: "News item titled … published in The Coromandel Chronicle dated 10.11.2026".
  [
    'O.A. No. 212 of 2026 (SZ) (Suo Motu) — In re: News item titled "SIPCOT ammonia leak: TNPCB orders closure of Cuddalore unit" published in The Coromandel Chronicle dated 10.11.2026.',
    '2026-11-25',
  ],
  // A price on a day told as a level after the day: "The gold price on Friday stood at 9,850 roubles per gram".
  [
    'The gold price on Friday stood at 9,850 roubles per gram on the Moscow exchange, which should cushion the blow.',
    '2026-06-05',
  ],
  // A price table's heading, its dates the columns': "| Category (Tshikapa, USD/ct) | 25 June | 2 July | Change |".
  ['| Category (Tshikapa, USD/ct) | 25 June | 2 July | Change |', '2026-07-03'],
  // A currency's rate on a day, before the day or after it: "The Congolese franc closed at 2,280 to the dollar on Friday", "relief from the peso on Friday, which stood at 58.42 to the US dollar".
  [
    "The Congolese franc closed at 2,280 to the dollar on Friday in Butembo's exchange bureaus, little changed on the week.",
    '2026-01-17',
  ],
  [
    'Importers of building materials got little relief from the peso on Friday, which stood at 58.42 to the US dollar.',
    '2026-10-02',
  ],
  // A month as a thing lost or talked of: '"We lost January, we do not want to lose February"', "buyers will start asking about July".
  ['"We lost January, we do not want to lose February," said Jeudi Kambale, a wholesaler.', '2026-01-17'],
  ['"If it slips again, buyers will start asking about July."', '2026-05-30'],
  // A currency's rate on a day with its level after it: "With the kyat on Friday at about 4,450 to the US dollar".
  [
    'With the kyat on Friday at about 4,450 to the US dollar on the informal market, foreign visitors are finding the lake cheap.',
    '2026-12-04',
  ],
  // When a holiday's day begins or ends, and what a season is built around: "ends at nightfall on Sept. 13", "which in France centres on Assumption Day, August 15".
  ['Rosh Hashanah, the Jewish New Year, begins at sundown that day and ends at nightfall on Sept. 13.', '2026-09-10'],
  [
    'The notice covers four days of the peak holiday period, which in France centres on Assumption Day, August 15.',
    '2026-08-14',
  ],
  // A level a past one is set against: "well below the 47 per cent the city recorded in the 2023 municipal elections".
  [
    'Turnout was 32 per cent, well below the 47 per cent the city recorded in the 2023 municipal elections.',
    '2026-03-10',
  ],
  // A weekday opening a story after its dateline, before a surname, is a given name: "AUGUSTA, Ga. — Tuesday Okonjo went home".
  [
    'AUGUSTA, Ga. — Tuesday Okonjo went home from the hospital, four days after a falling pine knocked her down.',
    '2026-04-14',
  ],
  // A price or a benchmark on a day, told as a level after it: "Resale prices on Thursday averaged $1,850", "Brent on Friday settled at $81.40 a barrel", "Basrah crude on Friday traded at $68.40".
  ['Resale prices on Thursday averaged $1,850 for a final-round badge, up from $1,400 a year ago.', '2026-04-16'],
  ['Brent on Friday settled at $81.40 a barrel, up $1.10 on the week.', '2026-06-26'],
  ['Basrah crude on Friday traded at $68.40 a barrel, little changed on the week.', '2026-06-12'],
  // A month after a title, before a surname, is a given name: "Rep. March Lindqvist, favors".
  [
    'The chair of the House school budget panel, Rep. March Lindqvist, favors a smaller, one-year increase.',
    '2026-02-20',
  ],
  // A month as what a place is like, a caller named with where they call from, a month's figure: '"Here it is always June."', "June in Grovetown, you are on The Back Nine.", "June will come in at well under half that."
  ['"Here it is always June."', '2026-07-20'],
  ['June in Grovetown, you are on The Back Nine.', '2026-04-22'],
  ['June will come in at well under half that.', '2026-07-20'],
  // A horizon counted in years: "the gap will show up in the supply of steers two years from now".
  ['Ranchers warn that the gap will show up in the supply of steers two years from now.', '2026-03-10'],
  // A greeting on the occasion of a holiday: "extends its congratulations to the Iraqi people … on the occasion of Eid al-Adha".
  [
    'The Ministry of Electricity extends its congratulations to the Iraqi people and to the pilgrims of the Sacred House of God on the occasion of Eid al-Adha, and assures the citizens of Najaf that its teams are working.',
    '2026-05-28',
  ],
  // A balance held at a day: "had unrestricted cash of US$84 million at 31 May 2026"; a period of demand named by its year: "during the 2026 summer peak".
  ['The Company had unrestricted cash of US$84 million at 31 May 2026 and no drawn debt.', '2026-07-20'],
  [
    'Iraqi generation fell well short of demand that the ministry expects to exceed 50 GW during the 2026 summer peak.',
    '2026-06-12',
  ],
  // A currency or a price on a day told as a level after it, a sentence's opening "The" in capitals: "The peso on Friday closed at 3,905 per dollar", "World sugar prices on Friday were little changed".
  ['The peso on Friday closed at 3,905 per dollar, little changed on the week.', '2026-01-30'],
  [
    'World sugar prices on Friday were little changed, with raw sugar futures holding near 17 US cents a pound.',
    '2026-07-10',
  ],
  // A weekday of a season named in lower case: "average hotel rates on Friday of feria week were €214 a night".
  ['The hotel federation says average hotel rates on Friday of feria week were €214 a night.', '2026-06-12'],
  // A festival of days named for a holiday: "during the city's Pentecost bullfighting festival".
  [
    "Cracks forced the evacuation of about 1,400 spectators during the city's Pentecost bullfighting festival.",
    '2026-05-29',
  ],
  // A currency of two words on a day, "was trading at": "the New Zealand dollar on Friday was trading at US57.8 cents".
  [
    'Currency watch: the New Zealand dollar on Friday was trading at US57.8 cents, a level that keeps the resort good value.',
    '2026-07-31',
  ],
  // A holiday's name met with, before a surname and "of": "a networking lunch with Matariki Pōtae of the Frankton guides' collective".
  [
    "Until then, our networking lunch with Matariki Pōtae of the Frankton guides' collective is open to members.",
    '2026-07-31',
  ],
  // A bulletin's week as a heading of its own: "Week 3, 12–16 January 2026."
  ['Week 3, 12–16 January 2026.', '2026-01-17'],
  // A feast told as ahead two days after it, on a live page ("No aircraft will land or depart on Matariki"): next year's is no reading.
  ['No aircraft will land or depart on Matariki, and we ask travellers not to come to the terminal.', '2026-07-12'],
  // A currency on a day "was buying" a level: "The New Zealand dollar on Friday was buying 57.2 US cents".
  ['The New Zealand dollar on Friday was buying 57.2 US cents, and bookings from Australia look strong.', '2026-03-27'],
  // A bulletin's cut-off: "Bulletin No. 9 — data up to 23:59 on 21/06/2026".
  ['Bulletin No. 9 — data up to 23:59 on 21/06/2026', '2026-06-22'],
  // What the calendar makes of today: "Today is Independence Day (25 June), a national holiday in Mozambique."
  ['Today is Independence Day (25 June), a national holiday in Mozambique.', '2026-06-25'],
  // A weekday of an occasion: "who roasted at the fairgrounds on festival Saturday"; what a month was like, with two adjectives: "a hot, dry August".
  [
    'Friday Maestas, who roasted at the fairgrounds on festival Saturday, said the move taught him one thing.',
    '2026-10-16',
  ],
  [
    "The chile harvest is running about 8% below last year's, a shortfall growers blame on a hot, dry August rather than on the festival washout.",
    '2026-10-16',
  ],
  // What a holiday is every year, and what a long weekend ends with: "Workers' Day, 1 May, is every year one of the busiest days", "which ends with the Labour Day public holiday on Monday, October 26".
  ["The ATPG recalls that Workers' Day, 1 May, is every year one of the busiest days on the EN1.", '2026-05-05'],
  [
    'The long weekend, which ends with the Labour Day public holiday on Monday, October 26, had drawn visitors to the coast.',
    '2026-10-27',
  ],
  // A page signing off: "This is the final alert for today."
  ['This is the final alert for today.', '2026-11-09'],
  // Where a running count starts: "Cumulative since 1 January 2026, the district has recorded 19 confirmed cases"; the month a payment is for: "allowances owed for April" (its day to pay is read: see below).
  [
    'Cumulative since 1 January 2026, the district has recorded 19 confirmed Lassa fever cases and 6 deaths.',
    '2026-05-14',
  ],
  // A month's export data; a year's target; a price "assessed at"; a currency that "bought": "publishes September export data", "the 2026 export target now stands at", "prices on Friday were assessed at $71.50", "the dollar on Friday bought 57.4 US cents".
  ['Guinea customs publishes September export data.', '2026-10-30'],
  ["Kolenté's report cut guidance: the 2026 export target now stands at 16.0–16.5 million tonnes.", '2026-10-30'],
  ['Guinean bauxite prices on Friday were assessed at $71.50/dmt CIF China, unchanged on the week.', '2026-10-30'],
  ['Inbound operators said the lower dollar was helping: the dollar on Friday bought 57.4 US cents.', '2026-12-04'],
  // A decade as a style: "34 riders in 1880s costume".
  ['The parade went ahead with 34 riders in 1880s costume.', '2026-12-04'],
  // A level on a day, with its reasons after a comma: "…, as traders judged the outage manageable", "…, and with most cover priced in dollars", "…, unchanged on the week and little changed"; a price a market closed at before its day, under a rubric naming the day.
  [
    'The JKM spot price on Friday stood at $12.85/mmBtu, little changed from its level before the fire, as traders judged the outage manageable.',
    '2026-06-24',
  ],
  [
    'Reinsurance pricing is the other worry: the dollar on Friday was trading at 57.4 US cents, and with most catastrophe cover priced in US dollars, a weak kiwi adds to the cost.',
    '2026-11-13',
  ],
  [
    'Guinean bauxite prices on Friday were assessed at $71.50/dmt CIF China, unchanged on the week and little changed from before the derailment.',
    '2026-10-30',
  ],
  ['COPPER ON FRIDAY: LME three-month copper closed at $10,420/t on Friday, up 1.8% on the week.', '2026-10-02'],
  // What is sold for a day is no event of it: "with Sunday tickets".
  ['Gates opened to ticket holders with Sunday tickets.', '2026-07-06'],
  // A year's tally compared with, or counted as votes cast; what remains of a year's season.
  ['Turnout reached about 45 percent of registered voters, compared with turnout of 41 percent in 2022.', '2026-11-05'],
  ['About 2,100 voters cast ballots there in 2022, county records show.', '2026-11-05'],
  [
    'County officials say the hall is unlikely to be back in service for the rest of the 2026 cycle, including any runoffs.',
    '2026-11-05',
  ],
  // A tally of votes cast in a year told after a clause; the words always said; what a month was like; a currency held at its peg.
  [
    'The hall has been a polling place for years, and about 2,100 voters cast ballots there in 2022, county records show.',
    '2026-11-05',
  ],
  ['CALLER (Zeinabou Garba, spice seller): Rabi, they always say next week, next month.', '2026-03-25'],
  ['This month has been hard, but the people of Abomey have been with us.', '2026-01-20'],
  [
    'The CFA franc on Friday held at its fixed rate of 655.957 to the euro, which keeps import costs for fertiliser stable.',
    '2026-03-25',
  ],
  // A tally of an epidemiological week, or the week it is compared with; a sum converted at a day's rate; a podcast signing off under its speaker's name; a month that is a name before a deed; a year's warrant; bond yields that stood at a level.
  [
    'During week 17, 87 new suspected cases and 4 deaths were notified, against 141 cases and 9 deaths in week 16.',
    '2026-04-30',
  ],
  [
    'Total campaign cost came to 2.9 billion CFA francs, or about $5.1 million at the rate of the CFA franc on Friday.',
    '2026-05-22',
  ],
  ["JUNE: That's it for this week.", '2026-07-27'],
  ['March Whitcomb ran that thing like a train.', '2026-03-16'],
  ['Discussion: Ostrowski noted that the budget hearing record and the 2026 warrant remain unchanged.', '2026-03-16'],
  ['Ten-year AAA municipal bond yields on Friday stood at 2.91 percent, little changed.', '2026-04-03'],
  // A moment on another place's clock; a tally as it stood at a time; a hope for a year given up; a month in quotation marks or one night of every June; a weekday that glosses a name.
  [
    'The first ash column was seen at 06:30 local time, which was 21:30 on Sunday in Moscow, nine hours behind the peninsula.',
    '2026-08-24',
  ],
  ['The airline told us it had settled 14,600 bookings by Thursday evening.', '2026-05-07'],
  [
    'Kamchatka Airport Holding handled 1.1 million passengers last year and had expected to beat that figure comfortably in 2026.',
    '2026-09-11',
  ],
  ['Passengers are reminded that the cafe "June" on the second floor is open until midnight.', '2026-08-25'],
  ['He was born on a June night.', '2026-06-20'],
  ['And the groundsman is Juma, which is Friday, and he may have saved the match.', '2026-03-21'],
  // A count as it stood at a stamped time; levels held or traded at a figure, with its currency's code, its "around", or its rates; a level unchanged from a time ago; a sum committed by a time; a newsletter's next issue.
  [
    'As of 10:00 Anadyr time on 16.08.2026, the search group numbers 51 people and 12 units of equipment.',
    '2026-08-16',
  ],
  [
    'Pollock prices on Friday held at RUB 148 per kg for headed-and-gutted frozen at Vladivostok, unchanged from a week ago.',
    '2026-09-04',
  ],
  ['Pollock prices on Friday held at RUB 148 per kg, unchanged from a week earlier, said June Kalani.', '2026-09-04'],
  ['The somoni on Friday traded at 10.94 per U.S. dollar, little changed over the month.', '2026-04-10'],
  [
    'Brokers reported one-year time-charter freight rates on Friday at around $92,000 per day for a ship of that size.',
    '2026-05-08',
  ],
  ['Of the fund, around €43 billion had been committed by the end of 2025.', '2026-03-16'],
  ['Next issue in a week.', '2026-04-10'],
  // A month that is a given name before its owner's apposition; the time a condition covers; a label's dates; what will not be done within a time; a price's baseline range; a currency put or held at its rate; a signature's date; a count established as of a stamp.
  ['October Ramirez, a nurse who lives off Alisal Street, bought two bags.', '2026-10-20'],
  ['If you bought this product between October 5 and October 13, return it for a full refund.', '2026-10-20'],
  ['The recall covers products with BEST BY dates from 10/20/2026 through 10/28/2026.', '2026-10-14'],
  ['The regulator will not sign anything in three days.', '2026-08-29'],
  ['Spinach prices on Friday stood at $16.50 to $18.50 a carton, up from $12 to $14 a month ago.', '2026-11-13'],
  [
    "The National Bank's official rate put the som at 87.45 per U.S. dollar on Friday, little changed over the month.",
    '2026-06-19',
  ],
  ['The CFA franc on Friday held at its fixed 655.957 to the euro.', '2026-05-08'],
  ['Date of signature: 28 August 2026.', '2026-08-28'],
  ['As of 09:00 on 25.05.2026, the following has been established: 1 person died.', '2026-05-25'],
  // Salaries for the months they are owed for; a tally under "fewer than"; rams sold at a range a head in a named currency; a month that is a name before its owner's verb; a programme named by its day; a price list's line; an AP dateline's bracketed day; a feast's name that is a person's.
  [
    'WHEREAS salaries for the months of November and December 2025 remain unpaid to more than 1,400 teachers.',
    '2026-02-09',
  ],
  [
    'The market, which brought in 120,000 head last year, handled fewer than 9,000 head in the first half of June, the union said.',
    '2026-06-19',
  ],
  ['On the temporary site, rams sold at 2.5 to 4 million Guinean francs a head on Monday, traders said.', '2026-05-25'],
  [
    'Analysts at the Conakry brokerage run by April Soumah expect Labé volumes to recover only gradually.',
    '2026-06-19',
  ],
  ['HOST (Aissatou Lamarana Diallo): Good morning, Fouta, and welcome to Sunday at the Market.', '2026-06-07'],
  ['24.04.2026 — beans Rs. 260/kg, carrots Rs. 210/kg, leeks Rs. 180/kg, cabbage Rs. 120/kg.', '2026-05-08'],
  ['MODESTO, Calif. (June 16) — Rare early-summer storms washed out the game.', '2026-06-16'],
  ['My name is Tabaski Diallo — yes, my parents named me after the festival.', '2026-06-07'],
  // A weekday that is a listener's name set off with where they are; a weekday name before its owner's apposition with a possessive; a year's count of launches; a feast's name that is a person's after a title.
  ['We have a message here from a listener, Sunday, in Nyungwe.', '2026-07-12'],
  ["Monday Jackson, Halyard's chief executive, told reporters after the launch.", '2026-10-13'],
  ['NOLA launched 9 satellites last year, and analysts say it needs to double that.', '2026-11-12'],
  ['Mission Director Smt. Deepavali Rao has reviewed the vehicle status with the launch team.', '2026-11-12'],
  // A month that is a name after a word for a post; a currency conversion at a day's rate.
  ['"We\'re throwing everything we have at it," said Halvorsen spokeswoman November Ruiz.', '2026-11-20'],
  ['Prices are shown in euros, with sterling conversions at the euro on Friday, indicative only.', '2026-03-13'],
  // Levels and baselines, a moment told again in another clock, a programme's running order, names (r304).
  ['Forward bookings for that week are ahead of last year, helped by pent-up demand from travellers.', '2026-04-10'],
  ['Average visibility in Kashgar in March last year was 9.2 kilometres.', '2026-04-10'],
  [
    'With the yuan on Friday at 7.12 to the US dollar, foreign tour operators report little currency pressure.',
    '2026-04-10',
  ],
  ['In August the network carried 2.4 million tonnes of ore.', '2026-10-09'],
  ['Iron ore on Friday traded at $106.40 a tonne for 62% Fe fines delivered north China.', '2026-10-09'],
  ['Our main subject this morning: Beyla.', '2026-09-26'],
  ['For passengers reading local clocks: that is 23:10 on 18 March, Xinjiang time.', '2026-03-20'],
  ["Text from June Pōtae — not that one, listeners, a different June — says the crews won't be back.", '2026-07-13'],
  ['First caller is Matariki Walker from Belmont.', '2026-07-13'],
  ['Kia ora, Matariki.', '2026-07-13'],
  ['22-10-2026 (21:00 MST) — Thanlwin at Hpa-An 8.61 m, 0.11 m above danger level, rising.', '2026-10-26'],
  ['The festival marks the end of the three-month Buddhist Lent.', '2026-10-26'],
  // Rates, gauges and projected levels now or ahead, a baseline after a comparison's verb, a tally of staff lost over a year (r305).
  [
    'The cedi is at 15.27 this morning, better than the lows, but a lot of that is the Bank selling dollars.',
    '2026-03-25',
  ],
  [
    'The clearing price compares with a median of $180,000 in the past four auctions and $95,000 a year ago.',
    '2026-05-08',
  ],
  ['The reading taken at 0600 local time today stood at 80.0 feet.', '2026-04-06'],
  ['The reading this morning was 78.9 feet.', '2026-04-28'],
  ['At this rate the level would stand near 78.5 feet by early May, still above the 2023 low.', '2026-04-14'],
  ['The hospital lost 63 resident doctors to hospitals abroad in 2025.', '2026-06-20'],
  ['Salaries are worth less at N1,545 to the dollar, where the naira closed on Friday.', '2026-07-10'],
  // Names greeted or placed, a figure's period, the span a measure's dates cover, rates on a day, a share of a year's budget, futures months, a programme's topic and a publication's issue (r306).
  ['Our first caller is March Whitaker in Headingley.', '2026-03-18'],
  ['Morning, March.', '2026-03-18'],
  ['Thanks, Sunday.', '2026-03-18'],
  [
    'Performance payments depend partly on punctuality, which fell to 71 per cent in the four weeks to 28 March.',
    '2026-04-10',
  ],
  ['Illness onset dates range from Aug. 14 to Aug. 20.', '2026-09-04'],
  ['With the naira at N1,548 to the dollar on Friday, that is about $6.2 million.', '2026-06-19'],
  ['With the euro at $1.16 on Friday, the dollar value of the title deal has barely moved.', '2026-08-14'],
  ["Partner income made up roughly 55% of the organiser's budget in 2025.", '2026-08-14'],
  ['December corn futures slipped three cents in Chicago.', '2026-09-04'],
  ['November soybeans down a penny.', '2026-09-04'],
  ['Our topic today is simple: how are you doing after the typhoon?', '2026-10-05'],
  ["Welcome to this week's Island Travel Trade Brief.", '2026-10-05'],
  // A page's stamp, a rate opened at, a figure for a holiday last year, holidays compared as kinds, a rate over a month, the sky's calendar, a programme's own evening (r307).
  ['Page generated 07/13/2026 at 4:55 p.m. Eastern.', '2026-07-13'],
  ['Currency watch: the sol on Friday opened at 3.52 per US dollar, little changed over the month.', '2026-07-10'],
  ['"Black Friday has become as big for Irish shops as Christmas Eve," said Declan Moriarty.', '2026-12-02'],
  ['Rolling figures show 99.2% availability in November.', '2026-12-02'],
  ['On Black Friday last year it handled 2.1 million card transactions.', '2026-12-02'],
  ['The sun does not rise in Tromsø from Friday 27 November 2026 until 15 January 2027.', '2026-11-26'],
  ['The sun comes back to Tromsø in the middle of January.', '2026-12-01'],
  ['Elders on the programme tonight remind us that the darkness is not only hard.', '2026-12-01'],
  [
    'Since the darkness came, the storm has been almost the only thing people talked about, and tonight we hear from the herders on Kvaløya.',
    '2026-12-01',
  ],
  // When a record's keeping began, the day a figure stands at, a month after a word for a post set off by commas (r308).
  ['It was the hottest day since records began in 1950 at that station.', '2026-08-12'],
  ['The electorate figure refers to the roll as closed on 27.11.2026.', '2026-11-30'],
  [
    "Huron Valley Power & Light, through its spokeswoman, November Hayes, said the company's data showed otherwise.",
    '2026-11-28',
  ],
  // A gauge's reading, a currency's level on a day, a newsletter's next issue (r309); figures neither order settles.
  ['19/09/2026 — Lake Tana at Bahir Dar gauge 1,787.42 m', '2026-09-24'],
  ['The shekel on Friday was little changed at 3.71 to the dollar in Tel Aviv trading.', '2026-10-09'],
  ['Next week in Rails & Rates: freight volumes at Ashdod and the Eilat link study.', '2026-10-09'],
  ['The contract signed on 05/06/2026 was cancelled.', '2026-08-03'],
  // A count under its day with no verb, a comparison's baseline with its figure, a year's sum (r310).
  ['13/09/2026 — 1.284 focos de calor no bioma Pantanal (INPE)', '2026-10-01'],
  ['20/09/2026 — 611 hotspots in the Pantanal.', '2026-10-01'],
  ['That is down from a 2% gain a year ago.', '2026-10-01'],
  ['Analysts consulted by the Diário expect the 2026 figure to be at least a fifth lower.', '2026-11-20'],
  // A period's price, a guest on the line, a tally's figures under their stamp, a lead as of an update, a word's meaning, a level so far this month, a fiscal year's span (r311).
  [
    'Diesel stayed at its mid-November price, a relief for operators who have blamed fuel costs for their losses.',
    '2026-11-27',
  ],
  ["I've got Friday Holmes on the line, the member for Launceston in the upper house.", '2026-11-27'],
  ['11/14/2026 7:00 PM — Ballots tabulated: 1,655,300;', '2026-11-06'],
  ['11/14/2026 7:00 PM — Ballots tabulated: 1,655,300; estimated ballots left: 560,000', '2026-11-06'],
  [
    "In the closest contest on the ballot, Republican Dale Whitcomb led Democrat Priya Nandakumar by 214 votes in the state Senate race, as of this morning's update.",
    '2026-11-06',
  ],
  [
    'said station master Getsuyo Ishida, 58, who earned his nickname — getsuyo means Monday — by never missing a shift.',
    '2026-11-30',
  ],
  ['So far this month, rail ridership is down about 12% year on year, while bus ridership is up 9%.', '2026-11-20'],
  [
    'The company publishes the following list of disclosures for the fiscal year ending March 2027 (FY2026, April 2026 to March 2027).',
    '2026-11-20',
  ],
  // The publication's own next issue, a co-host named June, a currency holding at its peg, a quoted rate, the period a table of readings covers, what day it is (r312).
  ["Thanks for following along – our full analysis appears in tomorrow's print edition.", '2026-04-24'],
  ['The next issue appears on 22 May.', '2026-05-08'],
  ["I'm Marta, and with me as always is June.", '2026-07-20'],
  [
    'With the CFA franc on Friday holding at its fixed 655.957 to the euro, dollar movements feed straight into prices.',
    '2026-11-20',
  ],
  ['Traders quoted the dollar at around CFA 565 this week.', '2026-11-20'],
  ['Rainfall, 5–11 November: Beledweyne 62 mm, Mataban 48 mm', '2026-11-14'],
  ['Today is Friday, 10 Jumada al-Akhirah 1448, which is 20 November.', '2026-11-20'],
  // A currency's move as its level, a restatement in UTC, a release's heading, a sponsor, opening hours, a day's name as said, months compared as kinds, a quarter of next year, a state first in a span, a level as it stood by a time, a tally in times under its stamp (r313).
  [
    'Exporters were helped by the baht on Friday, which eased to 32.60 per dollar, making Thai chips slightly cheaper.',
    '2026-12-04',
  ],
  ['That is 13:14 UTC on Wednesday 18 November.', '2026-11-20'],
  ['PRESS RELEASE No 181/26, Luxembourg, 17 November 2026', '2026-11-17'],
  ['Sponsored this week by Tallyvault.', '2026-11-26'],
  [
    'The register of the Court is open Monday to Friday from 9.00 to 12.00, except on public holidays, including Luxembourg National Day on 23 June.',
    '2026-11-20',
  ],
  ['"When we say Thursday, half our customers hear Wednesday," she said.', '2026-11-20'],
  [
    'The race started in 24 degrees and finished in 31, a reading more suited to July than to October in eastern Slovakia.',
    '2026-10-05',
  ],
  ['Winds aloft are inside limits for the first time this week.', '2026-11-19'],
  ['Grey-market premiums for the shares rose to about Rs 70 a share by Thursday evening, dealers said.', '2026-11-13'],
  ['13-11-2026 17:00 — Total subscription: 46.2 times', '2026-11-14'],
  ['14-11-2026 17:00 — Total subscription: 3.05 times (QIB 0.92x;', '2026-11-14'],
  // A peak's day, counts under a place or a route, a change since a time, what a month is like, ships waiting by a time, a currency's and an index's level on a day, a programme's presenter (r314).
  ['Daily new cases in Gulu City have fallen from a peak of 27 on 15/10/2026 to single figures.', '2026-10-30'],
  ['16/10/2026 — Gulu City: 19 new cases, 1 death;', '2026-10-30'],
  ['23/10/2026 — Northbound convoy: 36 vessels;', '2026-10-30'],
  ['The ministry said cases were falling, with new infections down by two thirds since mid-October.', '2026-10-30'],
  ['My taxi driver said, "It\'s December, it\'s the north, this is normal."', '2026-12-07'],
  [
    'More than 60 ships were waiting to transit by Thursday afternoon, according to tracking firm SeaLane Analytics.',
    '2026-10-23',
  ],
  ['The pound on Friday weakened to 50.9 per dollar, its softest level in five weeks.', '2026-10-30'],
  ['The Drewry index on Thursday put the Shanghai–Rotterdam spot rate at $2,410 per 40-foot box.', '2026-11-05'],
  ['"Lok ki Dano" airs every Sunday at 8 p.m. Presenter: Sunday Okot.', '2026-11-01'],
  // Counts under their day with a participle and its agent, a month's trade figures, a state's stamp, a bulletin's ten days, a currency's move, a price fetched, a rate set before its day (r315).
  ['18/09/2026 — Tabelot: 1,250 ha treated by ground teams.', '2026-09-28'],
  ['Sep 2026 — cut and polished exports: $1.21 billion, down 17% y-o-y', '2026-11-09'],
  ['Apr–Oct 2026 (FY27 to date) — cut and polished exports: $8.4 billion, down 15% y-o-y', '2026-11-09'],
  ['Status at 08:00 this morning: one aircraft operational, one in reserve.', '2026-09-28'],
  ['Swarm activity increased sharply during the second dekad of September (11–20 September).', '2026-09-28'],
  ['The naira strengthened against the CFA franc on Friday, which makes grain dearer.', '2026-10-23'],
  ['In Agadez, a 100-kg bag of millet fetched 27,500 CFA francs this week, up 9 percent on the month.', '2026-10-23'],
  [
    'At 0.93 Swiss francs, the euro on Friday left Alpine resorts in Austria competitive against Swiss rivals.',
    '2026-11-06',
  ],
  // A bulletin's stamp, what day it is, a span to now, a comparison's baseline, a moment told again on another clock, a year's output, a race's standing under its stamp (r316).
  ['SUNAMGANJ CROP WATCH — Update No. 5, as of 18 April 2026 (5 Boishakh 1433).', '2026-04-20'],
  ['The water is still high, and today is 13 Boishakh 1433 (26 April 2026).', '2026-04-26'],
  ['If you own a Tamarack, stay with us for the next half hour.', '2026-11-20'],
  ['Statewide turnout was 57.2 percent, down from turnout in 2022 of 59.1 percent in the last midterm.', '2026-11-13'],
  ['That was 03:14 French time on Wednesday 18 November, so half of Brittany woke up to the news.', '2026-11-20'],
  ['The Spartanburg plant, which turned out 236,000 vehicles last year, runs three shifts.', '2026-11-13'],
  ['06/11/2026 23:00 UTC — Leader: Lenn Tanguy (Huîtres de Cancale), 2,611 nm to finish.', '2026-11-09'],
  // A level at a day, a month's pipeline and flows, a currency fixed on a day, a season's total, a year's fees, a day denied (r317).
  ['Book value per share was $58.12 at September 30, up 9% so far this year.', '2026-11-06'],
  ['Some are holding cash for the January pipeline rather than chasing secondary paper.', '2026-11-06'],
  ['December remittance flows, seasonally the strongest of the year.', '2026-12-07'],
  ["The pa'anga on Friday was fixed at 2.36 to the US dollar.", '2026-12-07'],
  ['Season total (15 Jul–11 Oct 2026): 42,000 t provisional', '2026-10-20'],
  ['The form was refused because the old one still showed the 2026 fees.', '2026-11-20'],
  // A level on a day told with no verb, a show named by its slot (r318).
  ['Combani reservoir at 11% on 16 November.', '2026-11-24'],
  ['Listeners know him as "Mardi" because for years he hosted the Tuesday morning show.', '2026-11-24'],
  // A label's best-before code; a routine that comes round each time; a price a thing closed at, its day between; a
  // currency's level after "With the"; a show's own schedule and subject; a moment told again on Greenwich's clock
  // after its local day; a listener who asks; chrono's "last day" (r319).
  ['The affected Brie carries the code Best before 2026 DE 05 on the side of the box.', '2026-11-20'],
  ['The affected Brie carries the code best-before 2026 DE 05.', '2026-11-20'],
  [
    'Critics said the date never made sense: trains will not run from Friday afternoon until Saturday night, as on every Shabbat.',
    '2026-11-20',
  ],
  ['Shops close on Saturday, as every week.', '2026-11-20'],
  ['They ended last week at R15.80 after the record date passed.', '2026-11-22'],
  ['With the New Zealand dollar at US$0.57 on Friday, touring fans are finding Hamilton cheap.', '2026-11-22'],
  ["We're back next week with the platinum producers.", '2026-11-22'],
  ["I'm June Nkosi, and this week it's all about one miner, Xhariep Gold.", '2026-11-22'],
  ["That's The Deep Level for this week.", '2026-11-22'],
  [
    "We've had a listener question from Sunday in Polokwane, who asks whether small shareholders can sell.",
    '2026-11-22',
  ],
  [
    'Shareholders who held the stock then, the last day to trade cum entitlement, will receive new shares.',
    '2026-11-23',
  ],
  // A habit told as one (r319).
  [
    'Left-arm seamer Tane Ngata, known to everyone as Monday Ngata after a habit of taking wickets at the start of the week in domestic cricket, bowled well.',
    '2026-12-04',
  ],
  // A level as it stood on a day ("as on"); a measure of a week; a rule's day counted each time; a name the speaker
  // goes by; a state that holds into a period; a press release's date alone after its kind; an alert's validity
  // times; a forecast's days; a comparison's baseline; a price with no verb before its day (r320).
  [
    'Sowing of rabi crops in Latur district stood at 2.1 lakh hectares as on 13 November, less than half the normal.',
    '2026-12-02',
  ],
  ['Rainfall for the week ending 18 November was more than ten times the normal.', '2026-12-02'],
  ['Taluka offices shall send their sowing figures by 12.00 noon on the preceding Saturday.', '2026-12-02'],
  ["I'm June, and it has been two weeks since the exam.", '2026-12-02'],
  ['Traders expect gram prices to stay firm into the new year.', '2026-12-02'],
  ['Press release, 2026.11.23 — For immediate release', '2026-12-02'],
  ['Press release, 2 December 2026 / 22 Kislev 5787', '2026-12-02'],
  ['Valid To: 2026 Nov 13 1200 UTC.', '2026-11-14'],
  ['Highest Storm Level Predicted by Day: Nov 12: G3 (Strong) Nov 13: G4 (Severe) Nov 14: G1 (Minor).', '2026-11-14'],
  ['Registrations were double the figure at the same point a year ago.', '2026-12-02'],
  ["Soybean at Rs 4,650 a quintal on Tuesday was Rs 120 above the previous week's average.", '2026-12-02'],
  ['19/11/2026 06:05 — Route 7: Update:', '2026-11-20'],
  // A span of most of a week; a shop's shipping window; a bound set by next year's thing; a situation report's line
  // of counts; one spoken to, and a speaker's label; a programme's guest (r321).
  ['Waiting times at the Elbe end were under two hours for most of this week, according to agents.', '2026-12-02'],
  ['When pre-orders opened, the Fold 8 product page showed "Ships: Nov 20 – Nov 24."', '2026-12-02'],
  ["The province would buy 40 mobile substations before next year's pilgrimage.", '2026-08-20'],
  ['Lagebericht 17.11.2026: mittlere Wartezeit Schleuse Brunsbüttel 7 Stunden, 38 Fahrzeuge auf Reede.', '2026-12-02'],
  ['May, your daughter did something similar?', '2026-12-02'],
  ['JUNE CHO: What happens next?', '2026-12-02'],
  ['Today we have Dr Vasant Jadhav, District Superintendent Agriculture Officer, with us in the studio.', '2026-12-02'],
  // What a code stands for; a yield a bill cleared at; a rate quoted "as much as"; a price fetched before, told
  // first; a temperature over a week (r322).
  ['In these notices, R8.10.26 means Reiwa 8, October 26 (2026/10/26).', '2026-11-24'],
  [
    'The 91-day bill cleared at 24.6 per cent last week, and dealers expect it to rise above 25 per cent.',
    '2026-11-24',
  ],
  [
    'Forex bureaus around the Kwame Nkrumah Interchange were quoting as much as 15.80 on Tuesday morning, traders said.',
    '2026-11-24',
  ],
  ['The cedi was weaker than the GH¢15.42 it fetched on Tuesday, 17th November.', '2026-11-24'],
  ['Sea surface temperatures off Crete were about 27C last week, well above the seasonal norm.', '2026-09-28'],
  // A version's number is no era-letter date (r322).
  ['Version R2.1.3 — fixes.', '2026-10-28'],
  // A gauge's reading under a numbered bulletin's stamp; transits' change over a year; when a level was highest; a
  // likeness with every such month seen; a notice's own term; a speaker's one-word label (r323).
  ['29/10/2026 07:00 — Bulletin No. 8: Kim Long 3.88 m.', '2026-11-20'],
  ['01/11/2026 18:00 — Bulletin No. 17: Kim Long 4.66 m and falling.', '2026-11-20'],
  ['Transits of the Bab-el-Mandeb fell by a third in 2024, according to figures.', '2026-11-20'],
  ['At its peak, in 2018, it had close to 300 stores.', '2026-11-20'],
  ['The ice had been as tight as I have seen it in November.', '2026-11-20'],
  ['This advisory is valid until 302359UTC NOV 26 unless superseded.', '2026-11-20'],
  ['JUNE: For context, how big was this chain?', '2026-11-20'],
  // A tide table's line; a study's data cut-off; a balance at a period's end; months joined into a span; a weekday's
  // sessions up to a month; a tally's line of ballots counted and votes per candidate; a currency's level "was at",
  // "held at", and one named with its marks (r324).
  ['High tide: Sat 14 Nov 17:42, 2.21 m', '2026-11-20'],
  ['Patients were followed for a median of 26 months (data cut-off: June 30, 2026).', '2026-11-20'],
  ['The company ended September with $1.1 billion in cash.', '2026-11-20'],
  ['The company had about $1.1 billion in cash at the end of September.', '2026-11-20'],
  ['The outlook said two to four cyclones were expected between November and April.', '2026-11-20'],
  ['Resort insurance clinic: Denarau, 10 a.m. to 1 p.m., Wednesdays through December.', '2026-11-20'],
  ['11/03/2026 8:14 PM — Update 1: 96,530 ballots counted; District 2: Ruiz 21,402, Kim 21,377', '2026-11-20'],
  ['The tālā on Friday traded at 2.71 to the US dollar.', '2026-12-04'],
  ['The Fiji dollar was at US$0.44 on Friday, little changed over the month.', '2026-12-04'],
  ['The CFA franc, pegged to the euro, held at 655.957 per euro on Friday, and spreads barely moved.', '2026-12-04'],
  // A price per unit and a currency named with its marks; names ("a grey mare he calls April", "Our producer, June,",
  // '"Mardi" (Tuesday)'); a conversion's rate; a tally as it stood under its label (r325).
  ['A bale of hay sold for 28,000 tögrög last week, he said.', '2026-03-20'],
  ['The tögrög on Friday was quoted at 3,572 to the dollar, little changed on the week.', '2026-03-20'],
  ['His last horse, a grey mare he calls April, survived only because he kept her inside.', '2026-03-20'],
  ['Our producer, June, was asleep on the studio sofa by the second red flag.', '2026-11-30'],
  ['Mr Benali, whose nickname "Mardi" (Tuesday) dates from his years as a night driver, spoke.', '2026-11-10'],
  ['The company put the cost at $6.2 million, or about €5.7 million at the dollar on Friday.', '2026-11-30'],
  ['Two-candidate preferred as at 6:12pm Tuesday: Ryan 50.4%, Vance 49.6%.', '2026-11-25'],
  // A currency steady at a rate on a day; a bulletin's labelled level under its stamp; a statement's own heading (r326).
  ['The rial was steady at 0.3845 to the dollar on Thursday.', '2026-11-27'],
  ['23/11/2026 15:00 — Bulletin 3: Reservoir storage, southern zone: 74%.', '2026-11-25'],
  ['Statement, 20 November 2026, issued by the Press Service of the Tbilisi Capital Prosecution Office', '2026-11-25'],
  // a moment already told, worked out on other clocks; a weekday that leads one's name (r327)
  [
    'That puts the cut-off at 11:59 GMT on Saturday and early on Saturday evening in Seoul, which is why authors in Asia were the first to notice.',
    '2026-11-13',
  ],
  ['Engineers led by Tuesday Nakamura worked through the night.', '2026-11-13'],
  ['A year ago, the same properties were running at 92 per cent.', '2026-11-13'],
  // a period's sum, a count of times, a trade's figure told after its period (r328)
  ['In total, 46,800 ha were treated in Morocco in November, of which 18,500 ha by air.', '2026-12-03'],
  [
    'Yantra said her titles streamed 40 million times last year across all services, a figure that it now expects to pass within weeks.',
    '2026-11-30',
  ],
  ['Physical sales last weekend reached 11,200 units.', '2026-11-30'],
  // the day named as a programme opens; a forecast's reach; a zone's season; any hour; a timetable (r328)
  ["BRENT LAVOIE (host): Good morning, it's Thursday, and this is Farm Talk on Harvest Hour Radio.", '2026-11-26'],
  ['Situation as of 30 November 2026; forecast until mid-January.', '2026-12-03'],
  ["All times are GMT, which is the UK's clock in November.", '2026-11-26'],
  ['Conditions can change quickly and an entry that was accurate an hour ago may no longer be current.', '2026-11-18'],
  ['Several country elevators are running extended hours this week and into the weekend.', '2026-11-26'],
  // a trade's figure after its period, wherever it was; a name after "from" before a colon (r329)
  ['Hotel bookings last weekend were already soft, down 9 percent on the same weekend a year earlier.', '2026-11-28'],
  ['Ridership last weekend reached about 310,000 boardings on the replacement network.', '2026-11-28'],
  [
    'Its sales last weekend in South Holland were 14 per cent above the same weekend of 2025, the company said.',
    '2026-11-28',
  ],
  [
    "POLITICAL RISK | VANUATU — Editor's note from April Moli: the no-confidence scare in Port Vila is over for now, and the budget is moving again.",
    '2026-12-02',
  ],
  ['It was a Friday the 13th for the whole city.', '2026-11-23'],
  // a month's record, the calendar's rule, the period money is for, a figure's month (r330)
  [
    'The Canal Authority has declared a water-conservation emergency after the driest October on record in the Gatún Lake watershed.',
    '2026-11-13',
  ],
  ['Halloween is always October 31, and this year it landed on a Saturday.', '2026-11-02'],
  ['Payments resumed, but governors said arrears for July and August remained unpaid.', '2026-11-20'],
  ['The forecast cites weaker-than-expected December excise receipts.', '2026-11-30'],
  ["It was supposed to discuss next year's spending plan.", '2026-11-20'],
  // a price, a gauge's level and a rate on a day (r330)
  ['Dealers were quoting prices on Friday of A$60 to A$90 a gram for crusted fragments.', '2026-11-29'],
  ['Gatún Lake stood at 81.2 feet on Monday, more than five feet below its average for the date.', '2026-11-13'],
  ["Kenya's shilling was little changed against the dollar on Thursday.", '2026-11-20'],
  // a week's number glossed, what stood then, a price's range, a count as it stood, a balance, a name one is called (r331)
  ['So Week 1 was the week of 5 October and this is Week 7, the week of 16 November.', '2026-11-18'],
  [
    'During the period of suspension, the user fee in force on the 3rd November, 2026 shall be collected at the said plaza.',
    '2026-11-26',
  ],
  ['Paddy fetched between Rs 2,320 and Rs 2,389 a quintal in Karnal this week.', '2026-11-26'],
  ['The number of evacuees in Terengganu had fallen to about 13,900 by Thursday morning.', '2026-11-27'],
  ['It held €21 billion in customer deposits at the end of last year.', '2026-11-28'],
  ['And yes, before anyone asks, my parents really did call me Sunday.', '2026-11-26'],
  // a market's close on a weekday, a level (r331)
  [
    "The Namibia dollar was trading at N$17.92/US$ at 07:30 this morning, little changed from Thursday's close.",
    '2026-06-05',
  ],
  // a yearly schedule, a person by a weekday's name, a bond's price (r332)
  ['Interest on the Notes is payable semi-annually on 15 May and 15 November.', '2026-12-02'],
  ["Special thanks to Friday, who spent two nights beside our engineer in the ship's hospital.", '2026-11-20'],
  ['Astronauts April Lindqvist and Sunday Adeyemi are to replace two ageing batteries.', '2026-11-19'],
  [
    'That matters: the market priced these bonds at 93 cents in early November largely on the assumption of state support.',
    '2026-12-02',
  ], // a notice's title line, its stamp with no news after it (guards, r333)
  ['Information voyageurs — 21/07/2026 — Marseille–Ajaccio line', '2026-07-25'],
  ['Passenger notice – 04.11.2026 – 18:30', '2026-11-06'],
  // one spoken to after a speaker's label (r334)
  ['MADDIE: May, what will happen to the defendants now?', '2026-12-04'],
  ['It said revenue for the year to the end of February would now be lower.', '2026-11-20'],
  ["Next stop is Kanazawa, and then it's back to Kyoto for my last week.", '2026-11-27'],
  ["Every November we have this debate, and every November we say we'll fix it next year.", '2026-12-04'],
  // a level's record since a month, a figure reached in its period, a period the figures cover (r335)
  ['The move sent the peso to its strongest level since August.', '2026-11-25'],
  ['Remittances reached a record $64.7 billion in 2024 and have been slipping since.', '2026-11-25'],
  ['The annual inflation closed October at 4.1%, above the target.', '2026-11-25'],
  ['The big one is the inflation reading for the first half of November.', '2026-11-25'],
  // a caller by a weekday's name (r336)
  ["GARY LENNOX: Next caller is Tuesday McAllister, and yes, that's her real name.", '2026-11-24'],
  // a diary's heading, its day and its place (r334)
  ['Friday 27 November, Kyoto', '2026-11-27'],
  // what always comes at a time is a habit (r333)
  ['The parcel peak always comes in the first two weeks of December.', '2026-12-02'],
  // a state told in the present, "now" or "still" before its participle, tells no past (as "is closed until Friday")
  ['The road is now closed until Friday.', '2026-12-01'],
];

/** The dates of a sentence as [start, precision, expected?]. */
const resolve = (sentence: string, published: string) =>
  resolveDates(sentence, published, holidayCalendar).map((date) =>
    date.expected ? [date.start, date.precision, 'expected'] : [date.start, date.precision],
  );

// The first reading compiles the reader's patterns and loads chrono's; on a busy machine that alone can outlast a
// row's five seconds, so it is paid once here.
beforeAll(() => {
  resolve('Officials met on Friday.', '2025-05-23');
}, 60_000);

describe('resolveDates: the phrase table', () => {
  it('holds at least 80 dated phrases over five publication weekdays', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(TABLE.map(([, published]) => new Date(published).getUTCDay())).size).toBeGreaterThanOrEqual(5);
  });

  it.each(TABLE)('"%s" published %s → %s (%s) %s', (sentence, published, start, precision, expected) => {
    expect(resolve(sentence, published)).toEqual([expected ? [start, precision, expected] : [start, precision]]);
  });

  it('keeps the end of a span from a weekday when the sentence tells what happened then', () => {
    expect(
      resolve(
        'Fighting raged from Sunday, 22 November, until Tuesday, 24 November, when a truce took hold.',
        '2026-11-25',
      ),
    ).toEqual([
      ['2026-11-22', 'day'],
      ['2026-11-24', 'day'],
    ]);
    expect(
      resolve('Bon Om Touk will be held from Monday, Nov 23, to Wednesday, Nov 25, at the full moon.', '2026-11-20'),
    ).toEqual([['2026-11-23', 'day', 'expected']]);
  });

  it('reads "last October" in another clause as that clause\'s time, not the tense of the day before it', () => {
    expect(
      resolve(
        'It offers crews a 7% rise from 1 September and a lump sum for overtime since last October.',
        '2026-06-29',
      ),
    ).toEqual([
      ['2026-09-01', 'day', 'expected'],
      ['2025-10-01', 'month'],
    ]);
    // "the following December" is the next December after the year the sentence named.
    expect(resolve('The loan sought in 2016 was agreed the following December.', '2026-09-01')).toEqual([
      ['2016-01-01', 'year'],
      ['2016-12-01', 'month'],
    ]);
    // Nor is a participle after a noun before "since", which a simple past does not take.
    expect(resolve('Crews get a rise from 1 September for overtime worked since March.', '2026-07-08')).toEqual([
      ['2026-09-01', 'day', 'expected'],
      ['2026-03-01', 'month'],
    ]);
  });

  it('reads the quotation\'s "tomorrow" from a day outside it, told with the words of saying', () => {
    expect(
      resolve(
        'Speaking to Indus News on Monday night, general secretary Ghulam Baloch said: "We will gather at the gate tomorrow."',
        '2026-03-24',
      ),
    ).toEqual([['2026-03-24', 'day', 'expected']]);
  });

  it.each(NO_DATE)('"%s" (published %s) gives no date', (sentence, published) => {
    expect(resolve(sentence, published)).toEqual([]);
  });
});

describe('a day counted from the one the sentence before told of', () => {
  const relative = (sentence: string, anchor?: string) =>
    resolveDates(sentence, FRI, holidayCalendar, anchor).map((date) => [date.text, date.start]);

  it.each([
    ['The following day, mango traders ended a sit-in at the port.', 'The following day', '2025-05-20'],
    ['The railway answered the following morning with a lockout notice.', 'the following morning', '2025-05-20'],
    ['Engineers had completed the checks a day earlier.', 'a day earlier', '2025-05-18'],
    ['Earlier in the day, the board met at its head office.', 'Earlier in the day', '2025-05-19'],
    ['Some 48 hours later, the platforms were deserted.', 'Some 48 hours later', '2025-05-21'],
    ['Two days later the union called off the strike.', 'Two days later', '2025-05-21'],
    ['Two days later, at 6 a.m., the bridge opened to lorries.', 'Two days later', '2025-05-21'],
    // A day named beside the count is the day meant (r306).
    ['Two days later, on Thursday 22 May, the platforms reopened.', 'on Thursday 22 May', '2025-05-22'],
    ['The day before, Norway tabled a compromise.', 'The day before', '2025-05-18'],
    ['The night before, Ottawa approved a request for federal help.', 'The night before', '2025-05-18'],
    ['The following Wednesday, the board met again.', 'The following Wednesday', '2025-05-21'],
    ['On the following Thursday the union called off the strike.', 'the following Thursday', '2025-05-22'],
    ['The Friday before, police had raided the site.', 'The Friday before', '2025-05-16'],
    ['The previous Tuesday, the union had warned of a strike.', 'The previous Tuesday', '2025-05-13'],
    ['The previous Tuesday, 13 May, the union had warned of a strike.', 'Tuesday, 13 May', '2025-05-13'],
    ['Its terms of reference had been published the previous Tuesday.', 'the previous Tuesday', '2025-05-13'],
  ])('"%s" after a sentence about Monday 19 May', (sentence, text, start) => {
    expect(relative(sentence, '2025-05-19')).toEqual([[text, start]]);
  });

  it('reads a weekday set beside the day counted as that day, when it names it', () => {
    const holiday = 'Two days later, on the holiday Wednesday, the governor formed a commission.';
    expect(relative(holiday, '2025-05-05')).toEqual([
      ['Two days later', '2025-05-07'],
      ['Wednesday', '2025-05-07'],
    ]);
    expect(relative('Two days later, on Thursday, the governor formed a commission.', '2025-05-05')).toEqual([
      ['Two days later', '2025-05-07'],
      ['on Thursday,', '2025-05-22'],
    ]);
  });

  it("gives nothing for the same moment told on another place's clock (r329)", () => {
    expect(
      relative(
        'The confirmation came at 6 a.m. in Nouméa on Wednesday, 8 p.m. the previous evening in Paris.',
        '2025-05-21',
      ),
    ).toEqual([]);
    expect(
      relative('The ship docked and at 8 p.m. the next evening in Nouméa the first case was confirmed.', '2025-05-19'),
    ).toEqual([['the next evening', '2025-05-20']]);
  });

  it('gives nothing without a day before it, nor for a span counted from another event', () => {
    expect(relative('The following day, mango traders ended a sit-in at the port.')).toEqual([]);
    expect(relative('A dawn blessing will be held two days before the opening.', '2025-05-19')).toEqual([]);
    expect(relative('The day before the vote, Norway tabled a compromise.', '2025-05-19')).toEqual([]);
    expect(relative('He said he had not slept well the night before.', '2025-05-19')).toEqual([]);
    expect(
      relative('Two days later, after the turbines landed, engineers switched the plant back.', '2025-05-19'),
    ).toEqual([]);
    // Inside the sentence, only a weekday told as done: a plan may count from a day of its own.
    expect(relative('If the money is paid, the embargo could be lifted the following Monday.', '2025-05-19')).toEqual(
      [],
    );
    // A level's baseline is no day of its own.
    expect(
      relative(
        'The river peaked at about 1,900 cubic feet per second, up from about 60 cubic feet per second a day earlier.',
        '2025-05-19',
      ),
    ).toEqual([]);
    // Counted forward past the report's own day (Friday 23 May) while told as done, it counts from another day.
    expect(relative('The following day, investigators detained two men.', '2025-05-23')).toEqual([]);
  });

  it('reads "at the start of the week" as the report\'s own week, whatever day the sentence before told of', () => {
    expect(relative('At the start of the week, the hotels association warned of layoffs.', '2025-05-12')).toEqual([
      ['At the start of the week', '2025-05-19'],
    ]);
    // "earlier in the week" after a day of an earlier week may be that week's.
    expect(relative('Earlier in the week, the hotels association warned of layoffs.', '2025-05-12')).toEqual([]);
  });

  it('leaves the relative phrase alone when the sentence has a date of its own before it', () => {
    expect(relative('The ship sank on Tuesday and was found two days later.', '2025-05-12')).toEqual([
      ['on Tuesday', TUE],
    ]);
  });

  it('counts from the sentence before when the phrase opens the sentence, whatever date follows', () => {
    expect(relative('Just 48 hours later, Samoa lifted the rationing it had imposed on 4 May.', '2025-05-19')).toEqual([
      ['48 hours later', '2025-05-21'],
      ['on 4 May', '2025-05-04'],
    ]);
  });
});

describe('dates in figures read in the report’s own order', () => {
  it('tells the order from dates only one order can read, and none when they disagree or none shows it', () => {
    expect(figureOrderOf(['The line shut on 26/10/2026.', 'Trains ran on 2/11/2026.'])).toBe('day-first');
    expect(figureOrderOf(['The line shut on 10/26/2026.'])).toBe('month-first');
    expect(figureOrderOf(['The line shut on 2/11/2026.', 'It ran 24/7.', 'Order 3.4.2026.'])).toBeUndefined();
    expect(figureOrderOf(['Shut on 26/10/2026.', 'Open on 10/27/2026.'])).toBeUndefined();
  });

  it('reads "2/11/2026" by that order, and a weekday named with it still settles it', () => {
    const days = (sentence: string, order?: 'day-first' | 'month-first') =>
      resolveDates(sentence, '2026-11-04', undefined, undefined, order).map((date) => date.start);
    expect(days('The toll road recorded 61,000 vehicles on 2/11/2026.')).toEqual([]);
    expect(days('The toll road recorded 61,000 vehicles on 2/11/2026.', 'day-first')).toEqual(['2026-11-02']);
    expect(days('The toll road recorded 61,000 vehicles on 2/11/2026.', 'month-first')).toEqual(['2026-02-11']);
    expect(days('The toll road recorded 61,000 vehicles on Monday 2/11/2026.', 'month-first')).toEqual(['2026-11-02']);
  });

  it('keeps the order of the countries a report names when all write the day first, or all the month first', () => {
    expect(figureOrderIn(['BJ', 'NE', 'NG'])).toBe('day-first');
    expect(figureOrderIn(['BJ', 'US'])).toBeUndefined();
    expect(figureOrderIn(['CA'])).toBeUndefined();
    expect(figureOrderIn(['US', 'CA'])).toBeUndefined();
    expect(figureOrderIn(['US-HI'])).toBe('month-first');
    expect(figureOrderIn(['US-HI', 'US'])).toBe('month-first');
    expect(figureOrderIn(['US'])).toBeUndefined();
    expect(figureOrderIn(['PH'])).toBeUndefined();
    expect(figureOrderIn(['US-HI', 'CA'])).toBeUndefined();
    expect(figureOrderIn(['BJ-LI', 'NE'])).toBe('day-first');
    expect(figureOrderIn([])).toBeUndefined();
  });

  it('reads no day in clock times, a figure a level changed from, or a reference line', () => {
    const days = (sentence: string, published: string) =>
      resolveDates(sentence, published, undefined, undefined, 'day-first').map((date) => date.start);
    expect(
      days('Households will receive electricity from 6.00 to 9.00 and from 17.00 to 24.00.', '2026-03-02'),
    ).toEqual([]);
    expect(days('Diesel costs 2.2 dinars a litre, up from 2.05 a month ago.', '2026-05-02')).toEqual([]);
    expect(days('Ref: NCS/PR/2026/071 dated 04/06/2026, Customs Headquarters, Abuja', '2026-06-04')).toEqual([]);
    expect(days('The court had adjourned on 05/01/2026.', '2026-01-14')).toEqual(['2026-01-05']);
  });

  it('cites a day without the clock span after it', () => {
    expect(
      resolveDates('The session is on 12 November, from 6.30pm to 8.30pm.', '2026-11-05').map((date) => date.text),
    ).toEqual(['on 12 November']);
    expect(
      resolveDates('The board will open its office on Saturday, March 7, from 8 a.m. to noon.', '2026-03-02').map(
        (date) => date.text,
      ),
    ).toEqual(['on Saturday, March 7']);
  });

  it('reads no day in figures before a unit, whatever the order', () => {
    const days = (sentence: string) =>
      resolveDates(sentence, '2026-06-10', undefined, undefined, 'day-first').map((date) => date.start);
    expect(days('The board voted to lower the accrual rate from 2 to 1.5 percent per year of service.')).toEqual([]);
    expect(days('The talks resume on 12.6. in Paramaribo.')).toEqual(['2026-06-12']);
  });
});

describe('the New Year where it is the lunar one', () => {
  it('reads "New Year\'s Eve" in a Chinese report as the lunar eve or the Gregorian one, as the verbs and the nearer day tell', () => {
    const lunar = withLunarNewYear(calendarOf(holidayCalendar, ['CN']));
    const days = (sentence: string, published: string, calendar = lunar) =>
      resolveDates(sentence, published, calendar).map((date) => date.start);
    expect(days("The operator plans six extra trains on New Year's Eve.", '2026-02-08')).toEqual(['2026-02-16']);
    expect(days("Families gathered for the reunion dinner on New Year's Eve.", '2026-02-20')).toEqual(['2026-02-16']);
    expect(days("Crowds gathered on the Bund on New Year's Eve.", '2026-01-02')).toEqual(['2025-12-31']);
    // Elsewhere, the Gregorian eve alone.
    expect(
      days(
        "Families gathered for the reunion dinner on New Year's Eve.",
        '2026-02-20',
        calendarOf(holidayCalendar, ['FR']),
      ),
    ).toEqual(['2025-12-31']);
  });
});

describe('feasts as the Orthodox calendars keep them', () => {
  it('reads "Christmas Eve" and "Good Friday" by the Orthodox calendar in a report that keeps it, by the Western one otherwise', () => {
    const days = (sentence: string, published: string, calendar = holidayCalendar) =>
      resolveDates(sentence, published, calendar).map((date) => date.start);
    expect(
      days('The trouble began on Christmas Eve.', '2026-01-21', orthodoxCalendar(holidayCalendar, 'january')),
    ).toEqual(['2026-01-06']);
    expect(
      days('The trouble began on Christmas Eve.', '2026-01-21', orthodoxCalendar(holidayCalendar, 'december')),
    ).toEqual(['2025-12-24']);
    expect(
      days('The trouble began on Christmas Eve.', '2026-01-21', orthodoxCalendar(holidayCalendar, 'unknown')),
    ).toEqual([]);
    expect(days('The trouble began on Christmas Eve.', '2026-01-21')).toEqual(['2025-12-24']);
    expect(
      days('The ferry sailed on Good Friday.', '2026-04-20', orthodoxCalendar(holidayCalendar, 'unknown')),
    ).toEqual(['2026-04-10']);
    // Western and Orthodox Good Friday are a week apart: the Western churches', unless the report may mean either.
    expect(days('The ferry sailed on Good Friday.', '2026-04-20')).toEqual(['2026-04-03']);
    expect(days('The ferry sailed on Good Friday.', '2026-04-20', withoutEasterFeasts(holidayCalendar))).toEqual([]);
    // Feasts counted from Easter are counted from the Orthodox Easter.
    expect(
      days('A load test run on Pentecost found a crack.', '2026-06-03', orthodoxCalendar(holidayCalendar, 'unknown')),
    ).toEqual(['2026-05-31']);
    expect(days('Crews returned on Whit Monday.', '2026-06-03', orthodoxCalendar(holidayCalendar, 'unknown'))).toEqual([
      '2026-06-01',
    ]);
  });

  it('reads no feast whose day is not the one the writer gives beside it', () => {
    const orthodox = orthodoxCalendar(holidayCalendar, 'unknown');
    const days = (sentence: string, published: string) =>
      resolveDates(sentence, published, orthodox).map((date) => date.start);
    expect(days('The decision was signed on Easter Monday, 6.4., by the minister.', '2026-04-06')).toEqual([]);
    expect(days('The decision was signed on Easter Monday, 13.4., by the minister.', '2026-04-20')).toEqual([
      '2026-04-13',
    ]);
  });
});

describe('sentences with two dates', () => {
  /** The days a sentence's phrases start on, read with the holidays of the countries given. */
  const read = (countries: string[], sentence: string, published: string) =>
    resolveDates(sentence, published, calendarOf(holidayCalendar, countries)).map((date) => date.start);

  it('reads a weekday named inside what a deed was ahead of by the deed', () => {
    expect(
      read(
        [],
        "Vidzeme Motorsporta Klubs delivered its safety plan, marshal rosters and radio logs last week, ahead of the federation's Friday deadline.",
        '2026-10-08',
      ),
    ).toEqual(['2026-09-28', '2026-10-02']);
  });

  it('reads a plan moved to another weekday in the week nearer the report, both days of it', () => {
    // In a Thursday paper, the Monday and Wednesday gone by.
    expect(
      read(
        [],
        'The hearing was due to be held on Monday but was moved to Wednesday because several councilors were still busy.',
        '2026-01-29',
      ),
    ).toEqual(['2026-01-26', '2026-01-28']);
    // In a Saturday paper, the Monday and Wednesday to come.
    expect(
      read(
        [],
        'The session was due to take place on Monday at the Trade and Convention Centre, but it was moved to Wednesday.',
        '2026-08-08',
      ),
    ).toEqual(['2026-08-10', '2026-08-12']);
  });

  it("reads Bonfire Night as 5 November, and as St John's Eve in a report that names Ireland", () => {
    expect(read([], 'Youths lit a bonfire on Bonfire Night.', '2026-11-10')).toEqual(['2026-11-05']);
    expect(
      read(['IE'], 'In Cork, Bonfire Night will be marked with bonfires in several estates.', '2026-06-20'),
    ).toEqual(['2026-06-23']);
  });

  it("counts a quotation's tomorrow with its hour from the day it was said, or from the report's day if none is told", () => {
    expect(
      read(
        [],
        'ICYMI: what Mayor Hiroshi Tsukamoto told us on Sunday: "We will open the viewing route tomorrow at 9 o\'clock."',
        '2026-09-21',
      ),
    ).toEqual(['2026-09-21']);
    expect(
      read([], '2:45 pm: Samiti secretary Anand Gawai: "The rally will leave tomorrow morning at 8 am."', '2026-10-20'),
    ).toEqual(['2026-10-21']);
  });

  it('reads the time an order takes effect from as the nearer of its weekdays', () => {
    expect(
      read(
        [],
        'The NPA on Tuesday (today) issued a restriction order suspending all barge movements from 6am on Wednesday.',
        '2026-09-15',
      ),
    ).toEqual(['2026-09-15', '2026-09-16']);
  });

  it.each([
    // A plan's weekday counts from the report, not from a day in a relative clause before it.
    [
      'The office, whose inspectors began work at the site Sept. 8, said its report would be released by Friday.',
      '2026-10-07',
      ['2026-09-08', '2026-10-09'],
    ],
    // No day of the lunar calendar beside the day it glosses.
    [
      'On April 20 (that is, March 4 of the lunar calendar), the committee suspended all tourist boats.',
      '2026-04-24',
      ['2026-04-20'],
    ],
    // What a forecast calls for is ahead of it; a figure forecast on a day was forecast then.
    [
      'The weather service issued a forecast Wednesday morning calling for a crest of 33.5 feet on Sunday.',
      '2026-03-18',
      ['2026-03-18', '2026-03-22'],
    ],
    [
      'The river crested at 32.9 feet this morning, short of the 33.5 feet forecast on Wednesday.',
      '2026-03-22',
      ['2026-03-22', '2026-03-18'],
    ],
    // An occasion set beside the opening of a sentence is the nearest such day.
    [
      'With Diwali on Sunday, traffic police have closed the markets to cars since this morning.',
      '2026-11-06',
      ['2026-11-08', '2026-11-06'],
    ],
    // A participle with its day and its agent after a noun describes the noun; the sentence's own verb plans ahead.
    [
      "A judge will hear the motion to dismiss the lawsuit filed April 6 by Dorsey's family at a hearing on June 9.",
      '2026-04-28',
      ['2026-04-06', '2026-06-09'],
    ],
    // A day of a feast of several, set beside a date, is that date; beside a weekday it falls on, the feast's day.
    ['On 22 March, the third day of Eid al-Fitr, a neighbour filed a written complaint.', '2026-04-04', ['2026-03-22']],
    ['On Sunday, the third day of Eid al-Fitr, a neighbour filed a written complaint.', '2026-04-04', ['2026-03-22']],
    ['On Monday, the third day of Eid al-Fitr, a neighbour filed a written complaint.', '2026-04-04', []],
    // The day a holiday is kept is no event; the deadline told after it is.
    [
      'With Independence Day observed Friday, July 3, written comments are due by July 6.',
      '2026-06-30',
      ['2026-07-06'],
    ],
    // (Review guards: a year's clause stops at "which … will"; "the day before the final on Sunday" keeps its Sunday.)
    [
      'In 2023 the government pledged to finish the dam, which officials now say will open in August.',
      '2026-09-15',
      ['2023-01-01', '2027-08-01'],
    ],
    ['The team flew in on Saturday, the day before the final on Sunday.', '2026-09-15', ['2026-09-12', '2026-09-13']],
    // What a sentence opens by following came before the day it tells later; with no later day it may be ahead.
    [
      'Following an inspection on Thursday, the runway is expected to reopen on Monday 5 October.',
      '2026-10-03',
      ['2026-10-01', '2026-10-05'],
    ],
    [
      'After the inspection on Thursday, the runway will reopen on 12 October.',
      '2026-10-03',
      ['2026-10-08', '2026-10-12'],
    ],
    // A past form that opens a name ("Hung Kings'") tells no tense.
    [
      "Hung Kings' Commemoration Day falls on Sunday, with the day off on Monday, and Reunification Day follows next Thursday.",
      '2026-04-24',
      ['2026-04-26', '2026-04-27', '2026-04-30'],
    ],
    // (Guard) a weekday before its day of the month is no date of its own: "from Friday 5 to Sunday 7 June" starts on
    // the 5th, and on no day when the weekday disagrees.
    ['The Monaco Grand Prix, from Friday 5 to Sunday 7 June, brings tens of thousands.', '2026-05-15', ['2026-06-05']],
    ['The Monaco Grand Prix, from Thursday 5 to Sunday 7 June, brings tens of thousands.', '2026-05-15', []],
    // A number before a day's date is no hour of it: "tunnel No. 14 on 29 May".
    [
      'Freight had been due to resume on Monday but was postponed after geologists found a crack in tunnel No. 14 on 29 May.',
      '2026-06-05',
      ['2026-06-01', '2026-05-29'],
    ],
    // A plan ordered of a group named in three words is ahead of the ordering; a span's end is no day of its own.
    [
      'The Council of Ministers on Wednesday ordered civil defence teams to inspect every covered and old market, starting on Sunday, and to report within 30 days.',
      '2026-03-26',
      ['2026-03-25', '2026-03-29'],
    ],
    [
      'For the holidays, which run from tomorrow, Wednesday 7 October, to Friday, the volunteers plan to rebuild the school.',
      '2026-10-06',
      ['2026-10-07'],
    ],
    // A day of the Ethiopian calendar is none of ours; its Gregorian day in brackets stands.
    [
      'Registration of affected households will begin on 18/01/2019 E.C. (28/09/2026) at the sub-city offices.',
      '2026-09-18',
      ['2026-09-28'],
    ],
    // (Review guard) a later date after a note of where an article was published is an event's.
    [
      'The original article was published in The Lancet in February 1998 and retracted in 2010.',
      '2026-06-10',
      ['1998-02-01', '2010-01-01'],
    ],
    // A Japanese era's year after a month's day.
    [
      'It is suspended for the period from June 26, Reiwa 8 (2026) to September 25, Reiwa 8 (2026).',
      '2026-06-25',
      ['2026-06-26', '2026-09-25'],
    ],
    // (Review guards) a forecast's day compared with; a day a sentence tells later that has gone by.
    ['Turnout is expected to be higher on Saturday than on Sunday.', '2026-10-07', ['2026-10-10', '2026-10-11']],
    [
      'After the vote on Friday, the bill will go to the Senate, whose committee met on Tuesday 6 October.',
      '2026-10-07',
      ['2026-10-09', '2026-10-06'],
    ],
    // A plan extended by days, to a weekday, is for that weekday ahead.
    [
      'The agency had been due to end its search on Wednesday but extended it by three days, to Saturday.',
      '2026-05-20',
      ['2026-05-20', '2026-05-23'],
    ],
    // A month in a clause of a year gone by is that year's; not one after a year set off by commas.
    [
      'Residents recalled the Great Flood of 1967, when the Chena topped its banks in August and flooded the city.',
      '2026-10-15',
      ['1967-01-01', '1967-08-01'],
    ],
    ['The bridge, built in 1967, closed in August.', '2026-10-15', ['1967-01-01', '2026-08-01']],
    [
      'It dates from 2006, when a smaller blast scattered mud, and the hazard map was updated in March.',
      '2026-10-15',
      ['2006-01-01', '2026-03-01'],
    ],
    [
      'Inspectors first came in 2019, when it opened, and in March last year they found rust.',
      '2026-10-15',
      ['2019-01-01', '2025-03-01'],
    ],
    // What a deed done followed was before it, whatever the sentence goes on to plan.
    [
      'The 11 workers charged after the violent picket in the first week of August are due back in court on 14 September.',
      '2026-09-08',
      ['2026-08-01', '2026-09-14'],
    ],
    // A weekday a day set beside is counted from names no day of its own.
    [
      'The first buses left the school on Tuesday morning, the day after the holiday Monday, and the shelter emptied.',
      '2026-12-04',
      ['2026-12-01'],
    ],
  ])('"%s" (published %s) starts on %j', (sentence, published, days) => {
    expect(read([], sentence, published)).toEqual(days);
  });

  it('reads a hearing told in the present ahead, though the clause before it tells of the past', () => {
    expect(
      read(
        [],
        'The city sued contractor Pontis Vest last Wednesday, and the Bihor Tribunal hears the case on Thursday.',
        '2026-12-01',
      ),
    ).toEqual(['2026-11-25', '2026-12-03']);
  });

  it('reads a holiday observed this year on its day, not as a yearly custom', () => {
    expect(
      read(
        [],
        'Road users should assume the closure will remain for the Twelfth holiday, which this year is observed on Monday 13 July.',
        '2026-06-29',
      ),
    ).toEqual(['2026-07-13']);
  });

  it('reads the day a baseline was counted on apart from the day its change was made', () => {
    expect(
      read(
        [],
        'Taiwan Water Corp yesterday raised the number of tankers to 460 a day, up from about 400 when deliveries began on Sunday.',
        '2026-09-22',
      ),
    ).toEqual(['2026-09-21', '2026-09-20']);
  });

  it("counts a quotation's tomorrow in single marks from the day its announcement was made", () => {
    expect(
      read(
        [],
        "Transport councillor Paolo Bertonati announced the new timetable yesterday, on the steps of the cathedral after the procession: 'Tomorrow we sign the contract for the works.'",
        '2026-06-25',
      ),
    ).toEqual(['2026-06-24', '2026-06-25']);
  });

  it('counts a quotation\'s "the day after tomorrow" from the day said, or from the report when none is told', () => {
    expect(
      read(
        [],
        'Haulier Kai-Uwe Brandes told this newspaper on Wednesday evening: "The day after tomorrow I will be the first to drive through."',
        '2026-11-05',
      ),
    ).toEqual(['2026-11-04', '2026-11-06']);
    expect(read([], '"We are meeting the family the day after tomorrow," the inspector said.', '2026-07-28')).toEqual([
      '2026-07-30',
    ]);
  });

  it('reads each sentence of a quotation by its own verbs', () => {
    expect(read([], '"It was shut on Monday. We will reopen on Friday," she said.', '2026-11-10')).toEqual([
      '2026-11-09',
      '2026-11-13',
    ]);
  });

  it('counts a quotation from the day said, how and where it was said standing between', () => {
    expect(
      read(
        [],
        'Zhou Lanying said on Friday by phone from Frankfurt: "We start building our stand tomorrow morning, no matter what."',
        '2026-04-18',
      ),
    ).toEqual(['2026-04-18']);
  });

  it('counts a quotation from a saying told after it to a hearer, or long after "Speaking … on Friday"', () => {
    // The saying is then no event of its own: the one phrase read is the quotation's "tonight".
    expect(
      resolveDates('"The taps will run all night tonight," an engineer told residents on 17 June.', '2026-06-25').map(
        (date) => [date.text, date.start],
      ),
    ).toEqual([['tonight', '2026-06-17']]);
    expect(
      read(
        [],
        'Speaking to Al-Fajr al-Jadid by telephone on Friday, the spokesman of the Eastern Electricity Distribution Company, engineer Faraj al-Mismari, said: "We will return power to the hospitals tomorrow."',
        '2026-08-22',
      ),
    ).toEqual(['2026-08-22']);
  });

  it('counts a quotation from the day of the gathering it was said at', () => {
    expect(
      read(
        [],
        '11:50 — Director general Mykola Subota at a briefing this morning: "Tomorrow we will start filling the networks in the Kyivskyi district."',
        '2026-10-19',
      ),
    ).toEqual(['2026-10-19', '2026-10-20']);
  });

  it('reads a weekday whose own holiday follows it ("Monday\'s King\'s Birthday family day") as the holiday', () => {
    expect(
      read(
        ['AU-QLD'],
        "Monday's King's Birthday family day at the Strand has been cancelled, the council says.",
        '2026-09-30',
      ),
    ).toEqual(['2026-10-05']);
  });

  it('reads the holiday of a thing cancelled as the nearest, whatever the tense of the cancelling', () => {
    expect(
      read(
        ['FI'],
        'Ramsholm Line has cancelled all departures on Autonomy Day, Tuesday 9.6., when many islanders usually travel to the mainland.',
        '2026-06-05',
      ),
    ).toEqual(['2026-06-09']);
    expect(
      read(['US'], "Lookout Riverboat Co. has canceled its Juneteenth and Father's Day cruises.", '2026-06-16'),
    ).toEqual(['2026-06-19']);
  });

  it('reads a year of the Republic of China era, and a day counted from a named day with its date in brackets', () => {
    expect(read(['TW'], 'The section opened to trains in March of Minguo 114 (2025).', '2026-10-20')).toEqual([
      '2025-03-01',
    ]);
    expect(
      read(
        ['TW'],
        'Single-track working is now planned from the day after Retrocession Day (Sunday 25 October), with trains limited to 60 km/h.',
        '2026-10-20',
      ),
    ).toEqual(['2026-10-26']);
  });

  it('reads what a hope would have done by a holiday as ahead', () => {
    expect(
      read(
        ['ZA'],
        'She said the municipality hoped to partially reopen the rank on Monday, with the rest of the facility restored before the Day of Reconciliation on Dec. 16.',
        '2026-11-13',
      ),
    ).toEqual(['2026-11-16', '2026-12-16']);
  });

  it('reads the day a quotation was said as its attribution when it dates what is quoted, unless the saying is news', () => {
    expect(
      read(
        [],
        '"Tomorrow the buses stay in the depots," union spokesman Toni Marzo told reporters on Tuesday.',
        '2026-03-04',
      ),
    ).toEqual(['2026-03-04']);
    expect(
      read(
        [],
        '"We will move them onto KMP Bukit Siguntang tomorrow," said the Makassar branch manager of PT Lintas Samudra Nusantara (LSN), Andi Muhammad Fadli, on Monday.',
        '2026-03-17',
      ),
    ).toEqual(['2026-03-17']);
    expect(
      read(
        [],
        'On Monday the company spokeswoman, Mayra Soto, had told this station: "Tomorrow we will know if it is the transformer."',
        '2025-11-12',
      ),
    ).toEqual(['2025-11-11']);
    expect(read([], '"The swearing-in will be tomorrow morning," Sinsua announced on Monday.', '2026-03-04')).toEqual([
      '2026-03-03',
      '2026-03-02',
    ]);
    expect(
      read(
        [],
        '"This is a software fault," spokesman Khalid Al-Rawahi told reporters late on Sunday night.',
        '2026-11-02',
      ),
    ).toEqual(['2026-11-01']);
  });

  it('leaves a span of clock times before the day out of the phrase', () => {
    const [date] = resolveDates(
      'Art. 2 – From 08:00 to 18:00 on 11/10/2026, a safety zone is established.',
      '2026-10-05',
      undefined,
      undefined,
      'day-first',
    );
    expect([date.text, date.start]).toEqual(['11/10/2026', '2026-10-11']);
  });

  it('reads a plan told as expected, words between it and its infinitive, from the day it was told', () => {
    expect(
      read(
        ['BO'],
        "Bolivia's state cable-car company said on Friday it expected a replacement gearbox to land in El Alto on Saturday.",
        '2026-07-17',
      ),
    ).toEqual(['2026-07-17', '2026-07-18']);
  });

  it('reads the day of a quotation that goes on from the sentence before as the day told there', () => {
    const goesOn = '"Tomorrow our engineers will start pulling out the burnt cables."';
    expect(
      resolveDates(goesOn, '2026-09-04', undefined, undefined, undefined, '2026-09-03').map((d) => d.start),
    ).toEqual(['2026-09-04']);
    expect(resolveDates(goesOn, '2026-09-04')).toEqual([]);
    // Only a quotation that opens the sentence goes on from the one before.
    expect(
      resolveDates('Dasgupta added: "Tomorrow we start."', '2026-09-04', undefined, undefined, undefined, '2026-09-03'),
    ).toEqual([]);
  });

  it('keeps a month of a year beside a valuation that is news', () => {
    expect(read([], 'KoshaPay was valued at $1.2 billion in a funding round in February 2025.', '2026-01-23')).toEqual([
      '2025-02-01',
    ]);
  });

  it('counts a quoted "tomorrow" in single marks from the day it was said', () => {
    expect(
      read(
        [],
        "'We will hand over all maintenance logs to the investigators tomorrow,' spokeswoman June Claes said on Wednesday.",
        '2026-07-25',
      ),
    ).toEqual(['2026-07-23']);
  });

  it('reads "the Sunday evening" after a day told as that week\'s, not a date of its own', () => {
    expect(
      read(
        [],
        'Our pilgrimage will now take place on Saturday 19 September, returning on the Sunday evening.',
        '2026-09-01',
      ),
    ).toEqual(['2026-09-19']);
  });

  it('reads figures after the part of a day they qualify in the order the report keeps', () => {
    expect(
      resolveDates(
        'The fault occurred on the morning of 6/16, at the height of the rush.',
        '2026-06-24',
        undefined,
        undefined,
        'month-first',
      ).map((date) => date.start),
    ).toEqual(['2026-06-16']);
  });

  it('reads a span whose first day is told alone by its first day', () => {
    expect(
      read([], 'HOST: You were here during the Thingyan festival, from the 13th to the 16th of April.', '2026-04-25'),
    ).toEqual(['2026-04-13', '2026-04-13']);
    expect(read([], 'The hearing ran from the 13th to the 16th of April.', '2026-05-20')).toEqual([
      '2026-04-13',
      '2026-04-13',
    ]);
  });

  it('reads a weekday named again after its date as that day, unless a time between tells of another week', () => {
    expect(
      read(
        [],
        'The counter was due to reopen on Monday 21st, but will now stay shut until Tuesday 22nd because Monday has been declared a public holiday.',
        '2026-09-15',
      ),
    ).toEqual(['2026-09-21', '2026-09-22', '2026-09-21']);
    expect(
      read(
        [],
        'The rotating outages, in effect from Sunday the 21st, ended this past weekend: the last cuts took place on Sunday.',
        '2026-06-30',
      ),
    ).toEqual(['2026-06-21', '2026-06-22', '2026-06-28']);
  });

  it('keeps the year of what a figure stands beside, when another clause tells it', () => {
    expect(
      read([], 'He recorded more than 30 albums and was awarded the Order of Distinction in 2008.', '2026-08-20'),
    ).toEqual(['2008-01-01']);
  });

  it('reads a span that ends in "the first days of" a month by its start alone', () => {
    expect(
      read([], 'Between 20 October and the first days of November the airport logged 94 diversions.', '2025-11-04'),
    ).toEqual(['2025-10-20']);
  });

  it('reads two days running, each with its date in brackets, as one span told by its first', () => {
    expect(
      read(
        ['MY'],
        'Hari Raya Aidilfitri is expected to fall on Saturday (March 21) and Sunday (March 22).',
        '2026-03-13',
      ),
    ).toEqual(['2026-03-21']);
    expect(
      read(
        ['MY'],
        'Hari Raya Aidilfitri is expected to fall on Saturday, March 21, and Sunday, March 22.',
        '2026-03-13',
      ),
    ).toEqual(['2026-03-21']);
  });

  it('reads a vessel that was due on a weekday and came the next day as due the day gone by', () => {
    expect(
      read(
        ['HT'],
        'The tug Friday Star, which was due on Saturday, reached the bay on Sunday after a delay in Kingston, Jamaica.',
        '2025-12-30',
      ),
    ).toEqual(['2025-12-27', '2025-12-28']);
  });

  it('reads the day a town prepares for as ahead', () => {
    expect(
      read(
        ['GT'],
        'The collapse comes as Quetzaltenango prepares for the arrival of torch relays on the eve of Independence Day, Monday, when runners carry the flame.',
        '2026-09-12',
      ),
    ).toEqual(['2026-09-14']);
  });

  it('reads a holiday made ready for as the one ahead, whatever the verb of saying around it', () => {
    expect(
      read(
        ['FR'],
        'The repair bill for the Nordet, the ferry that ran aground off Miquelon on June 27, could reach 2.4 million euros, its operator said on Tuesday, as the French archipelago prepares for a Bastille Day without its main sea link.',
        '2026-07-08',
      ),
    ).toEqual(['2026-06-27', '2026-07-07', '2026-07-14']);
  });

  it('reads a plan told with no verb of its own, after "with … targeted for", as ahead', () => {
    expect(
      read(
        ['IT'],
        'A permanent replacement fan set, with new drives and remote monitoring, will be tendered this month, with the award targeted for the week of 20 July and installation in August, when ridership is lowest.',
        '2026-06-12',
      ),
    ).toEqual(['2026-06-01', '2026-07-20', '2026-08-01']);
  });

  it('reads Japan’s Foundation Day by the name its press writes, and its eve told as done on the eve as that day', () => {
    expect(read(['JP'], 'The sculpture fell on the eve of National Foundation Day.', '2026-02-10')).toEqual([
      '2026-02-10',
    ]);
    expect(read(['KR'], 'Trains were full on the eve of National Foundation Day.', '2026-09-30')).toEqual([
      '2025-10-02',
    ]);
    expect(read([], 'Crowds gathered on National Foundation Day.', '2026-09-30')).toEqual([]);
  });

  it('reads a holiday by the name its people write for the one its calendar lists, with or without its marks', () => {
    expect(
      read(['RO'], 'The tram had been due to lead the Great Union Day procession on Monday.', '2025-12-03'),
    ).toEqual(['2025-12-01']);
    expect(read(['US'], 'The Prince Kūhiō Day parade was due on Thursday but was called off.', '2026-03-27')).toEqual([
      '2026-03-26',
    ]);
    expect(read(['US'], 'State offices closed on Prince Kuhio Day.', '2026-03-30')).toEqual(['2026-03-26']);
    expect(read(['MY'], 'The beach was due to reopen on Merdeka Day but remains shut.', '2026-09-15')).toEqual([
      '2026-08-31',
    ]);
  });

  it('reads Romania’s St John’s Day as its 7 January, and no day where no country says which', () => {
    expect(read(['RO'], "The pressure alarms first sounded on St John's Day.", '2026-01-13')).toEqual(['2026-01-07']);
    expect(read([], "The ferries ran a holiday timetable on St John's Day.", '2026-06-30')).toEqual([]);
  });

  it('reads Germany’s 3 October by the name its people write', () => {
    expect(read(['DE'], 'Trains ran a holiday timetable on German Unity Day.', '2026-10-05')).toEqual(['2026-10-03']);
    expect(read(['DE'], 'The plant stood still on the Day of German Unity.', '2026-10-05')).toEqual(['2026-10-03']);
  });

  it('reads a day of the month in the year that opens its sentence, and a weekday after a full date as that date’s', () => {
    expect(
      read([], 'Last year the result was declared on March 25, with a pass percentage of 86.5.', '2026-03-02'),
    ).toEqual(['2025-01-01', '2025-03-25']);
    expect(
      read([], 'Last year, the festival opened on 12 June but this year it opens on 20 June.', '2026-03-02'),
    ).toEqual(['2025-01-01', '2025-06-12', '2026-06-20']);
    expect(
      read(
        [],
        'The result shall be published after the Holi festival (04.03.2026, Wednesday), on a date to be notified.',
        '2026-02-17',
      ),
    ).toEqual(['2026-03-04']);
  });

  it('reads a day of the month as the one the sentence gives in full', () => {
    expect(
      read(
        ['FR'],
        "Kervella's team has already booked the cast for the red carpet on the 14th, when the film is shown on Thursday 14 May.",
        '2026-04-30',
      ),
    ).toEqual(['2026-05-14', '2026-05-14']);
  });

  it('reads a summons that is a noun as no instruction', () => {
    expect(
      read(
        ['JM'],
        'Francis, who was served with a witness summons in December, had been due to begin her evidence on Monday but did not turn up.',
        '2026-02-04',
      ),
    ).toEqual(['2025-12-01', '2026-02-02']);
  });

  it('reads what a state dates from by its day as gone by, whatever comes after it', () => {
    expect(
      read(
        ['JP'],
        'The arcade that has been closed since the roof collapse on July 30 will reopen on Monday, under a temporary canopy.',
        '2026-09-18',
      ),
    ).toEqual(['2026-07-30', '2026-09-21']);
  });

  it('reads no holiday in a habit beside a day that is news', () => {
    expect(
      read(
        ['FI'],
        'Work is to resume on Wednesday 7.1., the day after Epiphany, as the yard traditionally closes between Christmas and Epiphany.',
        '2025-12-31',
      ),
    ).toEqual(['2026-01-07']);
  });

  it("reads a New Zealand province's anniversary day by the province's name", () => {
    expect(read(['NZ'], 'Crews will rest on Otago Anniversary Day.', '2026-03-21')).toEqual(['2026-03-23']);
    // The holiday of a plan told as overtaken is the nearest, and its weekday names it.
    expect(
      read(
        ['NZ'],
        'The port had been due to keep working the ship through Otago Anniversary Day on Monday, but that plan had been abandoned.',
        '2026-03-21',
      ),
    ).toEqual(['2026-03-23']);
    expect(read(['NZ'], 'The ship arrived in Wellington on Auckland Anniversary Day.', '2026-02-10')).toEqual([
      '2026-01-26',
    ]);
  });

  it('keeps Zanzibar Revolution Day on 12 January, a day date-holidays lists wrongly', () => {
    expect(read(['TZ'], 'Crowds will gather at Amaan Stadium on Zanzibar Revolution Day.', '2026-01-05')).toEqual([
      '2026-01-12',
    ]);
  });

  it('keeps Tynwald Day on the Monday after when 5 July is a Saturday or Sunday', () => {
    expect(
      read(['IM'], 'On Tynwald Day, June Kinvig presented a petition at the open-air sitting.', '2026-07-14'),
    ).toEqual(['2026-07-06']);
    expect(read(['IM'], 'Crowds gathered for the open-air sitting on Tynwald Day.', '2024-07-14')).toEqual([
      '2024-07-05',
    ]);
  });

  it('reads a day counted from a feast after "since" as gone by, whatever the tense after it', () => {
    expect(read([], 'It is six weeks since the eve of Easter, and I am still waiting.', '2026-05-20')).toEqual([
      '2026-04-04',
    ]);
    expect(read([], 'Among the injured was Easter Kareem (61), a spice seller.', '2026-05-20')).toEqual([]);
  });

  it("reads a custom held on a holiday this year as that day, and dates told after a page's history", () => {
    expect(read([], 'The race is held on Easter Monday this year.', '2026-04-01')).toEqual(['2026-04-06']);
    expect(
      read(
        [],
        'An earlier version of this story was published on June 8 and misstated the date of the vote, which is on June 20.',
        '2026-06-10',
      ),
    ).toEqual(['2026-06-20']);
  });

  it('reads a feast a calendar lists on two days in a row by its first, and a longer holiday block as no one day', () => {
    expect(
      read(['MY'], 'Two express boats collided on the Rajang on the eve of Chinese New Year.', '2026-02-20'),
    ).toEqual(['2026-02-16']);
    expect(read(['CN'], 'Crowds filled the temple fair on Spring Festival.', '2026-02-25')).toEqual([]);
    expect(read(['UZ'], 'The city cancelled its celebrations on Navruz itself.', '2026-03-28')).toEqual(['2026-03-21']);
  });

  it('reads a day "this year" in the report\'s year, ahead or gone by as its month falls', () => {
    const naadam =
      'The ministry also wants both damaged units fully overhauled before Naadam, the national festival, which this year runs from 11 to 15 July.';
    expect(read([], naadam, '2026-02-10')).toEqual(['2026-07-11']);
    expect(read([], 'The festival, which this year fell on 3 January, drew crowds.', '2026-02-10')).toEqual([
      '2026-01-03',
    ]);
  });

  it('reads days listed in one month from the first', () => {
    expect(read([], 'The government has made 18, 19 and 20 February public holidays.', '2026-02-13')).toEqual([
      '2026-02-18',
    ]);
    expect(read([], 'Flights were cancelled on 12, 13 and 14 May.', '2026-05-20')).toEqual(['2026-05-12']);
  });

  it('reads the day a court set a date on as done, the date it set as ahead', () => {
    expect(
      resolveDates(
        'On Tuesday, the Guarantee Court of Pozo Almonte set 18 January 2027 as the date on which his oral trial is to open.',
        '2026-08-21',
      ).map((date) => [date.start, date.expected]),
    ).toEqual([
      ['2026-08-18', false],
      ['2027-01-18', true],
    ]);
  });

  it("reads a holiday by its own country's name for it: Lithuania's 11 March and Latvia's 4 May are both \"Restoration of Independence Day\"", () => {
    expect(read(['LV'], 'Riga marked Restoration of Independence Day with a parade.', '2026-05-13')).toEqual([
      '2026-05-04',
    ]);
    expect(read(['LT'], 'Vilnius marked Restoration of Independence Day with a parade.', '2026-03-13')).toEqual([
      '2026-03-11',
    ]);
    expect(read([], 'Crowds marked Restoration of Independence Day with a parade.', '2026-05-13')).toEqual([]);
  });

  it("reads a saint's bare name as a place, not the saint's day", () => {
    expect(read(['CA'], 'Spot drayage from Halifax to Saint John costs C$2,350 a box.', '2026-07-22')).toEqual([]);
    expect(read(['CA'], 'Trucks queued in St John on Sunday.', '2026-07-22')).toEqual(['2026-07-19']);
  });

  it('reads a holiday set beside a day counted from another as the nearest, whatever the verb', () => {
    const read = (sentence: string) =>
      resolveDates(sentence, '2026-10-30', calendarOf(holidayCalendar, ['DM'])).map((date) => date.start);
    expect(
      read('The following day, the National Day of Community Service, IELCO has asked volunteers to help.'),
    ).toEqual(['2026-11-04']);
    expect(read('Volunteers cleared lines on the National Day of Community Service.')).toEqual(['2025-11-04']);
  });

  it('reads a holiday in an apposition to a day as the writer’s name for that day', () => {
    expect(
      resolveDates(
        'On 21/03/2026, the Saturday on which Togo observed Eid al-Fitr, they stopped work for a full day.',
        '2026-04-14',
        calendarOf(holidayCalendar, ['TG']),
      ).map((date) => date.start),
    ).toEqual(['2026-03-21']);
  });

  it('reads no day in what a holiday is every year, only in what was done on it', () => {
    const read = (sentence: string) =>
      resolveDates(sentence, '2026-08-04', calendarOf(holidayCalendar, ['AU'])).map((date) => date.start);
    expect(read('Families crossed to the islands on Picnic Day.')).toEqual(['2026-08-03']);
    expect(read('"Picnic Day is when families come together," Munkara said.')).toEqual([]);
  });

  it('reads a holiday its country keeps on several days by the state named, when a state of each country is named', () => {
    const read = (countries: string[], states: string[]) =>
      resolveDates(
        "The council cancelled the family day on the King's Birthday.",
        '2026-10-07',
        calendarOf(holidayCalendar, countries, states),
      ).map((date) => date.start);
    expect(read(['AU'], ['AU-QLD'])).toEqual(['2026-10-05']);
    expect(read(['AU'], [])).toEqual([]);
    expect(read(['AU', 'NZ'], ['AU-QLD'])).toEqual([]);
  });

  it('reads a plan from when it was told, not from a relative clause before it', () => {
    expect(
      resolveDates(
        'A deep clean of the ship, which began Aug. 4, is expected to be completed Wednesday.',
        '2026-08-11',
      ).map((date) => [date.text, date.start, date.expected]),
    ).toEqual([
      ['Aug. 4', '2026-08-04', false],
      ['Wednesday', '2026-08-12', true],
    ]);
  });

  it('reads the day a suit asks to play ahead of the day it was filed', () => {
    expect(
      resolveDates(
        "Whitcomb sued the NCAA in federal court Monday, asking a judge to let him play in Saturday's season opener.",
        '2026-09-01',
      ).map((date) => [date.text, date.start, date.expected]),
    ).toEqual([
      ['Monday,', '2026-08-31', false],
      ['Saturday', '2026-09-05', true],
    ]);
  });

  it('reads a holiday by the day the named countries keep, and none where they part', () => {
    const read = (countries: string[]) =>
      resolveDates(
        'On Midsummer Day, police took the site offline.',
        '2026-06-22',
        calendarOf(holidayCalendar, countries),
      ).map((date) => date.start);
    expect(read(['SE'])).toEqual(['2026-06-20']);
    expect(read(['SE', 'EE'])).toEqual([]);
    expect(read([])).toEqual([]);
  });

  it('reads a weekday beside a holiday across "and" as a day of its own', () => {
    expect(
      resolveDates(
        'On Monday evening the leaders stood on the Dam for the national Remembrance of the Dead, and on Tuesday, Liberation Day, most of them were at festivals.',
        '2026-05-08',
        holidayCalendar,
      ).map((date) => [date.text, date.start]),
    ).toEqual([
      ['On Monday evening', '2026-05-04'],
      ['on Tuesday,', '2026-05-05'],
    ]);
  });

  it('keeps the calling of a gathering done and its day ahead', () => {
    expect(
      resolve('Elmtal on Tuesday called an extraordinary general meeting for 24 November in Hanover.', '2026-10-06'),
    ).toEqual([
      ['2026-10-06', 'day'],
      ['2026-11-24', 'day', 'expected'],
    ]);
  });

  it('reads a weekday after "a letter" or "a gallon" as the date', () => {
    expect(
      resolve('The lawyers warned the board in a letter Monday that a lawsuit would follow.', '2026-07-08'),
    ).toEqual([['2026-07-06', 'day']]);
  });

  it('reads "in December that year" in the year the sentence named before it', () => {
    expect(
      resolve('The bridge was renamed in 2018, and its tolls were abolished in December that year.', '2026-02-24'),
    ).toEqual([
      ['2018-01-01', 'year'],
      ['2018-12-01', 'month'],
    ]);
  });

  it('keeps the date, not the holiday, when both name one day side by side', () => {
    expect(
      resolveDates(
        'On the day of Tabaski, Wednesday 27 May, dozens of trucks were still stuck.',
        '2026-06-03',
        holidayCalendar,
      ).map((date) => [date.text, date.start]),
    ).toEqual([['Wednesday 27 May', '2026-05-27']]);
  });

  it('counts a plan from the day it was told, not from the start of a state', () => {
    expect(
      resolveDates(
        'The union said on Tuesday it would suspend a strike that has slowed the ports since Feb. 2, and that its members would return to work on Thursday.',
        '2026-04-07',
        holidayCalendar,
      ).map((date) => date.start),
    ).toEqual(['2026-04-07', '2026-02-02', '2026-04-09']);
  });

  it('cites the day without the clock time after it', () => {
    expect(
      resolveDates('A mediation meeting is set for Monday, 25 May, at 10:00.', '2026-05-22').map((date) => date.text),
    ).toEqual(['Monday, 25 May']);
    expect(
      resolveDates('The strike is to begin on Tuesday, 23.06., at 4:00 in the morning.', '2026-06-18').map(
        (date) => date.text,
      ),
    ).toEqual(['on Tuesday, 23.06.']);
  });

  it('reads a quotation\'s "tomorrow" from the day its attribution says it was spoken, which dates no event of its own, and none when it says none', () => {
    expect(resolve('"We will reopen tomorrow," the minister said on Monday.', '2026-06-10')).toEqual([
      ['2026-06-09', 'day'],
    ]);
    expect(resolve('The captain said on Sunday: "We sail tonight."', '2026-09-14')).toEqual([['2026-09-13', 'day']]);
    expect(resolve('"We will reopen tomorrow," the minister said.', '2026-06-10')).toEqual([]);
    // Guillemets quote too; what was said on the night of the report's own day is that day's.
    expect(resolve('« Tonight we think of the crew », said Vaitiare Lehartel on Wednesday.', '2026-12-03')).toEqual([
      ['2026-12-02', 'day'],
    ]);
    expect(
      resolve('"The stewards will sit down tomorrow morning," Calloway said Saturday night.', '2026-05-02'),
    ).toEqual([['2026-05-03', 'day', 'expected']]);
  });

  it("reads a plan from the day it was told, not from a participle's day set off by commas", () => {
    expect(
      resolve(
        'The rules, gazetted on July 10, would allow it to move the stones once they take effect on Saturday.',
        '2026-07-27',
      ),
    ).toEqual([
      ['2026-07-10', 'day'],
      ['2026-08-01', 'day', 'expected'],
    ]);
  });

  it('reads the day a plan was moved from as well as the day it was moved to', () => {
    expect(
      resolve('The second round was due to open on 22 December, but was postponed to 6 January.', '2025-12-29'),
    ).toEqual([
      ['2025-12-22', 'day'],
      ['2026-01-06', 'day', 'expected'],
    ]);
  });

  it('reads each date with its own clause', () => {
    expect(resolve('The minister resigned on Tuesday, three days after the vote on Saturday.', FRI)).toEqual([
      ['2025-05-20', 'day'],
      ['2025-05-17', 'day'],
    ]);
  });

  it('reads a plan told on an earlier day forward from that day', () => {
    // By Saturday that Thursday is over: no longer still to come, as it is on Wednesday.
    expect(resolve('He said on Monday that talks would resume on Thursday.', '2025-05-24')).toEqual([
      ['2025-05-19', 'day'],
      [THU, 'day'],
    ]);
    expect(resolve('He said on Monday that talks would resume on Thursday.', '2025-05-21')).toEqual([
      ['2025-05-19', 'day'],
      [THU, 'day', 'expected'],
    ]);
  });

  it('never calls a period over before publication still to come, whatever the verb', () => {
    expect(resolve('The government, which agreed to fund it last month, paid £1.9m.', '2025-10-14')).toEqual([
      ['2025-09-01', 'month'],
    ]);
  });

  it('reads "in March last year" as one month, and a later "last year" as the year', () => {
    expect(resolve('It was inspected in March last year, officials said last year.', JUNE)).toEqual([
      ['2024-03-01', 'month'],
      ['2024-01-01', 'year'],
    ]);
  });
});

describe('dates at their precision', () => {
  it.each([
    ['2025-05-16', 'day', '2025-05-16', '16 May 2025'],
    ['2025-05-12', 'week', '2025-W20', 'week of 12 May 2025'],
    ['2022-02-01', 'month', '2022-02', 'February 2022'],
    ['2022-01-01', 'year', '2022', '2022'],
  ] as const)('%s at %s precision is <time datetime="%s">%s', (start, precision, iso, label) => {
    expect(isoAtPrecision(start, precision)).toBe(iso);
    expect(formatAtPrecision(start, precision)).toBe(label);
  });
});

describe('days a sentence ties to another it tells', () => {
  const read = (sentence: string, published: string) =>
    resolveDates(sentence, published, holidayCalendar).map((date) => [date.text, date.start]);

  it('reads a plan moved to a dated day as the weekday beside it on the side the move tells', () => {
    expect(
      read(
        'The home game was due to kick off at 1 p.m. on Sunday but was moved up to 4:30 p.m. on Saturday, 5 December.',
        '2026-12-04',
      ),
    ).toEqual([
      ['Sunday', '2026-12-06'],
      ['Saturday, 5 December', '2026-12-05'],
    ]);
  });

  it('reads "the month" as the month of a day gone by that the sentence told before it', () => {
    expect(
      read(
        'The utility delivered its findings on Monday, 30 November, meeting its own promise to do so by the end of the month.',
        '2026-12-04',
      ),
    ).toEqual([
      ['on Monday, 30 November', '2026-11-30'],
      ['end of the month', '2026-11-01'],
    ]);
    expect(read('The utility promised to deliver its findings by the end of the month.', '2026-12-04')).toEqual([
      ['end of the month', '2026-12-01'],
    ]);
    // (Not a plan told after the day: the month is the report's.)
    expect(
      read(
        'The tanker, which grounded on 22 December, is set to be towed to Curaçao at the end of the month.',
        '2026-01-10',
      ),
    ).toEqual([
      ['on 22 December', '2025-12-22'],
      ['end of the month', '2026-01-01'],
    ]);
  });
});
