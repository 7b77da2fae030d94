import { useTranslation } from "react-i18next";
import { audienceIds } from "~/data/audiences";
import type { DirectoryQuery } from "~/utils/directory-query";
import { FieldError, errorId, fieldTargetId, type FilterField } from "./error-summary";
import * as styles from "./directory-filter.css";

interface DirectoryFilterProps {
  action: string;
  values: DirectoryQuery["values"];
  /** Fields whose value could not be used: marked invalid, with the message beside them. */
  invalid?: readonly FilterField[];
}

/** aria-invalid and aria-describedby for a field, and its class. */
function fieldState(field: FilterField, invalid: readonly FilterField[], base: string, hint?: string) {
  const isInvalid = invalid.includes(field);
  const describedBy = [hint, isInvalid ? errorId(field) : undefined].filter(Boolean).join(" ");
  return {
    "aria-invalid": isInvalid ? ("true" as const) : undefined,
    "aria-describedby": describedBy || undefined,
    className: isInvalid ? `${base} ${styles.invalidInput}` : base,
  };
}

/**
 * A plain GET form: works without JavaScript, and the result is a URL that can be shared.
 */
export function DirectoryFilter({ action, values, invalid = [] }: DirectoryFilterProps) {
  const { t } = useTranslation("services");
  const { t: tAudience } = useTranslation("audiences");
  return (
    <form method="get" action={action} role="search" aria-labelledby="filter-heading" className={styles.form}>
      <h2 id="filter-heading" className={styles.heading}>
        {t("filter.heading")}
      </h2>
      {/* Radios, not a select: a closed select at 320 px cut "Jag säljer eller har sålt sex" to
          "Jag säljer eller har sålt se", so the reader could not check her choice (GOV.UK: radios for
          a few options). As GOV.UK's radios, the group carries the error message, not each radio. */}
      <fieldset
        className={styles.choices}
        id={fieldTargetId("audience")}
        aria-describedby={invalid.includes("audience") ? errorId("audience") : undefined}
      >
        <legend className={styles.label}>{t("filter.audienceLabel")}</legend>
        <FieldError field="audience" invalid={invalid} />
        {["", ...audienceIds].map((id) => (
          <label key={id} className={styles.check}>
            <input
              type="radio"
              name="audience"
              value={id}
              defaultChecked={values.audience === id}
              className={styles.checkbox}
            />
            {id === "" ? t("filter.audienceAny") : tAudience(`${id}.choice`)}
          </label>
        ))}
      </fieldset>
      <div className={styles.field} id={fieldTargetId("age")}>
        <label htmlFor="filter-age" className={styles.label}>
          {t("filter.ageLabel")}
        </label>
        <span id="filter-age-hint" className={styles.hint}>
          {t("filter.ageHint")}
        </span>
        <FieldError field="age" invalid={invalid} />
        {/* No `pattern`: the browser would answer in its own language; the server checks the age. */}
        <input
          id="filter-age"
          name="age"
          type="text"
          inputMode="numeric"
          maxLength={3}
          autoComplete="off"
          defaultValue={values.age}
          {...fieldState("age", invalid, styles.ageInput, "filter-age-hint")}
        />
      </div>
      <fieldset className={styles.checks}>
        <legend className="visually-hidden">{t("filter.heading")}</legend>
        {(["free", "anonymous", "professionals"] as const).map((name) => (
          <label key={name} className={styles.check}>
            <input type="checkbox" name={name} value="1" defaultChecked={values[name]} className={styles.checkbox} />
            {t(`filter.${name}Label`)}
          </label>
        ))}
      </fieldset>
      <div className={styles.field} id={fieldTargetId("q")}>
        <label htmlFor="filter-words" className={styles.label}>
          {t("filter.wordsLabel")}
        </label>
        <FieldError field="q" invalid={invalid} />
        <input
          id="filter-words"
          name="q"
          type="search"
          maxLength={100}
          autoComplete="off"
          defaultValue={values.q}
          {...fieldState("q", invalid, styles.input)}
        />
      </div>
      <button type="submit" className={styles.submit}>
        {t("filter.submit")}
      </button>
    </form>
  );
}
