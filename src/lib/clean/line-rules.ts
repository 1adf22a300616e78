import { stemWord } from '../text/stem.ts';
import { foldWord, isMeaningful, wordsOf } from '../text/words.ts';

/** Words that carry meaning: not stop words, not bare numbers. */
const significantWords = (line: string) => wordsOf(line).filter((word) => isMeaningful(foldWord(word)));
const stemOf = (word: string) => stemWord(foldWord(word));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Labels that news sites put on lines that are not part of the article.
 * A line that is exactly a label, or a label followed by a separator and a
 * link text ("Also read: …"), is boilerplate.
 */
const LABELS = [
  'also read',
  'read also',
  'read next',
  'also watch',
  'watch also',
  'also see',
  'also listen',
  'read more',
  'more from',
  'more on this',
  'see also',
  'see more',
  'citation',
  'you may also like',
  'you might also like',
  'more stories',
  'more news',
  'latest news',
  'breaking news emails',
  'related',
  'related stories',
  'related articles',
  'related coverage',
  'recommended',
  'recommended stories',
  "don't miss",
  'must read',
  'trending',
  'trending now',
  'top stories',
  'watch',
  'watch now',
  'listen',
  'advertisement',
  'sponsored',
  'sponsored content',
  'partner content',
  'partner material',
  'paid content',
  'paid partnership',
  'more to listen to',
  'more to watch',
  'promoted',
  'share this',
  'share this article',
  'share this story',
  'share',
  'read the full article',
  'read the full article here',
  'read the full story',
  'read the full story here',
  'continue reading',
  'click here',
  'story continues below',
  'story continues below advertisement',
  'scroll to continue',
  'key events',
  'learn more',
  'load more',
  'load more updates',
  'show more',
  'see more stories',
  'republish this story',
  'republish this article',
  'email address',
  'your email address',
  'sign me up',
  'join the conversation',
  'like this',
  'report an error',
  'report a correction',
  'report a typo',
  'suggest a correction',
  // The same labels on pages in other languages: translated copies keep them.
  'pubblicità',
  'publicidad',
  'publicité',
  'publicidade',
  'anzeige',
  'reklama',
  'hysbyseb',
  'leggi anche',
  'lee también',
  'lire aussi',
  'leia também',
  'czytaj także',
  'czytaj też',
  'darllen mwy',
  'previous',
  'next',
  'previous article',
  'next article',
  'fact checked',
  'write a comment',
  'add a comment',
  'post a reply',
  'previous episode',
  'next episode',
  'our staff reporter',
  'report a problem with this page',
  'refresh for latest updates',
  'classified',
  'classifieds',
  'parish notices',
  'class notes',
  'also in this issue',
  "also in this week's issue",
  'how we reviewed this article',
  'staff reporter',
  'staff writer',
  'hide ad',
  'close ad',
  'skip ad',
  'our correspondent',
  'our special correspondent',
];

/** Openings only a site's call to its reader has: "Sign up to …", "Subscribe …", "Like this story? …". */
const CALL =
  /^(?:(?:subscribe|sign up)(?=\s|$)|for (?:more|the latest) [^,]{0,30}\b(?:news|updates|stories)\b[^,]{0,20}, (?:follow|download|sign up|subscribe|join)(?=\s)|(?:click|tap) here\b|have your say|like (?:what you|this (?:story|article))|if you enjoyed|(?:got|have|do you have) an? (?:story|news tip|tip|score|result|photo|picture|video|question)\b|have you seen something|(?:found|spotted|know) something\b[^.!?]{0,40}\?|not a (?:member|subscriber)(?: yet)?\?|don['’]t miss\b[^.!?:]{0,40}:\s*(?:sign up|subscribe|get|download|follow|join)\b|(?:independent|good|quality|local) (?:journalism|reporting|news) costs\b)/i;
/** A link's words closing the site's pitch: "Get recall alerts by email — sign up here". */
const SIGN_UP_LINK = /\b(?:(?:sign up|subscribe|click|tap|register) here|contact us)\.?$/i;
/** A paywall's opening: only the site says it, however many sentences follow ("Unlock this story. Subscribe now. …"). */
const PAYWALL = /^(?:unlock (?:this|the full) (?:story|article)\b|you have \d+ free (?:articles?|stories|reads)\b)/i;
/** Verbs a call to the reader opens with, that a sentence of the article may open with too. */
const ACT =
  /^(?:download|follow|listen|watch|click|tap|share|join|enter|send|contact|ask|leave|comment|support|donate|give|find|register|get|read|show|visit|tell|whatsapp|email|e-mail|text|call|place|sign)(?=\s|$)/i;
/**
 * The object an imperative takes: "Download the …", "Send us …", "Follow @…", "Get Launchpad Daily's …" (not "Share
 * prices", "Support for").
 */
const IMPERATIVE_OBJECT =
  /^\S+\s+(?:(?:the|our|us|this|your|a|an|@|to|up|in|on)\b|\S+@\S+|(?:\p{Lu}[\p{L}&.-]*\s){0,3}\p{Lu}[\p{L}&.-]*['’]s\s|(?:\p{Lu}\S*\s){1,3}on (?:WhatsApp|Instagram|Twitter|X|Facebook|LinkedIn|Telegram|TikTok|YouTube)\b)/iu;
/** A button's label: four words at most ("Show key events only", "Leave a comment"). */
const BUTTON_WORDS = 4;
/** A subheading that opens with such a verb goes on with one of these: "Show of force", "Follow the money". */
const NOT_A_BUTTON = /^\S+\s+(?:of|for|to|in|on|and|the|out|up|down|at|by|from|with|is|was)\b/i;
/** What such a line offers or asks for: the reader, the site, its app, its channels. */
const OFFER =
  /\b(?:us|[Oo]ur|here|this (?:post|article|story|episode|news)|[Aa]pp|[Nn]ewsletters?|[Aa]lerts|[Cc]omments|(?:a|your) comment|[Ee]-?mail|WhatsApp|Instagram|Twitter|Facebook|Telegram|LinkedIn|TikTok|YouTube|[Pp]odcast|full (?:story|article))\b|(?<![\w.])@\w|\b(?:tips|news|newsdesk|editor|editors|letters|desk|corrections|feedback)@/;
/**
 * "Your" speaks to the reader as the site's customer ("Ask your smart speaker …", "Your gift helps …", "Send your
 * photos") in the clause that asks; "your body", "your GP", "your local council" and a later clause's "keep your
 * phone charged" are the article's advice.
 */
const YOUR =
  /\b[Yy]our (?:(?:free|first|own|daily|weekly) )?(?:inbox|e-?mail|news|story|stories|tips?|views|thoughts|comments?|support|gift|donation|subscription|account|account manager|membership|copy|door|smart speaker|feed|photos?|videos?|pictures?|questions|say|access|reg|car|valuation|ticket|seat|postcode|zip code|location|details)\b/;
const firstClause = (sentence: string) => sentence.split(/,\s|;\s|\s(?:and|or|but|if|when|while|because|so)\s/)[0];
/** Longest such line: a sentence of the site's. */
const MAX_CALL_WORDS = 25;

/**
 * The site asking the reader to act, not quoted: "Download the KXRT Weather app for live radar and
 * alerts.", "Sign up to Inside Saturday", "Got a story? Email us at …", "Send us news". After a verb an
 * article may open with too, a short line without closing punctuation is a button ("Show original"), unless
 * it reads as a subheading ("Show of force"); a sentence must take an object and speak of the site, its app
 * or its channels ("Download the … app"), not merely open with the verb ("Share prices fell …").
 */
export function isCallToAction(raw: string): boolean {
  // "📣 For more lifestyle news, follow us …": a sign before the words is decoration.
  const line = raw.replace(/^[^\p{L}\p{N}“"‘']+/u, '');
  const words = wordsOf(line).length;
  if (words > MAX_CALL_WORDS || isReportedSpeech(line)) return false;
  if (PAYWALL.test(line) || SIGN_UP_LINK.test(line)) return true;
  // An answer in an interview may tell the reader what to do at more length: three sentences are not a call.
  const sentences = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (sentences.length > 2) return false;
  // The call may follow the site's pitch: "Never miss a review. Sign up for …", "Do you know more? Contact …".
  return sentences.some((sentence) => {
    if (CALL.test(sentence)) return true;
    if (!ACT.test(sentence)) return false;
    const button = wordsOf(sentence).length <= BUTTON_WORDS && !/[.!?]$/.test(sentence) && !NOT_A_BUTTON.test(sentence);
    // What the call offers may follow in the next sentence: "Support the mission of the Diocese. Your gift helps …".
    const offered = OFFER.test(line) || sentences.some((part) => YOUR.test(firstClause(part)));
    return button || (IMPERATIVE_OBJECT.test(sentence) && offered);
  });
}

/** Words of a name line: capitalised, or all capitals ("NADIA BERTRAND"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A line that is only a name or a label of two to four capitalised words, none of them a stop word or a
 * figure: a byline without its "By" ("Andrew Beckett", "NADIA BERTRAND"), a section or widget title
 * ("Related Topics", "Last Price"). Between two paragraphs such a line may be a subheading; the caller
 * asks where it stands.
 */
export function isNameShaped(line: string): boolean {
  const words = wordsOf(line);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    /^\p{L}/u.test(line.trim()) &&
    line.trim() === line.trim().replace(/[^\p{L}\s'’.-]/gu, '') &&
    words.every((word) => NAME_WORD.test(word) && isMeaningful(foldWord(word)))
  );
}

/** Copyright lines: "© 2025 …", "Copyright 2025 Reuters", "… All rights reserved." */
const COPYRIGHT =
  /^(©|copyright\s*(©|\(c\)|\d{4})|this (document|article|material|content) is (subject to|protected by) copyright)|all rights reserved\.?$|(?:^|[.!?©]\s*|\d{4}[.,]?\s+)all rights reserved\.|\b(?:reproduction|redistribution) (?:is )?(?:prohibited|only under licen[cs]e)\b/i;
/** A newsroom's own notes about a report, never its text; each pattern is a whole line. */
const TRAILER = [
  // "Associated Press writer Kim Tran in Austin contributed to this report."
  /^[^.!?]{0,120}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$/i,
  // "Bertrand covers France for The Associated Press.", "Marcus Delaney covers public safety for the Courier-Ledger. Reach him at …",
  // "Erik Lindqvist covers education for Northern Lakes Public Radio. He joined KNLR in 2021 …"
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:covers|reports on|writes about)\s[^.!?]{1,80}\sfor\s(?:[Tt]he\s)?(?:\p{Lu}[\p{L}'’&.-]*\s?)+\.(?:\s+(?:(?:Reach|Contact|Email|Follow)\s(?:him|her|them)|(?:He|She|They)\s(?:joined|previously|was|is|has)|Send (?:tips|news))\b.*)?$/u,
  // "(Adds Ukrainian president's comments in paragraphs 4-5)": a wire update note.
  /^\((?:adds|updates|recasts|rewrites|corrects|changes|removes|fixes|refiles|writethru)\b[^)]*\)$/i,
  // "Our Standards: The Thomson Reuters Trust Principles."
  /^our standards\s*:/i,
  // "This page has been automatically translated from Portuguese.", "[Translated from Japanese]"
  /^[[(]?(?:this (?:page|article|story) (?:has been|was) )?(?:automatically |machine[- ])?translated (?:from|by)\b[^.!?]{0,40}[.\])]?(?:\s+read the original\b[^.!?]{0,40})?$/i,
  // "This article was first published in Norwegian and has been translated by NKK English."
  /^this (?:article|story|report) was (?:first|originally) (?:published|written) in \p{L}+\b[^.!?]{0,60}\btranslated\b[^.!?]{0,60}\.?$/iu,
  // "This transcript was generated automatically and may contain errors."
  /^this transcript (?:was|has been|is) (?:generated|produced|created)\b/i,
  // "Originally published as Townsville residents urged to prepare …"
  /^originally published (?:as|in|on|by)\b/i,
  // "Correction: An earlier version of this article gave the wrong age …"
  /^(?:correction|clarification|editor['’]?s note)(?:\s+[\d.:/]+)?\s*:\s*(?:an? )?(?:earlier|previous) version\b/i,
  // "Correction: In the Summer 2024 issue we wrongly said the boathouse opened in 1962."
  /^(?:correction|clarification)\s*:.{0,120}\bwe (?:wrongly|incorrectly|mistakenly)\b.*$/i,
  // A journal's declarations: "… The authors declared no conflicts of interest."
  /^.{0,200}\b(?:declared|declare|report|reported) no (?:conflicts? of interest|competing interests?)\.?$/i,
  // "Editor's note: This story has been updated to include …"
  /^editor['’]?s note\s*:\s*this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b/i,
  // "This article was produced with support from the … Foundation."
  /^this (?:article|story|report|series|content|coverage) (?:was|is) (?:produced|made possible|supported|funded) (?:with|by|through) (?:the )?(?:financial )?(?:support|funding|a grant)\b/i,
  // "This research was funded by the Coastal Futures Trust …", "This project is funded by the Ellery Family Foundation …"
  /^this (?:research|project|work|study|programme|program|reporting|newsletter) (?:was|is) (?:funded|supported|made possible|sponsored) (?:in part )?by\b/i,
  // "The Columbus Caucus is a project of Statehouse Media LLC."
  /^(?:The )?\p{Lu}[^.!?]{0,60} is a (?:project|publication|service) of \p{Lu}[^.!?]{0,60}\.(?:\s+[^.!?]{0,160}[.!?])?$/u,
  // A programme's credits: "Credits: Produced by Holly Chen. Music by Far North Sound."
  /^credits\s*:/i,
  // "Credit: Wanjiru Kamau for Field & Lab", "Editor-in-chief: Hallvard Brekke", "Author: Marcus Greenlee"
  /^(?:[Cc]redit|[Pp]hoto credit|[Ee]ditor-in-chief|[Mm]anaging editor|[Pp]ublisher|[Aa]uthor|[Jj]ournalist)\s*:\s*\p{Lu}[^.!?]{0,60}$/u,
  // "This article appears in the April 2025 issue of Field & Lab under the headline …"
  /^this (?:article|story) (?:appears|appeared|was published) in (?:the )?[^.]{0,60}\b(?:issue|edition)\b/i,
  // A footer's ownership and copyright: "Pixel Dispatch is part of Brightwave Media Group. © 2024 Brightwave Media Group Ltd."
  /^[^©]{0,120}©\s?(?:\d{4}|\p{Lu})[^©]{0,80}$/u,
  // A footer's registration: "Fenland Wildlife Trust is a registered charity no. 1234567. Company no. 0765432."
  /^[^.!?]{0,80}\bregistered (?:charity|company)(?: (?:in|for) [\p{L} ]{1,30})?,? (?:(?:no|number)\.?\s*:?\s*[\dA-Z][\d\s]{3,}\b|\(\s*[A-Z]{0,2}\d{5,}\s*\)).{0,120}$/iu,
  // A note on the report's funding or correction: "Editor's note: Priya Lindqvist received a grant …",
  // "This article was amended on 15 November 2024 to correct …", "… which has no say over what we check".
  /^editor['’]?s note\s*:/i,
  /^th(?:is|ese) (?:article|story|report|piece|post|page|episode notes|show notes|notes) (?:was|were|has been|have been) (?:amended|corrected|updated|changed) (?:on|to|since)\b/i,
  /^[^.!?]{0,160}\b(?:has|had|have) no (?:say|editorial (?:say|control|input)) (?:over|in)\b.{0,160}$/i,
  // "Published and promoted by J. Keeling, … on behalf of …": an election imprint.
  /^(?:published|promoted|printed) and (?:published|promoted|printed) by\b/i,
  // A reference in a sources box: "McAllister F, et al. Protected napping … Sleep & Shift Work. 2024."
  /^\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3}(?:, \p{Lu}[\p{L}'’-]+ \p{Lu}{1,3})*,? et al\.\s.*\b(?:19|20)\d{2}\b[;:()\d.,\s-]*$/u,
  /^\((?:\p{Lu}{2,6})\)$/u,
];

/**
 * A writer's bio in its usual shapes: "Dana Whitcombe has covered the Ohio Statehouse since 2016. Reach her at …",
 * "Ingrid Haugland is NKB's Svalbard correspondent and has reported from Longyearbyen since 2019."
 */
const ROLE = '(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Cc]olumnist)';
const BIO_LINE = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}'’.-]+\\s){1,3}(?:\\([^)]{1,30}\\)\\s)?|The (?:writer|author) )(?:` +
    // "… has covered the Ohio Statehouse since 2016", "… has written about travel for more than a decade"
    `has (?:been )?(?:covered|covering|reported|reporting|written|writing)\\b[^.!?]{0,100}\\b(?:since \\d{4}|for (?:more than |over |nearly |almost )?(?:a decade|two decades|\\w+ years))` +
    // "… is NKB's Svalbard correspondent", "… is Launchpad Daily's Southern Europe reporter", "… is a freelance writer"
    `|is (?:(?:\\p{Lu}[\\p{L}&.-]*\\s){0,3}\\p{Lu}[\\p{L}&.-]*(?:['’]s|(?<=s)['’])|the|an?) (?:[\\p{L}-]+ ){0,3}${ROLE}\\b` +
    // "… covers Norfolk city government and the environment. Reach him at …"
    `|covers [^.!?]{3,100}(?=\\.\\s+(?:Reach|Contact|Email)\\b)` +
    // "… joined The Harbour Standard in 2021 and covers …"
    `|joined (?:the )?\\p{Lu}[^.!?]{0,40} in \\d{4}\\b[^.!?]{0,80}\\b(?:covers|reports|writes|edits)\\b` +
    // "… farms 60ha in Suffolk and has been Arable Editor since 2019"
    `|[^.!?]{0,80}\\bhas been (?:[\\p{L}-]+ ){0,3}${ROLE} since \\d{4}` +
    `)[^.!?]*\\.(?:\\s+(?:Reach|Contact|Email|Follow|Send|She|He|They|Her|His|Their|The (?:post|role|position))\\b[^!?]*?[.!?])*$`,
  'u',
);

/** A note on the writer, wherever the page puts it. */
export function isBioLine(line: string): boolean {
  return BIO_LINE.test(line.trim());
}

/** Lowercase words a credit may name a newsroom with. */
const NEWSROOM_WORDS = new Set(['bureau', 'bureaus', 'staff', 'desk', 'newsroom', 'team', 'correspondents']);

/** The roles a wire trailer credits: "(Reporting by …; Editing by …)". */
const CREDIT_ROLE =
  /\b(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|written|edited|photos?|photographs?|graphics?)\s+by\b/gi;

/** What follows a label before its link: a colon, a bar, an arrow or a dash (spaced, so not "Related-party"). */
const SEPARATOR = /^\s*(?:[:|»›–—·•]|-(?=\s))/u;
const URL_ONLY = /^(https?:\/\/|www\.|(?:twitter|x|facebook|instagram|tiktok|linkedin)\.com\/)\S+$/i;
const TERMINAL = /[.!?:;…"“”'’)\]]$/u;
const MAX_HEADING_WORDS = 14;
/** A subheading shares at least a third of its words with the article; measured teasers share under a fifth. */
export const MIN_TOPICAL_OVERLAP = 1 / 3;

/** Normalises a line for comparison with labels: lowercase, straight quotes, no edge punctuation. */
function normalised(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A navigation or advertising label, alone or in front of a link text. */
export function isLabelLine(line: string): boolean {
  // A bilingual page gives each label in both languages: "Hysbyseb / Advertisement", "Darllen mwy / Read more: …".
  const halves = line.split(/\s\/\s/);
  if (halves.length === 2 && halves.some((half) => isOneLabel(half.trim()))) return true;
  // A form's fields and button copied as one line, spaced apart: "Your email address   Sign me up".
  const fields = line.trim().split(/\s{3,}/);
  if (fields.length > 1 && fields.every(isOneLabel)) return true;
  return isOneLabel(line);
}

function isOneLabel(line: string): boolean {
  const text = normalised(line);
  const lowered = line.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (LABELS.includes(text)) return true;
  if (LABELS.some((label) => lowered.startsWith(label) && SEPARATOR.test(lowered.slice(label.length)))) {
    return true;
  }
  // "← Previous post: …": an arrow before the label is the link's.
  const unmarked = line.trim().replace(/^[^\p{L}\p{N}]+/u, '');
  return isListLabel(line) || TEASER_LABEL.test(unmarked) || isCallToAction(line);
}

/** A link to another story under its label: "Related news: Otters spotted …", "Previous post: New bakery opens …". */
const TEASER_LABEL = /^(?:related(?: \p{L}+)?|(?:previous|next|older|newer) (?:post|article|story|entry))\s*:\s*\S/iu;

/** A line's shape: its words and figures as classes, "Aa Aa (Aa) 9" for "Grace Okafor (Labour) 48,212". */
export const shapeOf = (line: string) => {
  // A table row's cells: "Team | P | W | L | Pts" has the shape of "Canterbury | 9 | 7 | 2 | 34".
  // A Markdown row closes its cells with bars at both ends: "| Monday | 10am–5pm |".
  const edged = /^\|.*\|$/.test(line.trim());
  const cells = line
    .trim()
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/\s\|\s/).length;
  if (cells >= 3 || (edged && cells >= 2)) return `row of ${cells}`;
  return (
    line
      .replace(/\p{Lu}[\p{L}'’-]*/gu, 'A')
      .replace(/\p{Ll}[\p{L}'’-]*/gu, 'a')
      .replace(/\p{N}[\p{N},.]*/gu, '9')
      // A list of names is one shape however long: "Yes (8): Lindqvist, Okafor, …", "No (4): Dunleavy, …".
      .replace(/(?:, [Aa9])+/g, ', …')
  );
};

/** A list item: "- Cost: £2m", "• Bruxner Highway", "3. Schools closed", "10 October – Manchester, Albert Hall". */
export const isListItem = (line: string) =>
  /^(?:[-–•*·]|\d{1,2}[.)]|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* [–—-])\s/i.test(
    line.trim(),
  );

/** Labels that open a list of other stories: "Related articles", "Also interesting", "More episodes", "READ ALSO". */
const LIST_LABEL =
  /^(?:also (?:read|interesting|see)|read (?:also|more|next)|more (?:on this story|stories|news|episodes|coverage|like this)|read more on related \p{L}+|related(?: \p{L}+)?|you (?:may|might) also like|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended(?: stories| for you)?|top stories|latest (?:news|stories)|further reading|see also|in other news|partner (?:content|material)|more to (?:listen to|watch|read)|tags|topics|keywords|filed under|more (?:[\p{L}-]+ ){0,2}(?:stories|news|checks|videos|articles|reports|features|reviews|podcasts|episodes))$/u;
/** The same labels naming a site or a topic, capitalised: "More from Harbour Herald", "Read more on Ukraine". */
const NAMED_LIST_LABEL = /^(?:[Mm]ore from|[Aa]lso on|[Rr]ead more on) \p{Lu}[\p{L}'’&. -]*$/u;

/** A label that opens a list of other stories, alone on its line. */
export function isListLabel(line: string): boolean {
  return LIST_LABEL.test(normalised(line)) || NAMED_LIST_LABEL.test(line.trim());
}

/** A quotation or a reported statement ("“Join us on Saturday,” the mayor said."): article text, whatever it opens with. */
export function isReportedSpeech(line: string): boolean {
  return /[“”"«»]/.test(line) || /\b(?:said|says|told|added|asked|wrote)\b/i.test(line);
}

/**
 * A wire trailer or copyright line. A trailer names only people and desks
 * after its roles ("Reporting by Tom Balmforth; Editing by Gareth Jones"),
 * so "Reporting by local radio suggested …" stays: it is a sentence.
 */
export function isCreditLine(line: string): boolean {
  const trimmed = line.trim();
  if (COPYRIGHT.test(trimmed) || TRAILER.some((pattern) => pattern.test(trimmed))) return true;
  const inner = trimmed.replace(/^\(|\)\.?$/g, '');
  if (!new RegExp(`^${CREDIT_ROLE.source}`, 'i').test(inner)) return false;
  const names = inner.replace(CREDIT_ROLE, ' ').replace(/[;,.]|\b(?:and|in|with)\b/g, ' ');
  // Names, or a newsroom credited as one ("Newsline Moscow bureau", "staff").
  return wordsOf(names).every((word) => /^\p{Lu}/u.test(word) || NEWSROOM_WORDS.has(word));
}

/** A line that is only a web address. */
export function isLinkLine(line: string): boolean {
  return URL_ONLY.test(line.trim());
}

/** Short, without closing punctuation: a headline or subheading rather than a sentence. */
export function isHeadingShaped(line: string): boolean {
  const words = wordsOf(line);
  return words.length > 0 && words.length <= MAX_HEADING_WORDS && !TERMINAL.test(line.trim());
}

/**
 * Title Case: nearly every meaningful word capitalised ("This Could Be the
 * Most Important Video …"). Sentence case capitalises only names.
 */
export function isTitleCase(line: string): boolean {
  const words = significantWords(line);
  if (words.length < 3) return false;
  const capitalised = words.filter(isCapitalised).length;
  return capitalised / words.length >= 0.8;
}

/** How many of the article's lines use each stem: what a line is matched against to tell its topic. */
export type ArticleStems = ReadonlyMap<string, number>;

/** Whether a line votes on what the article is about: running text, not a Title Case or short line (the suspects). */
export const votesOnTopic = (line: string) => !isHeadingShaped(line) && !isTitleCase(line);

/**
 * Share of a line's meaningful words whose stems occur in the rest of the
 * article: a subheading speaks of the story, a teaser for another story
 * mostly does not. A line that voted is not matched against its own words
 * ("The property quiz: how well do you know your postcode?" shares
 * nothing with a report on office rents).
 */
export function topicalOverlap(line: string, articleStems: ArticleStems): number {
  const words = significantWords(line);
  if (words.length === 0) return 0;
  const own = votesOnTopic(line) ? new Set(words.map(stemOf)) : new Set<string>();
  const elsewhere = (stem: string) => (articleStems.get(stem) ?? 0) - (own.has(stem) ? 1 : 0) > 0;
  return words.filter((word) => elsewhere(stemOf(word))).length / words.length;
}

/** The stems of the lines that vote on the article's topic, each with the number of lines using it. */
export function stemsOf(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines.filter(votesOnTopic))
    for (const stem of new Set(significantWords(line).map(stemOf))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

/**
 * A Title Case line (or a question) that may end in "?" or nothing, and
 * that is about something other than the article: an ad or a teaser.
 */
export function isTeaserLine(line: string, articleStems: ArticleStems): boolean {
  const trimmed = line.trim();
  const shaped = isHeadingShaped(trimmed) || (trimmed.endsWith('?') && wordsOf(trimmed).length <= MAX_HEADING_WORDS);
  return shaped && isTitleCase(trimmed) && topicalOverlap(trimmed, articleStems) < MIN_TOPICAL_OVERLAP;
}
