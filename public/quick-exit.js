/* Quick exit, after GOV.UK "Exit this page". The page already has a plain link that works
 * without JavaScript; this adds: an instant blank cover, location.replace (so Back does not
 * return here) and Shift pressed three times within 5 seconds. No storage, no network. */
// @ts-check
(function () {
  "use strict";
  /** @type {HTMLAnchorElement | null} */
  var link = document.querySelector("a[data-quick-exit]");
  if (!link) return;
  var exitUrl = link.href;
  /** @type {HTMLDivElement | null} */
  var cover = null;
  var presses = 0;
  var timer = 0;

  /** @param {Event} [event] */
  function leave(event) {
    if (event) event.preventDefault();
    if (!cover) {
      cover = document.createElement("div");
      cover.className = "quick-exit-cover";
      document.body.appendChild(cover);
    }
    document.title = "";
    window.location.replace(exitUrl);
  }

  function resetPresses() {
    presses = 0;
    window.clearTimeout(timer);
  }

  link.addEventListener("click", leave);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      resetPresses();
      return;
    }
    presses += 1;
    // The three presses must fall within 5 seconds of the first one.
    if (presses === 1) timer = window.setTimeout(resetPresses, 5000);
    if (presses >= 3) {
      resetPresses();
      leave();
    }
  });

  // Coming back from the back/forward cache: take the cover away so the page is usable again.
  window.addEventListener("pageshow", function () {
    if (cover) {
      cover.remove();
      cover = null;
    }
    resetPresses();
  });
})();
