import { useId, useState, type FormEvent } from 'react';
import { SCHEMA_OPTIONS, type SearchParams } from './search.params';

/** Props of {@link SearchForm}. */
export interface SearchFormProps {
  /** The search the URL holds. */
  readonly params: SearchParams;
  /** Called with the search to show. */
  readonly onSearch: (params: SearchParams) => void;
}

/** The search box and the schema filter. */
export function SearchForm({ params, onSearch }: SearchFormProps) {
  const inputId = useId();
  const schemaId = useId();
  const [draft, setDraft] = useState(params.q);
  // When the URL changes under the form (back button, a link), show its query.
  const [shown, setShown] = useState(params.q);
  if (shown !== params.q) {
    setShown(params.q);
    setDraft(params.q);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ q: draft, schema: params.schema });
  }

  const schemaKnown =
    params.schema === null || SCHEMA_OPTIONS.some((option) => option.name === params.schema);

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <div className="field field-query">
        <label htmlFor={inputId}>Name</label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="A person, company or organisation"
          autoComplete="off"
          spellCheck={false}
          data-testid="search-input"
        />
      </div>
      <div className="field field-schema">
        <label htmlFor={schemaId}>Type</label>
        <select
          id={schemaId}
          name="schema"
          value={params.schema ?? ''}
          onChange={(event) => onSearch({ q: draft, schema: event.target.value || null })}
          data-testid="schema-filter"
        >
          <option value="">Any</option>
          {SCHEMA_OPTIONS.map((option) => (
            <option key={option.name} value={option.name}>
              {option.label}
            </option>
          ))}
          {!schemaKnown && params.schema && <option value={params.schema}>{params.schema}</option>}
        </select>
      </div>
      <button type="submit" className="button" data-testid="search-submit">
        Search
      </button>
    </form>
  );
}
