import { useTranslation } from "react-i18next";
import { FieldErrorMessage } from "~/components/error-summary/error-summary";
import { invalidInput } from "~/components/error-summary/error-summary.css";
import { municipalities } from "~/data/municipalities";
import * as forms from "~/styles/forms.css";

interface MunicipalityPickerProps {
  action: string;
  selected?: string;
  /** The form came back with no municipality chosen: say so beside the list. */
  emptyChoice?: boolean;
}

/** Where the error summary leads, and the id of the message beside the list. */
export const PICKER_FIELD_ID = "municipality-field";
const ERROR_ID = "municipality-error";

/**
 * A GET form: works without JavaScript and gives an address per municipality. No `required`: the
 * browser would answer an empty choice in its own language; the server answers in the page's.
 */
export function MunicipalityPicker({ action, selected = "", emptyChoice = false }: MunicipalityPickerProps) {
  const { t } = useTranslation("municipalities");
  return (
    <form method="get" action={action} className={forms.form}>
      <div className={forms.field} id={PICKER_FIELD_ID}>
        <label htmlFor="municipality" className={forms.label}>
          {t("formLabel")}
        </label>
        {emptyChoice ? <FieldErrorMessage id={ERROR_ID} message={t("formEmpty")} /> : null}
        <select
          id="municipality"
          name="municipality"
          defaultValue={selected}
          aria-invalid={emptyChoice ? "true" : undefined}
          aria-describedby={emptyChoice ? ERROR_ID : undefined}
          className={emptyChoice ? `${forms.input} ${invalidInput}` : forms.input}
        >
          <option value="">{t("formChoose")}</option>
          {municipalities.map((item) => (
            <option key={item.slug} value={item.slug} lang="sv">
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={forms.submit}>
        {t("formSubmit")}
      </button>
    </form>
  );
}
