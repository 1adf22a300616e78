// Lines a page puts around an article, each a whole line: furniture (banners, walls, widgets), stamps
// (times and bylines) and captions. None of them is ever a sentence of the article.
import { wordsOf } from '../text/words.ts';
import { WEEKDAY, WEEKDAY_CAPITALISED } from '../text/weekday-names.ts';
import { isReportedSpeech } from './line-rules.ts';

/** Lines this long or shorter can be a stamp; a longer line is prose. */
const MAX_STAMP_WORDS = 12;

/** Page furniture: never article text, whatever the page. Each pattern is a whole line. */
const FURNITURE = [
  /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.*$/i,
  /^(?:accept|reject|allow|manage|customi[sz]e)(?: all)?(?: cookies| preferences| settings| choices)?$/i,
  /^(?:cookie|privacy|consent) (?:settings|policy|preferences|notice)$/i,
  /^(?:log ?in|sign ?in|log ?out|sign ?out|sign up|register|create (?:an|a free) account|my account)$/i,
  /^already (?:a subscriber|have an account)\b.*$/i,
  /^subscribe(?: now| today)?(?: to (?:continue|keep) reading)?\.?$/i,
  /^(?:most (?:popular|viewed|shared)|newsletters?|latest|editor'?s picks|more on this story|comments?|\d+ comments?|comments? \(\d+\))$/i,
  /^(?:comments? (?:are|is) (?:now )?closed|commenting (?:is|has been) (?:closed|disabled)|continue reading below|(?:was|is) this (?:page|article) (?:helpful|useful)\?|autoplay\b|(?:▶\s*)?play (?:video|audio)\b|pinned (?:post|entry)$|\(more\)$).*$/i,
  // A page's widgets: "Listen to article", "Open this photo in gallery:", "Kindly Share This Story:", "Bookmark".
  /^(?:listen to (?:this )?article|open this (?:photo|image) in (?:the )?gallery|(?:kindly )?share this (?:story|article)|bookmark|add to (?:my )?(?:briefcase|reading list|favourites|favorites)|see all (?:warnings|alerts)|for (?:subscribers|members)(?: only)?|(?:all )?(?:markets?|quotes?|prices?|data) (?:are |is )?delayed (?:by )?(?:a minimum of |at least |up to )?\d+ min(?:ute)?s?\b.*|auto-?refresh (?:on|off)|this audio (?:is|was) (?:generated|produced)\b.*)\s*:?$/i,
  // A teaser under its label: "READ: Marikina, Pasig declare state of calamity after July floods".
  /^read\s*:\s+\S.*$/i,
  // A subscription form's messages: "Your subscription has been successful."
  /^your subscription (?:has been|was|could not be)\b.*$/i,
  /^don['’]t miss (?:out|a thing)\b.*$/i,
  // Classified ads: "FOR SALE: 2016 16-row planter …", "WANTED: Hay ground to rent …".
  /^(?:FOR SALE|WANTED|FOR RENT|TO LET)\s*:.*$/,
  // A ticker: "CORN N24 4.48 ▼ 0.03 | SOYBEANS N24 11.82 ▲ 0.06".
  /^(?=(?:.*[▲▼]){2}).*\d.*$/u,
  /^.{0,60}\bis not responsible for the content of external (?:sites|websites|links)\.?$/i,
  // A live page's alert switch: "Get alerts on this story: Turn on notifications".
  /^.{0,60}\bturn on (?:push )?notifications$/i,
  // A data supplier's credit: "Odds and lines provided by SportsLedge.", "Results provided by Ballotline Data."
  /^(?:[\p{L}]+ (?:and )?){0,2}(?:data|results|odds|lines|figures|prices|quotes|scores|statistics|stats|weather)(?: data)? (?:provided|supplied|powered) by \p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3}\.(?:\s+[^.!?]{0,60}[.!?])?$/iu,
  // A betting ad's obligatory line: "… Gambling problem? Call 1-800-GAMBLER.", "Please bet responsibly."
  /^.{0,200}\b(?:gambling problem\?|(?:bet|gamble|play) responsibly\b|\bmust be 18\+).*$/i,
  // A label the page puts on a disclaimer or on paid content: "Disclaimer: …", "Sponsored content from …: …".
  /^(?:disclaimer|sponsored(?: content)?(?: (?:from|by) [^:]{1,40})?)\s*:.*$/i,
  // A reporter's address alone: "wmureithi@sentinel.example".
  /^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  // A breadcrumb ("Cardiology › Heart Failure") or a link's arrow ("See results by neighborhood ›").
  /^[\p{L}&' -]{1,30}(?:\s*[›»]\s*[\p{L}&' -]{1,30})+$/u,
  // A bilingual or spaced breadcrumb: "Hafan / Home > Newyddion / News > Machynlleth", "You are here: News > Appeals".
  /^(?:you are here\s*:\s*)?[\p{L}&'/ -]{1,30}(?:\s[>›»]\s[\p{L}&'/ -]{1,30})+$/iu,
  /^you are here\s*:.*$/i,
  /^(?:[^.!?]|\.(?=\d)){1,80}\s[›»]$/u,
  // A link's arrow closing a teaser or a pitch: "ERCOT says reserve margins look healthy …, but gas supply is the wildcard →".
  /^.{1,300}\s?(?:→|⟶|➔|➜)$/u,
  /^(?:topics|tags|keywords|tickers?|filed under)\s*:.*$/i,
  // Counters and share targets: "Over 4,000 subscribers", "12 Likes · 4 Restacks", "Facebook", "WhatsApp".
  /^(?:over |more than )?[\d,.]+[KkMm]?\+? (?:subscribers|followers|readers|members|likes|restacks|comments|shares|views)(?:\s*[·•|]\s*[\d,.]+[KkMm]? \p{L}+)*$/iu,
  /^(?:facebook|x|twitter|whatsapp|linkedin|messenger|telegram|reddit|pinterest|threads|bluesky|e-?mail|copy link|sms)$/i,
  // A commenter and when they wrote: "Mehmet K. · 3 hours ago".
  /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,3}\s*[·•|]\s*\d+\s*(?:minutes?|mins?|hours?|days?|weeks?)\s+ago$/u,
  // A live page's key events: "2h ago Airport says systems restored in Terminal 3".
  /^\d+\s?(?:m|min|h|hr|d)s?\s+ago\s+\p{Lu}.*$/u,
  // A terminal's furniture: "1) Related News  2) Save  3) Send", "Page 1/2", "11/14 07:58 *ARVENTA MINING NAMES …".
  /^(?:\d{1,2}\)\s+[\p{L} ]{2,20}\s{2,}){2,}.*$/u,
  /^page \d+\s*(?:\/|of)\s*\d+\b.*$/i,
  /^\d{1,2}\/\d{1,2} \d{1,2}:\d{2}(?::\d{2})?\s.*$/,
  /^to contact the (?:reporters?|editors?|writers?)\b.*:$/i,
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:in \p{Lu}[\p{L} ]+ )?at [\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
  /^(?:(?:\p{Lu}[\p{L}.]*\s){1,2}\d[\d ]{6,}\s*){3,}.*$/u,
  // A club's or sponsor's slot: "Official website of Ashbourne Town Football Club", "Proudly supported by …".
  /^(?:the )?official (?:website|site|app|home) of\b[^.!?]{0,80}$/i,
  /^proudly (?:supported|sponsored|brought to you) by\b.*$/i,
  /^(?:write|add|leave|post) a (?:comment|reply|response)\s*(?:\.{3}|…)?$/i,
  // A tag list run into its label: "Tags stock car 2018, stock car brasil, interlagos".
  /^tags?\s+[^.!?]+(?:,\s*[^.!?]+){2,}$/i,
  // Editor and shortcode residue shown as text: "<span data-mce-type=…>", "[button link=…]".
  /^(?:<|&lt;)\/?[a-z][a-z0-9]*[\s>/].*$/i,
  /^\[[a-z_]+\s+[a-z_]+\s*=.*$/i,
  /^(?:listen to this article|copy link|print|email|share on [\p{L}]+|share via [\p{L}]+)$/iu,
  /^\d+\s*min(?:ute)?s?\s+(?:to\s+)?read$/i,
  /^get the latest\b.*\binbox\.?$/i,
  /^get \d+% off\b.*$/i,
  /^(?:you must (?:be (?:a subscriber|logged in|signed in)|sign in|log in|register)|this (?:article|story|content) is (?:reserved |only )?for (?:subscribers|members)|register for free)\b.*$/i,
  /^(?:reuse this content|explore more on these topics|save(?: article| for later)?|gift (?:this )?article|view all photos|watch live|video duration\s+[\d:]+)$/i,
  // A photo viewer's and a page's widget labels.
  /^(?:advert|skip to (?:main )?content|loading(?: content)?\s*(?:\.{3}|…)?|caption|close|by|image \d+ of \d+|\d+ of \d+|(?:toggle|hide|show) caption|enlarge this image)$/i,
  /^[_\-–—=*·•~]{3,}$/,
  // Agency desk slugs: "mig/imm/rlp", "ct/dm/ap".
  /^[a-z]{2,4}(?:\/[a-z]{2,4}){1,5}$/,
  /^(?:home|news)(?:\s*[>›»|/]\s*[\p{L}&' -]+)+$/iu,
  // A dateline and stamp run together: "Pune | Updated: May 23, 2025 06:15 IST", "Manila Courier / 05:14 AM November 12, 2024".
  /^[\p{L} ]{1,30}\s\|\s(?:published|updated|posted)\s*:.*$/iu,
  /^[\p{L} ]{1,30}\s[|/]\s\d{1,2}[:.]\d{2}\s?(?:[AP]\.?M\.?)?\s(?:\p{L}{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s\p{L}{3,9}\.?\s\d{4})$/iu,
  // An obituary's run: "Published by The Hudson Valley Sentinel from Mar. 3 to Mar. 5, 2024."
  /^published (?:by|in) (?:the )?\p{Lu}[^!?]{0,60}\b(?:on|from) (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[^!?]{0,30}$/iu,
  // A reporter's role alone: "Transport editor", "Helena Ward Environment correspondent".
  /^(?:\p{Lu}[\p{L}'’-]*\s){0,5}(?:\p{L}+\s)?(?:correspondent|editor|reporter|writer|columnist|critic|producer)$/u,
  /^(?:\p{Lu}[\p{L}'’-]*\s?){1,4},\s(?:\p{Lu}[\p{L}-]*\s){0,3}(?:Correspondent|Editor|Reporter|Writer|Columnist|Critic|Producer)$/u,
  /^(?:[Jj]ournalist|[Cc]ontributor|[Rr]eporter)$/,
  /^(?:thank you|thanks) for (?:subscribing|signing up|reading)\b.*$/i,
  /^(?:invalid|please enter (?:a|your)|enter (?:a|your)) e-?mail(?: address)?\.?$/i,
  /^(?:our )?privacy (?:notice|policy)(?:\s*:.*)?$/i,
  /^(?:advertising|advertisement \d+|reading time(?:\s*:?\s*\d+ min(?:ute)?s?\.?)?|in this article:?|\d[\d,]* (?:characters|words))$/i,
  // "Photo gallery (12)", "Video gallery", "Türkiye's most read", "← Back to magazine index".
  /^(?:photo|image|picture|video) (?:gallery|galleries|slideshow)(?:\s*\(\d+\))?$/i,
  /^(?:[\p{L}'’ -]{1,30}['’]s )?most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news|today|this week))?$/iu,
  /^[←‹«]\s*(?:back|return) to\b.{0,60}$/iu,
  // A donation or offer pitch that closes on a button in capitals: "… Give $10 a month and get the mug. DONATE NOW".
  /^(?=.*\p{Ll}).{10,300}[.!?]\s+(?:DONATE|GIVE|SUBSCRIBE|JOIN|SIGN UP|BUY|SHOP|REGISTER|BOOK)(?: (?:NOW|TODAY|HERE))?\s*[›»→]?$/u,
  /^this advertisement has not loaded\b.*$/i,
  // Public radio's underwriting: "Support for KXRP comes from …", "Support for local news on KNLR comes from …" (a call
  // sign, not "Support for Labour comes from…").
  /^[Ss]upport for (?:[A-Z]{3,5}|this (?:program|programme|station|podcast)|(?:local )?(?:news|journalism|reporting) (?:on|at) [A-Z]{3,5}) (?:comes|is provided) (?:from|by)\b.*$/,
  // "Support for Lakeshore Public Radio's environment coverage comes from the Hartwell Family Foundation, …"
  /^[Ss]upport for (?:\p{Lu}[\p{L}&.-]*\s){1,5}?(?:\p{Lu}[\p{L}&.-]*['’]s\s)(?:[\p{L}-]+\s){0,3}(?:coverage|reporting|journalism|programming|newsroom|desk) (?:comes|is provided) (?:from|by)\b.*$/u,
  /^.{0,60}, opens (?:in )?(?:a )?new (?:tab|window)$/i,
  /^(?:please (?:turn on|enable) javascript|type your email(?:\s*(?:…|\.{3}))?|(?:sign|log) in or (?:register|create (?:an?|your)\b)|discover more from|see stories by|want to write for us\?|don['’]t miss out\.)(?:\s|$).*$/i,
  /^advertise with\b.*$/i,
  // Widgets of publishing platforms and players: "Member-only story", "1.2K followers", "Responses (12)",
  // "Recommended from Medium", "Upgrade to paid", "Now playing: …", "Back to top".
  /^(?:member-only story|upgrade to paid|give a gift subscription|discussion about this post|ready for more\?|restack|text to speech|closed captioning|now playing|watch live|live tv|back to top|scroll to top|print this (?:page|article)|download (?:the )?pdf|open in (?:the )?app|get the app|post a comment)$/i,
  /^\d+(?:[.,]\d+)?[KkMm]? (?:followers|following|claps|likes|shares|views|subscribers)$/,
  /^(?:responses?|replies|comments?|condolences|tributes|messages) \(\d+\)$/i,
  /^[Rr]ecommended from \p{Lu}.*$/u,
  /^(?:now playing|up next|next up|watch next)\s*:.*$/i,
  // A wire's reporter contact and desk lines: "((jane.doe@wire.example; +44 20 7542 0000))", "Further company coverage:".
  /^\(\(\s*[\w.+-]+@[\w.-]+[^()]*\)\)$/,
  /^(?:further company coverage|source text (?:for|in) [\p{L} ]{2,30})\s*:.*$/iu,
  // A health or finance site's standing disclaimer.
  /^(?:this (?:article|content|information|page) (?:is|was) (?:provided )?(?:for|intended for) (?:general )?information(?:al)? purposes only)\b.*$/i,
  /^.{0,120}\bis not (?:a substitute for|intended (?:as|to be) a substitute for) professional (?:medical|legal|financial) advice\b.*$/i,
  // An email newsletter's own lines: "View this email in your browser", "In today's issue: …", "You are receiving this email because …".
  /^(?:view|read|open) (?:this|the) (?:email|e-mail|newsletter|message)(?: online| in (?:your|a|the) (?:web )?browser)\b.*$/i,
  /^in (?:today['’]s|this|this week['’]s) (?:issue|edition|newsletter|briefing)\s*:.*$/i,
  /^you (?:are receiving|received|have received|are getting) this (?:email|e-mail|newsletter|message)\b.*$/i,
  /^you(?:['’]re| are) receiving this\b.*$|^reply to this (?:email|e-mail|newsletter)\b.*$/i,
  // A sponsor's slot: "Presented by Solvane Storage — long-duration batteries for a 24/7 grid. Book a demo →".
  /^(?:[Pp]resented|[Bb]rought to you|[Ss]ponsored|[Pp]owered|[Uu]nderwritten) by \p{Lu}[\p{L}&'’. -]{0,40}(?:\s[—–|:]\s.*)?$/u,
  // A press office's contact line: "Media enquiries only: … press office, 01452 555 000".
  /^(?:media|press) (?:enquiries|inquiries|contacts?)(?: only)?\s*:.*$/i,
  // A ticker of headlines: "BREAKING: Cedi recovers slightly … •  Black Stars squad named … •".
  /^(?:BREAKING|JUST IN|LATEST|LIVE|TRENDING|DEVELOPING)(?: NEWS)?\s*:(?=(?:.*(?:[•|]|\.\.\.|…)){2}).*$/,
  // A ticker of stamped headlines: "18:47 | Parliament approves amended budget   18:12 | Batumi airport gets …".
  /^\d{1,2}:\d{2}\s?\|\s?\p{Lu}[^|]{8,}?\s{2,}\d{1,2}:\d{2}\s?\|\s?\p{Lu}.*$/u,
  // A live-results strip: "LIVE TIMING ● Knockhill · Race 3 · Lap 18/18 · FINISHED".
  /^live (?:timing|scores?|results|ticker)\b.*$/i,
  // A banner: "WEATHER ALERT: Heat advisory in effect until 8 p.m." (an AMBER ALERT story runs longer).
  /^[A-Z][A-Z ]{2,}ALERT\s*:(?:\s+\S+){1,10}$/,
  // A chart's or picture's source: "Source: Métropole de Lyon".
  /^source\s*:\s*[^.!?]{1,40}$/i,
  // A subscription offer: "Get 3 months free, then £29/month", "1€ for the first month".
  /^(?![-–•*·]\s)(?=[^.!?]*\b(?:free|trial|then|only|subscribe|offer|first month)\b)[^.!?]{0,40}(?:\d+ months? free|(?:[£€$]\s?\d[\d.,]*|\d[\d.,]*\s?[£€$])\s*(?:\/\s?|per |a |for the first )(?:month|week|year))[^.!?]{0,30}$/i,
  // A talkback section and its widgets: "Talkbacks (3)", "Post a talkback", "Most relevant ▾", "3h  Like  Reply  41",
  // "Kernow Coast FM 104.2 · Author", "132 comments  58 shares".
  /^(?:talkbacks?|talkbacks? \(\d+\)|post a talkback|(?:most relevant|newest first|oldest first|top comments|all comments)\s*[▾▼⌄]?)$/i,
  /^(?=.*\bLike\b)(?=.*\bReply\b)(?:\d+\s?[smhdwy]|\d+|Like|Reply|Share|Report|Edited|·|\s)+$/,
  /^.{1,60}\s·\s(?:Author|Admin|Moderator|Top fan|Top contributor)$/,
  /^[\d,.]+[KkMm]? (?:comments?|shares|likes|reactions|views)(?:\s{2,}[\d,.]+[KkMm]? (?:comments?|shares|likes|reactions|views))+$/,
  // A share row in brackets or icons: "[KakaoTalk] [Facebook] [X] [Copy link] [Print] [A+] [A-]", "♡ Save   ⤴ Share".
  /^(?:\[[^\]]{1,20}\]\s*){3,}$/,
  /^(?:[^\p{L}\p{N}\s]\s*)?(?:save|share|print|bookmark|follow|gift)(?:\s+(?:[^\p{L}\p{N}\s]\s*)?(?:save|share|print|bookmark|follow|gift|email|comment))+$/iu,
  // A sign-in bar with an offer: "Login | Join Premium – first month for ₪1", "Sign in | Subscribe for 99p".
  /^(?:log ?in|sign ?in|register|subscribe)\s*\|[^.!?]{1,60}$/i,
  // A language switch: "This article is also available in Arabic.", "Read this story in Spanish".
  /^(?:[Tt]his (?:article|story|page|report) is (?:also )?available in|[Rr]ead (?:this|the) (?:article|story) in) \p{Lu}\p{L}+\.?$/u,
  // A wire's or colleague's credit: "(Hanguk Newswire contributed to this article.)", "Jane Roe contributed reporting."
  /^\(?(?:\p{Lu}[\p{L}'’.&-]*\s){1,5}(?:and (?:\p{Lu}[\p{L}'’.&-]*\s){1,4})?contributed (?:reporting )?(?:to this (?:article|report|story))?\.?\)?$/u,
  // An editor's standing note: "Names of some people in this report have been changed to protect their privacy."
  /^(?:some )?names (?:of (?:some )?[\p{L} ]{1,30} )?(?:in this (?:report|article|story) )?have been changed\b.*$/iu,
  // A press release's back matter: "Notes to editors", "For further information:", "Issued: 14 November 2024", "RNS Number : 4821K".
  /^(?:notes? (?:to|for) editors?|for (?:further|more) information(?: (?:please )?contact)?|media contacts?|press contacts?)\s*:?$/i,
  /^(?:issued|embargoed(?: until)?|embargo)\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).{0,40}$/i,
  /^RNS Number\s*:.*$/,
  // A page's labelled plugs: "QUIZ: How well do you know …", "[ANALYSIS] Why …", "JOBS: First Officer – …", "EVENTS: …".
  /^(?:QUIZ|POLL|GALLERY|PHOTOS|VIDEO|PODCAST|JOBS?|EVENTS?|VACANCIES|CLASSIFIEDS?)\s*:\s.*$/,
  /^(?:Events|Jobs)\s*:\s.*[–|].*$/,
  /^\[\p{Lu}{3,}(?: \p{Lu}{2,})*\]\s+\S.*$/u,
  // A poll's widget: "Do you think …? Yes / No / Don't know — Vote now".
  /^.{0,200}\b(?:vote now|cast your vote|see (?:the )?results)\s*[.!]?$/i,
  // Previous and next links with their arrows: "← Previous: Fuel prices fall for fifth week …".
  /^[←→‹›«»]\s*(?:previous|next)\b.*$/i,
  // An affiliate note: "Affiliate disclosure: … may earn commission …".
  /^(?:affiliate (?:disclosure|links?)|disclosure)\s*:.*$/i,
  // An advertiser's offer: a price and a call to buy ("Winter tyre check £19.99. Book now on …", "Print + digital from
  // £2.99 a week", "Zero fees on your first $10,000 … Capital at risk.").
  /^(?=.{0,300}$)(?=.*(?:[£$€]\s?\d|\d\s?(?:%|p\b)))(?=.*\b(?:book now|order now|shop now|buy now|limited time|compare prices|capital at risk|finance from \d|free delivery|subscribe (?:for|from)|delivered every|deals? from|zero fees|no fees)\b).*$/i,
  // A trust note or a policy of the site: "Why you can trust The Harbour Standard", "Our live coverage policy: …".
  /^(?:why you can trust\b.{0,60}|our (?:[\p{L}-]+ ){0,2}(?:policy|standards)\s*:.*)$/iu,
  /^(?:support|back) (?:[\p{L}-]+ ){0,2}(?:journalism|news|reporting)\s*[:—–-]\s*(?:donate|give|subscribe|join)\b.*$/iu,
  // A link's chevron after a sentence: "LOADSHEDDING: Stage 2 from 16:00 to 22:00 in Cape Town. Check your block »".
  /^.{1,200}\s[›»]$/u,
  // A competition's small print, a disclaimer's: "… R1.50/SMS. T&Cs apply.", "… accepts no liability for loss …".
  /^.{0,200}\b(?:T&Cs?|Ts&Cs|terms and conditions) apply\b.{0,40}$/i,
  /^.{0,200}\baccepts? no (?:liability|responsibility)\b.*$/i,
  /^.{0,120}\bviews expressed\b.{0,80}\b(?:their|his|her|the author['’]s|the guests['’]) own\b.*$/i,
  // "The views expressed are solely those of the authors.", "… not necessarily those of the editor."
  /^.{0,160}\bviews expressed\b.{0,80}\b(?:are|were) (?:solely |entirely )?(?:those of|the responsibility of) (?:the )?(?:authors?|contributors?|writers?)\b.*$/i,
  // "Rand Ledger does not provide financial advice. Readers should consult …"
  /^[^.!?]{0,80}\b(?:does|do) not (?:provide|give|offer|constitute) (?:personal |professional )?(?:financial|investment|legal|medical|tax) advice\.\s+(?:readers|you|investors) should\b.*$/i,
  // A land acknowledgement: "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians …".
  /^we acknowledge\b.{0,200}\b(?:traditional (?:custodians|owners)|first (?:australians|nations|peoples))\b.*$/i,
  // "The Namoi Valley Courier acknowledges the Gomeroi people, the traditional custodians of the land on which we work."
  /^[^.!?]{0,80}\backnowledges?\b.{0,200}\btraditional (?:custodians|owners)\b.{0,80}\b(?:on which we|where we)\b.*$/i,
  // The heading of a page's notices or listings: "Death Notices", "COMMUNITY NOTICES", "Dates for your diary",
  // "Services in December", "Jobs at Maré Systems and other startups".
  /^(?:(?:death|funeral|public|community|family|parish|church|legal|planning) notices?|in memoriam|obituaries|classifieds?|positions vacant|dates for (?:your|the) diary|(?:upcoming )?events|notices|what['’]s on(?: this (?:week|month))?|(?:jobs|careers|vacancies) (?:in|at|near) \p{Lu}[\p{L} -]{1,30}|(?:church )?services (?:in|for) (?:january|february|march|april|may|june|july|august|september|october|november|december)|jobs (?:at|with) .{1,40} and other .{1,30})$/iu,
  // A death notice: "HOLLOWAY, Margaret Joan (Peg). Passed away peacefully at Gunnedah Hospital …".
  /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?, \p{Lu}[\p{L}'’ -]{1,40}(?: \([^)]{1,30}\))?\.\s+(?:Passed away|Died|Late of|Peacefully|Suddenly)\b.*$/u,
  // "FRANCIS, Elma Theresa (née Joseph), 88, of Point Fortin, died peacefully on January 30. Funeral at …".
  /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?, \p{Lu}[\p{L}'’ -]{1,40}(?: \([^)]{1,30}\))?,(?: \d{1,3},)?(?: (?:late )?of [^,.]{1,40},)? (?:passed away|died)\b.*$/u,
  // A newsroom's address alone: "Contact: news@lagosherald.example".
  /^(?:contact(?: us)?|e-?mail(?: us)?|news ?tips?|tips)\s*:\s*[\w.+-]+@[\w.-]+\.?$/i,
  // A job's or a trader's row of short fields, with its pay or telephone: "Head of Sales, Nordics · Maré Systems ·
  // Oslo · €90k + equity", "J. BRAMPTON PLUMBING & HEATING · Boilers serviced · No job too small · Tel 01844 555 201"
  // (not a story's timetable or vote: "Senate vote: 36 yes · 4 no · 2 excused").
  /^(?!.*\p{Ll}[.!?]\s+\p{Lu})(?=.*(?:\b(?:[Tt]el|TEL|[Cc]all|[Pp]hone)\b\.?:?\s*[\d +()-]{7,}|\d+k\b|\bper annum\b|\+ equity\b))[^·]{2,60}(?: · [^·]{1,40}){3,}$/u,
  // A classified's or notice's label: "OBITUARIES: Joseph Albert Flett, …", "POSITIONS VACANT: …", "PUBLIC NOTICE — …".
  /^(?:OBITUAR(?:Y|IES)|DEATH NOTICES?|FUNERAL NOTICES?|IN MEMORIAM|POSITIONS? VACANT|SITUATIONS? VACANT|PUBLIC NOTICES?|CLASSIFIEDS?|FOR SALE|TO LET)\s*[:—–]\s.*$/u,
  // A platform's own lines: "This post is public so feel free to share it.", "You are using a browser version with limited support …".
  /^this post is public\b.*$/i,
  /^.{0,80}\byou are using a browser (?:version )?(?:with limited support|that is not supported)\b.*$/i,
  /^(?:access through your institution|view all(?: [\p{L}-]+){0,3}|chapters|references|(?:recent|latest|more) (?:death notices|obituaries|notices))$/iu,
  // A press release's end: "ENDS", "-ends-", "###".
  /^(?:-\s*)?(?:ends|end)(?:\s*-)?$|^#{3}$/i,
  // A page's update stamp as a sentence: "This page was last updated on 18 November 2024 at 9:20am."
  /^this (?:page|warning|forecast|article|story) was (?:last )?(?:updated|modified|published) (?:on|at)\b[^!?]{0,60}$/i,
  // A figure's caption: "Fig. 1 | Spread of bin-opening behaviour …", "Figure 2: …".
  /^(?:fig(?:ure)?\.?|table|chart|graphic|map) \d+[a-z]?\s*[|:.]\s.*$/i,
  /^doi\s*:\s*\S+$/i,
  // A player's controls: "▶ 0:00 / 34:12    1x    ⤓ Download".
  /^[▶►]\s*\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}\b.*$/u,
  // A wire picture's slider: "Item 1 of 2 …", "[1/2]…", "… Purchase Licensing Rights".
  /^(?:item \d+ of \d+\b|\[\d+\/\d+\]).*$/i,
  /^.{0,300}\bpurchase licensing rights\b.*$/i,
  // Comment widgets: "Sign in to comment", "View 12 replies", "Reply (12)   Thank (41)   Share", "Comments are
  // moderated. …", "Comments not loading? …".
  /^(?:sign|log) in to (?:comment|reply|post|join the (?:conversation|discussion))\.?$/i,
  /^view (?:all )?\d+ (?:replies|comments|responses)$/i,
  /^(?:\p{L}+ \(\d+\)\s+){2,}\p{L}*$/u,
  /^comments? (?:are|is) (?:moderated|closed|disabled)\b.*$|^comments not loading\?.*$/i,
  // A player's or a picture's controls: "Tap to unmute", "Tap to expand", "YouTube video player".
  /^(?:tap|click) to (?:unmute|mute|expand|enlarge|play|zoom|view larger|load more)\.?$/i,
  /^(?:youtube|vimeo|dailymotion) video player$/i,
  /^[^\p{L}\p{N}]*(?:photo |picture |image )?gallery\s*:\s*\d+ (?:photos|pictures|images)\b.*$/iu,
  // A search box's prompt: "Search artists, albums, tours…".
  /^search\b[^.!?]{0,50}(?:…|\.\.\.)$/i,
  // A language switch: "عربي | Français | English", "Sinhala | Tamil | English".
  /^(?=.*\bEnglish\b)(?:[^|/·\s]+(?: [^|/·\s]+)?\s*[|/·]\s*){1,5}[^|/·\s]+(?: [^|/·\s]+)?$/u,
  // A print copy's or counter's stamp: "Print edition: Page 3", "Viewed 1,842 times".
  /^print edition\s*:\s*page \d+$|^(?:viewed|read|seen) [\d,]+ times$/i,
  // A widget's label: "Vessel tracker: …", "Find a car: Make ▾ Model ▾ …", "Fuel prices today: …".
  /^(?:vessel|ship|flight|train|bus) tracker\s*:.*$/i,
  /^.*▾.*▾.*$/u,
  /^(?:fuel|petrol|gold|currency|exchange|forex) (?:prices?|rates?) (?:today|now)\s*:.*$/i,
  // A footnote's small print: "*Comparison rate 7.99% p.a. Terms and conditions apply. …".
  /^\*.{0,200}\b(?:terms and conditions|T&Cs?) apply\b.*$/i,
  // A newsroom's own note on the page: "Sámi version of this article: …", "Updated 7.40pm with comments from the mayor."
  /^[\p{L}-]+ version of this (?:article|story|page)\s*:.*$/iu,
  /^updated (?:at )?\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)? (?:with|to (?:add|include))\b.*$/i,
  // A byline with its dateline: "Selin Aydemir - ISTANBUL".
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}[-–—]\s\p{Lu}{3,}(?:[ ,]+\p{Lu}{2,})*$/u,
  // "The Cedar Post Staff": a newsroom credited as the author.
  /^(?:The )?(?:\p{Lu}[\p{L}'’-]*\s){1,4}(?:Staff|Staff Reporters?|Web Desk|News Desk|Newsroom)$/u,
  // The print copy's note: "A version of this article appears in print on April 25, 2025, of The Valley Tribune."
  /^an? (?:version|shorter version|earlier version) of this (?:article|story|report) (?:appears|appeared|was published|ran) (?:in|on) (?:the )?print\b.*$/i,
  // A channel's post furniture: reactions and views ("👍 1.2K ❤️ 340 😮 58", "👁 48.2K edited 14:07"), "Forwarded from
  // …", "… pinned «…»", a tag line ("#Tashkent #metro #transport"), a link or handle under its sign ("🔗 Full story:
  // silkroaddesk.example/…", "📢 Advertising: @srd_ads"), a pointer to the link ("… Details 👇").
  /^(?:[^\p{L}\p{N}\s]{1,4}\s?[\d.,]+[KkMm]?\s*){2,}$/u,
  /^[^\p{L}\p{N}\s]{1,3}\s?[\d.,]+[KkMm]?(?:\s+(?:views?|edited))*(?:\s+\d{1,2}:\d{2})?$/u,
  /^forwarded from\s+\p{Lu}[^.!?]{0,60}$/iu,
  /^[^.!?]{1,40}\spinned\s[«"“].*[»"”]$/u,
  /^(?:#[\p{L}\p{N}_]+\s*){2,}$/u,
  /^[^\p{L}\p{N}\s]{1,3}\s*[\p{L} ]{2,20}:\s*(?:@\w+|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*)$/u,
  /^.{1,300}\b(?:details|more|read more|full story|link|watch)\s*(?:👇|⬇️?)$/iu,
  /^(?:view|open) in (?:telegram|whatsapp|the app|app)\b.{0,60}$|^if you have telegram\b.*$/i,
  /^[\d,.]+[KkMm]? (?:photos|videos|links|files|members|subscribers)$/i,
  // A story shared from an app or by e-mail: "Shared from The Northern Courier app:", "Subject: …", "Date: 3 March 2025
  // at 08:14:52 GMT".
  /^.{0,60}\b(?:shared|sent) (?:from|via|with) (?:the )?[^.!?]{1,40}\bapp\s*:?$/i,
  /^(?:Subject|Fwd|Fw)\s*:\s.*$|^(?:Date|Sent)\s*:\s.{0,40}\d{1,2}:\d{2}.{0,10}$/,
  // Page widgets: "Report this ad", "Loading comments...", "Font size A- A A+ | Print", the archive's banner.
  /^(?:report this ad|loading (?:comments|more|content)\s*(?:\.{3}|…)?|(?:font|text) size\b.{0,30})$/i,
  /^the wayback machine\s*[-–—]\s*https?:\/\/\S+$/i,
  // A player's title with its running time: "Video: Coral planting off Dibba | 02:14".
  /^(?:video|watch|audio|listen|▶)\s*:?\s.{1,100}\s[|·]\s*\d{1,2}:\d{2}$/iu,
  // A sky widget: "Sunrise 07:41 · Sunset 18:02 · Day length 10 h 21 min".
  /^sunrise\b.{0,20}\d{1,2}[:.]\d{2}.{0,20}\bsunset\b.{0,60}$/i,
  // Currency pairs: "ISK/EUR 145.10 · ISK/USD 138.60".
  /^(?:[A-Z]{3}\/[A-Z]{3}\s+[\d.,]+\s*(?:[·|•]\s*)?){2,}$/,
  // A widget's row stamped with its time: "Frontier: Into Gib 10 min · Out to La Línea 45 min (updated 08:05)".
  /^[^.!?]{1,100}\s·\s[^.!?]{1,100}\((?:updated|as of|at)\s+\d{1,2}[:.]\d{2}\)$/i,
  // A newsletter's issue line: "August 2025 · Vol. 41, No. 8", "November 2024 | Issue 611 | 60p where sold", and its
  // contents: "Contents: From the Rectory 2 · Village Shop 3 · …".
  /^[^.!?]{0,40}\bvol(?:ume)?\.?\s?\d+,?\s+(?:no|issue)\.?\s?\d+$/i,
  /^[^.!?|·]{0,30}\s[|·]\s(?:issue|no\.?)\s?\d+(?:\s[|·]\s[^.!?|·]{1,30})*$/i,
  /^contents\s*:\s[^.!?]*\d.*$/i,
  // A job advert's row: "Bus driver (m/f) – TransMoselle S.à r.l. – Esch-sur-Alzette – CDI".
  /^[^.!?]{1,60}\((?:m\/f|f\/m|m\/w|w\/m|h\/f|f\/h)(?:\/d)?\)(?:\s[–—|-]\s[^–—|]{1,40}){2,}$/i,
  // A tender notice: "Tender: Supply of … Closing date 1 September 2025. …".
  /^tenders?\s*:\s.*\bclosing date\b.*$/i,
  // A date line with the date in a second calendar: "Friday, April 25, 2025 | Baisakh 12, 2082".
  new RegExp(
    String.raw`^(?:${WEEKDAY},?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+\d{4}\s*[|·]\s*(?:\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+),?\s+\d{4}$`,
    'iu',
  ),
  // A stamp with its byline: "May 15, 2025 by Staff Reporter".
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+\d{4}\s+(?:by|[|·–-])\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}$/iu,
  // Legal notices: "NOTICE OF LETTING – …", "NOTICE TO CREDITORS", "SHERIFF'S SALE – …", "… Notice is hereby given …",
  // and their run: "Publish: March 5, 12, 2025".
  /^(?:NOTICE (?:OF|TO) [A-Z'’ ]{3,30}|SHERIFF['’]S SALE|LEGAL NOTICE|TENDER NOTICE)\b.*$/,
  /^.{0,200}\bnotice is hereby given\b.*$/i,
  /^publish(?:ed)?\s*:\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{1,2})*,?\s+\d{4}$/i,
  // A poll's prompt: "Vote in our poll: Is $35 too much …", "Driver of the Day: vote now! Okafor 61% · …".
  /^(?:vote|take part) in our (?:poll|survey|quiz)\b.*$|^.{0,60}\bvote now!.*$/i,
  // A player's link with its running time: "▶ Watch: the final lap in full (2:14)", "▶ The last cod-liver oil factory (8 min)".
  /^▶\s*.{1,120}\((?:\d{1,2}:\d{2}|\d+\s*min)\)$/u,
  // A paywall's meter, and comments behind it: "You've read 3 of 5 free articles this month."
  /^you['’]ve read \d+ of \d+ free\b.*$|^comments? (?:are|is) (?:only )?available (?:only )?to (?:subscribers|members)\b.*$/i,
  // A story read by a machine: "Voiced by an AI narrator. …", "Audio produced with synthetic voice technology. …"
  /^.{0,80}\b(?:voiced by an? (?:ai|automated|synthetic)|ai narrat(?:or|ion)|synthetic voice|audio articles? (?:are|is)\b|prefer to listen\?).{0,160}$/i,
  // A masthead's standing line: "Official Newspaper of Custer County · Broken Bow, Nebraska · Since 1889".
  /^(?:the )?official (?:newspaper|paper|publication|journal) of\b.{0,100}$/i,
  // A site's reuse terms: "When using materials from the site, a link to Tbilisi Courier is mandatory."
  /^.{0,120}\b(?:using|use of|reproduc\w+|republish\w*) (?:the )?materials?\b.{0,80}\b(?:link|hyperlink)\b.{0,60}\b(?:mandatory|required|obligatory)\b.*$|^.{0,120}\bplease include a link to\b.*$/i,
  // A footer's row with the newsroom's address: "Rahvaraadio · Gonsiori 27, 15029 Tallinn · rrn@rrn.example · …".
  /^[^.!?]{1,80}\s·\s.{0,120}[\w.+-]+@[\w-]+(?:\.[\w-]+)+.*$/,
  // An advertiser's code: "Get 15% off with code APEX15", "Dial *555# to buy today".
  /^.{0,300}\b(?:with (?:the )?(?:promo |discount )?code [A-Z0-9]{4,}|dial \*\d+#).*$/i,
  // A grantee's standing line: "… is an equal opportunity provider and employer."
  /^.{0,80}\bis an equal opportunity (?:provider|employer)\b.*$/i,
];

/** "Svalbard  −14°  Light snow", "EGP/USD 49.21 | EGX30 30,812 ▲1.2%": a widget's reading, whatever the story. */
function isReadingsWidget(line: string): boolean {
  if (/^\|/.test(line) || /[.!?]$/.test(line)) return false;
  // A weather box: "Svalbard  −14°  Light snow".
  if (wordsOf(line).length <= 8 && /[-−]?\d+\s?°[CF]?(?:\s|$)/u.test(line)) return true;
  // A quote with its move: "HLM 12.25p ▲0.40p (+3.38%)", "Gold 24K AED 252.75 ▲   |   USD 3.6725".
  if (/[▲▼]\s?[+-]?\d/u.test(line) && /\d%/.test(line)) return true;
  if (/[▲▼]/u.test(line) && (line.match(/\d[\d.,]*/g) ?? []).length >= 2 && wordsOf(line).length <= 12) return true;
  // A row of temperatures or moving quotes: "Amsterdam 8°C · Utrecht 7°C", "USD Rs 136.42 ▲ | INR Rs 1.60".
  return isReadingsRow(line) && /\d\s?°|[▲▼]/u.test(line);
}

/**
 * Cells of a label and a figure between bars or dots, or spaced apart: "Muscat 31°C  Salalah 29°C  Sohar 30°C",
 * "Cairo: Fajr 04:51 | Dhuhr 11:41 | Asr 15:02". A widget's readings, unless the story speaks of what they name (a
 * timetable, a vote, a price list: the caller asks).
 */
export function isReadingsRow(line: string): boolean {
  if (/^\|/.test(line) || /[.!?]$/.test(line)) return false;
  return [/\s[|·•]\s/u, /\s{2,}|\s[|·•]\s/u].some((separator) => {
    const cells = line.split(separator);
    return (
      cells.length >= 3 &&
      cells.every(
        (cell) =>
          /\d/.test(cell) && /\p{L}{2}/u.test(cell) && wordsOf(cell).filter((word) => /\p{L}/u.test(word)).length <= 4,
      )
    );
  });
}

/**
 * A comment section's header, naming the post it is under: "3 thoughts on “Orford Road weekend closure …”",
 * "12 responses to “…”". Every line after it is a comment or the page's footer.
 */
export const isCommentsHeader = (line: string) =>
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) [“"‘'].{3,}$/i.test(
    line.trim(),
  );

/** Cookie banners, log-in walls, widgets, breadcrumbs, share rows, newsletter boxes. */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    FURNITURE.some((pattern) => pattern.test(trimmed)) ||
    isReadingsWidget(trimmed) ||
    isConsentNotice(trimmed) ||
    isSiteNote(trimmed)
  );
}

/** Longest newsletter box: a sentence or two. */
const MAX_SIGN_UP_WORDS = 20;
/** Longest line of the site speaking of itself. */
const MAX_SITE_NOTE_WORDS = 60;

/**
 * The site speaking of itself or its page, not quoted: its newsletter ("Get the briefing in your inbox. Sign
 * up to our newsletter", or a box without a full stop: "Free weekly newsletter"), "this article" with "our"
 * or "you" ("This article is part of our work with …", "Do you have an opinion on the issues raised in this
 * article?"), "our Terms".
 */
function isSiteNote(line: string): boolean {
  const words = wordsOf(line).length;
  if (words > MAX_SITE_NOTE_WORDS || isReportedSpeech(line)) return false;
  return (
    (/\b(?:our newsletters?|your inbox)\b/i.test(line) && words <= MAX_SIGN_UP_WORDS) ||
    (/\b(?:our|the) podcast\b/i.test(line.replace(/^[^\p{L}]+/u, '')) &&
      /^\W*(?:new episode|listen|episode \d+)\b/iu.test(line)) ||
    // A newsletter box: "Free weekly newsletter", "Travel newsletter: Get our best deals …".
    (/\bnewsletters?\b/i.test(line) &&
      /\b(?:our|your|free|weekly|daily|sign up|subscribe|inbox)\b/i.test(line) &&
      !/[.!?]$/.test(line)) ||
    (/\bthis (?:article|page|post)\b(?![-\w])/i.test(line) && /\b(?:our|you|your)\b/i.test(line)) ||
    /\bthis (?:site|website) (?:contains|uses|is (?:intended|meant|only) for)\b/i.test(line) ||
    // Its desks and its website: "From our travel desk: …", "Complaints can be made via our website."
    /^from our (?:[\p{L}-]+ ){0,3}(?:desk|team)\b|\b(?:via|on|through) our (?:website|site|app)\b|\bplease visit our\b/iu.test(
      line,
    ) ||
    // A newsletter described under its sign-up box: "A free weekly recap of what happened at City Hall, …".
    /^an? (?:free )?(?:daily|weekly|monthly) (?:newsletter|recap|briefing|digest|round-?up) (?:of|about|on|from|with|for)\b/i.test(
      line,
    ) ||
    // A masthead's tagline: "Serving West Clare since 1891", "Northgate University's independent student newspaper since 1962".
    /^(?:serving\b[^.!?]{1,60}|[^.!?]{0,60}\b(?:independent|nonprofit|non-profit|student|community) (?:student )?(?:news(?:paper)?|journalism|news site)\b[^.!?]{0,40}) since \d{4}$/iu.test(
      line,
    ) ||
    // A republished release, introduced by the site: "The following is a press release issued by …".
    /^the following (?:is|was) (?:a )?press release\b/i.test(line) ||
    /\bour terms (?:of (?:use|service)|and conditions)\b/i.test(line) ||
    // A newsletter asking to be passed on: "Enjoying The Columbus Caucus? Forward this email to a colleague".
    /\bforward this (?:email|e-mail|newsletter)\b/i.test(line) ||
    // The newsroom's ethics and funding, said by the newsroom: "Mzansi Daily subscribes to the Press Code."
    /\b(?:subscribes to|follows|adheres to|abides by) the (?:press code|code of (?:ethics|practice)|editors['’] code)\b/i.test(
      line,
    ) ||
    /\b(?:our public editor|listener-supported|reader-supported|reader-funded|funded by readers like you|donations are tax-deductible|may be republished)\b/i.test(
      line,
    ) ||
    // "Join The Valley Tribune community on Viber."
    /\bjoin (?:the |our )?[^.!?]{0,40}\b(?:community|channel|group) on (?:viber|whatsapp|telegram|signal|facebook|discord)\b/i.test(
      line,
    ) ||
    /^(?:become an? (?:\p{Lu}[\p{L}'’-]* )?(?:member|subscriber|supporter|patron)|make a gift|support (?:local|independent)(?: [\p{L}-]+){0,2} (?:journalism|news|reporting))\b/iu.test(
      line,
    )
  );
}

/** The site speaking of its own cookies, partners or sign-ups ("We and our 842 partners store … cookies"), not quoted. */
function isConsentNotice(line: string): boolean {
  return (
    /^(?:we|with your permission we|by (?:clicking|continuing|signing up)|you can unsubscribe)\b/i.test(line) &&
    /\b(?:our partners|cookies|your privacy|unsubscribe|sign-up|consent)\b/i.test(line) &&
    !isReportedSpeech(line)
  );
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "Published 23 May 2025, 06:15 BST", "Updated 2 hours ago", "Last updated: Friday". */
const TIME_STAMP = new RegExp(
  `^(?:and )?(?:first |last )?(?:published|updated|posted|modified|refreshed)(?: on| at)?\\s*:?\\s*(?!(?:19|20)\\d{2}\\s+[a-z]+(?:\\s+[a-z]+)*$)(?:\\d|${MONTH}\\b|${WEEKDAY}\\b|(?:mon|tue|wed|thu|fri|sat|sun)\\b|today\\b|yesterday\\b|an? (?:hour|minute|day)s? ago\\b|just now\\b)(?:[^.!?]|\\.(?=\\S))*$`,
  'i',
);
/**
 * "By Jane Smith", "By Jane Smith and Tom Lee", "Words by Ella Morrow", "Interview by Mereana Walsh": names
 * only, each capitalised (so not "By Friday, the bridge…").
 */
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
/** "By" on a translated page: "di Giulia Ronchi", "por Ana Lima", "par Claire Morel", "von Jonas Weber". */
const FOREIGN_BY = '(?:di|da|de|por|par|von|door|av|af|przez)';
/**
 * A byline's role or reading time after a bar, a dot or a comma: "By Haruka Mori / Staff Writer", "Words by Oliver
 * Tremaine · 6 min read", "By Dana Whitcombe, Statehouse reporter".
 */
const BYLINE_TAIL = "(?:\\s*[/|·•,]\\s*(?:\\d+\\s*min(?:ute)?s?\\s+read|(?:\\p{L}[\\p{L}'’-]*\\s?){1,4}))?";
const BYLINE = new RegExp(
  `^(?:(?:[Rr]eported|[Ww]ritten|[Cc]ompiled) by the (?:\\p{Lu}[\\p{L}'’-]*\\s){1,3}(?:team|desk|staff)|(?:[Bb]y )?[Tt]he (?:editorial|news|newsroom) (?:team|desk|staff) (?:of|at) (?:\\p{Lu}[\\p{L}'’-]*\\s?){1,5}|(?:[Bb]y|(?:Words|Text|Pictures|Photography|Photographs|Illustrations?|Interview|Presented|Hosted|Posted|Written|Edited|Reviewed|Medically reviewed|Fact-checked|Fact checked) by|[Bb]y:|(?:Words|Text|Pictures|Reporter|Reporters|Editor|Writer|Author|Reporting|Editing)\\s*:|${FOREIGN_BY})\\s+(?!${WEEKDAY_CAPITALISED}\\b)${NAME}(?:\\s*(?:,|and)\\s+${NAME})*${BYLINE_TAIL})$`,
  'u',
);

/** Words that may fill a bare date or time stamp: "Fri 23 May 2025 06.15 BST", "16.42 BST", "-7.82%". */
const STAMP_WORD = new RegExp(
  `^(?:\\d.*|${MONTH}|${WEEKDAY}|(?:mon|tue|wed|thu|fri|sat|sun)\\.?|[ap]\\.?m\\.?|at|on|mins?|minutes?|read|last|updated|published|posted|às|à|ago|hours?|mins?|days?|(?:utc|gmt|bst|cet|cest|est|edt|cst|cdt|pst|pdt|pt|et|aest|aedt|nzst|nzdt|ist))$`,
  'i',
);

/** A time stamp or byline of the page, never a sentence of the article. */
export function isStampLine(line: string): boolean {
  const trimmed = line.trim();
  if (/\d/.test(trimmed) && wordsOf(trimmed).every((word) => STAMP_WORD.test(word))) return true;
  return wordsOf(trimmed).length <= MAX_STAMP_WORDS && (TIME_STAMP.test(trimmed) || BYLINE.test(trimmed));
}

/** A caption's label: "FILE PHOTO: …", "Picture: …", "Image source, …". */
const CAPTION_LABEL =
  /^(?:file\s+)?(?:(?:photo|picture|image|photograph|caption|pictured)s?\s*(?:[:|]|source\b)|(?:image|photo) caption\s*[,:|])/i;
/**
 * A photo credit closing a line: "REUTERS/Jane Doe", "(AP Photo/…)", "(Courier Photo by Arjun Kale)", "Photo
 * Progrès /Julie Brunet", "© Miguel Ferro, AFP", "(photographed from a helicopter)", "Getty Images", "PHOTO:
 * STRAITS LEDGER FILE", "APN PHOTO/NUR AINA ZAKARIA". A date in brackets is none: "… from Meskerem 1, 2019 E.C.
 * (11/09/2026).".
 */
const PHOTO_CREDIT =
  /(?:(?<=[.!?]\s*)FILE\s*[|/]\s*\p{Lu}[\p{Lu} .'’&-]+|(?<=[.!?]\s*)\((?:Supplied|Handout|File|Archive)(?: (?:photo|picture|image|footage))?(?:\s*:[^()]{1,60})?\)|(?<=[.!?]\s*)Fot\.\s+\p{Lu}[\p{L}.'’ /-]*|(?<=[.!?]\s*)-\s(?:File )?(?:photo|picture|image)s?|(?<=[.!?]\s*)(?:Credit|Courtesy(?: of)?)\s*:?\s+\p{Lu}[\p{L}.'’ &-]*|(?<=[.!?]\s*)\((?:Courtesy(?: of)? )?\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}\)|(?<=[.!?]\s*)(?:\p{Lu}[\p{Lu}&'’.-]*\s){0,4}(?:PHOTO|PICTURE|IMAGE|PHOTOGRAPH)S?\s*[:/]\s*\p{Lu}[\p{Lu} .'’&/-]*|\b[A-Z]{2,}(?: [A-Z]{2,})?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}.'’-]+)+|\((?:AP|AFP|Reuters|EPA|PA) Photo[^)]*\)|\((?:[\p{L}&' ]+ )?(?:Photo|Picture|Image)s?\s*(?:by\b|:)[^)]*\)|\((?:\p{Lu}[\p{L}&']*\s){1,3}(?:Photo|Picture|Image)s?\)|\((?:photographed|filmed) from\b[^)]*\)|\b(?:Photo|Picture)\s+\p{Lu}[\p{L}'’-]*\s*\/\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*|(?<=[.!?]\s*)©\s*\p{Lu}[^©.!?]{0,60}|\b(?:Picture|Photo|Photograph|Image|Video)s?(?: credit)?\s*[:/]\s*\p{L}[\p{L}.'’ /-]*|(?<=[.!?]\s*)(?:[—–]\s*)?(?:File )?(?:photo|picture|image)s?|(?<=[.!?]\s*)(?:[—–]\s*)?(?:Photo|Picture) (?:by|courtesy(?: of)?)\s+[\p{L}][\p{L}.'’ -]*|\bFILE PHOTO\/[\p{Lu} .'’-]+|^(?:\p{Lu}[\p{L}&'’-]*\s){1,4}(?:photo|picture) by \p{Lu}[\p{L}.'’ -]*|^[\p{Lu}][\p{Lu} .'’-]+\/[\p{Lu}][\p{Lu} .'’&-]+|\b(?:via REUTERS|Getty Images|Shutterstock|Alamy)|(?<=[.!?]\s*)\((?:(?=[^()]*\p{L})[^()]*\/[^()]*|\p{Lu}{2,}[\p{Lu}\d ]*)\))\s*\.?$/u;

/** The last word of a newsroom's name: "The Vistula Post", "Lakeshore Public Radio", "Volta Wave 97.3 FM". */
const NEWSROOM_NOUNS =
  'Post Times Herald Gazette Gazzetta Ledger Journal Chronicle Courier Tribune Observer Mail Express Standard Record Review Dispatch Bulletin Star Sun Mirror Guardian Telegraph Echo Argus Advertiser Examiner Sentinel Inquirer Register Press News Daily Weekly Desk Wire Monitor Globe Radio FM TV Television Photo Photos Images Pictures Agency Newsroom Media Zeitung'.split(
    ' ',
  );
/** Written as a masthead writes it, capitalised or in capitals. */
export const NEWSROOM_NOUN = `(?:${NEWSROOM_NOUNS.flatMap((noun) => [noun, noun.toUpperCase()]).join('|')})`;

/**
 * A credit alone on its line: "(File photo by The Malaysian Ledger)", "(Foto Archivio Gazzetta)", "Rendering
 * courtesy of Ridgeline Urban", or a photographer and a newsroom either way round, every word a name's:
 * "Dana Kowalczyk / Lakeshore Public Radio", "THE KANTO MORNING POST / Ryo Tanaka".
 */
const CREDIT_ALONE = [
  /^\((?:file |archive )?(?:photo|picture|image|foto|photograph|video)s?\b[^()]{0,80}\)\.?$/i,
  /^(?:rendering|illustration|artist['’]s impression|photo|image|picture|graphic|map|video)s? courtesy(?: of)? \p{L}[^.!?]{0,60}$/iu,
  new RegExp(
    `^(?:(?:\\p{Lu}[\\p{L}'’.&-]*\\s){0,4}${NEWSROOM_NOUN}\\s\\/\\s(?:\\p{Lu}[\\p{L}'’.&-]*\\s?){1,5}|(?:\\p{Lu}[\\p{L}'’.&-]*\\s){1,5}\\/\\s(?:\\p{Lu}[\\p{L}'’.&-]*\\s){0,4}${NEWSROOM_NOUN})$`,
    'u',
  ),
];

/**
 * Phrases only a caption has: "… pictured on Monday morning.", "… photographed in the reedbed last spring", "in a file
 * photograph", "This photo, provided by …, shows …".
 */
const CAPTION_CUE = new RegExp(
  `^[A-Z][^.!?]{0,60}, (?:left|right|centre|center|(?:second|third) from (?:left|right)),|^This\\s+(?:(?:file|handout|undated|aerial)\\s+)?(?:photo|photograph|picture|image)\\b[^.!?]{0,80}?\\bshows\\b|\\b(?:(?:pictured|photographed|filmed)\\s(?:in|at|on|during|from|outside|near|inside|last|this|earlier)\\b[^.!?]{0,80}\\b(?:morning|afternoon|evening|night|day|week|month|year|spring|summer|autumn|fall|winter|\\d{4}|${WEEKDAY}|${'(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*'})\\b|in an? (?:file|archive|undated|handout) (?:photo|photograph|picture|image)\\b)`,
  'i',
);
/** Longest caption: a sentence, not a paragraph. */
const MAX_CAPTION_WORDS = 40;

/** A photo credit standing alone on its line, with no caption before it on the same line. */
export function isCreditAlone(line: string): boolean {
  const trimmed = line.trim();
  if (CREDIT_ALONE.some((pattern) => pattern.test(trimmed))) return true;
  // "Photo: Volta Wave / Yaw Asante", "BLAIR GABRIELSON/THE DOMINION LEDGER": a caption rule's match with no sentence
  // in it. "Image source, Getty Images" is not one: that page gives the source above its caption.
  return (
    isCaptionLine(trimmed) &&
    !/^(?:image|photo|picture) source\b/i.test(trimmed) &&
    wordsOf(trimmed).length <= 8 &&
    !/[.!?]\s/.test(trimmed)
  );
}

/**
 * A line that may be a caption by its shape: one sentence or a phrase, unquoted and attributing nothing. Whether
 * it is one, its neighbour says (a credit right under it).
 */
export function isCaptionShaped(line: string): boolean {
  const trimmed = line.trim();
  return (
    wordsOf(trimmed).length <= MAX_CAPTION_WORDS &&
    !isReportedSpeech(trimmed) &&
    trimmed.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length === 1
  );
}

/** A photo caption or photo credit: what it dates is when a picture was taken, not an event of the story. */
export function isCaptionLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    CAPTION_LABEL.test(trimmed) ||
    PHOTO_CREDIT.test(trimmed) ||
    CREDIT_ALONE.some((pattern) => pattern.test(trimmed)) ||
    (CAPTION_CUE.test(trimmed) && isCaptionShaped(trimmed))
  );
}
