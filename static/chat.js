// The chat, on the chat page and in the widget's panel (/embed): sends questions to
// /api/chat and shows sourced answers. The conversation is kept in sessionStorage, so it
// survives a reload in the same tab and nowhere else, with the questions saved for the care
// team. Text from people and from the API is always set as text, never as HTML.
"use strict";

(function () {
  const STORAGE_KEY = "cartguide.conversation";
  const MAX_STORED_ENTRIES = 60;
  const HISTORY_TURNS = 10;
  const MAX_TURN_SOURCES = 5; // as /api/chat accepts on an assistant turn
  const SECTION_URL = /^\/knowledge\/([a-z0-9_-]+)(?:#([a-z0-9_-]*))?$/;
  const TIMEOUT_MS = 20000;
  const KINDS = ["answer", "no_answer", "urgent"];
  // Contact fields of an urgent reply that hold a phone number, and how to introduce them.
  const CONTACT_LINES = {
    clinic_phone: (contact) => `Call ${contact.clinic_name || "your treatment team"}:`,
    emergency_number: () => "Emergency services:",
    crisis_line: () => "Crisis line, any time:",
  };
  // Answers and "not covered" replies can be rated; urgent replies are not a matter of taste.
  const RATED_KINDS = ["answer", "no_answer"];
  const RATINGS = [["up", "Yes"], ["down", "No"]];
  const UNWELL = "If you feel unwell, do not wait for the guide: call your treatment team.";
  const MAX_CARE_QUESTIONS = 30;

  const conversation = document.getElementById("conversation");
  const announcer = document.getElementById("announcer");
  const suggestions = document.getElementById("suggestions");
  const suggestionButtons = document.getElementById("suggestion-buttons");
  const form = document.getElementById("ask");
  const question = document.getElementById("question");
  const status = document.getElementById("status");
  const sendButton = form.querySelector("button[type=submit]");
  const tools = document.getElementById("conversation-tools");
  const clearButton = document.getElementById("clear");
  const helpNumbers = document.getElementById("help-numbers");
  // The numbers come with the page, so they show even when the guide cannot be reached.
  const pageContact = {
    clinic_name: helpNumbers.dataset.clinicName,
    clinic_phone: helpNumbers.dataset.clinicPhone,
    emergency_number: helpNumbers.dataset.emergencyNumber,
    crisis_line: helpNumbers.dataset.crisisLine,
  };
  const careList = document.getElementById("care-list");
  const careQuestionList = document.getElementById("care-questions");
  const careEmpty = document.getElementById("care-empty");
  const careCount = document.getElementById("care-count");
  const careForm = document.getElementById("care-add");
  const careInput = document.getElementById("care-new");
  const printButton = document.getElementById("print-summary");

  let entries = []; // {role: "user", text} | {role: "assistant", reply}
  let careQuestions = []; // {text}: "Questions for my care team", in the patient's order
  let starters = [];
  let busy = false;
  let bubbles = 0; // numbers each answer's source anchors apart, whatever its id

  const { element, languageNoteParagraph } = window.cartGuideDom;

  function newTabNote() {
    return element("span", "visually-hidden", " (opens in a new tab)");
  }

  // --- keeping the conversation in this tab ---

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null");
      if (saved && Array.isArray(saved.entries)) {
        entries = saved.entries.filter((e) => (e.role === "user"
          ? typeof e.text === "string"
          : e.role === "assistant" && isReply(e.reply)));
      }
      if (saved && Array.isArray(saved.careQuestions)) {
        careQuestions = saved.careQuestions.filter((q) => q && typeof q.text === "string");
      }
    } catch (unavailable) {
      // Storage blocked or the saved value damaged: start a fresh conversation.
      entries = [];
      careQuestions = [];
    }
  }

  function save() {
    entries = entries.slice(-MAX_STORED_ENTRIES);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ entries, careQuestions }));
    } catch (unavailable) {
      // Storage blocked (some browsers, in third-party frames): the chat still works.
    }
  }

  function isReply(reply) {
    return Boolean(reply) && typeof reply.answer === "string" && KINDS.includes(reply.kind);
  }

  // --- showing the conversation ---

  function showSuggestions(items) {
    suggestionButtons.replaceChildren();
    suggestions.hidden = !items || !items.length;
    (items || []).forEach((item, number) => {
      const pair = element("span", "suggestion-pair");
      const button = element("button", "suggestion", item);
      button.type = "button";
      button.id = `suggestion-${number}`;
      button.addEventListener("click", () => ask(item));
      const toggle = saveToggle(item, "from-suggestion");
      // Named like every other save button; the question beside it describes which.
      toggle.setAttribute("aria-describedby", button.id);
      pair.append(button, toggle);
      suggestionButtons.appendChild(pair);
    });
  }

  // "text [1] more [2]" -> text, and links to the numbered sources.
  function answerParagraph(text, key, numbers) {
    const paragraph = element("p", "answer-text");
    for (const part of text.split(/(\[\d+\])/)) {
      const marker = part.match(/^\[(\d+)\]$/);
      if (marker && numbers.has(Number(marker[1]))) {
        const link = element("a", "cite", part);
        link.href = `#source-${key}-${marker[1]}`;
        link.setAttribute("aria-label", `source ${marker[1]}`);
        paragraph.appendChild(link);
      } else if (part) {
        paragraph.appendChild(document.createTextNode(part));
      }
    }
    return paragraph;
  }

  function reviewDate(iso) {
    const date = new Date(`${iso}T00:00:00`);
    const time = element("time", null, Number.isNaN(date.getTime())
      ? iso
      : date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" }));
    time.dateTime = iso;
    return time;
  }

  function sourceList(sources, key) {
    const wrapper = element("div", "sources");
    wrapper.appendChild(element("h3", "sources-heading", "Sources"));
    const list = element("ol");
    for (const source of sources) {
      const item = element("li");
      item.id = `source-${key}-${source.n}`;
      item.value = source.n;
      const link = element("a", "source-link", source.title);
      link.href = source.quote_url || source.url; // opens the section, quote highlighted
      link.target = "_blank";
      link.rel = "noopener";
      link.appendChild(newTabNote());
      item.appendChild(link);
      if (source.section !== source.title) {
        item.appendChild(element("span", "source-details", `Section: ${source.section}`));
      }
      const reviewed = element("span", "source-details", "Reviewed ");
      reviewed.appendChild(reviewDate(source.last_reviewed));
      item.appendChild(reviewed);
      list.appendChild(item);
    }
    wrapper.appendChild(list);
    return wrapper;
  }

  function contactList(contact) {
    const list = element("ul", "contact");
    for (const [field, value] of Object.entries(contact)) {
      const digits = typeof value === "string" ? value.replace(/[^\d+]/g, "") : "";
      if (!CONTACT_LINES[field] || !digits) continue;
      const item = element("li", null, `${CONTACT_LINES[field](contact)} `);
      const link = element("a", "phone", value);
      link.href = `tel:${digits}`;
      item.appendChild(link);
      list.appendChild(item);
    }
    return list.children.length ? list : null;
  }

  // --- trials found for a trial search (bot/trial_reply.py) ---

  function newTabLink(text, href) {
    const link = element("a", null, text);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener";
    link.appendChild(newTabNote());
    return link;
  }

  function trialCard(trial) {
    const card = element("li", "trial-card");
    const heading = element("h4");
    heading.appendChild(newTabLink(String(trial.title), String(trial.url)));
    card.appendChild(heading);
    card.appendChild(element("p", "trial-meta",
      `${trial.status_label} · ${trial.phase} · ${trial.nct_id}`));
    if (Array.isArray(trial.conditions)) {
      card.appendChild(element("p", null, `For: ${trial.conditions.join(", ")}.`));
    }
    const sites = Array.isArray(trial.sites) ? trial.sites : [];
    const places = sites.slice(0, 3).map((s) => [s.city, s.state, s.country].filter(Boolean)
      .join(", "));
    const more = sites.length > 3 ? `; and ${sites.length - 3} more` : "";
    card.appendChild(element("p", null, places.length
      ? `Sites: ${places.join("; ")}${more}.` : "Sites: see the registry."));
    const checked = element("p", "trial-checked", "Last checked ");
    checked.appendChild(reviewDate(String(trial.last_verified)));
    card.appendChild(checked);
    return card;
  }

  function trialsSection(reply) {
    const search = reply.trials_search;
    if (!search || typeof search !== "object" || !Array.isArray(reply.trials)) return null;
    const section = element("div", "trials-reply");
    const found = reply.trials.length > 0;
    const about = search.description ? ` for ${search.description}` : "";
    section.appendChild(element("h3", null, found
      ? `Trials in our list${about}` : `No trial in our list matches${about}`));
    if (found) {
      const list = element("ul", "trial-list");
      for (const trial of reply.trials) list.appendChild(trialCard(trial));
      section.appendChild(list);
    }
    const all = element("p");
    all.appendChild(newTabLink(found ? `See all ${search.total} matching trials`
      : "See all trials in our list", found ? String(search.url) : "/trials"));
    section.appendChild(all);
    section.appendChild(element("p", "notice", "Trial status changes; confirm with the study team."));
    return section;
  }

  function replyBubble(reply, asked) {
    bubbles += 1;
    const key = `${String(reply.id || "").replace(/[^\w-]/g, "")}-${bubbles}`;
    const urgent = reply.kind === "urgent";
    const sources = Array.isArray(reply.sources) ? reply.sources : [];
    const bubble = element("div", `message assistant ${reply.kind}`);
    if (urgent) bubble.setAttribute("role", "alert");
    bubble.appendChild(element("h2", urgent ? "urgent-heading" : "visually-hidden",
      urgent ? "Get help now" : "Answer"));
    bubble.appendChild(answerParagraph(reply.answer, key, new Set(sources.map((s) => s.n))));
    if (typeof reply.safety_note === "string" && reply.safety_note) {
      bubble.appendChild(element("p", "safety-note", reply.safety_note));
    }
    const languageNote = languageNoteParagraph(reply.language_note);
    if (languageNote) bubble.appendChild(languageNote);
    // Urgent and no_answer replies carry the contact details: phone numbers become tel: links.
    const contact = reply.contact && typeof reply.contact === "object"
      ? contactList(reply.contact) : null;
    if (contact) bubble.appendChild(contact);
    const trials = trialsSection(reply);
    if (trials) bubble.appendChild(trials);
    if (sources.length) bubble.appendChild(sourceList(sources, key));
    if (RATED_KINDS.includes(reply.kind)) {
      bubble.appendChild(feedbackControls(reply));
      if (asked) bubble.appendChild(saveToggle(asked, "from-reply"));
    }
    return bubble;
  }

  // --- questions for my care team ---

  function isSaved(text) {
    return careQuestions.some((q) => q.text === text);
  }

  // A toggle keeps its name; being pressed says it is saved (and the style shows it).
  function showSaved(button) {
    button.setAttribute("aria-pressed", String(isSaved(button.dataset.question)));
  }

  // One control saves a question to the list, or takes it off again: a toggle button.
  function saveToggle(text, place) {
    const button = element("button", `save-question ${place}`, "Save for my care team");
    button.type = "button";
    button.dataset.question = text;
    showSaved(button);
    button.addEventListener("click", () => {
      if (isSaved(text)) removeCareQuestion(careQuestions.findIndex((q) => q.text === text));
      else addCareQuestion(text);
    });
    return button;
  }

  function addCareQuestion(text) {
    text = text.trim().slice(0, 500);
    if (!text || isSaved(text)) return;
    careQuestions = [...careQuestions, { text }].slice(-MAX_CARE_QUESTIONS);
    save();
    renderCareList();
    announce(`Saved to your questions for your care team: ${text}`);
  }

  function removeCareQuestion(index) {
    if (index < 0) return;
    const [removed] = careQuestions.splice(index, 1);
    save();
    renderCareList();
    announce(`Removed from your questions: ${removed.text}`);
  }

  function moveCareQuestion(index, step) {
    const target = index + step;
    if (target < 0 || target >= careQuestions.length) return;
    [careQuestions[index], careQuestions[target]] = [careQuestions[target], careQuestions[index]];
    save();
    renderCareList();
    // Keep the keyboard on the question that moved: the same control, or the other move.
    const moved = careQuestionList.children[target];
    const same = moved.querySelector(step < 0 ? ".move-up" : ".move-down");
    (same.disabled ? moved.querySelector(step < 0 ? ".move-down" : ".move-up") : same).focus();
    announce(`Moved to number ${target + 1}: ${careQuestions[target].text}`);
  }

  function careItem(question, index) {
    const item = element("li", "care-item");
    item.appendChild(element("span", "care-text", question.text));
    const controls = element("span", "care-controls");
    const last = careQuestions.length - 1;
    const buttons = [
      ["move-up", "Up", "Move up", () => moveCareQuestion(index, -1), index === 0],
      ["move-down", "Down", "Move down", () => moveCareQuestion(index, 1), index === last],
      ["remove", "Remove", "Remove", () => removeCareQuestion(index), false],
    ];
    for (const [className, text, action, onClick, disabled] of buttons) {
      const button = element("button", `quiet ${className}`, text);
      button.type = "button";
      button.setAttribute("aria-label", `${action}: ${question.text}`);
      button.disabled = disabled;
      button.addEventListener("click", onClick);
      controls.appendChild(button);
    }
    item.appendChild(controls);
    return item;
  }

  function renderCareList() {
    careQuestionList.replaceChildren(...careQuestions.map(careItem));
    careEmpty.hidden = careQuestions.length > 0;
    careCount.textContent = String(careQuestions.length);
    careList.hidden = careQuestions.length === 0 && entries.length === 0;
    document.querySelectorAll(".save-question").forEach(showSaved);
  }

  // The print view is another tab of this site; it asks this page for what to print.
  let summaryWindow = null;
  function openSummary() {
    summaryWindow = window.open(printButton.dataset.summaryUrl, "_blank");
    if (!summaryWindow) {
      setStatus("Your browser blocked the print view. Please allow pop-ups for this site.", true);
    }
  }

  window.addEventListener("message", (event) => {
    if (event.origin !== window.location.origin || event.source !== summaryWindow) return;
    if (!event.data || event.data.cartguide !== "summary-ready") return;
    event.source.postMessage(
      { cartguide: "summary", entries, careQuestions }, window.location.origin
    );
  });

  // --- rating an answer ---

  function feedbackControls(reply) {
    const group = element("div", "feedback");
    group.setAttribute("role", "group");
    const label = element("span", "feedback-label", "Was this helpful?");
    label.id = `rate-${String(reply.id).replace(/[^\w-]/g, "")}-${bubbles}`;
    group.setAttribute("aria-labelledby", label.id);
    group.appendChild(label);
    const note = element("span", "feedback-note");
    note.setAttribute("role", "status");
    const buttons = RATINGS.map(([rating, text]) => {
      const button = element("button", "rate", text);
      button.type = "button";
      button.setAttribute("aria-pressed", String(reply.rating === rating));
      button.addEventListener("click", () => rate(reply, rating, buttons, note));
      group.appendChild(button);
      return button;
    });
    group.appendChild(note);
    return group;
  }

  async function rate(reply, rating, buttons, note) {
    buttons.forEach((b) => { b.disabled = true; });
    let saved = false;
    try {
      const response = await fetch("/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: reply.id, rating }),
      });
      saved = response.ok;
    } catch (unreachable) {
      saved = false;
    }
    buttons.forEach((b) => { b.disabled = false; });
    if (!saved) {
      note.textContent = "We could not save your rating. Please try again later.";
      return;
    }
    reply.rating = rating;
    save();
    RATINGS.forEach(([value], i) => {
      buttons[i].setAttribute("aria-pressed", String(value === rating));
    });
    note.textContent = "Thank you. Your rating helps us improve the guide.";
  }

  function userBubble(text) {
    const bubble = element("div", "message user");
    bubble.appendChild(element("h2", "visually-hidden", "You asked"));
    bubble.appendChild(element("p", null, text));
    return bubble;
  }

  function showTools() {
    tools.hidden = entries.length === 0 && careQuestions.length === 0;
    renderCareList();
    const last = entries[entries.length - 1];
    showSuggestions(last && last.role === "assistant" ? last.reply.suggestions : starters);
  }

  function render() {
    conversation.replaceChildren(...entries.map((e, i) => (e.role === "user"
      ? userBubble(e.text)
      : replyBubble(e.reply, i > 0 && entries[i - 1].role === "user" ? entries[i - 1].text : ""))));
    showTools();
  }

  function announce(text) {
    // Emptied first so the same words said twice are still read out.
    announcer.textContent = "";
    window.setTimeout(() => { announcer.textContent = text; }, 50);
  }

  // --- asking ---

  // The sections a reply cited, sent back with it so a follow-up keeps to its topic.
  function citedSections(reply) {
    const sections = [];
    for (const source of Array.isArray(reply.sources) ? reply.sources : []) {
      const match = typeof source.url === "string" && source.url.match(SECTION_URL);
      if (match) sections.push({ slug: match[1], anchor: match[2] || "" });
    }
    return sections.slice(0, MAX_TURN_SOURCES);
  }

  // On a 429 or a failure to reach the guide: the emergency, crisis and clinic numbers.
  function showHelpNumbers(contact) {
    const list = contactList({ ...pageContact, ...(contact || {}) });
    helpNumbers.querySelector("ul.contact")?.remove();
    if (list) helpNumbers.appendChild(list);
    helpNumbers.hidden = !list;
  }

  async function problem(response) {
    if (response.status === 429) {
      const wait = Number.parseInt(response.headers.get("Retry-After"), 10);
      return wait > 0
        ? `You are sending questions quickly. Please wait ${wait} seconds, then try again.`
        : "You are sending questions quickly. Please wait a moment, then try again.";
    }
    if (response.status >= 500) {
      return `The guide is not working right now. Please try again in a few minutes. ${UNWELL}`;
    }
    try {
      const body = await response.json();
      if (body.error && body.error.message) return body.error.message;
    } catch (notOurs) {
      // Not the API's JSON: say something general below.
    }
    return "Something went wrong with that question. Please try again.";
  }

  function setStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  async function ask(text) {
    text = text.trim();
    if (busy) return;
    if (!text) {
      setStatus("Please type a question first.", true);
      question.focus();
      return;
    }
    busy = true;
    const history = entries.slice(-HISTORY_TURNS).map((e) => (e.role === "user"
      ? { role: "user", content: e.text }
      : { role: "assistant", content: e.reply.answer, sources: citedSections(e.reply) }));
    const pending = userBubble(text);
    conversation.appendChild(pending);
    question.value = "";
    sendButton.disabled = true;
    setStatus("Looking for an answer…");
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    let failure;
    let helpContact = null; // set when the numbers must show with the failure
    helpNumbers.hidden = true;
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message: text, history }),
        signal: controller.signal,
      });
      const reply = response.ok ? await response.json().catch(() => null) : null;
      if (!response.ok) {
        if (response.status === 429 || response.status >= 500) {
          const body = await response.clone().json().catch(() => null);
          helpContact = (body && body.contact) || {};
        }
        failure = await problem(response);
      } else if (!isReply(reply)) {
        helpContact = {};
        failure = `The guide sent an answer we could not read. Please try again. ${UNWELL}`;
      } else {
        const bubble = replyBubble(reply, text);
        conversation.appendChild(bubble);
        entries.push({ role: "user", text }, { role: "assistant", reply });
        save();
        showTools();
        setStatus("");
        // An urgent reply is an alert and announces itself.
        if (reply.kind !== "urgent") announce(`The guide answered: ${reply.answer}`);
        question.focus({ preventScroll: true });
        pending.scrollIntoView({ block: "start" }); // the question, then its answer
        return;
      }
    } catch (unreachable) {
      helpContact = {};
      failure = controller.signal.aborted
        ? `The guide took too long to answer. Please try again. ${UNWELL}`
        : `We could not reach the guide. Check your internet connection and try again. ${UNWELL}`;
    } finally {
      window.clearTimeout(timer);
      sendButton.disabled = false;
      busy = false;
    }
    // Nothing is lost: the question goes back in the box to send again.
    pending.remove();
    question.value = text;
    setStatus(failure, true);
    if (helpContact) showHelpNumbers(helpContact);
    question.focus();
  }

  function clear() {
    entries = [];
    careQuestions = [];
    save();
    render();
    setStatus("");
    announce("The conversation was cleared.");
    question.focus();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ask(question.value);
  });
  question.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ask(question.value);
    }
  });
  clearButton.addEventListener("click", clear);
  careForm.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!careInput.value.trim()) {
      careInput.focus();
      return;
    }
    addCareQuestion(careInput.value);
    careInput.value = "";
  });
  printButton.addEventListener("click", openSummary);
  sendButton.disabled = false; // wired now: Enter and the button send

  load();
  render();
  fetch("/api/suggestions")
    .then((response) => (response.ok ? response.json() : { suggestions: [] }))
    .then((body) => { starters = body.suggestions || []; })
    .catch(() => { starters = []; })
    .then(() => { if (!entries.length) showSuggestions(starters); });
})();
