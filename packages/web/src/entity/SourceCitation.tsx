import type { StatementDto } from '@daylight/core/api';
import { Fragment, type ReactNode } from 'react';
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
  const parts: Array<{ key: string; node: ReactNode }> = [
    {
      key: 'source',
      node: (
        <cite className="citation-source">
          {source?.url ? <ExternalLink url={source.url}>{name}</ExternalLink> : name}
        </cite>
      ),
    },
  ];
  if (source?.title && source.fileName && source.fileName !== source.title) {
    parts.push({ key: 'file', node: `file ${source.fileName}` });
  }
  if (source?.publisher) parts.push({ key: 'publisher', node: source.publisher });
  if (source?.publishedAt) parts.push({ key: 'date', node: `published ${formatDate(source.publishedAt)}` });
  else if (source?.retrievedAt)
    parts.push({ key: 'date', node: `retrieved ${formatDate(source.retrievedAt)}` });
  parts.push({ key: 'dataset', node: `dataset ${statement.dataset}` });
  parts.push({
    key: 'origin',
    node: (
      <span className="tag" title={ORIGIN_TITLES[statement.origin]}>
        {statement.origin}
      </span>
    ),
  });
  if (statement.status !== 'accepted') {
    parts.push({
      key: 'status',
      node: <span className={`tag tag-${statement.status}`}>{statement.status}</span>,
    });
  }
  if (statement.confidence !== null) {
    parts.push({ key: 'confidence', node: `confidence ${Math.round(statement.confidence * 100)}%` });
  }

  return (
    <div className="citation" data-testid="source-citation">
      <p className="citation-line">
        {parts.map((part, index) => (
          <Fragment key={part.key}>
            {index > 0 && <span className="citation-sep"> · </span>}
            {part.node}
          </Fragment>
        ))}
      </p>
      {evidence && (
        <blockquote className="evidence" data-testid="evidence-quote">
          {evidence.quote}
        </blockquote>
      )}
    </div>
  );
}
