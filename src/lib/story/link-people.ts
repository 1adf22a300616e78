import type { DocBlock, Segment } from '../markdown/parse-report.ts';
import type { NameMatch } from './people.ts';

/** Splits one segment at the names in it, linking those not yet linked in this block. */
function splitSegment(segment: Segment, find: (text: string) => NameMatch[], linked: Set<string>): Segment[] {
  if (segment.href) return [segment];
  const parts: Segment[] = [];
  let cursor = 0;
  for (const match of find(segment.text)) {
    if (linked.has(match.personId)) continue;
    linked.add(match.personId);
    if (match.start > cursor) parts.push({ ...segment, text: segment.text.slice(cursor, match.start) });
    parts.push({ ...segment, text: segment.text.slice(match.start, match.end), person: match.personId });
    cursor = match.end;
  }
  if (cursor < segment.text.length) parts.push({ ...segment, text: segment.text.slice(cursor) });
  return parts;
}

/** Links the first mention of each person in each paragraph to the person's page. */
export function linkPeople(blocks: readonly DocBlock[], find: (text: string) => NameMatch[]): DocBlock[] {
  return blocks.map((block) => {
    if (block.kind !== 'paragraph') return block;
    const linked = new Set<string>();
    return { ...block, segments: block.segments.flatMap((segment) => splitSegment(segment, find, linked)) };
  });
}
