// @ts-check
// Debian's chromium, as the browser tests and Lighthouse drive it: Playwright cannot download its
// own browser here, the machines run as root, and the network is closed (hence no background
// networking, component updates or sync, which would only fail noisily).
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
