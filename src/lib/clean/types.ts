/** Why the cleaner removed a line from a raw copy. */
export const REMOVAL_RULES = ['date-marker', 'headline', 'label', 'teaser', 'credit', 'link'] as const;

export type RemovalRule = (typeof REMOVAL_RULES)[number];
