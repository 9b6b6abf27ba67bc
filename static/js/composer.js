/* Rounds: the composer (new topic, reply, edit). Over a form that works without JavaScript
   (its preview button sends the form back and the page shows the preview), this adds:
   - Write / Preview tabs; the preview is rendered by the server (POST /api/v1/preview, the
     same markup.cook the post will get), never by a Markdown parser here;
   - @mention completion: after "@ab" a list of matching members (GET /api/v1/mentions),
     a listbox driven from the textarea (arrows, Enter or Tab, Escape), as in the ARIA
     combobox pattern;
   - a draft kept in this browser (localStorage, one per board, topic or post), restored on
     reload with a note and a button to discard it, forgotten once the form was sent.
   Text from the server is set with textContent, except the preview, which is markup.cook's
   sanitized HTML. */
(function () {
  "use strict";
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var token = tokenMeta ? tokenMeta.content : "";
  var SENT = "rounds-composer-sent";
  var counter = 0;

  function storage(kind) {
    try {
      var s = window[kind];
      var probe = "rounds-probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) { return null; }
  }
  var local = storage("localStorage");
  var session = storage("sessionStorage");

  function when(ms) {
    var d = new Date(ms);
    try {
      return d.toLocaleString(document.documentElement.lang || [],
                              {day: "numeric", month: "short", hour: "2-digit", minute: "2-digit"});
    } catch (e) { return d.toISOString(); }
  }

  function setup(box) {
    var form = box.closest("form");
    var area = box.querySelector("textarea");
    if (!form || !area) return;
    counter += 1;
    var uid = "composer-" + counter;
    setupTabs(box, form, area, uid);
    setupMentions(box, area, uid);
    setupDraft(box, form, area);
  }

  // ------------------------------------------------------------------ preview tabs

  function setupTabs(box, form, area, uid) {
    var field = area.closest(".field");
    var panel = box.querySelector("[data-preview-panel]");
    var body = box.querySelector("[data-preview-body]");
    if (!window.fetch || !field || !panel || !body) return;
    var list = document.createElement("div");
    list.className = "composer-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", gettext("Write or preview"));
    var write = tab(gettext("Write"), uid + "-write", field);
    var show = tab(gettext("Preview"), uid + "-preview", panel);
    list.appendChild(write);
    list.appendChild(show);
    box.insertBefore(list, field);
    field.setAttribute("role", "tabpanel");
    field.setAttribute("aria-labelledby", write.id);
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", show.id);
    panel.removeAttribute("aria-label");
    panel.setAttribute("tabindex", "0");
    form.querySelectorAll("[data-preview-submit]").forEach(function (b) { b.hidden = true; });
    var shown = panel.hidden ? "write" : "preview";
    if (shown === "preview") field.hidden = true;
    select(shown === "preview" ? show : write, false);

    function tab(label, id, controlled) {
      var b = document.createElement("button");
      b.type = "button";
      b.id = id;
      b.textContent = label;
      b.setAttribute("role", "tab");
      if (!controlled.id) controlled.id = id + "-panel";
      b.setAttribute("aria-controls", controlled.id);
      return b;
    }

    function select(chosen, focus) {
      [write, show].forEach(function (b) {
        var on = b === chosen;
        b.setAttribute("aria-selected", on ? "true" : "false");
        b.tabIndex = on ? 0 : -1;
      });
      if (focus) chosen.focus();
    }

    function toWrite(focusArea) {
      select(write, false);
      panel.hidden = true;
      field.hidden = false;
      if (focusArea) area.focus();
    }

    function toPreview() {
      select(show, false);
      field.hidden = true;
      panel.hidden = false;
      panel.classList.remove("empty");
      if (!area.value.trim()) {
        body.textContent = "";
        var p = document.createElement("p");
        p.className = "meta";
        p.textContent = gettext("Nothing to preview yet.");
        body.appendChild(p);
        return;
      }
      panel.setAttribute("aria-busy", "true");
      body.textContent = gettext("Rendering the preview…");
      fetch(box.getAttribute("data-preview-url"), {
        method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "Accept": "application/json",
                  "X-CSRFToken": token},
        body: JSON.stringify({raw: area.value})
      }).then(function (r) {
        return r.json().then(function (data) { return {ok: r.ok, data: data}; });
      }).then(function (answer) {
        panel.removeAttribute("aria-busy");
        if (!answer.ok) throw new Error(answer.data && answer.data.detail || gettext("The preview failed."));
        // markup.cook's output: Markdown rendered and sanitized by the server.
        body.innerHTML = answer.data.html || "";
      }).catch(function (error) {
        panel.removeAttribute("aria-busy");
        body.textContent = "";
        var p = document.createElement("p");
        p.className = "field-error";
        p.textContent = (error && error.message) || gettext("The preview failed; your text is kept.");
        body.appendChild(p);
      });
    }

    write.addEventListener("click", function () { toWrite(true); });
    show.addEventListener("click", toPreview);
    list.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight" && event.key !== "Home" &&
          event.key !== "End") return;
      event.preventDefault();
      var next = event.target === write ? show : write;
      if (event.key === "Home") next = write;
      if (event.key === "End") next = show;
      if (next === show) toPreview(); else toWrite(false);
      next.focus();
    });
    // An error on the text sends the member back to it.
    form.addEventListener("invalid", function () { toWrite(false); }, true);
  }

  // ------------------------------------------------------------------ @mentions

  var TYPED = /(^|[^\w@/])@([A-Za-z0-9_][A-Za-z0-9_.-]{0,29})$/;

  function setupMentions(box, area, uid) {
    var url = box.getAttribute("data-mentions-url");
    if (!url || !window.fetch) return;
    var list = document.createElement("ul");
    list.id = uid + "-mentions";
    list.className = "mention-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", gettext("Members to mention"));
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "sr-only";
    status.setAttribute("role", "status");
    area.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    area.setAttribute("aria-autocomplete", "list");
    area.setAttribute("aria-controls", list.id);
    var items = [];
    var active = -1;
    var typed = null;  // {start, end, prefix}
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      area.removeAttribute("aria-activedescendant");
    }

    function mark(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0 && list.children[index]) {
        area.setAttribute("aria-activedescendant", list.children[index].id);
        list.children[index].scrollIntoView({block: "nearest"});
      } else {
        area.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var member = items[index];
      if (!member || !typed) return;
      var before = area.value.slice(0, typed.start);
      var after = area.value.slice(typed.end);
      var insert = "@" + member.username + (after.charAt(0) === " " ? "" : " ");
      area.value = before + insert + after;
      var caret = before.length + insert.length;
      area.setSelectionRange(caret, caret);
      close();
      status.textContent = gettext("@%(username)s inserted.", {username: member.username});
      area.focus();
      area.dispatchEvent(new Event("input", {bubbles: true}));
    }

    function show(found) {
      list.textContent = "";
      items = found;
      if (!found.length) {
        close();
        status.textContent = gettext("No members match.");
        return;
      }
      found.forEach(function (m, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var name = document.createElement("strong");
        name.textContent = "@" + m.username;
        var who = document.createElement("span");
        var credentials = m.credentials && m.display_name.indexOf(m.credentials) < 0 ? ", " + m.credentials : "";
        who.textContent = " " + m.display_name + credentials;
        li.appendChild(name);
        li.appendChild(who);
        // mousedown, not click: the textarea keeps its focus and caret.
        li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      mark(0);
      status.textContent = ngettext(
        "%(num)d member matches; use the up and down arrows, Enter to insert, Escape to close.",
        "%(num)d members match; use the up and down arrows, Enter to insert, Escape to close.",
        found.length, {num: found.length});
    }

    function lookup() {
      var caret = area.selectionStart;
      if (caret !== area.selectionEnd) { close(); return; }
      var found = TYPED.exec(area.value.slice(0, caret));
      if (!found) { typed = null; close(); return; }
      var prefix = found[2];
      typed = {start: caret - prefix.length - 1, end: caret, prefix: prefix};
      var mine = ++asked;
      fetch(url + "?q=" + encodeURIComponent(prefix), {
        credentials: "same-origin", headers: {"Accept": "application/json"}
      }).then(function (r) { return r.ok ? r.json() : {items: []}; })
        .then(function (data) { if (mine === asked && typed) show(data.items || []); })
        .catch(close);
    }

    area.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(lookup, 150);
    });
    area.addEventListener("keydown", function (event) {
      if (list.hidden || !items.length) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        mark((active + 1) % items.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        mark((active - 1 + items.length) % items.length);
      } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    area.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  // ------------------------------------------------------------------ drafts

  function setupDraft(box, form, area) {
    var name = box.getAttribute("data-draft-key");
    if (!local || !name) return;
    var key = "rounds-composer:" + name;
    var note = box.querySelector("[data-draft-note]");
    var text = box.querySelector("[data-draft-text]");
    var discard = box.querySelector("[data-draft-discard]");
    // What the draft keeps: the text and the form's other fields typed by hand.
    var fields = Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrf_token" && (el.tagName === "TEXTAREA" ||
        (el.tagName === "INPUT" && (el.type === "text" || el.type === "search")));
    });
    var original = {};
    fields.forEach(function (el) { original[el.name] = el.value; });

    var saved = null;
    try { saved = JSON.parse(local.getItem(key) || "null"); } catch (e) { saved = null; }
    if (saved && saved.fields && differs(saved.fields)) {
      fields.forEach(function (el) {
        if (typeof saved.fields[el.name] === "string") el.value = saved.fields[el.name];
      });
      text.textContent = gettext("Draft restored from %(when)s, not yet sent.", {when: when(saved.at)});
      note.hidden = false;
    }

    function differs(values) {
      return fields.some(function (el) {
        return typeof values[el.name] === "string" && values[el.name] !== el.value &&
          values[el.name].trim() !== "";
      });
    }

    var timer = null;
    function store() {
      var values = {};
      fields.forEach(function (el) { values[el.name] = el.value; });
      var empty = fields.every(function (el) { return !el.value.trim() || el.value === original[el.name]; });
      try {
        if (empty) local.removeItem(key);
        else local.setItem(key, JSON.stringify({at: Date.now(), fields: values}));
      } catch (e) { /* storage full: the form still works */ }
    }
    form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(store, 250);
    });
    discard.addEventListener("click", function () {
      fields.forEach(function (el) { el.value = original[el.name]; });
      local.removeItem(key);
      note.hidden = true;
      area.focus();
    });
    form.addEventListener("submit", function (event) {
      var by = event.submitter;
      window.clearTimeout(timer);
      store();
      if (by && by.name === "preview") return;  // the no-JS preview: nothing sent yet
      if (session) session.setItem(SENT, key);
    });
  }

  // A form was sent from this tab and this is the page that answered: unless it is the form
  // again with errors (422, 429, an edit conflict), the send worked and its draft goes.
  if (local && session && session.getItem(SENT)) {
    if (!document.querySelector(".errors")) local.removeItem(session.getItem(SENT));
    session.removeItem(SENT);
  }
  document.querySelectorAll("[data-composer]").forEach(setup);
})();
