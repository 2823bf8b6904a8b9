import type { ReactNode } from 'react';
import { EXTERNAL_REL, safeHttpUrl } from './safe-url';

/**
 * A link to a URL that came from data: rendered as a link only when it is http(s), otherwise as
 * plain text (or the fallback).
 */
export function ExternalLink({ url, children }: { readonly url: string; readonly children?: ReactNode }) {
  const href = safeHttpUrl(url);
  if (!href) return <span className="raw-url">{children ?? url}</span>;
  return (
    <a href={href} rel={EXTERNAL_REL} target="_blank" className="external">
      {children ?? url}
    </a>
  );
}
