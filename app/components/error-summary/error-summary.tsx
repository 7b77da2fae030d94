import { useTranslation } from "react-i18next";
import * as styles from "./error-summary.css";

export interface FieldProblem {
  /** The id of the field's wrapper (label, hint, message and field): where the link leads. */
  target: string;
  message: string;
}

/**
 * GOV.UK's error summary: at the top of the page, announced (role="alert"), each problem a link to
 * its field. A link leads to the field's wrapper, so that the page's scroll padding (clear of the
 * sticky bar) keeps the label, hint and message in view with the field; the next Tab is the field. The page's title starts with
 * "Fel:" too, so a screen reader hears it first.
 */
export function ErrorSummary({ problems }: { problems: readonly FieldProblem[] }) {
  const { t } = useTranslation("common");
  if (problems.length === 0) return null;
  return (
    <div className={styles.errorSummary} role="alert" aria-labelledby="error-summary-title" data-error-summary="">
      <h2 id="error-summary-title" className={styles.errorSummaryTitle}>
        {t("errors.summaryHeading")}
      </h2>
      <ul className={styles.errorList}>
        {problems.map((problem) => (
          <li key={problem.target}>
            <a href={`#${problem.target}`} className={styles.errorLink}>
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message beside a field, named by the field's aria-describedby. */
export function FieldErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation("common");
  return (
    <p id={id} className={styles.fieldError}>
      <span className="visually-hidden">{t("errors.prefix")} </span>
      {message}
    </p>
  );
}
