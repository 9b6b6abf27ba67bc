/* Case write-up editor. The page works without this script (previews and "Add rows" are
   buttons that send the form back; saves merge or ask to merge on the server). With it:
   - section navigation that shows which sections are written, a word count per section and
     in total, updated as the author types;
   - a per-section preview rendered by the server (POST /api/v1/cases/<id>/preview, the same
     markup.cook a save uses; authors only), shown under the section;
   - the timeline's rows added and removed in place;
   - an autosave of the unsaved text in this browser (localStorage), restored after a crash
     or a closed tab, with buttons to keep or discard it. The server's saved versions stay the truth: a
     restored draft keeps the version it was typed on, so saving it merges with co-authors'
     changes since, or asks to merge, as any save does;
   - who else has it open, which section they edit, and a notice when a co-author saved
     (the vendored Socket.IO client, static/js/socket.io.min.js, from the npm package
     socket.io-client 4.8.4).
   Text is set with textContent, except previews: markup.cook's sanitized HTML. */
(function () {
  "use strict";
  var form = document.getElementById("case-edit");
  if (!form) return;
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var token = tokenMeta ? tokenMeta.content : "";
  var WORD = /[\p{L}\p{N}_]+/gu;  // as Jinja's wordcount filter (\w+) counts on the server

  function words(text) {
    var found = (text || "").match(WORD);
    return found ? found.length : 0;
  }
  function wordsLabel(n) { return ngettext("%(num)d word", "%(num)d words", n, {num: n}); }
  function areas() { return Array.prototype.slice.call(form.querySelectorAll("[data-section] textarea")); }
  function keyOf(area) { return area.name; }

  // ------------------------------------------------------------------ counts and navigation

  var rowsBody = form.querySelector("[data-timeline-rows]");

  function timelineHasEvents() {
    if (!rowsBody) return false;
    return Array.prototype.some.call(rowsBody.querySelectorAll('input[name="event"]'),
      function (input) { return input.value.trim() !== ""; });
  }

  function refreshCounts() {
    var total = 0;
    var filled = 0;
    areas().forEach(function (area) {
      var key = keyOf(area);
      var n = words(area.value);
      total += n;
      var section = document.getElementById("s-" + key);
      var isFilled = area.value.trim() !== "" || (key === "timeline" && timelineHasEvents());
      if (isFilled) filled += 1;
      if (section) {
        section.classList.toggle("filled", isFilled);
        var count = section.querySelector("[data-words]");
        if (count) count.textContent = wordsLabel(n);
        var state = section.querySelector("[data-fill-state]");
        if (state) state.textContent = isFilled ? gettext("written") : gettext("empty");
      }
      var link = document.querySelector('[data-nav-for="' + key + '"]');
      if (link) {
        link.className = isFilled ? "filled" : "empty";
        var mark = link.querySelector(".nav-mark");
        if (mark) mark.textContent = isFilled ? "\u25CF" : "\u25CB";
        var said = link.querySelector("[data-nav-state]");
        if (said) said.textContent = isFilled ? gettext("(written)") : gettext("(empty)");
      }
    });
    var totalEl = document.querySelector("[data-total-words]");
    if (totalEl) totalEl.textContent = wordsLabel(total);
    var filledEl = document.querySelector("[data-filled-count]");
    if (filledEl) filledEl.textContent = gettext("%(filled)s of %(total)s written",
                                                 {filled: filled, total: areas().length});
  }

  // The section being read is marked in the navigation.
  function currentSection() {
    var links = document.querySelectorAll("[data-nav-for]");
    if (!("IntersectionObserver" in window) || !links.length) return;
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var key = entry.target.getAttribute("data-section");
        links.forEach(function (link) {
          if (link.getAttribute("data-nav-for") === key) link.setAttribute("aria-current", "location");
          else link.removeAttribute("aria-current");
        });
      });
    }, {rootMargin: "-20% 0px -70% 0px"});
    form.querySelectorAll("section[data-section]").forEach(function (s) { observer.observe(s); });
  }

  // ------------------------------------------------------------------ previews

  function previewSetup() {
    var url = form.getAttribute("data-preview-url");
    if (!url || !window.fetch) return;
    form.querySelectorAll("[data-section-preview]").forEach(function (button) {
      var key = button.value;
      var panel = document.getElementById("p-" + key);
      var body = panel && panel.querySelector("[data-preview-body]");
      var area = document.getElementById("f-" + key);
      if (!panel || !body || !area) return;
      button.setAttribute("aria-expanded", panel.hidden ? "false" : "true");
      if (!panel.hidden) button.textContent = gettext("Hide preview");
      button.addEventListener("click", function (event) {
        event.preventDefault();
        if (!panel.hidden) {
          panel.hidden = true;
          button.textContent = gettext("Preview");
          button.setAttribute("aria-expanded", "false");
          return;
        }
        panel.hidden = false;
        button.textContent = gettext("Hide preview");
        button.setAttribute("aria-expanded", "true");
        if (!area.value.trim()) {
          message(body, gettext("Nothing written yet."), "meta");
          return;
        }
        panel.setAttribute("aria-busy", "true");
        message(body, gettext("Rendering the preview…"), "meta");
        fetch(url, {method: "POST", credentials: "same-origin",
                    headers: {"Content-Type": "application/json", "Accept": "application/json",
                              "X-CSRFToken": token},
                    body: JSON.stringify({raw: area.value})})
          .then(function (r) {
            return r.json().then(function (data) { return {ok: r.ok, data: data}; });
          })
          .then(function (answer) {
            panel.removeAttribute("aria-busy");
            if (!answer.ok) throw new Error(answer.data && answer.data.detail || gettext("The preview failed."));
            body.innerHTML = answer.data.html || "";  // markup.cook's sanitized HTML
          })
          .catch(function (error) {
            panel.removeAttribute("aria-busy");
            message(body, (error && error.message) || gettext("The preview failed; your text is kept."),
                "field-error");
          });
      });
      // A preview goes stale as the section changes: hide it until asked again.
      area.addEventListener("input", function () {
        if (panel.hidden) return;
        panel.hidden = true;
        button.textContent = gettext("Preview");
        button.setAttribute("aria-expanded", "false");
      });
    });
  }

  function message(body, text, cls) {
    body.textContent = "";
    var p = document.createElement("p");
    p.className = cls;
    p.textContent = text;
    body.appendChild(p);
  }

  // ------------------------------------------------------------------ timeline rows

  var nextRow = 0;

  function rowFor(day, event) {
    nextRow += 1;
    var n = nextRow;
    var tr = document.createElement("tr");
    tr.setAttribute("data-timeline-row", "");
    tr.appendChild(cell("day-" + n, "day", gettext("Day of event %(n)s", {n: n}), day, function (input) {
      input.className = "day";
      input.setAttribute("inputmode", "numeric");
    }));
    tr.appendChild(cell("event-" + n, "event", gettext("Event %(n)s", {n: n}), event, function (input) {
      input.maxLength = 500;
      input.dir = "auto";  // the author's own words, in whatever language they write
    }));
    var td = document.createElement("td");
    td.className = "col-remove";
    td.appendChild(removeButton(n));
    tr.appendChild(td);
    return tr;
  }

  function cell(id, name, label, value, extra) {
    var td = document.createElement("td");
    var l = document.createElement("label");
    l.className = "sr-only";
    l.htmlFor = id;
    l.textContent = label;
    var input = document.createElement("input");
    input.id = id;
    input.name = name;
    input.value = value || "";
    extra(input);
    td.appendChild(l);
    td.appendChild(input);
    return td;
  }

  function removeButton(n) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "remove-row";
    b.setAttribute("data-remove-row", "");
    b.textContent = gettext("Remove");
    // One message for the whole name a screen reader says (no sentence from fragments).
    b.setAttribute("aria-label", gettext("Remove event %(n)s", {n: n}));
    return b;
  }

  function timelineSetup() {
    if (!rowsBody) return;
    rowsBody.querySelectorAll('input[name="day"]').forEach(function (input) {
      var n = parseInt(input.id.replace("day-", ""), 10);
      if (n > nextRow) nextRow = n;
    });
    rowsBody.querySelectorAll("[data-remove-row]").forEach(function (b) { b.hidden = false; });
    rowsBody.addEventListener("click", function (event) {
      var button = event.target.closest("[data-remove-row]");
      if (!button) return;
      var row = button.closest("tr");
      var next = row.nextElementSibling || row.previousElementSibling;
      if (rowsBody.children.length > 1) row.remove();
      else row.querySelectorAll("input").forEach(function (i) { i.value = ""; });
      var focus = next ? next.querySelector("input") : form.querySelector("[data-add-row]");
      if (focus) focus.focus();
      changed();
    });
    var add = form.querySelector("[data-add-row]");
    if (add) {
      add.textContent = gettext("Add a row");
      add.addEventListener("click", function (event) {
        event.preventDefault();
        var row = rowFor("", "");
        rowsBody.appendChild(row);
        row.querySelector("input").focus();
        changed();
      });
    }
  }

  function setRows(list) {
    if (!rowsBody) return;
    rowsBody.textContent = "";
    nextRow = 0;
    list.forEach(function (pair) { rowsBody.appendChild(rowFor(pair[0], pair[1])); });
    if (!list.length) rowsBody.appendChild(rowFor("", ""));
  }

  // ------------------------------------------------------------------ autosave

  var local = null;
  var session = null;
  try { local = window.localStorage; session = window.sessionStorage; local.getItem("x"); } catch (e) { local = null; }
  var caseId = form.getAttribute("data-case-id");
  var draftKey = "rounds-case-draft:" + caseId;
  var SENT = "rounds-case-sent";
  var baseInput = form.querySelector('input[name="base_version"]');
  var original = null;
  var saveTimer = null;

  function snapshot() {
    var sections = {};
    areas().forEach(function (area) { sections[keyOf(area)] = area.value; });
    var rows = [];
    if (rowsBody) {
      rowsBody.querySelectorAll("tr").forEach(function (tr) {
        var day = tr.querySelector('input[name="day"]');
        var ev = tr.querySelector('input[name="event"]');
        if (day && ev && (day.value.trim() || ev.value.trim())) rows.push([day.value, ev.value]);
      });
    }
    return {sections: sections, rows: rows};
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function store() {
    if (!local) return;
    var now = snapshot();
    try {
      if (same(now, {sections: original.sections, rows: original.rows})) local.removeItem(draftKey);
      else local.setItem(draftKey, JSON.stringify({at: Date.now(), base_version: original.base,
                                                   sections: now.sections, rows: now.rows}));
    } catch (e) { /* storage full or refused: the server save still works */ }
  }

  function changed() {
    refreshCounts();
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(store, 400);
  }

  function apply(state) {
    areas().forEach(function (area) {
      var value = state.sections[keyOf(area)];
      if (typeof value === "string") area.value = value;
    });
    setRows(state.rows || []);
  }

  function when(ms) {
    try {
      // In the page's language (<html lang>), as the server writes dates.
      return new Date(ms).toLocaleString(document.documentElement.lang || [],
                                         {day: "numeric", month: "short", hour: "2-digit", minute: "2-digit"});
    } catch (e) { return new Date(ms).toISOString(); }
  }

  function autosaveSetup() {
    var base = baseInput ? baseInput.value : "";
    original = snapshot();
    original.base = base;
    if (!local) return;
    // This page answers a save sent from this tab: the text is now on the server (saved,
    // or shown again as a conflict to merge), except on a 422, where the form shows it.
    if (session && session.getItem(SENT) === draftKey) {
      session.removeItem(SENT);
      var refused = document.querySelector(".errors") && !form.hasAttribute("data-conflict");
      if (!refused) local.removeItem(draftKey);
    }
    var draft = null;
    try { draft = JSON.parse(local.getItem(draftKey) || "null"); } catch (e) { draft = null; }
    if (draft && draft.sections && !same({sections: draft.sections, rows: draft.rows || []},
                                         {sections: original.sections, rows: original.rows})) {
      apply(draft);
      var older = draft.base_version && String(draft.base_version) !== String(base);
      if (older && baseInput) baseInput.value = draft.base_version;
      var note = document.querySelector("[data-case-draft-note]");
      var text = note.querySelector("[data-case-draft-text]");
      text.textContent = older
        ? gettext("Unsaved changes from %(when)s restored (typed on version %(typed)s; version %(saved)s was saved since: saving merges your changes with it, or asks you to). Keep them, or discard them to go back to the saved version.",
                  {when: when(draft.at), typed: draft.base_version, saved: base})
        : gettext("Unsaved changes from %(when)s restored. Keep them, or discard them to go back to the saved version.", {when: when(draft.at)});
      note.hidden = false;
      note.querySelector("[data-case-draft-keep]").addEventListener("click", function () {
        note.hidden = true;
        var first = areas()[0];
        if (first) first.focus();
      });
      note.querySelector("[data-case-draft-discard]").addEventListener("click", function () {
        apply(original);
        if (baseInput) baseInput.value = original.base;
        local.removeItem(draftKey);
        note.hidden = true;
        refreshCounts();
        var first = areas()[0];
        if (first) first.focus();
      });
      refreshCounts();
    }
    form.addEventListener("input", changed);
    form.addEventListener("submit", function (event) {
      var by = event.submitter;
      window.clearTimeout(saveTimer);
      store();
      if (by && (by.name === "preview" || by.name === "add_rows")) return;
      if (session) session.setItem(SENT, draftKey);
    });
  }

  timelineSetup();
  previewSetup();
  autosaveSetup();
  refreshCounts();
  currentSection();
  presenceSetup();

  // ------------------------------------------------------------------ presence

  function presenceSetup() {
    if (typeof window.io !== "function") return;
    var caseId = parseInt(form.getAttribute("data-case-id"), 10);
    var baseVersion = parseInt(form.getAttribute("data-version"), 10);
    var presence = document.getElementById("presence");
    var notices = document.getElementById("case-notices");
    var me = null;
    var editing = null;

    var socket = window.io("/cases", {transports: ["websocket", "polling"]});

    function titleOf(key) {
      var label = document.querySelector('label[for="f-' + key + '"]');
      return label ? label.textContent.replace(/^\d+\.\s*/, "") : key;
    }

    function showPresence(members) {
      var others = members.filter(function (m) { return m.username !== me; });
      presence.textContent = "";
      if (!others.length) { presence.hidden = true; return; }
      var intro = document.createElement("p");
      intro.textContent = gettext("Also here:");
      var list = document.createElement("ul");
      others.forEach(function (m) {
        var item = document.createElement("li");
        item.textContent = m.sections.length
          ? gettext("%(name)s — editing %(sections)s",
                    {name: m.display_name, sections: m.sections.map(titleOf).join(", ")})
          : m.display_name;
        list.appendChild(item);
      });
      presence.appendChild(intro);
      presence.appendChild(list);
      presence.hidden = false;
      // Mark the sections others are editing (a text marker, not only colour).
      document.querySelectorAll("[data-section] .busy").forEach(function (el) { el.remove(); });
      others.forEach(function (m) {
        m.sections.forEach(function (key) {
          var label = document.querySelector('label[for="f-' + key + '"]');
          if (!label) return;
          var mark = document.createElement("span");
          mark.className = "busy flag";
          mark.textContent = " " + gettext("%(name)s is editing", {name: m.display_name});
          label.appendChild(mark);
        });
      });
    }

    function notice(text) {
      var p = document.createElement("p");
      p.className = "flash info";
      p.textContent = text;
      notices.appendChild(p);
    }

    socket.on("connect", function () {
      socket.emit("open", {case_id: caseId}, function (answer) {
        if (!answer || !answer.ok) return;
        me = answer.you;
        showPresence(answer.members);
      });
    });
    socket.on("presence", function (data) {
      if (data.case_id === caseId) showPresence(data.members);
    });
    socket.on("section_changed", function (data) {
      if (data.case_id !== caseId || data.version <= baseVersion) return;
      var names = data.sections.map(titleOf).join(", ") || gettext("the write-up");
      // Local edits stay in the form: saving merges them with this change, or asks to.
      notice(gettext("%(sections)s changed by %(name)s (version %(version)s) — reload to see it; your unsaved text stays in the form until you do, and saving merges it.", {sections: names, name: data.by, version: data.version}));
    });

    form.addEventListener("focusin", function (event) {
      var holder = event.target.closest("[data-section]");
      var key = holder ? holder.getAttribute("data-section") : null;
      if (key === editing) return;
      editing = key;
      socket.emit("editing", {case_id: caseId, section: key});
    });
  }
})();
