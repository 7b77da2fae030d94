import { useTranslation } from "react-i18next";
import { municipalities } from "~/data/municipalities";
import * as forms from "~/styles/forms.css";

interface MunicipalityPickerProps {
  action: string;
  selected?: string;
}

/** A GET form: works without JavaScript and gives an address per municipality. */
export function MunicipalityPicker({ action, selected = "" }: MunicipalityPickerProps) {
  const { t } = useTranslation("municipalities");
  return (
    <form method="get" action={action} className={forms.form}>
      <div className={forms.field}>
        <label htmlFor="municipality" className={forms.label}>
          {t("formLabel")}
        </label>
        <select id="municipality" name="municipality" defaultValue={selected} required className={forms.input}>
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
