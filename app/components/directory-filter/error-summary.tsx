import { useTranslation } from "react-i18next";
import { ErrorSummary as Summary, FieldErrorMessage } from "~/components/error-summary/error-summary";
import { AGE_LIMITS } from "~/utils/directory-query";

export type FilterField = "age" | "audience" | "q";

/** The id of each field of the filter form, of its wrapper (where the summary leads) and of its message. */
export const fieldIds: Record<FilterField, string> = { age: "filter-age", audience: "filter-audience", q: "filter-words" };
export const fieldTargetId = (field: FilterField) => `${fieldIds[field]}-field`;
export const errorId = (field: FilterField) => `${fieldIds[field]}-error`;
/** Each problem's message ("filter.invalidAge" says the rule, with AGE_LIMITS as {{min}}–{{max}}). */
export const errorMessageKey: Record<FilterField, string> = {
  age: "filter.invalidAge",
  audience: "filter.invalidAudience",
  q: "filter.invalidWords",
};

/** The filter's problems in GOV.UK's error summary (components/error-summary). */
export function ErrorSummary({ fields }: { fields: readonly FilterField[] }) {
  const { t } = useTranslation("services");
  return (
    <Summary problems={fields.map((field) => ({ target: fieldTargetId(field), message: t(errorMessageKey[field], AGE_LIMITS) }))} />
  );
}

/** The message beside a field, named by the field's aria-describedby. */
export function FieldError({ field, invalid }: { field: FilterField; invalid: readonly FilterField[] }) {
  const { t } = useTranslation("services");
  if (!invalid.includes(field)) return null;
  return <FieldErrorMessage id={errorId(field)} message={t(errorMessageKey[field], AGE_LIMITS)} />;
}
