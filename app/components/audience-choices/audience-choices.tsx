import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CallButton } from "~/components/call-button/call-button";
import type { AudienceId } from "~/data/audiences";
import type { ResolvedPhone } from "~/directory/phone-refs.server";
import type { Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./audience-choices.css";

export interface AudienceTile {
  id: AudienceId;
  /** The numbers the audience's page opens with (app/data/journeys.ts "callFirst"). */
  phones: ResolvedPhone[];
}

/**
 * "Who are you?" as tiles in the brand colour: one tap to the page for each audience, and on the
 * tile the numbers that page starts with, so the first screen gives both the way to one's own page
 * and the number to call. Where a tile has two numbers that depend on the situation (someone
 * close who sells or who buys sex), the line above each says which.
 */
export function AudienceChoices({
  language,
  tiles,
  everyone,
}: {
  language: Language;
  tiles: readonly AudienceTile[];
  /** The last cell: the lines for everyone (national lines, 112), beside the tiles on a wide screen. */
  everyone?: ReactNode;
}) {
  const { t } = useTranslation("audiences");
  return (
    <ul className={styles.list}>
      {tiles.map(({ id, phones }) => (
        <li key={id} className={styles.tile} data-audience-tile={id}>
          <a className={styles.choice} href={localizedPath(language, `/help/${id}`)}>
            <span>{t(`${id}.choice`)}</span>
            <svg className={styles.chevron} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M9 5l7 7-7 7" />
            </svg>
          </a>
          {phones.map(({ serviceId, phone, forKey }) => (
            <div key={`${serviceId}-${phone.descriptionKey}`} className={styles.number}>
              {forKey ? (
                <p className={styles.forLine} data-call-for="">
                  {t(forKey)}
                </p>
              ) : null}
              <CallButton phone={phone} serviceId={serviceId} inverse />
            </div>
          ))}
        </li>
      ))}
      {everyone ? <li className={styles.everyone}>{everyone}</li> : null}
    </ul>
  );
}
