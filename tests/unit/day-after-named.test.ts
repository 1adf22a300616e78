import { describe, expect, it } from 'vitest';
import { dayAfterNamed, type ToldBefore } from '../../src/lib/story/day-after-named.ts';

const told = (start: string, summary: string, expected = false, dateText = 'on Sunday'): ToldBefore => ({
  start,
  precision: 'day',
  expected,
  summary,
  dateText,
});

describe('dayAfterNamed', () => {
  const before = [
    told('2026-06-08', 'Fire crews put out a fuel barge fire at Kahului Harbor on Monday morning'),
    told('2026-06-07', 'The barge caught fire in the late afternoon on Sunday, 7 June'),
    told('2026-06-10', 'A snowstorm closed the pass on Wednesday'),
  ];

  it('counts from the earliest day the report told of the thing named', () => {
    const date = dayAfterNamed('The day after the fire, the state closed the piers.', before, '2026-06-12');
    expect(date).toMatchObject({ text: 'The day after the fire', index: 0, start: '2026-06-08', precision: 'day' });
    expect(dayAfterNamed('On the day after the fire, a family post opened.', before, '2026-06-12')?.start).toBe(
      '2026-06-08',
    );
  });

  it('counts on by the days said, and finds the thing inside a longer word', () => {
    expect(dayAfterNamed('Two days after the storm, the army arrived.', before, '2026-06-12')?.start).toBe(
      '2026-06-12',
    );
  });

  it('dates nothing when nothing told names the thing, or the day counted to lies after the report', () => {
    expect(dayAfterNamed('The day after the flood, the mayor resigned.', before, '2026-06-12')).toBeUndefined();
    expect(dayAfterNamed('Two days after the storm, the army arrived.', before, '2026-06-11')).toBeUndefined();
    expect(dayAfterNamed('The fire was put out the day after the blaze began.', before, '2026-06-12')).toBeUndefined();
  });

  it('counts from a thing whose own words stand just before its day, after words that tell it as past', () => {
    const record = [
      told('2026-11-20', 'They ended last week at R15.80 after the record date on Friday passed', false, 'on Friday'),
    ];
    expect(
      dayAfterNamed(
        'The day after the record date, chief executive Precious Dlamini flew to London.',
        record,
        '2026-11-23',
      )?.start,
    ).toBe('2026-11-21');
    expect(
      dayAfterNamed('The day after the payment date, the chief executive flew to London.', record, '2026-11-23'),
    ).toBeUndefined();
  });

  it('counts from no thing named only as those who work at it', () => {
    const workers = [told('2026-11-16', 'Election workers have been pulling sealed ballot containers since Monday')];
    expect(
      dayAfterNamed('The day after the election, both campaigns sent volunteers.', workers, '2026-11-18'),
    ).toBeUndefined();
    expect(
      dayAfterNamed(
        'The day after the election, both campaigns sent volunteers.',
        [told('2026-11-03', 'The election was held on Tuesday', false, 'on Tuesday')],
        '2026-11-18',
      )?.start,
    ).toBe('2026-11-04');
  });

  it('counts from no thing told as what might be', () => {
    const guess = [
      told(
        '2026-10-26',
        'We spoke to Juni yesterday, and she said she honestly thought the second run would be cancelled halfway through',
        false,
        'yesterday',
      ),
    ];
    expect(
      dayAfterNamed('The day after the cancellation, the lift company pushed back its opening.', guess, '2026-10-27'),
    ).toBeUndefined();
    expect(
      dayAfterNamed(
        'The day after the cancellation, the lift company pushed back its opening.',
        [told('2026-10-25', 'The jury cancelled the race on Sunday')],
        '2026-10-27',
      )?.start,
    ).toBe('2026-10-26');
  });

  it('counts from no day of a plan told as put off', () => {
    expect(
      dayAfterNamed(
        'The day after the start, a skipper was dismasted.',
        [
          told('2026-11-01', 'The start, set for Sunday 1 November, was postponed by the storm'),
          told('2026-11-04', 'The fleet crossed the start line on Wednesday'),
        ],
        '2026-11-06',
      )?.start,
    ).toBe('2026-11-05');
  });

  it('counts from a thing told as past only when its day stands beside it', () => {
    const later = [
      told(
        '2026-07-13',
        'to inform the families of the victims of the accident of 13 July on Route A-665',
        false,
        'of 13 July',
      ),
      told(
        '2026-08-20',
        'Yesterday the lawyers for families who lost relatives in the accident met the insurer',
        false,
        'Yesterday',
      ),
    ];
    expect(dayAfterNamed('The day after the accident, the driver was detained.', later, '2026-08-21')?.start).toBe(
      '2026-07-14',
    );
    expect(
      dayAfterNamed('The day after the accident, the driver was detained.', later.slice(1), '2026-08-21'),
    ).toBeUndefined();
  });

  it('counts from a thing told as past whose place comes between it and its day', () => {
    const placed = [
      told(
        '2026-09-14',
        'ending a 16-day outage caused by the derailment of train 2417 at km 412 near Beyla on 14 September.',
        false,
        'on 14 September',
      ),
      told('2026-09-21', 'Crews cleared the last of the 42 derailed wagons on 21 September.', false, 'on 21 September'),
    ];
    expect(
      dayAfterNamed('The day after the derailment, Kourana declared force majeure.', placed, '2026-10-09')?.start,
    ).toBe('2026-09-15');
  });

  it('counts from no plan, and from no like thing long before the report', () => {
    expect(
      dayAfterNamed(
        'The day after the vote, the count began.',
        [told('2026-06-14', 'The vote is on Sunday', true)],
        '2026-06-12',
      ),
    ).toBeUndefined();
    expect(
      dayAfterNamed(
        'The day after the fire, crews left.',
        [told('2025-01-07', 'A fire gutted the market on 7 January 2025')],
        '2026-06-12',
      ),
    ).toBeUndefined();
  });
});
