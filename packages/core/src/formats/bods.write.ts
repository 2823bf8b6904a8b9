/**
 * Entities → BODS 0.4 statements: people → person records, legal entities → entity records,
 * Ownership, Directorship and other links between them → relationship records with one interest.
 * A percentage written as a range ("25-50", ">25-50") becomes the share's minimum and maximum.
 */
import type { Entity } from '../entity/entity.types.js';
import { findSchema, model } from '../model/ftm.model.js';
import { sha1Hex } from '../util/sha1.js';

/** Who publishes the export. */
export interface BodsPublication {
  /** ISO date of the export. */
  readonly publicationDate: string;
  readonly publisherName: string;
}

/** A BODS 0.4 statement (plain JSON). */
export type BodsStatement = Record<string, unknown>;

const INTEREST_TYPES = new Set([
  'shareholding',
  'votingRights',
  'appointmentOfBoard',
  'otherInfluenceOrControl',
  'seniorManagingOfficial',
  'settlor',
  'trustee',
  'protector',
  'beneficiaryOfLegalArrangement',
  'rightsToSurplusAssetsOnDissolution',
  'rightsToProfitOrIncome',
  'rightsGrantedByContract',
  'conditionalRightsGrantedByContract',
  'controlViaCompanyRulesOrArticles',
  'controlByLegalFramework',
  'boardMember',
  'boardChair',
  'unknownInterest',
  'unpublishedInterest',
  'enjoymentAndUseOfAssets',
  'rightToProfitOrIncomeFromAssets',
  'nominee',
  'nominator',
]);

/** 0.2 spellings of interest types → 0.4. */
const OLD_TYPES: Record<string, string> = {
  'voting-rights': 'votingRights',
  'appointment-of-board': 'appointmentOfBoard',
  'other-influence-or-control': 'otherInfluenceOrControl',
  'senior-managing-official': 'seniorManagingOfficial',
  'rights-to-surplus-assets': 'rightsToSurplusAssetsOnDissolution',
  'rights-to-profit-or-income': 'rightsToProfitOrIncome',
  'board-member': 'boardMember',
  'board-chair': 'boardChair',
};

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A percentage string → a BODS share.
 * @param text - "60", "25-50", ">25-<50", ">=25", "<=50"
 * @returns the share object, or `undefined` when the text is not a percentage
 */
export function bodsShareOf(text: string | undefined): Record<string, number | boolean> | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().replace(/%$/, '');
  const num = (s: string): number | undefined => {
    const n = Number(s.replace(',', '.'));
    return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
  };
  const exact = num(t);
  if (exact !== undefined && !/^[<>]/.test(t)) return { exact };
  const range = /^(>?)(\d+(?:[.,]\d+)?)\s*-\s*(<?)(\d+(?:[.,]\d+)?)$/.exec(t);
  if (range) {
    const min = num(range[2] ?? '');
    const max = num(range[4] ?? '');
    if (min === undefined || max === undefined) return undefined;
    const out: Record<string, number | boolean> = {};
    if (range[1] === '>') out.exclusiveMinimum = min;
    else out.minimum = min;
    if (range[3] === '<') out.exclusiveMaximum = max;
    else out.maximum = max;
    return out;
  }
  const bound = /^(>=|>|<=|<)(\d+(?:[.,]\d+)?)$/.exec(t);
  if (bound) {
    const n = num(bound[2] ?? '');
    if (n === undefined) return undefined;
    const key = { '>=': 'minimum', '>': 'exclusiveMinimum', '<=': 'maximum', '<': 'exclusiveMaximum' }[
      bound[1] ?? ''
    ];
    return key === undefined ? undefined : { [key]: n };
  }
  return undefined;
}

function country(code: string): { name: string; code: string } {
  const label = model.getType('country').values.get(code) ?? code.toUpperCase();
  return { name: label, code: code.toUpperCase() };
}

function statementId(recordId: string, details: unknown): string {
  return sha1Hex(`${recordId}\u001f${JSON.stringify(details)}`);
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * Writes one entity as a BODS 0.4 statement.
 * @param entity - the entity
 * @param publication - publication date and publisher
 * @returns the statement, or `undefined` for entities BODS has no place for (addresses, payments …)
 */
export function toBodsStatement(entity: Entity, publication: BodsPublication): BodsStatement | undefined {
  const schema = findSchema(entity.schema);
  if (!schema) return undefined;
  const p = entity.properties;
  const first = (prop: string): string | undefined => p[prop]?.[0];
  let recordType: string;
  let details: Record<string, unknown>;
  let subject = entity.id as string;
  if (schema.isA('Person')) {
    recordType = 'person';
    const names = [
      ...(p.name ?? []).map((fullName) => ({ type: 'legal', fullName })),
      ...(p.alias ?? []).map((fullName) => ({ type: 'alternative', fullName })),
      ...(p.previousName ?? []).map((fullName) => ({ type: 'former', fullName })),
    ];
    const description = first('description');
    const personType =
      description === 'Anonymous person'
        ? 'anonymousPerson'
        : description === 'Unknown person'
          ? 'unknownPerson'
          : 'knownPerson';
    details = {
      isComponent: false,
      personType,
      ...(names.length > 0 ? { names } : {}),
      ...(p.nationality ? { nationalities: p.nationality.map(country) } : {}),
      ...(first('birthDate') && PARTIAL_DATE.test(first('birthDate') ?? '')
        ? { birthDate: first('birthDate') }
        : {}),
      ...(first('deathDate') && PARTIAL_DATE.test(first('deathDate') ?? '')
        ? { deathDate: first('deathDate') }
        : {}),
      ...(p.address ? { addresses: p.address.map((address) => ({ address })) } : {}),
      ...((p.topics ?? []).includes('role.pep') ? { politicalExposure: { status: 'isPep' } } : {}),
    };
  } else if (schema.isA('LegalEntity')) {
    recordType = 'entity';
    const description = first('description');
    const type = schema.isA('Company')
      ? 'registeredEntity'
      : schema.isA('PublicBody')
        ? 'stateBody'
        : description === 'Anonymous entity'
          ? 'anonymousEntity'
          : description === 'Unknown entity'
            ? 'unknownEntity'
            : 'legalEntity';
    const identifiers = [
      ...(p.registrationNumber ?? []).map((id) => ({ id, schemeName: 'Registration number' })),
      ...(p.leiCode ?? []).map((id) => ({
        id,
        scheme: 'XI-LEI',
        schemeName: 'Global Legal Entity Identifier Index',
      })),
      ...(p.idNumber ?? []).map((id) => ({ id, schemeName: 'Identification number' })),
    ];
    const jurisdiction = first('jurisdiction');
    details = {
      isComponent: false,
      entityType: { type },
      ...(first('name') ? { name: first('name') } : {}),
      ...(p.alias ? { alternateNames: p.alias } : {}),
      ...(jurisdiction ? { jurisdiction: country(jurisdiction) } : {}),
      ...(identifiers.length > 0 ? { identifiers } : {}),
      ...(first('incorporationDate') && PARTIAL_DATE.test(first('incorporationDate') ?? '')
        ? { foundingDate: first('incorporationDate') }
        : {}),
      ...(first('dissolutionDate') && PARTIAL_DATE.test(first('dissolutionDate') ?? '')
        ? { dissolutionDate: first('dissolutionDate') }
        : {}),
      ...(p.address ? { addresses: p.address.map((address) => ({ address })) } : {}),
    };
  } else if (schema.edge) {
    const party = p[schema.edge.source]?.[0];
    const target = p[schema.edge.target]?.[0];
    if (party === undefined || target === undefined) return undefined;
    recordType = 'relationship';
    subject = target;
    const rawType =
      first('ownershipType') ?? first('role') ?? (schema.isA('Ownership') ? 'shareholding' : undefined);
    const normal = rawType === undefined ? undefined : (OLD_TYPES[rawType] ?? rawType);
    const type =
      normal !== undefined && INTEREST_TYPES.has(normal)
        ? normal
        : schema.isA('Directorship')
          ? 'boardMember'
          : 'otherInfluenceOrControl';
    const summary = (p.summary ?? []).join('; ');
    const level = /\bindirect\b/.test(summary)
      ? 'indirect'
      : /\bdirect\b/.test(summary)
        ? 'direct'
        : 'unknown';
    const share = bodsShareOf(first('percentage') ?? /(?:^|; )share ([^;]+)/.exec(summary)?.[1]);
    const start = first('startDate');
    const end = first('endDate');
    const extra = [
      rawType !== undefined && rawType !== type ? rawType : undefined,
      first('percentage') !== undefined && share === undefined ? `share: ${first('percentage')}` : undefined,
      first('description'),
    ].filter((x): x is string => x !== undefined);
    details = {
      isComponent: false,
      subject: target,
      interestedParty: party,
      interests: [
        {
          type,
          directOrIndirect: level,
          beneficialOwnershipOrControl: /beneficial/.test(summary),
          ...(share ? { share } : {}),
          ...(start && PARTIAL_DATE.test(start) ? { startDate: start } : {}),
          ...(end && PARTIAL_DATE.test(end) ? { endDate: end } : {}),
          ...(extra.length > 0 ? { details: extra.join('; ') } : {}),
        },
      ],
    };
  } else return undefined;
  const statementDate = FULL_DATE.test(first('date') ?? '') ? (first('date') ?? '') : day(entity.lastSeen);
  return {
    statementId: statementId(entity.id, details),
    declarationSubject: subject,
    statementDate,
    publicationDetails: {
      publicationDate: publication.publicationDate,
      bodsVersion: '0.4',
      publisher: { name: publication.publisherName },
    },
    recordId: entity.id,
    recordStatus: 'new',
    recordType,
    recordDetails: details,
  };
}
