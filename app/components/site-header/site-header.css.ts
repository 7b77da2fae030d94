import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";
import { strokeIcon } from "~/styles/icon.css";

/** Below this width the menu folds into "Meny" and the language button shows the language's name. */
export const wide = "(min-width: 48em)";
export const narrow = "(max-width: 47.99em)";

/**
 * On wide screens the safety bar and the header span more than the reading column, so that the
 * menu keeps to one row in every language (Somali, Bulgarian and Russian are the longest: about
 * 1,050 px at 18 px), and the header is as tall in them as in Swedish.
 */
export const barWidth = "72rem";

export const header = style({
  borderBlockEnd: `1px solid ${vars.color.border}`,
  "@media": { print: { borderBlockEnd: "none" } },
});

export const inner = style({
  maxWidth: vars.size.content,
  marginInline: "auto",
  padding: `${vars.space.s} 0.75rem`,
  "@media": { "(min-width: 30em)": { paddingInline: vars.space.m }, [wide]: { maxWidth: barWidth } },
});

/**
 * One row: wordmark, language, menu (with WCAG 1.4.12 text spacing in a long language at 320 px
 * the buttons may wrap, rather than the page scroll sideways). An open disclosure's panel lies
 * under the row (see panel), so its button stays where it was pressed.
 */
export const top = style({
  position: "relative",
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.space.s,
});

/**
 * The open language list or menu: under the header's row, as wide as the header, over the page
 * (not pushing it down, which would move the buttons). Below the sticky safety bar.
 */
export const panel = style({
  position: "absolute",
  insetBlockStart: "100%",
  insetInline: 0,
  zIndex: 50,
  marginBlockStart: vars.space.s,
  padding: `0 ${vars.space.s} ${vars.space.s}`,
  border: `2px solid ${vars.color.brand}`,
  borderRadius: vars.size.radius,
  background: vars.color.page,
  boxShadow: "0 4px 8px rgb(0 0 0 / 0.2)",
});

export const siteName = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  marginInlineEnd: "auto",
  fontSize: "1.25rem",
  color: vars.color.text,
  textDecoration: "none",
  selectors: { "&:visited, &:hover": { color: vars.color.text } },
  "@media": { [wide]: { fontSize: vars.font.sizeL } },
});

export const tagline = style({
  margin: 0,
  color: vars.color.textMuted,
  fontSize: vars.font.sizeS,
  "@media": { [narrow]: { display: "none" } },
});

/** The disclosure for the menu exists on narrow screens only; wide screens show the open list. */
export const menu = style({
  "@media": { [wide]: { display: "none" }, print: { display: "none" } },
});

export const wideNav = style({
  "@media": { [narrow]: { display: "none" }, print: { display: "none" } },
});

/** A compact button: an icon above a short word, like the phone apps readers know. */
export const toolButton = style({
  display: "flex",
  flexDirection: "column",
  alignItems: "center",
  justifyContent: "center",
  minBlockSize: vars.size.target,
  minInlineSize: vars.size.target,
  paddingInline: vars.space.xs,
  border: "2px solid transparent",
  borderRadius: vars.size.radius,
  color: vars.color.brand,
  fontSize: "0.8125rem",
  fontWeight: 700,
  lineHeight: 1.1,
  cursor: "pointer",
  listStyle: "none",
  whiteSpace: "nowrap",
  selectors: {
    "&::-webkit-details-marker": { display: "none" },
    "&:hover": { borderColor: vars.color.brand },
    "details[open] > &": { borderColor: vars.color.brand, background: vars.color.brandTint },
  },
});

export const toolIcon = strokeIcon;

export const navList = style({
  display: "flex",
  flexWrap: "wrap",
  gap: `0 1.25rem`,
  listStyle: "none",
  margin: `${vars.space.s} 0 0`,
  padding: 0,
});

/** In the folded menu: one link per row, full width, easy to hit. */
export const menuList = style({
  listStyle: "none",
  margin: 0,
  padding: 0,
});

export const navLink = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  selectors: {
    '&[aria-current="page"]': { fontWeight: 700 },
  },
});

export const menuLink = style([
  navLink,
  { display: "flex", paddingInline: vars.space.s, borderBlockEnd: `1px solid ${vars.color.surface}` },
]);

// The wordmark's mark a little smaller on a phone, so the row fits at 320 px in every language.
globalStyle(`${siteName} svg`, { "@media": { [narrow]: { inlineSize: "1.75rem", blockSize: "1.75rem" } } });
