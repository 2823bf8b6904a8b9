/**
 * Investor class: what kind of capital provider an entity is, from its FtM schema, its topics and
 * words in its names. The rules are general (no list of known funds) and apply in this order:
 *
 * 1. schema Person → `individual`
 * 2. a name with "sovereign", "wealth fund", "investment authority", "permanent fund",
 *    "future(s) fund" or "state oil fund" → `sovereign_fund`
 * 3. a name with "pension", "retirement", "superannuation", "provident fund", "annuity",
 *    "pensioen", "pensionskasse" → `pension_fund`
 * 4. a name with "private equity", "capital partners", "buyout", "venture", "growth equity",
 *    "general partner", or a legal form of a limited partnership ("L.P.", "LP", "SCSp", "SCS",
 *    "LLP") together with "fund", "capital" or "partners" → `private_equity`
 * 5. schema PublicBody, or a topic `gov`, `gov.*` (state bodies and state-owned enterprises) → `state`
 * 6. topic `fin.fund` or a name with "fund" → `fund`
 * 7. any other Organization / Company / LegalEntity → `company`
 */

/** The groups investors are shown in. */
export const INVESTOR_TYPES = [
  'individual',
  'sovereign_fund',
  'pension_fund',
  'private_equity',
  'state',
  'fund',
  'company',
] as const;
/** One of the groups investors are shown in. */
export type InvestorType = (typeof INVESTOR_TYPES)[number];

/** What the classification looks at. */
export interface InvestorFacts {
  readonly schema: string;
  readonly names: readonly string[];
  readonly topics: readonly string[];
}

const SOVEREIGN =
  /\bsovereign\b|\bwealth fund|\binvestment authority\b|\bpermanent fund\b|\bfutures? fund\b|\bstate oil fund\b/;
const PENSION =
  /\bpension|\bretirement\b|\bsuperannuation\b|\bprovident fund\b|\bannuit|\bpensioen|\bpensionskasse/;
const PRIVATE_EQUITY =
  /\bprivate equity\b|\bcapital partners\b|\bbuy-?outs?\b|\bventures?\b|\bgrowth equity\b|\bgeneral partner\b/;
const PARTNERSHIP_FORM = /(?:^|[\s,])(?:l\.?\s?p\.?|s\.?c\.?s\.?p\.?|s\.?c\.?s\.?|l\.?l\.?p\.?)(?:$|[\s,)])/;
const FUND_WORDS = /\bfund\b|\bcapital\b|\bpartners\b/;

/**
 * Classifies a capital provider (see the module comment for the rules).
 * @param facts - schema, names and topics of the entity
 * @returns its investor type
 */
export function classifyInvestor(facts: InvestorFacts): InvestorType {
  if (facts.schema === 'Person') return 'individual';
  const names = facts.names.map((n) => n.toLowerCase());
  const any = (re: RegExp): boolean => names.some((n) => re.test(n));
  if (any(SOVEREIGN)) return 'sovereign_fund';
  if (any(PENSION)) return 'pension_fund';
  if (any(PRIVATE_EQUITY) || names.some((n) => PARTNERSHIP_FORM.test(n) && FUND_WORDS.test(n)))
    return 'private_equity';
  if (facts.schema === 'PublicBody' || facts.topics.some((t) => t === 'gov' || t.startsWith('gov.')))
    return 'state';
  if (facts.topics.includes('fin.fund') || any(/\bfunds?\b/)) return 'fund';
  return 'company';
}

const LP_ROLE = /limited partner|\blp\b|investor|commitment|committed|subscriber|capital provider/i;

/**
 * Whether a link's role says it is a fund commitment (a limited partner's stake or an investor's
 * commitment) rather than ordinary shareholding.
 * @param role - the role of the Ownership link
 * @returns true for "limited partner", "investor", "commitment" and the like
 */
export function isCommitmentRole(role: string | null): boolean {
  return role !== null && LP_ROLE.test(role);
}
