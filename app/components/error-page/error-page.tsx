import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";

interface ErrorPageProps {
  language: Language;
  status: number;
}

/** The page a visitor sees for a wrong address (404), an unreadable one (400) or our fault (500). */
export function ErrorPage({ language, status }: ErrorPageProps) {
  const { t } = useTranslation("common");
  if (status === 404 || status === 405) {
    return (
      <>
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <ul>
          <li>
            <a href={localizedPath(language, "/")}>{t("notFound.home")}</a>
          </li>
          <li>
            <a href={localizedPath(language, "/services")}>{t("notFound.services")}</a>
          </li>
        </ul>
      </>
    );
  }
  return (
    <>
      <h1>{t("error.title")}</h1>
      <p>{status >= 400 && status < 500 ? t("error.badRequest") : t("error.body")}</p>
      <p>
        <a href={localizedPath(language, "/")}>{t("notFound.home")}</a>
      </p>
    </>
  );
}
