import { cssBundleHref } from "@remix-run/css-bundle";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  isRouteErrorResponse,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page/error-page";
import { SafetyBar } from "~/components/safety-bar/safety-bar";
import { SiteFooter } from "~/components/site-footer/site-footer";
import { SiteHeader } from "~/components/site-header/site-header";
import { SkipLink } from "~/components/skip-link/skip-link";
import { TranslationNote } from "~/components/translation-note/translation-note";
import { env, publicOrigin } from "~/env.server";
import { defaultLanguage, supportedLanguages, textDirection } from "~/i18n";
import { fixedT } from "~/i18next.server";
import { canonicalPath } from "~/utils/canonical-path";
import { pageDescription } from "~/utils/page-description.server";
import { isPrintSheet } from "~/utils/print-sheet";
import { switchLanguagePath } from "~/utils/language-path";
import { languageTag } from "~/utils/language-tag";
import { languageForRequest } from "~/utils/request-language";
import * as styles from "~/styles/layout.css";
import "~/styles/global.css";

export const links: LinksFunction = () => [
  ...(cssBundleHref ? [{ rel: "stylesheet", href: cssBundleHref }] : []),
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // One address per page: server/middleware.js has already moved "/sv/about/" to "/sv/about" (301);
  // each page names its own address in <link rel="canonical"> ("/sv" names "/sv/").
  const canonical = canonicalPath(url.pathname);
  const language = languageForRequest(request);
  const t = fixedT(language, "common");
  const siteUrl = publicOrigin(request);
  return {
    language,
    quickExitUrl: env.quickExitUrl,
    // Who publishes the site (footer, about page); null: the site says it is independent.
    publisher: env.publisher,
    // A translation says when a string on the page is not reviewed: rendered on every translated
    // page, removed after the render when every string the page rendered is reviewed
    // (settleTranslationNote in app/utils/translation-status.server.ts).
    translationNote: language !== defaultLanguage,
    // Absolute alternates (search engines reject relative hreflang): SITE_URL, else this request's origin.
    siteUrl,
    // Titles for the error pages, whose own routes have no data to give; each page's own
    // description (from its copy) and its one address, for pageMeta.
    meta: {
      siteTitle: t("siteName"),
      description: pageDescription(language, url.pathname.replace(/^\/[^/]*/, "") || "/"),
      canonical: `${siteUrl}${canonical}`,
      notFoundTitle: t("titleTemplate", { page: t("notFound.title") }),
      errorTitle: t("titleTemplate", { page: t("error.title") }),
    },
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (!data) return [];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [
    { title: error ? (notFound ? data.meta.notFoundTitle : data.meta.errorTitle) : data.meta.siteTitle },
    { name: "description", content: data.meta.description },
  ];
};

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const language = data?.language ?? defaultLanguage;
  const handles = useMatches().map((match) => match.handle);
  const { pathname, search } = useLocation();
  const siteUrl = data?.siteUrl ?? "";
  return (
    <html lang={languageTag(language)} dir={textDirection(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <Meta />
        <Links />
        {supportedLanguages.map((lng) => (
          <link
            key={lng}
            rel="alternate"
            hrefLang={languageTag(lng)}
            href={`${siteUrl}${switchLanguagePath(pathname, search, lng)}`}
          />
        ))}
        <link rel="alternate" hrefLang="x-default" href={`${siteUrl}/`} />
        <script src="/quick-exit.js" defer />
      </head>
      <body className={isPrintSheet(handles) ? styles.printSheet : undefined}>
        <SkipLink />
        <SafetyBar quickExitUrl={data?.quickExitUrl ?? "https://www.google.com/"} />
        <SiteHeader language={language} />
        <main id="main" tabIndex={-1} className={styles.main}>
          {children}
          {/* After the page, not before it: on a phone the first screen is for the numbers. */}
          {data?.translationNote ? <TranslationNote /> : null}
        </main>
        <SiteFooter language={language} publisher={data?.publisher ?? null} />
        {/* No <Scripts/>: no page hydrates React (README "A page ships no JavaScript"). */}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Re-render under the right language's translations even when the route never loaded.
  useTranslation("common");
  return <ErrorPage language={data?.language ?? defaultLanguage} status={status} />;
}
