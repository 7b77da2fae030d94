import { Fragment, type ReactNode } from "react";
import { inlineLinks } from "~/data/inline-links";
import type { Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";

const TAGGED = /<(\w+)>([^<]*)<\/\1>/g;

/**
 * A sentence of copy with its inline links (app/data/inline-links.ts) made real: "<municipalities>…</municipalities>"
 * becomes a link to the municipality page in the reader's language. An unknown tag stays text.
 */
export function InlineText({ text, language }: { text: string; language: Language }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAGGED)) {
    const [whole, tag, inner] = match;
    const path = inlineLinks[tag!];
    if (path === undefined) continue;
    parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={localizedPath(language, path)}>
        {inner}
      </a>
    );
    last = match.index! + whole.length;
  }
  parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}

/** The components a <Trans> needs for the same inline links. */
export function inlineLinkComponents(language: Language): Record<string, JSX.Element> {
  return Object.fromEntries(
    Object.entries(inlineLinks).map(([tag, path]) => [tag, <a key={tag} href={localizedPath(language, path)} />])
  );
}
