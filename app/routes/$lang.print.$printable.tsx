import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { PrintButton } from "~/components/print-button/print-button";
import { Printable } from "~/components/printable/printable";
import { env, publicOrigin } from "~/env.server";
import { resolvePhones } from "~/directory/phone-refs.server";
import { findPrintable } from "~/data/printables";
import { shortPathOf } from "~/data/short-paths";
import { sitePages } from "~/data/site-pages";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { printValues } from "~/utils/print-values";
import type { PrintSheetHandle } from "~/utils/print-sheet";
import { qrCodeSvg } from "~/utils/qr-code.server";
import { targetLink } from "~/styles/lists.css";
import { notFound, requireLanguage } from "~/utils/require-language.server";

/** In print, only the sheet comes out (see app/utils/print-sheet.ts). */
export const handle: PrintSheetHandle = { printSheet: true };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const printable = findPrintable(params.printable);
  if (!printable) throw notFound();
  // The QR code opens the audience's page in the language the sheet is printed in; the printed
  // address is the short one ("host/ung"), which picks the reader's language by itself.
  const origin = publicOrigin(request);
  const url = `${origin}${localizedPath(language, `/help/${printable.audience}`)}`;
  return {
    language,
    printable,
    title: pageTitle(language, "print", `printables.${printable.id}.title`),
    phones: resolvePhones(printable.phones),
    url,
    shortAddress: `${new URL(origin).host}${shortPathOf(printable.audience)}`,
    publisher: env.publisher?.name ?? null,
    qrSvg: await qrCodeSvg(url),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function PrintPage() {
  const { language, printable, phones, url, shortAddress, publisher, qrSvg } = useLoaderData<typeof loader>();
  const { t } = useTranslation("print");
  const title = t(`printables.${printable.id}.title`);
  const values = printValues(language);
  return (
    <>
      <Breadcrumbs language={language} trail={["print"]} current={title} />
      <div data-screen-only>
        <h1>{title}</h1>
        <PrintButton label={t(printable.format === "card" ? "sheet.printCards" : "sheet.printPoster")} />
        <p>{t("sheet.howTo", values)}</p>
        {printable.format === "card" ? <p>{t("sheet.cardHowTo", values)}</p> : null}
        <p>
          <a href={localizedPath(language, sitePages.print)} className={targetLink}>
            {t("sheet.allMaterial")}
          </a>
        </p>
        <h2>{t("sheet.preview")}</h2>
      </div>
      <Printable
        id={printable.id}
        format={printable.format}
        phones={phones}
        qrSvg={qrSvg}
        url={url}
        shortAddress={shortAddress}
        publisher={publisher}
      />
    </>
  );
}
