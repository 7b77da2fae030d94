// @ts-check
/**
 * Runs in the browser, on a printed (print-emulated) pocket-card sheet: lengthens the first card's
 * strings to the given numbers of code points and says whether the card still shows everything,
 * by the measure tests/e2e/print.spec.ts applies (nothing cut off sideways or below, ≤ 1 px).
 *
 * A string longer than today's is today's text followed by the language's other card words, so
 * the filler breaks into lines like real text of that script does. Used by
 * scripts/measure-card-limits.js (to find the limits) and tests/e2e/card-limits.spec.ts (to prove
 * strings at those limits still fit). Self-contained: Playwright sends its source to the page.
 *
 * @param {{ lengths: { heading: number, lines: number[], who: number[] }, filler: string }} args
 * @returns {{ fits: boolean, overflowX: number, overflowY: number }}
 */
export function fillCardAndMeasure({ lengths, filler }) {
  const card = /** @type {HTMLElement} */ (document.querySelector("[data-printable='card']"));
  const heading = /** @type {HTMLElement} */ (card.querySelector("[data-print-role='heading']"));
  const lines = [...card.querySelectorAll("p[data-print-role='body']")];
  const who = [...card.querySelectorAll("span[data-print-role='body']")];
  const original = /** @type {any} */ (card).__original ?? {
    heading: heading.textContent ?? "",
    lines: lines.map((node) => node.textContent ?? ""),
    who: who.map((node) => node.textContent ?? ""),
  };
  /** @type {any} */ (card).__original = original;
  const fillerPoints = [...filler];
  let offset = 0;
  /** @param {string} text @param {number} length */
  const toLength = (text, length) => {
    const points = [...text];
    if (points.length >= length) return points.slice(0, length).join("");
    const out = [...points, " "];
    while (out.length < length) {
      out.push(fillerPoints[offset % fillerPoints.length] ?? " ");
      offset += 1;
    }
    return out.slice(0, length).join("");
  };
  heading.textContent = toLength(original.heading, lengths.heading);
  lines.forEach((node, index) => (node.textContent = toLength(original.lines[index], lengths.lines[index] ?? 0)));
  who.forEach((node, index) => (node.textContent = toLength(original.who[index], lengths.who[index] ?? 0)));
  const overflowX = card.scrollWidth - card.clientWidth;
  const overflowY = card.scrollHeight - card.clientHeight;
  return { fits: overflowX <= 1 && overflowY <= 1, overflowX, overflowY };
}
