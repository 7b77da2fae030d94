import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

/** A plain data table; long words break inside their cell so it never widens a 320 px page. */
export const table = style({ borderCollapse: "collapse", inlineSize: "100%", marginBlockEnd: vars.space.l });

export const caption = style({ textAlign: "start", color: vars.color.textMuted, paddingBlockEnd: vars.space.s });

globalStyle(`${table} th, ${table} td`, {
  padding: vars.space.s,
  borderBlockEnd: `1px solid ${vars.color.border}`,
  textAlign: "start",
  verticalAlign: "top",
  overflowWrap: "anywhere",
  hyphens: "auto",
});

/** A link that names a row: a full-height touch target. */
export { targetLink as rowLink } from "./lists.css";

/** Keeps a short reference such as "6 kap. 11 §" on one line inside a narrow cell. */
export const nowrap = style({ whiteSpace: "nowrap" });
