import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

// On screen: a bordered preview as wide as the column. In print: exact sizes in millimetres and
// points (A4 with the 12 mm page margin of the global styles leaves 186 × 273 mm).

/** Coloured bands print even when "background graphics" is off. */
const exactColour = { printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" } as const;

const band = style({
  display: "flex",
  alignItems: "center",
  background: vars.color.brand,
  color: vars.color.brandText,
  fontWeight: 700,
  ...exactColour,
});

// ---------------------------------------------------------------- poster
//
// A poster, not a printed web page: the headline at 60 pt or more, the numbers in a block of the
// brand colour that takes the page's free height (no white lower third), the body at 16–20 pt, the
// QR code 60 mm with its quiet zone, and the publisher's line at the foot. The sizes step with the
// length of the copy (posterScale in printable.tsx), so every language fills one A4 page.

/** Every size of a poster's type, by the poster's data-*-size attributes. */
const headingPt = { large: "76pt", medium: "66pt", small: "60pt" } as const;
const bodyPt = { large: "20pt", medium: "18pt", small: "16pt" } as const;

export const poster = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.m,
  border: `1px solid ${vars.color.border}`,
  overflowWrap: "normal",
  // On screen the numbers' size follows the preview's width (cqi): whole at 320 px, also with
  // WCAG 1.4.12 text spacing.
  containerType: "inline-size",
  "@media": {
    print: {
      inlineSize: "186mm",
      blockSize: "270mm",
      gap: "4mm",
      border: "none",
      breakInside: "avoid",
      overflow: "hidden",
    },
  },
});

export const posterBand = style([
  band,
  {
    gap: vars.space.s,
    padding: `${vars.space.s} ${vars.space.m}`,
    fontSize: vars.font.sizeL,
    "@media": { print: { gap: "3mm", padding: "2mm 8mm", fontSize: "20pt" } },
  },
]);

// The mark's square is the brand colour: on the band only its white bubble shows.
export const posterMark = style({
  inlineSize: "2.5rem",
  blockSize: "2.5rem",
  flexShrink: 0,
  color: vars.color.brand,
  "@media": { print: { inlineSize: "9mm", blockSize: "9mm" } },
});

const posterInset = { paddingInline: vars.space.m, "@media": { print: { paddingInline: "8mm" } } } as const;

export const posterBody = style({ ...posterInset });

export const posterHeading = style({
  margin: `0 0 ${vars.space.s}`,
  color: vars.color.brand,
  fontSize: "min(2.5rem, 9cqi)",
  fontWeight: 800,
  lineHeight: 1.02,
  letterSpacing: "-0.02em",
  "@media": { print: { fontSize: headingPt.small, marginBlockEnd: "4mm" } },
});

export const posterLine = style({
  margin: `0 0 ${vars.space.s}`,
  fontSize: `min(${vars.font.sizeL}, 6.5cqi)`,
  lineHeight: 1.3,
  "@media": { print: { fontSize: bodyPt.small, marginBlockEnd: "1.5mm" } },
});

// Arabic and Persian (and Thai's marks above and below) need room between lines; letter spacing
// would pull the joined Arabic letters apart.
globalStyle(`${posterHeading}:lang(ar), ${posterHeading}:lang(fa)`, { lineHeight: 1.22, letterSpacing: 0, paddingBlockEnd: "0.18em" });
globalStyle(`${posterHeading}:lang(th)`, { lineHeight: 1.2, letterSpacing: 0 });

for (const size of ["large", "medium"] as const) {
  globalStyle(`${poster}[data-heading-size="${size}"] ${posterHeading}`, { "@media": { print: { fontSize: headingPt[size] } } });
  globalStyle(`${poster}[data-body-size="${size}"] ${posterLine}`, { "@media": { print: { fontSize: bodyPt[size] } } });
}

const numbers = style({ listStyle: "none", margin: 0, padding: 0 });

/**
 * The numbers' block and the QR code side by side; in print the row takes the page's free height
 * and the block stretches with it, so the page ends in colour, not in white.
 */
export const posterCallRow = style({
  display: "flex",
  flexWrap: "wrap",
  gap: vars.space.m,
  ...posterInset,
  "@media": { print: { flex: "1 0 auto", flexWrap: "nowrap", gap: "5mm", paddingInline: "8mm" } },
});

/** The numbers in a block of the brand colour: white on teal (9.7:1). */
export const posterNumbers = style([
  numbers,
  {
    flex: "1 1 16rem",
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    gap: vars.space.m,
    padding: vars.space.m,
    background: vars.color.brand,
    color: vars.color.brandText,
    ...exactColour,
    "@media": { print: { flex: "1 1 auto", gap: "5mm", padding: "6mm 5mm" } },
  },
]);

export const posterWho = style({
  display: "block",
  fontSize: vars.font.sizeM,
  lineHeight: 1.25,
  "@media": { print: { fontSize: "16pt" } },
});

const number = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  fontWeight: 800,
  whiteSpace: "nowrap",
  lineHeight: 1.1,
  "@media": { print: { minHeight: 0, color: "#000000", textDecoration: "none" } },
});

export const posterNumber = style([
  number,
  {
    color: vars.color.brandText,
    // Whole in the preview at 320 px, also with WCAG 1.4.12 text spacing.
    fontSize: "min(2.25rem, 8.5cqi)",
    selectors: { "&:visited, &:hover": { color: vars.color.brandText } },
    "@media": { print: { color: vars.color.brandText, fontSize: "40pt" } },
  },
]);

export const posterQr = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.space.m,
  flex: "1 1 14rem",
  "@media": { print: { flex: "0 0 61mm", flexDirection: "column", alignItems: "flex-start", gap: "2mm" } },
});

export const posterQrText = style({
  margin: 0,
  flex: "1 1 10rem",
  fontSize: vars.font.sizeM,
  "@media": { print: { flex: "0 0 auto", fontSize: "12pt", lineHeight: 1.25 } },
});

export const posterAddress = style({
  display: "block",
  // Left to right inside, but lined up with the caption in a right-to-left page.
  textAlign: "match-parent",
  marginBlockStart: vars.space.xs,
  color: vars.color.brand,
  fontWeight: 800,
  fontSize: vars.font.sizeL,
  "@media": { print: { fontSize: "16pt", marginBlockStart: "1mm", lineHeight: 1.15 } },
});

export const posterPublisher = style({
  margin: 0,
  padding: `${vars.space.s} ${vars.space.m}`,
  borderBlockStart: `4px solid ${vars.color.brand}`,
  fontSize: vars.font.sizeS,
  "@media": { print: { padding: "2mm 8mm 0", borderBlockStartWidth: "1.5mm", fontSize: "11pt" } },
});

// ---------------------------------------------------------------- cards

export const sheet = style({
  "@media": {
    print: {
      display: "grid",
      gridTemplateColumns: "repeat(2, 85.6mm)",
      gridAutoRows: "54mm",
      justifyContent: "center",
    },
  },
});

/**
 * On a phone (the preview, not the printed card) the QR code goes under the text, so long names
 * ("Mikamottagningen") and the number stay whole with WCAG 1.4.12 text spacing; in print the
 * card keeps its two columns.
 */
export const card = style({
  display: "grid",
  gridTemplateColumns: "1fr",
  gridTemplateRows: "auto auto 1fr",
  columnGap: vars.space.s,
  maxInlineSize: "26rem",
  paddingBlockEnd: vars.space.s,
  border: `2px dashed ${vars.color.border}`,
  overflowWrap: "normal",
  hyphens: "manual",
  "@media": {
    "screen and (min-width: 30em)": { gridTemplateColumns: "1fr auto" },
    print: {
      gridTemplateColumns: "1fr auto",
      inlineSize: "85.6mm",
      blockSize: "54mm",
      maxInlineSize: "none",
      columnGap: "2.5mm",
      padding: "0 0 2mm",
      border: "0.3mm dashed #6f6f78",
      overflow: "hidden",
      breakInside: "avoid",
      pageBreakInside: "avoid",
    },
  },
});

/** Copies 2–8 of a sheet: only the printer sees them. */
export const cardCopy = style([card, { display: "none", "@media": { print: { display: "grid" } } }]);

export const cardBand = style([
  band,
  {
    gridColumn: "1 / -1",
    gap: vars.space.xs,
    padding: `${vars.space.xs} ${vars.space.s}`,
    fontSize: vars.font.sizeS,
    "@media": { print: { gap: "1.2mm", padding: "0.5mm 3mm", fontSize: "7.5pt", lineHeight: 1.2 } },
  },
]);

export const cardMark = style({
  inlineSize: "1.25rem",
  blockSize: "1.25rem",
  flexShrink: 0,
  color: vars.color.brand,
  "@media": { print: { inlineSize: "3.5mm", blockSize: "3.5mm" } },
});

const cardInset = { paddingInline: vars.space.s, "@media": { print: { paddingInline: "3mm" } } } as const;

export const cardHeading = style({
  gridColumn: "1 / -1",
  margin: `${vars.space.s} 0 ${vars.space.xs}`,
  ...cardInset,
  color: vars.color.brand,
  fontSize: vars.font.sizeL,
  lineHeight: 1.15,
  "@media": { print: { margin: "1mm 0 0.5mm", paddingInline: "3mm", fontSize: "11pt", lineHeight: 1.1 } },
});

export const cardText = style({
  display: "flex",
  flexDirection: "column",
  minInlineSize: 0,
  paddingInline: vars.space.s,
  "@media": {
    "screen and (min-width: 30em)": { paddingInlineEnd: 0 },
    print: { paddingInlineStart: "3mm", paddingInlineEnd: 0 },
  },
});

export const cardLine = style({
  margin: `0 0 ${vars.space.xs}`,
  fontSize: vars.font.sizeS,
  lineHeight: 1.3,
  "@media": { print: { fontSize: "9pt", lineHeight: 1.15, marginBlockEnd: "0.5mm" } },
});

export const cardNumbers = style([
  numbers,
  { display: "flex", flexDirection: "column", gap: vars.space.xs, "@media": { print: { gap: "0.3mm" } } },
]);

export const cardWho = style({
  display: "block",
  fontSize: vars.font.sizeS,
  lineHeight: 1.2,
  "@media": { print: { fontSize: "9pt", lineHeight: 1.1 } },
});

export const cardNumber = style([number, { fontSize: "1.3rem", "@media": { print: { fontSize: "14pt" } } }]);

export const cardAddress = style({
  margin: `auto 0 0`,
  paddingBlockStart: vars.space.xs,
  color: vars.color.brand,
  fontWeight: 700,
  fontSize: vars.font.sizeS,
  "@media": { print: { fontSize: "8pt", paddingBlockStart: 0, lineHeight: 1.1 } },
});

export const cardQr = style({
  alignSelf: "end",
  padding: `${vars.space.s} ${vars.space.s} 0`,
  "@media": {
    "screen and (min-width: 30em)": { padding: `0 ${vars.space.s} 0 0` },
    print: { padding: "0 3mm 0 0" },
  },
});

globalStyle(`${cardNumbers} li, ${posterNumbers} li`, { lineHeight: 1.2 });
globalStyle(`${cardNumbers} li`, { "@media": { print: { lineHeight: 1.05 } } });

export const nowrap = style({ whiteSpace: "nowrap" });

// Three numbers (the relatives' poster): a tighter block and slightly smaller numbers, so every
// language still fits one A4 page (tests/e2e/print.spec.ts measures it).
globalStyle(`${poster}[data-numbers="many"] ${posterNumbers}`, { "@media": { print: { gap: "3mm", padding: "4mm 5mm" } } });
globalStyle(`${poster}[data-numbers="many"] ${posterNumber}`, { "@media": { print: { fontSize: "36pt" } } });
