import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { contentBlockSchema, type ContentBlockCopy } from "~/data/content-block";
import type { Language } from "~/i18n";
import { InlineText } from "./inline-text";

interface ContentBlockProps {
  /** Namespace-qualified key of a block, e.g. "journeys:buying.law". */
  i18nKey: string;
  /** Values for its {{placeholders}} (law sections, penalties, dates: they come from data). */
  values?: Record<string, string | number>;
  /** The heading's id, for in-page links; made from the key when not given. */
  id?: string;
  /** What follows the copy inside the same section (a list of services, links). */
  children?: ReactNode;
}

/** One section of structured copy: <h2>, paragraphs, a list, and <h3> sub-sections. */
export function ContentBlock({ i18nKey, values = {}, id, children }: ContentBlockProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const copy = contentBlockSchema.parse(t(i18nKey, { ...values, returnObjects: true }));
  const headingId = id ?? i18nKey.replace(/[^a-zA-Z0-9-]+/g, "-");
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{copy.heading}</h2>
      <BlockBody copy={copy} language={language} />
      {copy.subsections?.map((sub) => (
        <section key={sub.heading}>
          <h3>{sub.heading}</h3>
          <BlockBody copy={sub} language={language} />
        </section>
      ))}
      {children}
    </section>
  );
}

function BlockBody({ copy, language }: { copy: Omit<ContentBlockCopy, "subsections">; language: Language }) {
  return (
    <>
      {copy.text?.map((paragraph) => (
        <p key={paragraph}>
          <InlineText text={paragraph} language={language} />
        </p>
      ))}
      {copy.points ? (
        <ul>
          {copy.points.map((point) => (
            <li key={point}>
              <InlineText text={point} language={language} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
