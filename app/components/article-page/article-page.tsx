import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, type Crumb } from "~/components/breadcrumbs/breadcrumbs";
import { ContentBlock } from "~/components/content-block/content-block";
import type { SitePageId } from "~/data/site-pages";
import type { Language, Namespace } from "~/i18n";

interface ArticlePageProps {
  language: Language;
  /** The namespace holding "title", "lead" and "sections.<id>". */
  ns: Namespace;
  sections: readonly string[];
  values?: Record<string, string | number>;
  trail?: (SitePageId | Crumb)[];
  /** What comes after the sections (links, sources). */
  children?: ReactNode;
  /** What comes right after the lead, before the sections. */
  afterLead?: ReactNode;
}

/** A page of plain copy: breadcrumbs, title, lead, then its sections in order. */
export function ArticlePage({ language, ns, sections, values, trail, children, afterLead }: ArticlePageProps) {
  const { t } = useTranslation(ns);
  return (
    <>
      <Breadcrumbs language={language} trail={trail} current={t("title")} />
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {afterLead}
      {sections.map((id) => (
        <ContentBlock key={id} i18nKey={`${ns}:sections.${id}`} values={values} id={id} />
      ))}
      {children}
    </>
  );
}
