import { createGlobalTheme } from "@vanilla-extract/css";

/**
 * Design tokens: the only place colours, spacing and type sizes are defined. Colour pairs are
 * chosen for WCAG 2.1 AA contrast (text ≥ 4.5:1, large text and UI parts ≥ 3:1) and noted beside them.
 */
export const vars = createGlobalTheme(":root", {
  color: {
    text: "#1b1b1f", // on page: 16.9:1
    textMuted: "#4a4a52", // on page: 8.6:1
    page: "#ffffff",
    surface: "#f3f2f1", // cards; text on it 15.4:1
    border: "#6f6f78", // UI boundary on page: 5.1:1
    link: "#1a4f8b", // on page: 8.3:1
    linkVisited: "#5a2a82", // on page: 9.9:1
    linkHover: "#0b2f57",
    focus: "#ffdd00", // focus ring, paired with a dark outline so it shows on any background
    focusText: "#0b0c0c",
    exit: "#b3261e", // quick exit button; white text on it 6.2:1
    exitHover: "#8c1d17",
    exitText: "#ffffff",
    bar: "#1b1b1f", // safety bar; white and yellow text on it ≥ 14:1
    barText: "#ffffff",
    emergency: "#ffdd00", // 112 link text on the bar: 14.4:1
    professional: "#6b3d00", // "for professionals" tag text on its background 7.5:1
    professionalBg: "#fff2cc",
    brand: "#0b4c54", // deep teal: the identity; white text on it 9.7:1, as text on page 9.7:1
    brandHover: "#083b41", // white text on it 12.3:1
    brandText: "#ffffff",
    brandTint: "#e6f2f1", // section backgrounds; body text on it 15.0:1, brand text on it 8.4:1
  },
  space: {
    xs: "0.25rem",
    s: "0.5rem",
    m: "1rem",
    l: "1.5rem",
    xl: "2.5rem",
  },
  font: {
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Thai", "Noto Sans Ethiopic", Tahoma, Arial, sans-serif',
    // Type scale (DESIGN.md): body 18 px, headings 32/24/20 (h1 28 px on phones), small 15 px.
    sizeS: "0.9375rem",
    sizeM: "1.125rem",
    sizeL: "1.5rem",
    sizeXL: "2rem",
    sizeXLPhone: "1.75rem",
    sizeH3: "1.25rem",
    lineHeight: "1.5",
  },
  size: {
    target: "44px", // minimum touch target (WCAG 2.5.5 level AAA, our own floor)
    callTarget: "48px", // call buttons: the main action, a little larger still
    content: "44rem",
    radius: "4px",
  },
});
