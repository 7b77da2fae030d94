import { globalStyle, style } from "@vanilla-extract/css";
import { narrow, panel, toolButton, wide } from "~/components/site-header/site-header.css";
import { vars } from "~/styles/tokens.css";
import { strokeIcon } from "~/styles/icon.css";

export const details = style({
  "@media": { print: { display: "none" } },
});

/**
 * On a phone: a globe above the current language's own name ("Svenska"), compact like the menu
 * button; the label "Välj språk / Choose language" is still read by screen readers. Wide: the
 * globe and the label side by side, as one line.
 */
export const summary = style([
  toolButton,
  {
    "@media": {
      [wide]: {
        flexDirection: "row",
        gap: vars.space.s,
        paddingInline: vars.space.s,
        borderColor: vars.color.brand,
        fontSize: vars.font.sizeM,
      },
    },
  },
]);

export const icon = strokeIcon;

export { panel };

const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

export const label = style({ "@media": { [narrow]: visuallyHidden } });

export const current = style({ "@media": { [wide]: { display: "none" } } });

export const english = style({
  fontWeight: 400,
  selectors: { "&::before": { content: '" / "' } },
});

export const list = style({
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(8rem, 1fr))",
  gap: `0 ${vars.space.s}`,
  listStyle: "none",
  margin: 0,
  padding: 0,
});

// inline-flex: a right-to-left name (العربية) stays at the start of its cell like the others.
export const link = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  paddingInline: vars.space.s,
  selectors: {
    '&[aria-current="true"]': { fontWeight: 700, textDecoration: "none", color: vars.color.text },
  },
});

globalStyle(`${summary}::-webkit-details-marker`, { display: "none" });
