/**
 * Relationship cues: what the words between two names (and just before or after them) must say
 * for a predicate to hold, in which direction, and with which role. Negation and plans that were
 * never carried out cancel a cue; hedges ("allegedly", "reportedly", "likely") and "former" are
 * kept as qualifiers.
 */
import type { ExtractedType, Predicate, Qualifier } from './extraction.types.js';
import { ADVISOR_ROLES, DIRECTOR_ROLES, EMPLOYEE_ROLES } from './lexicon.data.js';

/** A cue: a pattern on the text between two names. */
export interface RelationCue {
  readonly predicate: Predicate;
  /** Pattern on the text between the first and the second name (lower-cased, quotes unified). */
  readonly between: RegExp;
  /** Optional pattern the text before the first name must match (its end). */
  readonly before?: RegExp;
  /** Optional pattern the text after the second name must match (its start). */
  readonly after?: RegExp;
  /** `forward`: first name is the subject; `reverse`: the second is. */
  readonly direction: 'forward' | 'reverse';
  /** Capture group of `between` that holds the role, if any. */
  readonly roleGroup?: number;
}

const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const DIRECTOR = alt(DIRECTOR_ROLES);
const EMPLOYEE = alt(EMPLOYEE_ROLES.filter((r) => r !== 'head of'));
const ADVISOR = alt(ADVISOR_ROLES);
/** Adjectives that may stand before a role. */
const ROLE_ADJ =
  '(?:(?:also|now|still|former|then|then-|current|acting|interim|longtime|long-time|new|co-|deputy|senior|vice|executive|founding|joint|its|their|his|her|the|a|an)[\\s-]+)*';
/** A few words of description ("private equity firm", "drone company"). */
const FEW = (n: number): string => `(?:[\\w’'&.,%-]+\\s+){0,${n}}`;

const role = (roles: string): string => `(${roles})`;

/** Every cue, most specific first. */
export const RELATION_CUES: readonly RelationCue[] = [
  // Roles: "X, CEO of Y", "X is the chairman of Y", "X, who heads Y".
  {
    predicate: 'advisor_to',
    direction: 'forward',
    between: new RegExp(
      `^,?\\s*(?:(?:is|was|as|became|served as|serves as|named)\\s+)?${ROLE_ADJ}(?:${FEW(3)})?${role(ADVISOR)}\\s+(?:to|of|for|at|on)\\s+(?:the\\s+)?(?:advisory board of\\s+)?(?:the\\s+)?$`,
    ),
    roleGroup: 1,
  },
  {
    predicate: 'advisor_to',
    direction: 'forward',
    between:
      /\b(advis(?:es|ed|ing)|advisory (?:board|council|committee) of|consult(?:s|ed|ing) for)\s+(?:the\s+)?$/,
  },
  {
    predicate: 'founded',
    direction: 'forward',
    between: new RegExp(
      `^,?\\s*(?:(?:is|was|as)\\s+)?${ROLE_ADJ}((?:co-?)?founders?)(?:\\s+and\\s+[\\w\\s-]{2,30})?\\s+of\\s+(?:the\\s+)?$`,
    ),
    roleGroup: 1,
  },
  {
    predicate: 'director_of',
    direction: 'forward',
    between: new RegExp(
      `^,?\\s*(?:(?:is|was|as|became|becomes|served as|serves as|named|appointed|remains|who is|who was)\\s+)?${ROLE_ADJ}(?:(?:co-?)?founder\\s+and\\s+)?${role(DIRECTOR)}\\s+(?:of|at)\\s+(?:the\\s+)?${FEW(3)}$`,
    ),
    roleGroup: 1,
  },
  {
    predicate: 'employee_of',
    direction: 'forward',
    between: new RegExp(
      `^,?\\s*(?:(?:is|was|as|became|who is|who was|served as|serves as)\\s+)?${ROLE_ADJ}${FEW(2)}${role(EMPLOYEE)}\\s+(?:of|at|for|with|in)\\s+(?:the\\s+)?$`,
    ),
    roleGroup: 1,
  },
  {
    predicate: 'director_of',
    direction: 'forward',
    between:
      /^,?\s*(?:who\s+)?(heads|headed|runs|ran|leads|led|chairs|chaired|manages|managed)\s+(?:the\s+)?$/,
    roleGroup: 1,
  },
  {
    predicate: 'employee_of',
    direction: 'forward',
    between:
      /\b(?:works|worked|working|work)\s+(?:for|at)\s+(?:the\s+)?$|^,?\s*(?:who\s+)?(?:joined)\s+(?:the\s+)?$/,
  },
  // Apposition with a possessive role: "X, Y's owner", "X – Y's new arm".
  {
    predicate: 'owns',
    direction: 'forward',
    between: /^\s*(?:,|–|—|-)\s*$/,
    after:
      /^['’]s?\s+(?:former\s+|current\s+|new\s+|majority\s+|main\s+|controlling\s+|largest\s+)*(?:owner|owners|parent|parent company)\b/,
  },
  {
    predicate: 'invested_in',
    direction: 'forward',
    between: /^\s*(?:,|–|—|-)\s*$/,
    after:
      /^['’]s?\s+(?:former\s+|current\s+|new\s+|main\s+|major\s+|largest\s+|biggest\s+)*(?:investor|backer|shareholder)s?\b/,
  },
  {
    predicate: 'subsidiary_of',
    direction: 'forward',
    between: /^\s*(?:,|–|—|-)\s*$/,
    after:
      /^['’]s?\s+(?:former\s+|new\s+|own\s+|[\w-]+\s+)?(?:arm|subsidiary|unit|division|branch|affiliate)\b/,
  },
  {
    predicate: 'director_of',
    direction: 'forward',
    between: /^\s*(?:,|–|—|-)\s*$/,
    after: new RegExp(`^['’]s?\\s+${ROLE_ADJ}${role(DIRECTOR)}\\b`),
    roleGroup: 1,
  },
  {
    predicate: 'employee_of',
    direction: 'forward',
    between: /^\s*(?:,|–|—|-)\s*$/,
    after: new RegExp(`^['’]s?\\s+${ROLE_ADJ}${role(EMPLOYEE)}\\b`),
    roleGroup: 1,
  },
  // "X, a former Y commander".
  {
    predicate: 'director_of',
    direction: 'forward',
    between: /^,\s*(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:former\s+|then\s+|current\s+)?$/,
    after: new RegExp(`^\\s+${role(DIRECTOR)}\\b`),
    roleGroup: 1,
  },
  {
    predicate: 'employee_of',
    direction: 'forward',
    between: /^,\s*(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:former\s+|then\s+|current\s+)?$/,
    after: new RegExp(`^\\s+${role(EMPLOYEE)}\\b`),
    roleGroup: 1,
  },
  {
    predicate: 'founded',
    direction: 'forward',
    between:
      /\b(?:opened|set up|launched|created|established|formed|founded|started)(?:\s+up)?\s+(?:an?\s+|its\s+)?(?:new\s+)?(?:arm|subsidiary|unit|company|firm|branch|division|affiliate|entity)(?:\s+(?:called|named))?\s*,?\s*$/,
  },
  // "Y CEO X", "Y's spokeswoman X", "Y board spokeswoman X".
  {
    predicate: 'founded',
    direction: 'reverse',
    between: /^(?:['’]s?)?\s*((?:co-?)?founders?)(?:\s+and\s+[\w\s-]{2,25})?\s*,?\s*$/,
    roleGroup: 1,
  },
  {
    predicate: 'director_of',
    direction: 'reverse',
    between: new RegExp(`^(?:['’]s?)?\\s*${ROLE_ADJ}${role(DIRECTOR)}\\s*,?\\s*$`),
    roleGroup: 1,
  },
  {
    predicate: 'employee_of',
    direction: 'reverse',
    between: new RegExp(`^(?:['’]s?)?\\s*${ROLE_ADJ}${FEW(1)}${role(EMPLOYEE)}\\s*,?\\s*$`),
    roleGroup: 1,
  },
  {
    predicate: 'advisor_to',
    direction: 'reverse',
    between: new RegExp(`^(?:['’]s?)?\\s*${ROLE_ADJ}${role(ADVISOR)}\\s*,?\\s*$`),
    roleGroup: 1,
  },
  // Corporate structure.
  {
    predicate: 'subsidiary_of',
    direction: 'forward',
    between: new RegExp(
      `^,?\\s*(?:(?:is|was|as|became)\\s+)?(?:a|an|the|its)?\\s*${FEW(3)}(?:subsidiary|subsidiaries|unit|arm|division|branch|affiliate|offshoot|spin-off|daughter company|part)\\s+of\\s+(?:the\\s+)?$`,
    ),
  },
  {
    predicate: 'subsidiary_of',
    direction: 'reverse',
    between: new RegExp(
      `^['’]s?\\s+${FEW(3)}(?:subsidiary|unit|arm|division|branch|company|firm|business)\\s*,?\\s*$`,
    ),
  },
  {
    predicate: 'subsidiary_of',
    direction: 'reverse',
    between:
      /^,?\s*(?:and|with)\s+its\s+(?:[\w-]+\s+){0,2}(?:subsidiary|subsidiaries|unit|arm|division|affiliates?)\s*,?\s*$/,
  },
  {
    predicate: 'owns',
    direction: 'reverse',
    between: new RegExp(
      `^,?\\s*(?:and\\s+)?(?:its|their)\\s+(?:former\\s+|current\\s+|new\\s+|majority\\s+|main\\s+|controlling\\s+)*(?:owner|owners|parent|parent company|shareholder|majority shareholder|controlling shareholder)\\s*,?\\s*${FEW(4)}$`,
    ),
  },
  {
    predicate: 'owns',
    direction: 'reverse',
    between: new RegExp(
      `^['’]s?\\s+(?:former\\s+|current\\s+|new\\s+|majority\\s+|main\\s+|controlling\\s+|largest\\s+)*(?:owner|owners|parent|parent company|shareholder|shareholders)\\s*,?\\s*${FEW(4)}$`,
    ),
  },
  {
    predicate: 'owns',
    direction: 'reverse',
    between:
      /\b(?:is|are|was|were|been|being|remains)?\s*(?:majority[\s-]|wholly[\s-]|partly[\s-]|partially[\s-]|jointly[\s-])?(?:owned|controlled|held)(?:\s+[\w%]+){0,3}\s+by\s+(?:[\w-]+\s+){0,4}$/,
  },
  {
    predicate: 'acquired',
    direction: 'reverse',
    between:
      /\b(?:acquired|bought|purchased|taken over|snapped up)(?:\s+[\w%]+){0,3}\s+by\s+(?:[\w-]+\s+){0,4}$/,
  },
  {
    predicate: 'founded',
    direction: 'reverse',
    between:
      /\b(?:founded|co-?founded|set up|established|created|started|launched)(?:\s+in\s+\d{4})?\s+by\s+(?:[\w-]+\s+){0,3}$/,
  },
  {
    predicate: 'invested_in',
    direction: 'reverse',
    between: /\b(?:backed|funded|financed)\s+by\s+(?:[\w-]+\s+){0,3}$/,
  },
  {
    predicate: 'sued',
    direction: 'reverse',
    between: /\b(?:sued|charged|indicted|prosecuted)\s+by\s+(?:the\s+)?$/,
  },
  {
    predicate: 'targeted',
    direction: 'reverse',
    between:
      /\b(?:targeted|hacked|infected|spied on|monitored|attacked|compromised|surveilled|bugged)(?:\s+[\w’']+){0,4}\s+(?:by|with|using)\s+(?:the\s+)?$/,
  },
  {
    predicate: 'employee_of',
    direction: 'reverse',
    between: /\b(?:employed|hired|recruited)\s+by\s+(?:the\s+)?$/,
  },
  {
    predicate: 'paid',
    direction: 'reverse',
    between:
      /\b(?:received|receiving|earned|got|accepted|was paid|were paid|been paid)\b.{0,80}\bfrom\s+(?:the\s+)?$/,
  },
  { predicate: 'paid', direction: 'reverse', between: /\b(?:paid|funded)\s+by\s+(?:the\s+)?$/ },
  {
    predicate: 'paid',
    direction: 'reverse',
    between:
      /\b(?:received|receiving|earned|got|was paid|were paid|been paid)\b.{0,60}\bfor\s+(?:his|her|their|its)\s+work\s+(?:with|for|at|on)\s+(?:the\s+)?$/,
  },
  {
    predicate: 'sued',
    direction: 'reverse',
    between:
      /\b(?:faces?|faced|facing)\s+(?:an?\s+)?(?:civil\s+|criminal\s+|federal\s+)?(?:lawsuits?|suits?|charges|complaints?|legal action)\s+(?:by|from)\s+(?:the\s+)?$/,
  },
  {
    predicate: 'client_of',
    direction: 'forward',
    between:
      /\b(?:use|uses|used|using|deploy|deploys|deployed|bought|buys|purchased|acquired)\s+(?:[\w-]+\s+){0,3}?(?:technology|technologies|software|products?|tools?|systems?|equipment|spyware|services)\s+(?:developed|made|built|sold|supplied|provided|produced)\s+by\s+(?:the\s+)?$/,
  },
  {
    predicate: 'licensed_by',
    direction: 'forward',
    between:
      /\b(?:licen[cs]ed|approved|authori[sz]ed|permitted)\s+by\s+(?:the\s+)?$|\b(?:received|obtained|granted|got|holds?|held|needed)\s+(?:an?\s+|the\s+)?(?:export\s+)?(?:licen[cs]es?|permits?|approval|authori[sz]ation)s?\s+(?:from|by)\s+(?:the\s+)?$/,
  },
  {
    predicate: 'licensed_by',
    direction: 'forward',
    between:
      /\b(?:are|is|were|was|been)\s+(?:granted|issued|given)\s+(?:an?\s+)?(?:export\s+)?(?:licen[cs]es?|permits?|authori[sz]ations?)\s+(?:in|by|from)\s+(?:the\s+)?$/,
  },
  {
    predicate: 'licensed_by',
    direction: 'reverse',
    between:
      /^\s*(?:has\s+|had\s+)?(?:granted|licensed|approved|authori[sz]ed)\s+(?:an?\s+)?(?:export\s+)?(?:licen[cs]es?\s+(?:to|for)\s+)?(?:the\s+)?$/,
  },
  // Location.
  {
    predicate: 'located_in',
    direction: 'forward',
    between:
      /^,?\s*(?:which is\s+|that is\s+|is\s+|was\s+|are\s+|were\s+)?(?:originally\s+)?(?:based|headquartered|registered|incorporated|domiciled|located|established|founded)\s+in\s+(?:the\s+)?$/,
  },
  {
    predicate: 'located_in',
    direction: 'forward',
    between: /\b(?:are|is)\s+(?:located|based|registered|incorporated|headquartered)\b.{0,70}$/,
  },
  {
    predicate: 'located_in',
    direction: 'reverse',
    between: /^[\s-]+(?:based|registered|headquartered)\s+(?:[\w-]+\s+){0,4}$/,
  },
  {
    predicate: 'located_in',
    direction: 'forward',
    between:
      /\b(?:has|had|have|counts?|counted|operates?|operated|maintains?|set up|opened)\s+(?:[\w-]+\s+){0,3}(?:entities|offices|subsidiaries|companies|branches|operations|presence|an office|a subsidiary|a branch)\s+in\s+(?:the\s+)?$/,
  },
  {
    predicate: 'located_in',
    direction: 'forward',
    between: /^,?\s*(?:an?|the)\s+$/,
    after:
      /^[\s-]+(?:based\s+|registered\s+|incorporated\s+)?(?:company|firm|entity|subsidiary|startup|start-up|holding|corporation)\b/,
  },
  // Deals and money.
  {
    predicate: 'acquired',
    direction: 'forward',
    between:
      /\b(?:acquired|acquires|acquire|acquiring|bought|buys|buying|purchased|purchases|took over|takes over|taking over|(?:completed|announced|agreed|finalised|finalized)\s+(?:the\s+|its\s+|a\s+)?(?:acquisition|purchase|takeover|buyout)\s+of)\s+(?:[\w%,.-]+\s+){0,5}?(?:of\s+|in\s+)?(?:the\s+)?$/,
  },
  {
    predicate: 'owns',
    direction: 'forward',
    between:
      /\b(?:owns|owned|controls|controlled|(?:is|was|became|becomes|remains)\s+(?:the\s+)?(?:majority\s+|controlling\s+|main\s+|largest\s+|sole\s+|principal\s+)?(?:owner|shareholder|stakeholder)s?\s+(?:of|in)|(?:holds?|held|has|had|took|owns)\s+(?:a\s+|an\s+|the\s+)?(?:\d+(?:\.\d+)?%\s+|majority\s+|controlling\s+|minority\s+)?(?:stake|interest|holding|shares?|ownership|control)\s+(?:of|in))\s+(?:the\s+)?$/,
  },
  {
    predicate: 'invested_in',
    direction: 'forward',
    between:
      /\b(?:invested|invests|investing|(?:has|have|had|made)\s+(?:an?\s+)?investments?\s+in|(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?:(?:main|major|significant|largest|key)\s+)?(?:investors?|backers?|limited partners?)\s+in|backed|backs|funded|funds|financed|committed\b.{0,60}\bto)\b.{0,60}?\s*(?:in\s+)?(?:the\s+)?$/,
  },
  {
    predicate: 'paid',
    direction: 'forward',
    between: /\b(?:paid|pays|paying|transferred|wired)\b(?:\s+[\w$€£%.,]+){0,6}?\s*(?:to\s+)?(?:the\s+)?$/,
  },
  {
    predicate: 'sold_to',
    direction: 'forward',
    between:
      /\b(?:sold|sells|selling|supplied|supplies|supplying|exported|exports|exporting|provided|provides|delivered|delivers|marketed)\b.{0,100}?\bto\s+(?:the\s+)?(?:(?:government|authorities|state|regime|police|military)\s+(?:of|in)\s+(?:the\s+)?)?$/,
  },
  {
    predicate: 'client_of',
    direction: 'forward',
    between:
      /\b(?:(?:is|are|was|were|became|become)\s+(?:an?\s+|the\s+)?(?:client|customer|user)s?\s+of|(?:bought|buys|purchased|procured|acquired|licensed|ordered)\b(?!.*%)(?!.*\bstake\b).{0,80}?\bfrom)\s+(?:the\s+)?$/,
  },
  {
    predicate: 'client_of',
    direction: 'reverse',
    between:
      /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:clients?|customers?)(?:\s+(?:include|included|includes|such as|like))?\s*,?\s*$/,
  },
  // Legal action and targeting.
  {
    predicate: 'sued',
    direction: 'forward',
    between:
      /\b(?:sued|sues|suing|indicted|charged|(?:filed|brought|lodged|launched|submitted|initiated|has filed|had filed)\s+(?:an?\s+|the\s+)?(?:criminal\s+|civil\s+|legal\s+)?(?:lawsuits?|suits?|complaints?|charges|case|legal action|action|claims?|petition)\s+(?:\w+\s+){0,5}?against|took\s+\w+\s+to\s+court|(?:is|are)\s+suing)\s+(?:[\w-]+\s+){0,6}?(?:of\s+)?(?:the\s+)?$/,
  },
  {
    predicate: 'sued',
    direction: 'reverse',
    between: /^\s*(?:from|by)\s+(?:the\s+)?$/,
    before: /\b(?:lawsuits?|suits?|complaints?|charges|legal action|cases?)\s+against\s+(?:the\s+)?$/,
  },
  {
    predicate: 'targeted',
    direction: 'forward',
    between:
      /\b(?:targeted|targets|targeting|hacked|hacks|hacking|infected|spied on|spying on|surveilled|monitored|attacked|compromised|(?:was\s+|were\s+)?(?:used|deployed)\s+(?:to\s+(?:target|hack|spy on|infect|monitor)|against))\s+(?:the\s+)?(?:[\w’']+\s+){0,3}?$/,
  },
  {
    predicate: 'targeted',
    direction: 'forward',
    between: /^\s*(?:['’]s\s+[\w\s]{0,30})?\b(?:had|put|placed|kept)\s+$/,
    after: /^\s+under\s+surveillance\b/,
  },
];

const NEGATION =
  /\b(?:not|n['’]t|no longer|never|without|denied|denies|deny|dropped|abandoned|considered|considering|consider|plans? to|planned to|intends? to|intended to|would|could|might|refused|rejected|failed to|none of|neither|nor|ceased|ends?|ended|rumou?red|talks? to|seeking to|sought to|whether|if)\b/;
const ALLEGED = /\b(?:allegedly|alleged|accused|accusing|claims?|claimed|suspected)\b/;
const REPORTED = /\b(?:reportedly|reported|according to|said to|believed to)\b/;
const LIKELY = /\b(?:likely|probably|possibly|apparently|may have|might have)\b/;
const FORMER = /\b(?:former|formerly|ex-|previously|once|until)\b/;

/**
 * Reads a relationship's qualifier from its sentence.
 * @param window - the words around and between the two names (lower-cased)
 * @returns the qualifier, or `null` when the wording negates the relationship
 */
export function qualifierOf(window: string): Qualifier | null {
  if (NEGATION.test(window)) return null;
  if (ALLEGED.test(window)) return 'alleged';
  if (LIKELY.test(window)) return 'likely';
  if (REPORTED.test(window)) return 'reported';
  if (FORMER.test(window)) return 'former';
  return 'stated';
}

/** Which entity types each predicate accepts, subject then object. */
export function typesFit(predicate: Predicate, subject: ExtractedType, object: ExtractedType): boolean {
  const org = (t: ExtractedType): boolean => t !== 'Person' && t !== 'Country' && t !== 'Product';
  switch (predicate) {
    case 'director_of':
    case 'employee_of':
    case 'advisor_to':
      return subject === 'Person' && object !== 'Person' && object !== 'Product';
    case 'located_in':
      return subject !== 'Person' && subject !== 'Country' && object === 'Country';
    case 'subsidiary_of':
      return org(subject) && org(object);
    case 'owns':
    case 'acquired':
    case 'invested_in':
      return subject !== 'Country' && subject !== 'Product' && object !== 'Person' && object !== 'Country';
    case 'founded':
      return subject !== 'Country' && subject !== 'Product' && object !== 'Person' && object !== 'Country';
    case 'targeted':
      return subject !== 'Country' && object !== 'Country';
    case 'paid':
    case 'client_of':
    case 'sold_to':
    case 'sued':
      return subject !== 'Product' && object !== 'Product';
    case 'licensed_by':
      return subject !== 'Person' && (object === 'PublicBody' || object === 'Country');
  }
}

/** Lower-cases and unifies quotes and dashes so cues can be written once. */
export function cueText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, '’').replace(/["“”]/g, '"').replace(/\s+/g, ' ');
}
