/** How much of a growing story one page shows; the rest is a link away. */
export const PAGE_LIMITS = Object.freeze({
  /** Entries on the event timeline. */
  timelineEntries: 120,
  /** Citations listed under one timeline entry before "and N more". */
  entryCitations: 6,
  /** Latest reports listed on the timeline page. */
  timelineReports: 30,
  /** Other reports of the story listed on a report page. */
  siblingReports: 8,
  /** People offered as filter chips. */
  filterPeople: 12,
  /** Shared quotes on the timeline page. */
  sharedQuotes: 20,
  /** Passages listed on a person's page. */
  personPassages: 200,
  /** Stories on the front page; every story is on /stories/. */
  frontStories: 30,
  /** People named on a front-page story card. */
  cardPeople: 4,
  /** Latest reports listed on a front-page story card. */
  cardReports: 3,
  /** Reports per page of the archive. */
  archivePage: 50,
});
