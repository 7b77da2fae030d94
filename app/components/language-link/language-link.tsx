import { useTranslation } from "react-i18next";
import { textDirection, type Language } from "~/i18n";
import { languageTag } from "~/utils/language-tag";

interface LanguageLinkProps {
  language: Language;
  href: string;
  className?: string;
  current?: boolean;
}

/**
 * A link to a page in another language, named in that language (its endonym). lang, hreflang
 * and dir let screen readers pronounce the name right and keep right-to-left names whole.
 */
export function LanguageLink({ language, href, className, current = false }: LanguageLinkProps) {
  const { i18n } = useTranslation("common");
  const tag = languageTag(language);
  return (
    <a
      className={className}
      href={href}
      lang={tag}
      hrefLang={tag}
      dir={textDirection(language)}
      aria-current={current ? "true" : undefined}
    >
      {i18n.getFixedT(language, "common")("languageName")}
    </a>
  );
}
