// The chat page: sends questions to /api/chat and shows sourced answers.
// User and answer text is always set as text, never as HTML.
"use strict";

(function () {
  const conversation = document.getElementById("conversation");
  const suggestions = document.getElementById("suggestions");
  const form = document.getElementById("ask");
  const question = document.getElementById("question");
  const status = document.getElementById("status");
  const sendButton = form.querySelector("button[type=submit]");
  const history = [];

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showSuggestions(items) {
    suggestions.replaceChildren();
    if (!items || !items.length) return;
    suggestions.appendChild(element("p", "suggestions-label", "You could ask:"));
    for (const item of items) {
      const button = element("button", "suggestion", item);
      button.type = "button";
      button.addEventListener("click", () => ask(item));
      suggestions.appendChild(button);
    }
  }

  // "text [1] more [2]" -> text nodes and links to the numbered sources.
  function answerParagraph(text, replyId) {
    const paragraph = element("p", "answer-text");
    for (const part of text.split(/(\[\d+\])/)) {
      const marker = part.match(/^\[(\d+)\]$/);
      if (marker) {
        const link = element("a", "cite", part);
        link.href = `#source-${replyId}-${marker[1]}`;
        link.setAttribute("aria-label", `source ${marker[1]}`);
        paragraph.appendChild(link);
      } else {
        paragraph.appendChild(document.createTextNode(part));
      }
    }
    return paragraph;
  }

  function sourceList(sources, replyId) {
    const list = element("ol", "sources");
    list.setAttribute("aria-label", "Sources");
    for (const source of sources) {
      const item = element("li");
      item.id = `source-${replyId}-${source.n}`;
      item.value = source.n;
      const link = element("a", null, `${source.title}: ${source.section}`);
      link.href = source.url;
      link.target = "_blank";
      link.rel = "noopener";
      item.appendChild(link);
      item.appendChild(element("span", "reviewed", ` (reviewed ${source.last_reviewed})`));
      list.appendChild(item);
    }
    return list;
  }

  // The care team's number as a tap-to-call link, under urgent and no_answer replies.
  function contactLine(contact) {
    const line = element("p", "contact");
    line.appendChild(document.createTextNode(`${contact.clinic_name || "Your care team"}: `));
    const link = element("a", null, contact.clinic_phone);
    link.href = `tel:${contact.clinic_phone.replace(/[^0-9+]/g, "")}`;
    line.appendChild(link);
    return line;
  }

  function showReply(reply) {
    const bubble = element("div", `message assistant ${reply.kind}`);
    if (reply.kind === "urgent") bubble.setAttribute("role", "alert");
    bubble.appendChild(element("h2", "visually-hidden", "Answer"));
    bubble.appendChild(answerParagraph(reply.answer, reply.id));
    if (reply.safety_note) bubble.appendChild(element("p", "safety-note", reply.safety_note));
    if (reply.contact && reply.contact.clinic_phone) bubble.appendChild(contactLine(reply.contact));
    if (reply.sources.length) bubble.appendChild(sourceList(reply.sources, reply.id));
    conversation.appendChild(bubble);
    showSuggestions(reply.suggestions);
  }

  function showUser(text) {
    const bubble = element("div", "message user");
    bubble.appendChild(element("h2", "visually-hidden", "You asked"));
    bubble.appendChild(element("p", null, text));
    conversation.appendChild(bubble);
  }

  async function errorMessage(response) {
    try {
      const body = await response.json();
      if (body.error && body.error.message) return body.error.message;
    } catch (ignored) {
      // Not our JSON: fall through to a general message.
    }
    return "Something went wrong. Please try again.";
  }

  async function ask(text) {
    text = text.trim();
    if (!text) {
      status.textContent = "Please type a question first.";
      question.focus();
      return;
    }
    showUser(text);
    question.value = "";
    sendButton.disabled = true;
    status.textContent = "Looking for an answer…";
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message: text, history: history.slice(-10) }),
      });
      if (!response.ok) {
        status.textContent = response.status === 429
          ? "You are sending questions quickly. Please wait a moment and try again."
          : await errorMessage(response);
        return;
      }
      const reply = await response.json();
      history.push({ role: "user", content: text }, { role: "assistant", content: reply.answer });
      status.textContent = "";
      showReply(reply);
    } catch (networkError) {
      status.textContent = "We could not reach the service. Check your connection and try again.";
    } finally {
      sendButton.disabled = false;
      question.focus();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ask(question.value);
  });
  question.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      ask(question.value);
    }
  });

  fetch("/api/suggestions")
    .then((response) => (response.ok ? response.json() : { suggestions: [] }))
    .then((body) => showSuggestions(body.suggestions))
    .catch(() => showSuggestions([]));
})();
