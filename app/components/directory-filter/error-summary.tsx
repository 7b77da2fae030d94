import { useTranslation } from "react-i18next";
import * as styles from "./directory-filter.css";

export type FilterField = "age" | "audience" | "q";

/** The id of each field of the filter form, and of its error message. */
export const fieldIds: Record<FilterField, string> = { age: "filter-age", audience: "filter-audience", q: "filter-words" };
export const errorId = (field: FilterField) => `${fieldIds[field]}-error`;
export const errorMessageKey: Record<FilterField, string> = {
  age: "filter.invalidAge",
  audience: "filter.invalidAudience",
  q: "filter.invalidWords",
};

/**
 * GOV.UK's error summary: at the top of the page, announced (role="alert"), each problem a link to
 * its field. The page's title starts with "Fel:" too, so a screen reader hears it first.
 */
export function ErrorSummary({ fields }: { fields: readonly FilterField[] }) {
  const { t } = useTranslation("services");
  if (fields.length === 0) return null;
  return (
    <div className={styles.errorSummary} role="alert" aria-labelledby="error-summary-title" data-error-summary="">
      <h2 id="error-summary-title" className={styles.errorSummaryTitle}>
        {t("common:errors.summaryHeading")}
      </h2>
      <ul className={styles.errorList}>
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${fieldIds[field]}`} className={styles.errorLink}>
              {t(errorMessageKey[field])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message beside a field, named by the field's aria-describedby. */
export function FieldError({ field, invalid }: { field: FilterField; invalid: readonly FilterField[] }) {
  const { t } = useTranslation("services");
  if (!invalid.includes(field)) return null;
  return (
    <p id={errorId(field)} className={styles.fieldError}>
      <span className="visually-hidden">{t("common:errors.prefix")} </span>
      {t(errorMessageKey[field])}
    </p>
  );
}
