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

export const poster = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.m,
  border: `1px solid ${vars.color.border}`,
  overflowWrap: "normal",
  "@media": {
    print: {
      inlineSize: "186mm",
      blockSize: "270mm",
      justifyContent: "space-between",
      gap: "6mm",
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
    "@media": { print: { gap: "4mm", padding: "4mm 8mm", fontSize: "22pt" } },
  },
]);

// The mark's square is the brand colour: on the band only its white bubble shows.
export const posterMark = style({
  inlineSize: "2.5rem",
  blockSize: "2.5rem",
  flexShrink: 0,
  color: vars.color.brand,
  "@media": { print: { inlineSize: "12mm", blockSize: "12mm" } },
});

const posterInset = { paddingInline: vars.space.m, "@media": { print: { paddingInline: "8mm" } } } as const;

export const posterBody = style({ ...posterInset });

export const posterHeading = style({
  margin: `0 0 ${vars.space.s}`,
  color: vars.color.brand,
  fontSize: "2rem",
  lineHeight: 1.15,
  "@media": { print: { fontSize: "36pt", marginBlockEnd: "4mm" } },
});

export const posterLine = style({
  margin: `0 0 ${vars.space.s}`,
  fontSize: vars.font.sizeL,
  lineHeight: 1.35,
  "@media": { print: { fontSize: "15pt", marginBlockEnd: "2mm" } },
});

const numbers = style({ listStyle: "none", margin: 0, padding: 0 });

export const posterNumbers = style([
  numbers,
  {
    display: "flex",
    flexDirection: "column",
    gap: vars.space.m,
    ...posterInset,
    "@media": { print: { gap: "4mm", paddingInline: "8mm" } },
  },
]);

export const posterWho = style({
  display: "block",
  fontSize: vars.font.sizeL,
  lineHeight: 1.25,
  "@media": { print: { fontSize: "14pt" } },
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

export const posterNumber = style([number, { fontSize: "2.25rem", "@media": { print: { fontSize: "40pt" } } }]);

export const posterQrRow = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.space.m,
  ...posterInset,
  "@media": { print: { flexWrap: "nowrap", gap: "8mm", paddingInline: "8mm" } },
});

export const posterQrText = style({
  margin: 0,
  flex: "1 1 12rem",
  fontSize: vars.font.sizeM,
  "@media": { print: { fontSize: "16pt" } },
});

export const posterAddress = style({
  display: "block",
  marginBlockStart: vars.space.xs,
  color: vars.color.brand,
  fontWeight: 800,
  fontSize: vars.font.sizeL,
  "@media": { print: { fontSize: "22pt", marginBlockStart: "2mm" } },
});

export const posterPublisher = style({
  margin: 0,
  padding: `${vars.space.s} ${vars.space.m}`,
  borderBlockStart: `4px solid ${vars.color.brand}`,
  fontSize: vars.font.sizeS,
  "@media": { print: { padding: "3mm 8mm 0", borderBlockStartWidth: "1.5mm", fontSize: "11pt" } },
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

export const card = style({
  display: "grid",
  gridTemplateColumns: "1fr auto",
  gridTemplateRows: "auto auto 1fr",
  columnGap: vars.space.s,
  maxInlineSize: "26rem",
  paddingBlockEnd: vars.space.s,
  border: `2px dashed ${vars.color.border}`,
  overflowWrap: "normal",
  hyphens: "manual",
  "@media": {
    print: {
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
  paddingInlineStart: vars.space.s,
  "@media": { print: { paddingInlineStart: "3mm" } },
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
  paddingInlineEnd: vars.space.s,
  "@media": { print: { paddingInlineEnd: "3mm" } },
});

globalStyle(`${cardNumbers} li, ${posterNumbers} li`, { lineHeight: 1.2 });
globalStyle(`${cardNumbers} li`, { "@media": { print: { lineHeight: 1.05 } } });

export const nowrap = style({ whiteSpace: "nowrap" });
