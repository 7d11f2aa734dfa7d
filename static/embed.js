// The chat inside the widget's panel: the clinic's accent colour (checked by the server),
// the clinic's title and greeting (from widget.js on an allowed site), focus on the question box
// when the panel opens, and Escape to close the panel.
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
  const TITLE_MAX_CHARS = 80;
  const GREETING_MAX_CHARS = 500;

  // EMBED_ALLOWED_ORIGINS as the server checked them: exact, or https://*.example.org[:port].
  function allowedOrigin(origin) {
    if (origin === location.origin) return true;
    const allowed = (document.body.dataset.origins || "").split(" ").filter(Boolean);
    return allowed.some((entry) => {
      const wildcard = /^(https?:\/\/)\*\.(.+)$/.exec(entry);
      if (!wildcard) return entry === origin;
      const [, scheme, rest] = wildcard;
      if (!origin.startsWith(scheme) || !origin.endsWith(`.${rest}`)) return false;
      const subdomain = origin.slice(scheme.length, -rest.length - 1);
      return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(subdomain);
    });
  }

  // Text only, and labelled with the site that sent it: never the guide's own words.
  function showClinicSettings(data, origin) {
    const title = String(data.title || "").trim().slice(0, TITLE_MAX_CHARS);
    if (title) {
      document.getElementById("title").textContent = title;
      document.title = `${title} · CAR-T Patient Guide`;
    }
    const greeting = String(data.greeting || "").trim().slice(0, GREETING_MAX_CHARS);
    if (greeting) {
      document.getElementById("clinic-site").textContent = new URL(origin).host;
      document.getElementById("clinic-text").textContent = greeting;
      document.getElementById("clinic-greeting").hidden = false;
    }
  }

  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.cartguide === "focus") {
      document.getElementById("question").focus();
    } else if (event.data.cartguide === "settings" && allowedOrigin(event.origin)) {
      showClinicSettings(event.data, event.origin);
    }
  });
})();
