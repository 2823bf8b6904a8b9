/**
 * GLEIF golden-copy CSV: LEI records (level 1, "who is who") → Company, and relationship records
 * (level 2, "who owns whom") → Ownership edges marked as accounting consolidation. Both run
 * through the CSV mapping importer with built-in mappings; entity ids are the LEIs themselves, so
 * LEI and relationship files meet in the store whatever order they come in. Columns follow the
 * published golden-copy layout (`Entity.LegalName`, `Relationship.StartNode.NodeID` …).
 */
import { compileMapping, type CompiledMapping } from '@daylight/core';
import type { Store } from '@daylight/store';
import type { BaseImportOptions } from './import.runner.js';
import type { ImportSummary } from './import.types.js';
import { importMappedFiles } from './mapping.import.js';

const address = (kind: string): string =>
  `{{Entity.${kind}.FirstAddressLine}} {{Entity.${kind}.AdditionalAddressLine.1}}, {{Entity.${kind}.PostalCode}} {{Entity.${kind}.City}} {{Entity.${kind}.Region}}`;

/** LEI records → Company. */
export const GLEIF_LEI_MAPPING: CompiledMapping = compileMapping({
  entities: {
    company: {
      schema: 'Company',
      id_column: 'LEI',
      properties: {
        leiCode: { column: 'LEI' },
        name: { column: 'Entity.LegalName' },
        alias: {
          columns: ['Entity.OtherEntityNames.OtherEntityName.1', 'Entity.OtherEntityNames.OtherEntityName.2'],
        },
        jurisdiction: { column: 'Entity.LegalJurisdiction' },
        country: { columns: ['Entity.LegalAddress.Country', 'Entity.HeadquartersAddress.Country'] },
        address: { template: address('LegalAddress') },
        legalForm: { columns: ['Entity.LegalForm.EntityLegalFormCode', 'Entity.LegalForm.OtherLegalForm'] },
        registrationNumber: { column: 'Entity.RegistrationAuthority.RegistrationAuthorityEntityID' },
        classification: { column: 'Entity.EntityCategory' },
        status: { column: 'Entity.EntityStatus' },
        incorporationDate: { column: 'Entity.EntityCreationDate' },
        modifiedAt: { column: 'Registration.LastUpdateDate' },
      },
    },
  },
});

/** Relationship records → Ownership (owner: the parent, the end node; asset: the child). */
export const GLEIF_RR_MAPPING: CompiledMapping = compileMapping({
  entities: {
    parent: { schema: 'LegalEntity', id_column: 'Relationship.EndNode.NodeID' },
    child: { schema: 'LegalEntity', id_column: 'Relationship.StartNode.NodeID' },
    link: {
      schema: 'Ownership',
      key_literal: 'gleif-rr',
      keys: ['Relationship.StartNode.NodeID', 'Relationship.EndNode.NodeID', 'Relationship.RelationshipType'],
      properties: {
        owner: { entity: 'parent', required: true },
        asset: { entity: 'child', required: true },
        ownershipType: { column: 'Relationship.RelationshipType' },
        status: { column: 'Relationship.RelationshipStatus' },
        startDate: { column: 'relationship.start' },
        endDate: { column: 'relationship.end' },
        percentage: { column: 'relationship.percentage' },
        summary: {
          template:
            'accounting consolidation, {{relationship.level}}; corroboration: {{Registration.ValidationSources}}; accounting standard: {{relationship.standard}}',
        },
        description: { column: 'relationship.accountingPeriod' },
        recordId: { column: 'Registration.ValidationReference' },
        modifiedAt: { column: 'Registration.LastUpdateDate' },
      },
    },
  },
});

/**
 * Derives columns the golden copy spreads over numbered groups: the relationship period (of type
 * RELATIONSHIP_PERIOD), the accounting period, the consolidation percentage, the accounting
 * standard, and whether the parent is direct or ultimate.
 * @param row - one relationship record
 * @returns the row with `relationship.*` columns added
 */
export function prepareRelationship(row: Record<string, string>): Record<string, string> {
  const out = { ...row };
  for (let n = 1; n <= 5; n++) {
    const type = row[`Relationship.Period.${n}.periodType`];
    const start = row[`Relationship.Period.${n}.startDate`];
    const end = row[`Relationship.Period.${n}.endDate`];
    if (type === 'RELATIONSHIP_PERIOD') {
      if (start) out['relationship.start'] = start;
      if (end) out['relationship.end'] = end;
    } else if (type === 'ACCOUNTING_PERIOD' && start) {
      out['relationship.accountingPeriod'] =
        `accounting period ${start.slice(0, 10)} to ${(end ?? '').slice(0, 10)}`;
    }
    const dimension = row[`Relationship.RelationshipQualifiers.${n}.QualifierDimension`];
    const category = row[`Relationship.RelationshipQualifiers.${n}.QualifierCategory`];
    if (dimension === 'ACCOUNTING_STANDARD' && category) out['relationship.standard'] = category;
    const method = row[`Relationship.RelationshipQuantifiers.${n}.MeasurementMethod`];
    const amount = row[`Relationship.RelationshipQuantifiers.${n}.QuantifierAmount`];
    const units = row[`Relationship.RelationshipQuantifiers.${n}.QuantifierUnits`];
    if (method === 'ACCOUNTING_CONSOLIDATION' && amount && units === 'PERCENTAGE')
      out['relationship.percentage'] = amount;
  }
  const type = row['Relationship.RelationshipType'] ?? '';
  out['relationship.level'] = type.includes('DIRECTLY')
    ? 'direct parent'
    : type.includes('ULTIMATELY')
      ? 'ultimate parent'
      : type.toLowerCase();
  out['relationship.standard'] ??= 'not stated';
  return out;
}

/**
 * Imports GLEIF golden-copy CSV files, one transaction per file.
 * @param store - where to write
 * @param files - LEI-record files (`kind` lei) or relationship-record files (`kind` rr)
 * @param kind - which golden copy
 * @param options - dataset, author, progress
 * @returns the summary of all files
 */
export async function importGleifFiles(
  store: Store,
  files: readonly string[],
  kind: 'lei' | 'rr',
  options: BaseImportOptions,
): Promise<ImportSummary> {
  const summaries: ImportSummary[] = [];
  for (const file of files) {
    summaries.push(
      await importMappedFiles(store, [file], {
        ...options,
        mapping: `(built-in GLEIF ${kind} mapping)`,
        format: 'csv',
        compiled: kind === 'lei' ? GLEIF_LEI_MAPPING : GLEIF_RR_MAPPING,
        ...(kind === 'rr' ? { prepare: prepareRelationship } : {}),
      }),
    );
  }
  return {
    entities: summaries.reduce((n, s) => n + s.entities, 0),
    statements: summaries.reduce((n, s) => n + s.statements, 0),
    inserted: summaries.reduce((n, s) => n + s.inserted, 0),
    errors: summaries.flatMap((s) => s.errors),
    moreErrors: summaries.reduce((n, s) => n + s.moreErrors, 0),
    files: summaries.flatMap((s) => s.files),
  };
}
