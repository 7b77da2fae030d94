import { useTranslation } from "react-i18next";
import { audienceIds } from "~/data/audiences";
import type { DirectoryQuery } from "~/utils/directory-query";
import * as styles from "./directory-filter.css";

interface DirectoryFilterProps {
  action: string;
  values: DirectoryQuery["values"];
}

/**
 * A plain GET form: works without JavaScript, and the result is a URL that can be shared.
 */
export function DirectoryFilter({ action, values }: DirectoryFilterProps) {
  const { t } = useTranslation("services");
  const { t: tAudience } = useTranslation("audiences");
  return (
    <form method="get" action={action} role="search" aria-labelledby="filter-heading" className={styles.form}>
      <h2 id="filter-heading" className={styles.heading}>
        {t("filter.heading")}
      </h2>
      <div className={styles.field}>
        <label htmlFor="filter-audience" className={styles.label}>
          {t("filter.audienceLabel")}
        </label>
        <select id="filter-audience" name="audience" defaultValue={values.audience} className={styles.input}>
          <option value="">{t("filter.audienceAny")}</option>
          {audienceIds.map((id) => (
            <option key={id} value={id}>
              {tAudience(`${id}.choice`)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="filter-age" className={styles.label}>
          {t("filter.ageLabel")}
        </label>
        <span id="filter-age-hint" className={styles.hint}>
          {t("filter.ageHint")}
        </span>
        <input
          id="filter-age"
          name="age"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={3}
          autoComplete="off"
          defaultValue={values.age}
          aria-describedby="filter-age-hint"
          className={styles.ageInput}
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
      <div className={styles.field}>
        <label htmlFor="filter-words" className={styles.label}>
          {t("filter.wordsLabel")}
        </label>
        <input
          id="filter-words"
          name="q"
          type="search"
          maxLength={100}
          autoComplete="off"
          defaultValue={values.q}
          className={styles.input}
        />
      </div>
      <button type="submit" className={styles.submit}>
        {t("filter.submit")}
      </button>
    </form>
  );
}
