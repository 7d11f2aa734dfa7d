/* CAR-T Patient Guide widget for clinic sites. One tag:
   <script src="https://GUIDE-HOST/widget.js" async data-title data-accent data-position
   data-greeting data-open></script>
   adds a launcher button and a chat panel: an iframe of /embed from the guide's own origin,
   so the clinic's styles cannot break it and its page cannot read the chat. The launcher
   lives in a shadow root for the same reason. API: window.CarTGuide.open() and .close(). */
(function () {
  "use strict";
  const script = document.currentScript;
  if (window.CarTGuide || !script) return;

  const DEFAULT_ACCENT = "#005eb8";
  const origin = new URL(script.src, location.href).origin;
  const data = script.dataset;
  const title = (data.title || "").trim() || "Ask about CAR-T";
  const side = data.position === "left" ? "left" : "right";
  const warn = (text) => console.warn(`CAR-T Patient Guide widget: ${text}`);

  function luminance(rgb) {
    const linear = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  // White text needs 4.5:1 on the accent (WCAG AA): darken in 5% steps until it has it.
  // bot/colours.py does the same for the panel.
  function readableAccent(value) {
    const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
    if (!match) {
      if (value) warn(`data-accent "${value}" is not like #005eb8; using ${DEFAULT_ACCENT}.`);
      return DEFAULT_ACCENT;
    }
    const hex = match[1].length === 3 ? match[1].replace(/./g, "$&$&") : match[1];
    const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (let step = 0; step < 20; step++) {
      const shade = rgb.map((v) => Math.round(v * (1 - step / 20)));
      if (1.05 / (luminance(shade) + 0.05) >= 4.5) {
        const result = `#${shade.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
        if (step) warn(`data-accent ${value} is too light for white text; using ${result}.`);
        return result;
      }
    }
    return "#000000";
  }

  const accent = readableAccent(data.accent || "");
  const embedUrl = new URL("/embed", origin);
  embedUrl.searchParams.set("accent", accent);

  const css = `
:host { all: initial; }
.launcher, .panel { position: fixed; ${side}: 1em; z-index: 2147483000;
  font: 1em/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.launcher { bottom: 1em; padding: 0.75em 1.25em; border: 2px solid #fff; border-radius: 2em;
  background: ${accent}; color: #fff; font-weight: 600; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.35); }
.launcher:hover { text-decoration: underline; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 6px #1b1b1b; }
.panel { bottom: 5em; display: flex; flex-direction: column; width: 25em;
  max-width: calc(100vw - 2em); height: 38em; max-height: calc(100vh - 7em); overflow: hidden;
  background: #fff; border: 1px solid #6b6b6b; border-radius: 0.75em;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.3); animation: rise 0.16s ease-out; }
.panel[hidden] { display: none; }
.bar { display: flex; align-items: center; justify-content: space-between; gap: 0.5em;
  padding: 0.4em 0.5em 0.4em 1em; background: ${accent}; color: #fff; }
.title { margin: 0; font-weight: 700; }
.close { font: inherit; padding: 0.3em 0.7em; border: 2px solid #fff; border-radius: 0.4em;
  background: transparent; color: #fff; cursor: pointer; }
.close:hover { text-decoration: underline; }
iframe { flex: 1; width: 100%; border: 0; }
@keyframes rise { from { opacity: 0; transform: translateY(0.75em); } }
@media (max-width: 30em), (max-height: 32em) {
  .panel { top: 0; bottom: 0; left: 0; right: 0; width: auto; height: auto; max-width: none;
    max-height: none; border: 0; border-radius: 0; }
  .launcher[aria-expanded="true"] { display: none; }
}
@media (prefers-reduced-motion: reduce) { .panel { animation: none; } }`;

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  let host, launcher, panel, frame;
  let frameReady = false;
  let focusWhenReady = false;

  function build() {
    host = element("div", { "data-cartguide": "" });
    const root = host.attachShadow({ mode: "open" });
    // A constructed sheet is not blocked by a clinic's strict style-src; a <style> may be.
    if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(element("style", {}, css));
    }
    panel = element("div", {
      class: "panel", id: "panel", role: "dialog", "aria-labelledby": "title",
    });
    panel.hidden = true;
    const bar = element("div", { class: "bar" });
    bar.appendChild(element("p", { class: "title", id: "title" }, title));
    const closeButton = element("button", {
      class: "close", type: "button", "aria-label": "Close the chat",
    }, "Close");
    closeButton.addEventListener("click", close);
    bar.appendChild(closeButton);
    panel.appendChild(bar);
    launcher = element("button", {
      class: "launcher", type: "button", "aria-expanded": "false", "aria-controls": "panel",
    }, title);
    launcher.addEventListener("click", () => (panel.hidden ? open() : close()));
    root.append(launcher, panel);
    root.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !panel.hidden) close();
    });
    window.addEventListener("message", (event) => {
      if (frame && event.source === frame.contentWindow && event.origin === origin &&
          event.data && event.data.cartguide === "close") close();
    });
    document.body.appendChild(host);
  }

  function focusPanel() {
    focusWhenReady = false;
    frame.focus();
    frame.contentWindow.postMessage({ cartguide: "focus" }, origin);
  }

  // The panel's page loads on first open, not with the clinic's page.
  function show(moveFocus) {
    if (!frame) {
      // Tell the guide which site, never which page: a page's address can be personal.
      frame = element("iframe", {
        src: embedUrl.href, title: `${title}: chat`, referrerpolicy: "origin",
      });
      frame.addEventListener("load", () => {
        // The title and greeting go to the panel this way, which checks where they came from,
        // never in its address, which anyone could link to with words of their choosing.
        frame.contentWindow.postMessage(
          { cartguide: "settings", title, greeting: data.greeting || "" }, origin,
        );
        frameReady = true;
        if (focusWhenReady) focusPanel();
      });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    if (moveFocus) {
      if (frameReady) focusPanel();
      else focusWhenReady = true;
    }
  }

  function open() {
    if (panel) show(true);
  }

  function close() {
    if (!panel || panel.hidden) return;
    // Focus anywhere in the widget (the panel's page included) shows as the host.
    const focusInside = document.activeElement === host;
    focusWhenReady = false;
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    if (focusInside) launcher.focus();
  }

  function start() {
    build();
    if (data.open === "true") show(false); // never take focus as the page loads
  }

  window.CarTGuide = { open, close };
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
