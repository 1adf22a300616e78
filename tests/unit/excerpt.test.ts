import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../src/lib/story/excerpt.ts';

describe('a cited clause as a reader sees it', () => {
  it('quotes a whole sentence as it is', () => {
    expect(excerptOf('The council voted on Monday.')).toBe('“The council voted on Monday.”');
  });

  it('marks a clause from inside a sentence as an excerpt', () => {
    expect(excerptOf('which launched the war in 2022.')).toBe('“…which launched the war in 2022.”');
  });

  it('gives a clause that starts with its verb its subject back', () => {
    expect(excerptOf('was pulled free by three tugs yesterday morning.', 'The Pikne')).toBe(
      '“The Pikne … was pulled free by three tugs yesterday morning.”',
    );
  });
});
