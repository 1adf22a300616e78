/** Why the cleaner removed a line from a raw copy. */
export const REMOVAL_RULES = [
  'date-marker',
  'headline',
  'label',
  'teaser',
  'credit',
  'link',
  /** A photo caption or photo credit. */
  'caption',
  /** Page furniture: cookie and consent banners, log-in walls, "Most read" widgets, breadcrumbs, share rows. */
  'furniture',
  /** A time stamp or byline of the page: "Published 23 May 2025, 06:15 BST", "Updated 2 hours ago", "By Jane Smith". */
  'stamp',
  /** A note on the author: "Jane Roe is a reporter for …", "… has covered the Statehouse since 2016". */
  'author-bio',
] as const;

export type RemovalRule = (typeof REMOVAL_RULES)[number];
