// What the chat (chat.js) and the print view (summary.js) build alike, in one place. Loaded
// before either; text is always set as text, never as HTML.
"use strict";

window.cartGuideDom = Object.freeze({
  element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  },

  // Each language's part carries its lang, so a screen reader speaks the Spanish as Spanish.
  languageNoteParagraph(parts) {
    if (!Array.isArray(parts) || !parts.length) return null;
    const note = window.cartGuideDom.element("p", "language-note");
    for (const part of parts) {
      if (!part || typeof part.text !== "string") continue;
      const span = window.cartGuideDom.element("span", null, `${part.text} `);
      if (typeof part.lang === "string") span.lang = part.lang;
      note.appendChild(span);
    }
    return note;
  },
});
