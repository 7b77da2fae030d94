import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const quickExit = style({
  position: "relative",
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  paddingInline: vars.space.s,
  // Two lines of a long label (Bulgarian, Russian, Ukrainian, Spanish) still make a 44 px button.
  paddingBlock: "2px",
  borderRadius: vars.size.radius,
  border: `2px solid ${vars.color.exitText}`,
  background: vars.color.exit,
  color: vars.color.exitText,
  fontWeight: 700,
  textAlign: "center",
  textDecoration: "none",
  lineHeight: 1.2,
  fontSize: vars.font.sizeS,
  flex: "0 1 auto",
  // One row with "Call 112" even at 320 px; roomier from 30em up.
  "@media": { "(min-width: 30em)": { paddingInline: vars.space.m, fontSize: vars.font.sizeM } },
  selectors: {
    "&:visited": { color: vars.color.exitText },
    "&:hover": { background: vars.color.exitHover, color: vars.color.exitText },
  },
});

/** Three dots along the button's lower edge, filled one per Shift press (shown once counting starts). */
export const dots = style({
  position: "absolute",
  insetBlockEnd: "3px",
  insetInline: 0,
  display: "none",
  justifyContent: "center",
  gap: "4px",
  selectors: { "[data-presses] > &": { display: "flex" } },
});

export const dot = style({
  inlineSize: "6px",
  blockSize: "6px",
  borderRadius: "50%",
  border: `1px solid ${vars.color.exitText}`,
});

for (const count of [1, 2, 3]) {
  globalStyle(`[data-presses="${count}"] > ${dots} > ${dot}:nth-child(-n + ${count})`, { background: vars.color.exitText });
}
