// A tender's description as its author wrote it: a blank line starts a paragraph, a single
// line break stays a line break (pasted calls are laid out in lines and lists).
import { Fragment } from 'react';

export function TenderDescription({ text }: { text: string }) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <div className="page-intro tender-description">
      {paragraphs.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text never reorder
        <p key={i}>
          {paragraph.split(/\r?\n/).map((line, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text never reorder
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
