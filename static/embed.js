// The chat inside the widget's panel: the clinic's accent colour (checked by the server),
// focus on the question box when the panel opens, and Escape to close the panel.
"use strict";

(function () {
  const accent = document.body.dataset.accent;
  if (accent) {
    document.documentElement.style.setProperty("--accent", accent);
    document.documentElement.style.setProperty("--accent-dark", accent);
  }
  if (window.parent === window) return; // opened on its own, not in a panel

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      // Carries no data, so any page that frames us may hear it.
      window.parent.postMessage({ cartguide: "close" }, "*");
    }
  });
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data && event.data.cartguide === "focus") {
      document.getElementById("question").focus();
    }
  });
})();
