/* The site's one script (the print button of poster and card pages is at its end).
 * Quick exit, after GOV.UK "Exit this page". The page already has a plain link that works
 * without JavaScript; this adds: an instant blank cover, location.replace (so Back does not
 * return here) and Shift pressed three times within 5 seconds, with dots on the button and a
 * live region that says how many presses are left (messages rendered by the page, in its
 * language, as data-msg-* on the link). Shift used as a modifier (Shift+Tab, a capital letter,
 * Shift+click to extend a selection) is not a press, as in GOV.UK's component. With the script
 * running, the link's description tells screen readers about the shortcut, and keyboard focus
 * shows it. No storage, no network. */
// @ts-check
(function () {
  "use strict";
  /** @type {HTMLAnchorElement | null} */
  var link = document.querySelector("a[data-quick-exit]");
  if (!link) return;
  var exit = link;
  var exitUrl = exit.href;
  var status = document.querySelector("[data-quick-exit-status]");
  var hint = document.querySelector("[data-quick-exit-hint]");
  /** @type {HTMLDivElement | null} */
  var cover = null;
  var presses = 0;
  var timer = 0;
  // Shift is down and nothing else (no other key, no click) has come with it yet.
  var shiftAlone = false;

  // The shortcut works from here on: say so where a keyboard or screen-reader user meets the button.
  if (hint && hint.id) {
    exit.setAttribute("aria-describedby", hint.id);
    exit.setAttribute("data-shortcut", "");
  }

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

  /** Shift came with something else: it was a modifier, not a press. */
  function modified() {
    shiftAlone = false;
    if (presses) say("");
    resetPresses();
  }

  exit.addEventListener("click", leave);

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    // Escape hides the shortcut's note shown on focus (WCAG 1.4.13: dismissible).
    if (event.key === "Escape") exit.setAttribute("data-hint-dismissed", "");
    modified();
  });

  // Shift+click (extending a selection) or Shift+tap: Shift is a modifier there too.
  document.addEventListener(
    "pointerdown",
    function (event) {
      if (event.shiftKey) modified();
    },
    true,
  );

  exit.addEventListener("blur", function () {
    exit.removeAttribute("data-hint-dismissed");
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    if (!shiftAlone) return;
    shiftAlone = false;
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
    shiftAlone = false;
    resetPresses();
    say("");
  });
})();

/* The print button of a poster or card page: rendered hidden (it needs this script), shown here
 * and given its click. Without JavaScript the page's written print instructions stand alone. */
(function () {
  "use strict";
  /** @type {HTMLButtonElement | null} */
  var button = document.querySelector("button[data-print-button]");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
})();
