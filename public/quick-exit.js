/* Quick exit, after GOV.UK "Exit this page". The page already has a plain link that works
 * without JavaScript; this adds: an instant blank cover, location.replace (so Back does not
 * return here) and Shift pressed three times within 5 seconds, with dots on the button and a
 * live region that says how many presses are left (messages rendered by the page, in its
 * language, as data-msg-* on the link). No storage, no network. */
// @ts-check
(function () {
  "use strict";
  /** @type {HTMLAnchorElement | null} */
  var link = document.querySelector("a[data-quick-exit]");
  if (!link) return;
  var exit = link;
  var exitUrl = exit.href;
  var status = document.querySelector("[data-quick-exit-status]");
  /** @type {HTMLDivElement | null} */
  var cover = null;
  var presses = 0;
  var timer = 0;

  /** @param {string} key */
  function say(key) {
    if (status) status.textContent = key ? exit.getAttribute("data-msg-" + key) || "" : "";
  }

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
    exit.removeAttribute("data-presses");
  }

  exit.addEventListener("click", leave);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      if (presses) say("");
      resetPresses();
      return;
    }
    presses += 1;
    exit.setAttribute("data-presses", String(presses));
    // The three presses must fall within 5 seconds of the first one.
    if (presses === 1) {
      timer = window.setTimeout(function () {
        resetPresses();
        say("reset");
      }, 5000);
    }
    if (presses >= 3) {
      resetPresses();
      leave();
      return;
    }
    say(String(3 - presses));
  });

  // Coming back from the back/forward cache: take the cover away so the page is usable again.
  window.addEventListener("pageshow", function () {
    if (cover) {
      cover.remove();
      cover = null;
    }
    resetPresses();
    say("");
  });
})();
