/**
 * The search page's state lives in the URL (`/?q=…&schema=…`), so a search can be linked to,
 * reloaded and stepped back through.
 */

/** What the search page shows. */
export interface SearchParams {
  /** The query as typed, untrimmed. */
  readonly q: string;
  /** An FtM schema name, or null for any. */
  readonly schema: string | null;
}

/** The schema filter's choices: FtM schema names with labels for people. */
export const SCHEMA_OPTIONS: ReadonlyArray<{ readonly name: string; readonly label: string }> = [
  { name: 'LegalEntity', label: 'Legal entity' },
  { name: 'Person', label: 'Person' },
  { name: 'Company', label: 'Company' },
  { name: 'Organization', label: 'Organization' },
  { name: 'PublicBody', label: 'Public body' },
  { name: 'Asset', label: 'Asset' },
  { name: 'Ownership', label: 'Ownership' },
  { name: 'Directorship', label: 'Directorship' },
  { name: 'Membership', label: 'Membership' },
  { name: 'Employment', label: 'Employment' },
  { name: 'Family', label: 'Family' },
  { name: 'Payment', label: 'Payment' },
  { name: 'Contract', label: 'Contract' },
  { name: 'Sanction', label: 'Sanction' },
  { name: 'Address', label: 'Address' },
];

/** How many hits the search page asks for. */
export const SEARCH_LIMIT = 25;

/**
 * @param search - `location.search`
 * @returns the search page's state
 */
export function parseSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const schema = params.get('schema')?.trim() ?? '';
  return { q: params.get('q') ?? '', schema: schema === '' ? null : schema };
}

/**
 * @param params - the search page's state
 * @returns the URL of the search page showing it (`/` when empty)
 */
export function searchUrl(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q.trim() !== '') query.set('q', params.q.trim());
  if (params.schema) query.set('schema', params.schema);
  const text = query.toString();
  return text === '' ? '/' : `/?${text}`;
}
