/**
 * Shapes a candidate for the API: values with their evidence in context, without the internal
 * statement fields.
 */
import type { CandidateDetailResponse } from '@daylight/core/api';
import type { CandidateDetail } from '@daylight/store';

/**
 * @param detail - what the review service found
 * @returns the `GET /api/v1/review/{id}` body
 */
export function presentCandidate(detail: CandidateDetail): CandidateDetailResponse {
  return {
    id: detail.id,
    schema: detail.schema,
    values: detail.statements
      .filter((e) => e.statement.prop !== 'id')
      .map((e) => ({
        statementId: e.statement.id,
        prop: e.statement.prop,
        value: e.statement.value,
        confidence: e.statement.confidence,
        sourceId: e.statement.sourceId,
        documentTitle: e.documentTitle,
        evidence: e.statement.evidence
          ? {
              start: e.statement.evidence.start,
              end: e.statement.evidence.end,
              before: e.before,
              quote: e.quote,
              after: e.after,
            }
          : null,
      })),
    suggestions: detail.suggestions.map((s) => ({ id: s.id, schema: s.schema, caption: s.caption })),
  };
}
