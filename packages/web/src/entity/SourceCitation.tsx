import type { StatementDto } from '@daylight/core/api';
import { ExternalLink } from '../util/ExternalLink';
import { formatDate } from '../util/format';

const ORIGIN_TITLES: Record<StatementDto['origin'], string> = {
  import: 'Imported from a structured data file',
  extract: 'Extracted from the text of a document',
  manual: 'Entered by a person',
};

/** Where one statement behind a value comes from: its source, dataset, origin and evidence. */
export function SourceCitation({ statement }: { readonly statement: StatementDto }) {
  const { source, evidence } = statement;
  const name = source?.title ?? source?.fileName ?? (source ? 'Untitled source' : 'No source recorded');
  const date = source?.publishedAt
    ? `published ${formatDate(source.publishedAt)}`
    : source?.retrievedAt
      ? `retrieved ${formatDate(source.retrievedAt)}`
      : null;
  return (
    <div className="citation" data-testid="source-citation">
      <p className="citation-line">
        <cite className="citation-source">
          {source?.url ? <ExternalLink url={source.url}>{name}</ExternalLink> : name}
        </cite>
        {source?.title && source.fileName && <span className="citation-part">file {source.fileName}</span>}
        {source?.publisher && <span className="citation-part">{source.publisher}</span>}
        {date && <span className="citation-part">{date}</span>}
        <span className="citation-part">dataset {statement.dataset}</span>
        <span className="citation-part tag" title={ORIGIN_TITLES[statement.origin]}>
          {statement.origin}
        </span>
        {statement.status !== 'accepted' && (
          <span className={`citation-part tag tag-${statement.status}`}>{statement.status}</span>
        )}
        {statement.confidence !== null && (
          <span className="citation-part">confidence {Math.round(statement.confidence * 100)}%</span>
        )}
      </p>
      {evidence && (
        <blockquote className="evidence" data-testid="evidence-quote">
          {evidence.quote}
        </blockquote>
      )}
    </div>
  );
}
