import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, type Crumb } from "~/components/breadcrumbs/breadcrumbs";
import { Printable } from "~/components/printable/printable";
import { publicOrigin } from "~/config.server";
import { resolvePhones } from "~/directory/phone-refs.server";
import { findPrintable } from "~/data/printables";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import type { PrintSheetHandle } from "~/utils/print-sheet";
import { qrCodeSvg } from "~/utils/qr-code.server";
import { notFound, requireLanguage } from "~/utils/require-language.server";

/** In print, only the sheet comes out (see app/utils/print-sheet.ts). */
export const handle: PrintSheetHandle = { printSheet: true };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const printable = findPrintable(params.printable);
  if (!printable) throw notFound();
  // The QR code opens the audience's page in the language the sheet is printed in.
  const origin = publicOrigin(request);
  const url = `${origin}${localizedPath(language, `/help/${printable.audience}`)}`;
  return {
    language,
    printable,
    title: pageTitle(language, "campaigns", `printables.${printable.id}.title`),
    phones: resolvePhones(printable.phones),
    url,
    qrSvg: await qrCodeSvg(url),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function PrintPage() {
  const { language, printable, phones, url, qrSvg } = useLoaderData<typeof loader>();
  const { t } = useTranslation("campaigns");
  const trail: ("campaigns" | Crumb)[] = printable.campaign
    ? [
        "campaigns",
        { href: localizedPath(language, `/campaigns/${printable.campaign}`), label: t(`${printable.campaign}.title`) },
      ]
    : [{ href: localizedPath(language, "/help/professionals"), label: t("audiences:professionals.title") }];
  return (
    <>
      <Breadcrumbs language={language} trail={trail} current={t(`printables.${printable.id}.title`)} />
      <div data-screen-only>
        <h1>{t(`printables.${printable.id}.title`)}</h1>
        <p>{t("print.howTo")}</p>
        {printable.format === "card" ? <p>{t("print.cardHowTo")}</p> : null}
        <h2>{t("print.preview")}</h2>
      </div>
      <Printable id={printable.id} format={printable.format} phones={phones} qrSvg={qrSvg} url={url} />
    </>
  );
}
