/**
 * Beneficial Ownership Data Standard (BODS) 0.2, 0.3 and 0.4 statements → FtM entities. The
 * version is read from each statement's shape (0.4 has `recordType`/`recordDetails`; 0.2 and
 * 0.3 have `statementType`). Entity statements become Company, LegalEntity, Organization or
 * PublicBody; person statements Person; each interest of an ownership-or-control statement
 * becomes an Ownership (shareholding, voting rights, rights to profit or surplus), a Directorship
 * (board member or chair, senior managing official) or an UnknownLink carrying the interest type
 * as its role (trustee, settlor, nominee …). The whole BODS statement is kept in the entity's
 * record (`bods`), so no field is lost. A closed record (`recordStatus: closed`) replaces the
 * earlier statements of the record and is marked "record closed <date>" (entity `status`,
 * interest `summary`); no end or dissolution date is invented from it.
 */
import { z } from 'zod';

/** What one BODS statement becomes. */
export interface BodsMapped {
  /** FtM entities (id, schema, properties, plus the `bods` record). */
  readonly entities: Array<{
    id: string;
    schema: string;
    properties: Record<string, string[]>;
    bods: unknown;
  }>;
  /** Entity ids whose earlier statements this one replaces (retract them before writing). */
  readonly replaces: string[];
  /** Where the statement says it comes from (`source`, `publicationDetails`), when it says so. */
  readonly source: BodsSource | undefined;
  /** `0.2`, `0.3` or `0.4`. */
  readonly version: string;
  /** The record (0.4) or statement (0.2/0.3) id; interests get `<id>-<n>`. */
  readonly recordId: string;
}

/** A BODS statement's `source`, in the terms of a Daylight Source. */
export interface BodsSource {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly retrievedAt: string | null;
  /** A stable key of the source's content, for its id. */
  readonly key: string;
}

/** A problem with one field of a BODS statement. */
export interface BodsProblem {
  readonly field: string;
  readonly message: string;
}

const looseObject = z.record(z.string(), z.unknown());
const str = z.string();
const nameShape = z
  .object({
    type: str.optional(),
    fullName: str.optional(),
    givenName: str.optional(),
    familyName: str.optional(),
  })
  .loose();
const countryShape = z.object({ name: str.optional(), code: str.optional() }).loose();
const addressShape = z
  .object({
    type: str.optional(),
    address: str.optional(),
    postCode: str.optional(),
    country: z.union([str, countryShape]).optional(),
  })
  .loose();
const identifierShape = z
  .object({ scheme: str.optional(), schemeName: str.optional(), id: str.optional(), uri: str.optional() })
  .loose();
const shareShape = z
  .object({
    exact: z.number().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    exclusiveMinimum: z.union([z.number(), z.boolean()]).optional(),
    exclusiveMaximum: z.union([z.number(), z.boolean()]).optional(),
  })
  .loose();
const interestShape = z
  .object({
    type: str.optional(),
    directOrIndirect: str.optional(),
    interestLevel: str.optional(),
    beneficialOwnershipOrControl: z.boolean().optional(),
    details: str.optional(),
    share: shareShape.optional(),
    startDate: str.optional(),
    endDate: str.optional(),
  })
  .loose();
const sourceShape = z
  .object({
    type: z.array(str).optional(),
    description: str.optional(),
    url: str.optional(),
    retrievedAt: str.optional(),
    assertedBy: z.array(z.object({ name: str.optional(), uri: str.optional() }).loose()).optional(),
  })
  .loose();
const partyRef = z.union([
  str,
  z
    .object({
      describedByEntityStatement: str.optional(),
      describedByPersonStatement: str.optional(),
      unspecified: z.union([str, looseObject]).optional(),
      reason: str.optional(),
      description: str.optional(),
    })
    .loose(),
]);

const detailsShape = z
  .object({
    entityType: z
      .union([str, z.object({ type: str.optional(), subtype: str.optional() }).loose()])
      .optional(),
    name: str.optional(),
    alternateNames: z.array(str).optional(),
    identifiers: z.array(identifierShape).optional(),
    foundingDate: str.optional(),
    dissolutionDate: str.optional(),
    jurisdiction: countryShape.optional(),
    incorporatedInJurisdiction: countryShape.optional(),
    addresses: z.array(addressShape).optional(),
    uri: str.optional(),
    personType: str.optional(),
    names: z.array(nameShape).optional(),
    nationalities: z.array(countryShape).optional(),
    taxResidencies: z.array(countryShape).optional(),
    birthDate: str.optional(),
    deathDate: str.optional(),
    politicalExposure: z.object({ status: str.optional() }).loose().optional(),
    hasPepStatus: z.boolean().optional(),
    subject: partyRef.optional(),
    interestedParty: partyRef.optional(),
    interests: z.array(interestShape).optional(),
  })
  .loose();

const statementShape = z
  .object({
    statementID: str.optional(),
    statementId: str.optional(),
    statementType: str.optional(),
    recordType: str.optional(),
    recordId: str.optional(),
    recordStatus: str.optional(),
    recordDetails: looseObject.optional(),
    statementDate: str.optional(),
    replacesStatements: z.array(str).optional(),
    source: sourceShape.optional(),
    publicationDetails: z
      .object({
        publicationDate: str.optional(),
        bodsVersion: str.optional(),
        publisher: z.object({ name: str.optional(), url: str.optional() }).loose().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

const OWNERSHIP_TYPES = new Set([
  'shareholding',
  'votingRights',
  'voting-rights',
  'rightsToSurplusAssetsOnDissolution',
  'rights-to-surplus-assets',
  'rightsToProfitOrIncome',
  'rights-to-profit-or-income',
]);
const DIRECTORSHIP_TYPES = new Set([
  'boardMember',
  'board-member',
  'boardChair',
  'board-chair',
  'seniorManagingOfficial',
  'senior-managing-official',
]);

const ENTITY_SCHEMA: Record<string, string> = {
  registeredEntity: 'Company',
  legalEntity: 'LegalEntity',
  arrangement: 'LegalEntity',
  anonymousEntity: 'LegalEntity',
  unknownEntity: 'LegalEntity',
  state: 'PublicBody',
  stateBody: 'PublicBody',
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;

function date(value: string | undefined): string | undefined {
  const m = value === undefined ? null : DATE.exec(value);
  return m ? m[0] : undefined;
}

/**
 * A BODS share as one percentage string: the exact value, else the range `min-max` as stated
 * (`>25-50` when the minimum is exclusive, `25-<50` when the maximum is), else `>=min` / `<=max`.
 * @param share - the BODS share object
 * @returns the percentage text, or `undefined` when the share says nothing
 */
export function bodsSharePercentage(share: z.infer<typeof shareShape> | undefined): string | undefined {
  if (!share) return undefined;
  if (share.exact !== undefined) return String(share.exact);
  const exMin = share.exclusiveMinimum;
  const exMax = share.exclusiveMaximum;
  const min = share.minimum ?? (typeof exMin === 'number' ? exMin : undefined);
  const max = share.maximum ?? (typeof exMax === 'number' ? exMax : undefined);
  const minExclusive = typeof exMin === 'number' || exMin === true;
  const maxExclusive = typeof exMax === 'number' || exMax === true;
  if (min !== undefined && max !== undefined)
    return `${minExclusive ? '>' : ''}${min}-${maxExclusive ? '<' : ''}${max}`;
  if (min !== undefined) return `${minExclusive ? '>' : '>='}${min}`;
  if (max !== undefined) return `${maxExclusive ? '<' : '<='}${max}`;
  return undefined;
}

function countryOf(value: string | z.infer<typeof countryShape> | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = typeof value === 'string' ? value : value.code;
  return code !== undefined && /^[A-Za-z]{2}(-[A-Za-z0-9]+)?$/.test(code) ? code.toLowerCase() : undefined;
}

function partyId(ref: z.infer<typeof partyRef> | undefined): string | undefined {
  if (ref === undefined) return undefined;
  if (typeof ref === 'string') return ref;
  return ref.describedByEntityStatement ?? ref.describedByPersonStatement;
}

/**
 * Maps one BODS statement (any of 0.2, 0.3, 0.4).
 * @param raw - the statement as parsed JSON
 * @returns the FtM entities and replacements, or the problems found (with JSON paths)
 */
export function mapBodsStatement(
  raw: unknown,
): { ok: true; value: BodsMapped } | { ok: false; problems: BodsProblem[] } {
  const parsed = statementShape.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        field: i.path.map(String).join('.') || '(statement)',
        message: i.message,
      })),
    };
  }
  const s = parsed.data;
  const v04 = s.recordType !== undefined || s.recordDetails !== undefined;
  const version =
    s.publicationDetails?.bodsVersion ?? (v04 ? '0.4' : 'statementType' in s ? '0.2' : 'unknown');
  const statementId = s.statementId ?? s.statementID;
  const kind = v04 ? s.recordType : s.statementType?.replace(/Statement$/, '');
  const id = v04 ? s.recordId : statementId;
  const problems: BodsProblem[] = [];
  if (id === undefined) problems.push({ field: v04 ? 'recordId' : 'statementID', message: 'is missing' });
  if (kind === undefined)
    problems.push({ field: v04 ? 'recordType' : 'statementType', message: 'is missing' });
  const detailsRaw = v04 ? (s.recordDetails ?? {}) : (raw as Record<string, unknown>);
  const detailsParsed = detailsShape.safeParse(detailsRaw);
  if (!detailsParsed.success) {
    for (const i of detailsParsed.error.issues) {
      problems.push({
        field: [...(v04 ? ['recordDetails'] : []), ...i.path.map(String)].join('.'),
        message: i.message,
      });
    }
  }
  if (problems.length > 0 || id === undefined || kind === undefined || !detailsParsed.success)
    return { ok: false, problems };
  const d = detailsParsed.data;
  const entities: BodsMapped['entities'] = [];
  const closed = s.recordStatus === 'closed';
  const statementDate = date(s.statementDate);
  const bods = raw;

  if (kind === 'entity') {
    const type = typeof d.entityType === 'string' ? d.entityType : d.entityType?.type;
    const schema = ENTITY_SCHEMA[type ?? ''] ?? 'LegalEntity';
    const p: Record<string, string[]> = {};
    const add = (prop: string, value: string | undefined): void => {
      if (value === undefined || value.trim() === '') return;
      const list = (p[prop] ??= []);
      if (!list.includes(value)) list.push(value);
    };
    add('name', d.name);
    d.alternateNames?.forEach((n) => add('alias', n));
    for (const ident of d.identifiers ?? []) {
      if (ident.id === undefined) continue;
      if (ident.scheme === 'XI-LEI') add('leiCode', ident.id);
      else if (schema === 'PublicBody') add('idNumber', ident.id);
      else add('registrationNumber', ident.id);
    }
    add('incorporationDate', date(d.foundingDate));
    add('dissolutionDate', date(d.dissolutionDate));
    if (closed) add('status', `record closed${statementDate ? ` ${statementDate}` : ''}`);
    add('jurisdiction', countryOf(d.jurisdiction ?? d.incorporatedInJurisdiction));
    for (const a of d.addresses ?? []) {
      add(
        'address',
        [a.address, a.postCode].filter((x) => x !== undefined && x !== '').join(', ') || undefined,
      );
      add('country', countryOf(a.country));
    }
    add('website', d.uri);
    if (type === 'anonymousEntity' || type === 'unknownEntity')
      add('description', type === 'anonymousEntity' ? 'Anonymous entity' : 'Unknown entity');
    entities.push({ id, schema, properties: p, bods });
  } else if (kind === 'person') {
    const p: Record<string, string[]> = {};
    const add = (prop: string, value: string | undefined): void => {
      if (value === undefined || value.trim() === '') return;
      const list = (p[prop] ??= []);
      if (!list.includes(value)) list.push(value);
    };
    for (const n of d.names ?? []) {
      const full = n.fullName ?? ([n.givenName, n.familyName].filter(Boolean).join(' ') || undefined);
      const type = n.type ?? 'legal';
      if (type === 'legal' || type === 'individual') {
        add('name', full);
        add('firstName', n.givenName);
        add('lastName', n.familyName);
      } else if (type === 'birth' || type === 'former') add('previousName', full);
      else add('alias', full);
    }
    d.nationalities?.forEach((c) => add('nationality', countryOf(c)));
    d.taxResidencies?.forEach((c) => add('country', countryOf(c)));
    add('birthDate', date(d.birthDate));
    add('deathDate', date(d.deathDate));
    for (const a of d.addresses ?? []) {
      add(
        'address',
        [a.address, a.postCode].filter((x) => x !== undefined && x !== '').join(', ') || undefined,
      );
      add('country', countryOf(a.country));
    }
    if (d.politicalExposure?.status === 'isPep' || d.hasPepStatus === true) add('topics', 'role.pep');
    if (d.personType === 'anonymousPerson') add('description', 'Anonymous person');
    if (d.personType === 'unknownPerson') add('description', 'Unknown person');
    entities.push({ id, schema: 'Person', properties: p, bods });
  } else if (kind === 'relationship' || kind === 'ownershipOrControl') {
    const subject = partyId(d.subject);
    let party = partyId(d.interestedParty);
    if (subject === undefined)
      return {
        ok: false,
        problems: [{ field: `${v04 ? 'recordDetails.' : ''}subject`, message: 'names no entity' }],
      };
    if (party === undefined) {
      // An unspecified interested party is kept as an entity of its own, described as such.
      const ref = d.interestedParty;
      const spec =
        typeof ref === 'object' ? (typeof ref.unspecified === 'object' ? ref.unspecified : ref) : {};
      const reason = typeof spec.reason === 'string' ? spec.reason : 'unknown';
      const description = typeof spec.description === 'string' ? spec.description : undefined;
      party = `${id}-unspecified-party`;
      entities.push({
        id: party,
        schema: 'LegalEntity',
        properties: {
          name: [`Unspecified interested party (${reason})`],
          ...(description ? { description: [description] } : {}),
        },
        bods: { unspecifiedPartyOf: id },
      });
    }
    const interests = d.interests ?? [];
    const list = interests.length > 0 ? interests : [{} as z.infer<typeof interestShape>];
    list.forEach((interest, index) => {
      const type = interest.type ?? 'unknownInterest';
      const level = interest.directOrIndirect ?? interest.interestLevel;
      const pct = bodsSharePercentage(interest.share);
      // Schemata without a percentage (Directorship, UnknownLink) keep the share in the summary.
      const summary = [
        level,
        interest.beneficialOwnershipOrControl === true ? 'beneficial ownership or control' : undefined,
        pct !== undefined && !OWNERSHIP_TYPES.has(type) ? `share ${pct}` : undefined,
        closed ? `record closed${statementDate ? ` ${statementDate}` : ''}` : undefined,
      ].filter((x): x is string => x !== undefined);
      const common: Record<string, string[]> = {};
      const start = date(interest.startDate);
      const end = date(interest.endDate);
      if (start) common.startDate = [start];
      if (end) common.endDate = [end];
      if (summary.length > 0) common.summary = [summary.join('; ')];
      if (interest.details) common.description = [interest.details];
      if (statementDate) common.date = [statementDate];
      const entityIdOf = `${id}-${index}`;
      const record = { bods, interestIndex: index };
      if (OWNERSHIP_TYPES.has(type)) {
        entities.push({
          id: entityIdOf,
          schema: 'Ownership',
          properties: {
            owner: [party],
            asset: [subject],
            ownershipType: [type],
            ...(pct ? { percentage: [pct] } : {}),
            ...common,
          },
          bods: record,
        });
      } else if (DIRECTORSHIP_TYPES.has(type)) {
        entities.push({
          id: entityIdOf,
          schema: 'Directorship',
          properties: { director: [party], organization: [subject], role: [type], ...common },
          bods: record,
        });
      } else {
        entities.push({
          id: entityIdOf,
          schema: 'UnknownLink',
          properties: { subject: [party], object: [subject], role: [type], ...common },
          bods: record,
        });
      }
    });
  } else {
    return {
      ok: false,
      problems: [
        { field: v04 ? 'recordType' : 'statementType', message: `unknown statement type "${kind}"` },
      ],
    };
  }

  const src = s.source;
  const pub = s.publicationDetails;
  const source: BodsSource | undefined =
    src === undefined && pub === undefined
      ? undefined
      : {
          title: src?.description ?? (src?.type?.join(', ') || null),
          publisher:
            src?.assertedBy
              ?.map((a) => a.name)
              .filter(Boolean)
              .join(', ') ||
            pub?.publisher?.name ||
            null,
          url: src?.url ?? pub?.publisher?.url ?? null,
          publishedAt: date(pub?.publicationDate) ?? null,
          retrievedAt: src?.retrievedAt ?? null,
          key: JSON.stringify([src ?? null, pub?.publisher ?? null, pub?.publicationDate ?? null]),
        };
  return {
    ok: true,
    value: { entities, replaces: s.replacesStatements ?? [], source, version, recordId: id },
  };
}
