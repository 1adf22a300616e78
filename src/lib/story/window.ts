import type { TimelineEntry } from './build-story.ts';

/**
 * At most `max` entries of a long timeline: the most cited ones (ties go to
 * the later), shown in chronological order. A page must not grow with every
 * report the story gets.
 */
export function windowTimeline(entries: readonly TimelineEntry[], max: number): TimelineEntry[] {
  if (entries.length <= max) return [...entries];
  const kept = new Set(
    [...entries]
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => b.entry.citations.length - a.entry.citations.length || b.index - a.index)
      .slice(0, max)
      .map(({ entry }) => entry),
  );
  return entries.filter((entry) => kept.has(entry));
}
