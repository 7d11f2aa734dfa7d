// The print view (/summary): asks the chat that opened it for the conversation and the saved
// questions, over postMessage between windows of this origin only, and lays them out to
// print. Nothing is sent to the server; text is always set as text, never as HTML.
"use strict";

(function () {
  const KEPT = "cartguide.summary"; // this tab's copy, so a reload of the print view keeps it
  const KINDS = ["answer", "no_answer", "urgent"];
  const CONTACT_LINES = {
    clinic_phone: "Your treatment team",
    emergency_number: "Emergency services",
    crisis_line: "Crisis line, any time",
  };
  const WRITE_LINES = 4;

  const { element, languageNoteParagraph } = window.cartGuideDom;

  function longDate(date) {
    return date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
  }

  function writeSpace() {
    const space = element("div", "write-space");
    space.setAttribute("aria-hidden", "true");
    for (let i = 0; i < WRITE_LINES; i += 1) space.appendChild(element("div", "write-line"));
    return space;
  }

  function sourceItem(source) {
    const item = element("li");
    item.value = source.n;
    item.appendChild(element("span", "source-title", source.title));
    if (source.section && source.section !== source.title) {
      item.appendChild(document.createTextNode(`, section "${source.section}"`));
    }
    const reviewed = new Date(`${source.last_reviewed}T00:00:00`);
    item.appendChild(document.createTextNode(
      `. Reviewed ${Number.isNaN(reviewed.getTime()) ? source.last_reviewed : longDate(reviewed)}. `
    ));
    // Written out in full: on paper a link is only as good as the address it shows.
    const address = new URL(source.url, window.location.origin).href;
    const link = element("a", "source-url", address);
    link.href = address;
    item.appendChild(link);
    return item;
  }

  function contactItems(contact) {
    const list = element("ul", "contact");
    for (const [field, label] of Object.entries(CONTACT_LINES)) {
      if (typeof contact[field] === "string" && contact[field]) {
        list.appendChild(element("li", null, `${label}: ${contact[field]}`));
      }
    }
    return list;
  }

  function exchange(asked, reply, headingLevel) {
    const block = element("article", `exchange ${reply.kind}`);
    block.appendChild(element(headingLevel, "asked", asked ? `You asked: ${asked}` : "The guide said"));
    block.appendChild(element("p", "answer-text", reply.answer));
    if (typeof reply.safety_note === "string" && reply.safety_note) {
      block.appendChild(element("p", "safety-note", reply.safety_note));
    }
    const languageNote = languageNoteParagraph(reply.language_note);
    if (languageNote) block.appendChild(languageNote);
    if (reply.kind === "urgent" && reply.contact && typeof reply.contact === "object") {
      block.appendChild(contactItems(reply.contact));
    }
    const sources = Array.isArray(reply.sources) ? reply.sources : [];
    if (sources.length) {
      block.appendChild(element("p", "sources-heading", "Sources"));
      const list = element("ol", "sources");
      sources.forEach((source) => list.appendChild(sourceItem(source)));
      block.appendChild(list);
    }
    return block;
  }

  // [{role: "user", text}, {role: "assistant", reply}, ...] -> [[asked, reply], ...]
  function exchanges(entries) {
    const pairs = [];
    let asked = "";
    for (const entry of entries) {
      if (entry && entry.role === "user" && typeof entry.text === "string") asked = entry.text;
      if (entry && entry.role === "assistant" && entry.reply
          && KINDS.includes(entry.reply.kind) && typeof entry.reply.answer === "string") {
        pairs.push([asked, entry.reply]);
        asked = "";
      }
    }
    return pairs;
  }

  function render(data) {
    const entries = Array.isArray(data.entries) ? data.entries : [];
    const questions = (Array.isArray(data.careQuestions) ? data.careQuestions : [])
      .filter((q) => q && typeof q.text === "string");
    const pairs = exchanges(entries);
    const urgent = pairs.filter(([, reply]) => reply.kind === "urgent");
    document.getElementById("summary-urgent").hidden = !urgent.length;
    document.getElementById("summary-urgent-list").replaceChildren(
      ...urgent.map(([asked, reply]) => exchange(asked, reply, "h3"))
    );
    const list = document.getElementById("summary-questions");
    list.replaceChildren(...questions.map((q) => {
      const item = element("li", null);
      item.appendChild(element("p", "care-question", q.text));
      item.appendChild(writeSpace());
      return item;
    }));
    document.getElementById("summary-no-questions").hidden = questions.length > 0;
    const blank = document.getElementById("summary-blank-lines");
    blank.hidden = questions.length > 0;
    blank.replaceChildren(writeSpace());
    const answers = document.getElementById("summary-answers");
    answers.replaceChildren(...pairs.filter(([, reply]) => reply.kind !== "urgent")
      .map(([asked, reply]) => exchange(asked, reply, "h3")));
    if (!pairs.length) answers.appendChild(element("p", "help", "No questions were asked yet."));
    document.getElementById("summary-status").textContent = "";
  }

  function keep(data) {
    try {
      sessionStorage.setItem(KEPT, JSON.stringify(data));
    } catch (unavailable) {
      // Storage blocked: the view still shows; a reload then needs the chat again.
    }
  }

  function kept() {
    try {
      return JSON.parse(sessionStorage.getItem(KEPT) || "null");
    } catch (unavailable) {
      return null;
    }
  }

  document.getElementById("summary-date").textContent = longDate(new Date());
  document.getElementById("summary-date").dateTime = new Date().toISOString().slice(0, 10);
  document.getElementById("print").addEventListener("click", () => window.print());

  window.addEventListener("message", (event) => {
    // Only the chat of this very site may fill the page.
    if (event.origin !== window.location.origin || !event.data) return;
    if (event.data.cartguide !== "summary") return;
    const data = { entries: event.data.entries, careQuestions: event.data.careQuestions };
    keep(data);
    render(data);
  });

  const earlier = kept();
  if (earlier) render(earlier);
  if (window.opener) {
    window.opener.postMessage({ cartguide: "summary-ready" }, window.location.origin);
  } else if (!earlier) {
    render({ entries: [], careQuestions: [] });
    document.getElementById("summary-status").textContent =
      "Open this page from the chat, with \u201cPrint for my appointment\u201d, to see your questions.";
  }
})();
