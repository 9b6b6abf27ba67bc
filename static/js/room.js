/* The live room (community/templates/room/room.html) over the /live Socket.IO namespace,
   with the vendored client (static/js/socket.io.min.js, socket.io-client 4.8.4).

   Every room event carries the server's sequence number: events are applied in order, a gap
   asks the server for what is missing (`sync`), and a reconnect (a new socket, so no rooms)
   joins again with `since` = the last number seen and applies what was `missed`.
   HTML from the server (chat, questions, stages, bottom line, recommendations) is Markdown
   the server already sanitized with markup.cook; everything else goes in as text. The CSP
   allows no inline styles: panels and controls are shown with `hidden`, bars are <meter>. */
(function () {
  "use strict";
  var root = document.getElementById("room");
  if (!root || typeof window.io !== "function") return;

  var sessionId = parseInt(root.getAttribute("data-session-id"), 10);
  var me = root.getAttribute("data-username");
  var $ = function (id) { return document.getElementById(id); };
  var state = {
    seq: 0, joined: false, role: "member", muted: false, ended: false, syncing: false,
    queue: [], session: null, polls: {}, pollOrder: [], questions: {}, people: [],
    peopleLoaded: false, peopleAsked: false, headcount: 0,
    handRaised: false, cases: [], checklist: [], breakSince: null
  };
  var socket = window.io(root.getAttribute("data-namespace"),
                         {transports: ["websocket", "polling"]});

  // ------------------------------------------------------------------ small helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = value;
      else if (key === "cls") node.className = value;
      else if (key === "on") Object.keys(value).forEach(function (e) { node.addEventListener(e, value[e]); });
      else node.setAttribute(key, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  // Only for HTML the server sanitized (markup.cook); never for text typed in this page.
  function cooked(tag, html, cls, language) {
    // Members' writing keeps its own direction inside a page of either direction, and the
    // language it was written in (the server detects it), so a screen reader reads it in
    // the right voice.
    var node = el(tag, {cls: cls || "body", dir: "auto"});
    if (language && language !== "und") node.setAttribute("lang", language);
    node.innerHTML = html || "";
    return node;
  }

  // The small label of a message written in another language than the page's, as the
  // server's pages show it (_forms.html written_in): the language's name in itself.
  function writtenIn(language) {
    var page = (document.documentElement.lang || "en").split("-")[0];
    if (!language || language === "und" || language.split("-")[0] === page) return null;
    var name = language;
    try {
      name = new Intl.DisplayNames([language], {type: "language"}).of(language) || language;
    } catch (e) { /* an older browser: the tag itself */ }
    if (language !== "ka") name = name.charAt(0).toUpperCase() + name.slice(1);
    return el("p", {cls: "written-in"}, [el("span", {cls: "badge lang-tag", lang: language, text: name})]);
  }

  function isHost() { return state.role === "host" || state.role === "cohost"; }

  // One clock: times in the member's profile zone, as every server page shows them
  // (community/platform/i18n.py local_time: 24-hour, zone from the profile), not the
  // browser's, and in the page's language (<html lang>) with the Latin digits the server
  // writes (Babel's default numbering).
  var LANG = (document.documentElement.lang || "en") + "-u-nu-latn";  // i18n: ignore
  function formatter(options) {
    try {
      return new Intl.DateTimeFormat(LANG, Object.assign(
        {timeZone: root.getAttribute("data-zone") || "UTC"}, options));
    } catch (error) {  // an unknown zone name (or language): UTC, as the server does
      return new Intl.DateTimeFormat("en-GB", Object.assign({timeZone: "UTC"}, options));
    }
  }
  var clock = formatter({hour: "2-digit", minute: "2-digit", hourCycle: "h23"});
  // A calendar day (a follow-up date, "2026-12-20"): the day itself, whatever the zone.
  var day = (function () {
    try {
      return new Intl.DateTimeFormat(LANG, {year: "numeric", month: "short", day: "numeric",
                                            timeZone: "UTC"});
    } catch (error) {
      return new Intl.DateTimeFormat("en-GB", {year: "numeric", month: "short", day: "numeric",
                                               timeZone: "UTC"});
    }
  })();
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(LANG) : null;
  var percents = window.Intl && Intl.NumberFormat
    ? new Intl.NumberFormat(LANG, {style: "percent"}) : null;

  function localTime(iso) {
    if (!iso) return "";
    var moment = new Date(iso);
    return isNaN(moment) ? "" : clock.format(moment);
  }

  function localDay(text) {
    var moment = new Date(text + "T00:00:00Z");
    return !text || isNaN(moment) ? (text || "") : day.format(moment);
  }

  function number(n) { return numbers ? numbers.format(n) : String(n); }
  function percent(share) { return percents ? percents.format(share / 100) : share + "%"; }

  // A refused action (rate limit, muted, a closed poll, not the host…) is said where the
  // member acted — under the chat box, the poll, the question form, a person's or a
  // message's tools, the host's buttons — in a role="alert" box that is announced at once,
  // not at the top of the page, which on a phone is off-screen. Only what has no place of
  // its own (the connection) goes to the bar above the panels (showError).
  function errorBox(origin) {
    if (origin.closest("#host-controls")) return $("host-error");
    if (origin.closest("#chat-form")) return $("chat-error");
    var holder = origin.closest("form, .tools, .actions") || origin;
    var inside = holder.tagName === "FORM";
    var box = inside ? holder.querySelector(".action-error") : holder.nextElementSibling;
    if (box && box.classList.contains("action-error")) return box;
    box = el("p", {cls: "flash error action-error", role: "alert", "aria-live": "assertive",
                   hidden: true});
    if (inside) holder.appendChild(box);
    else holder.parentNode.insertBefore(box, holder.nextSibling);
    return box;
  }

  function actionError(origin, message) {
    var box = errorBox(origin);
    box.hidden = false;
    // A live region just added may miss its first words: the text comes a moment later.
    window.setTimeout(function () {
      box.textContent = message;
      box.scrollIntoView({block: "nearest"});  // below the box on a small screen: bring it up
    }, box.textContent ? 0 : 60);
    window.clearTimeout(box.timer);
    box.timer = window.setTimeout(function () { box.hidden = true; box.textContent = ""; },
                                  10000);
  }

  function clearActionError(origin) {
    var box = errorBox(origin);
    window.clearTimeout(box.timer);
    box.hidden = true;
    box.textContent = "";
  }

  // The element a member acted on, if it is still in the page (a re-render may have drawn
  // it again under the same id).
  function attached(node) {
    if (!node) return null;
    if (document.body.contains(node)) return node;
    return node.id ? $(node.id) : null;
  }

  function showChatError(message) { actionError($("chat-form"), message); }

  function showError(message) {
    var box = $("room-errors");
    box.textContent = "";
    box.appendChild(el("p", {cls: "flash error", text: message}));
    window.clearTimeout(showError.timer);
    showError.timer = window.setTimeout(function () { box.textContent = ""; }, 10000);
  }

  function notice(message, link) {
    var box = $("room-notice");
    box.textContent = "";
    box.appendChild(el("p", {text: message}));
    if (link) box.appendChild(el("p", {}, [el("a", {href: link.href, text: link.text})]));
    box.hidden = false;
  }

  // Every client → server event goes through here: answers come back in the ack; failures
  // also arrive as an `error` event. `origin` (the form or button the member used) is where
  // a refusal is said.
  var acting = {};  // event name -> the element of the last such action

  function send(name, payload, then, origin) {
    payload = payload || {};
    payload.session_id = sessionId;
    if (origin) { acting[name] = origin; clearActionError(origin); }
    socket.emit(name, payload, function (answer) {
      if (answer && answer.ok) { if (then) then(answer); return; }
      var where = attached(origin);
      if (where && answer && answer.error) actionError(where, String(answer.error));
    });
  }

  // ------------------------------------------------------------------ panels as tabs

  // On a phone (under 60rem, as the stylesheet says) the panels are tabs: the panel links
  // become an ARIA tablist in a bar that stays at the top, one panel shows at a time, and
  // a tab counts what arrived while it was not shown. Wider, every panel shows in columns
  // and the bar is not drawn. Without JavaScript the links jump down the stacked sections.
  var narrow = window.matchMedia("(max-width: 59.99rem)");
  var panels = Array.prototype.slice.call(root.querySelectorAll(".room-panels .panel[data-tab]"));
  var tabs = {};
  var unread = {};
  var shown = "panel-chat";
  var tablist = el("div", {role: "tablist", cls: "room-tabs", "aria-label": gettext("Room panels"),
                           hidden: true});

  panels.forEach(function (panel) {
    var tab = el("button", {type: "button", role: "tab", id: "tab-" + panel.id.slice(6),
                            "aria-controls": panel.id, "aria-selected": "false",
                            tabindex: "-1"}, [
      el("span", {cls: "tab-label", text: panel.getAttribute("data-tab")}), " ",
      el("span", {cls: "tab-count", hidden: true}),
      el("span", {cls: "sr-only tab-more"})]);
    tab.addEventListener("click", function () { selectTab(panel.id); });
    tabs[panel.id] = tab;
    tablist.appendChild(tab);
  });
  $("room-nav").appendChild(tablist);

  tablist.addEventListener("keydown", function (event) {
    var ids = panels.map(function (p) { return p.id; });
    var at = ids.indexOf(shown);
    var to = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1}[event.key];
    if (to === undefined) return;
    event.preventDefault();
    selectTab(ids[(to + ids.length) % ids.length], true);
  });

  function renderTab(id) {
    var tab = tabs[id];
    if (!tab) return;
    // The name says what the badge shows, and what it counts: "People 12 here", "Chat 3 new".
    var people = id === "panel-people";
    var count = people ? state.headcount : (unread[id] || 0);
    var badge = tab.querySelector(".tab-count");
    badge.textContent = count ? number(count) : "";
    badge.hidden = !count;
    badge.classList.toggle("new", !people);
    tab.querySelector(".tab-more").textContent = !count ? "" : " " + (people
      ? ngettext("here", "here", count) : ngettext("new", "new", count));
  }

  // Something arrived in a panel the member is not looking at.
  function bump(id) {
    if (!tabs[id] || !state.joined || !narrow.matches || id === shown) return;
    unread[id] = (unread[id] || 0) + 1;
    renderTab(id);
  }

  function selectTab(id, focus) {
    if (!tabs[id]) return;
    var leaving = shown;
    shown = id;
    panels.forEach(function (panel) {
      var on = panel.id === id;
      tabs[panel.id].setAttribute("aria-selected", on ? "true" : "false");
      tabs[panel.id].tabIndex = on ? 0 : -1;
      if (narrow.matches) panel.hidden = !on;
    });
    if (focus) tabs[id].focus();
    unread[id] = 0;
    renderTab(id);
    if (!narrow.matches) return;
    // The bar stays at the top: a panel opens at its start, just under it.
    var bar = $("room-bar");
    var top = root.querySelector(".room-panels").getBoundingClientRect().top +
      window.scrollY - bar.offsetHeight;
    if (window.scrollY > top) window.scrollTo(0, top);
    if (id === "panel-chat" && leaving !== id) chatLog.scrollTop = chatLog.scrollHeight;
    var current = $("current-stage");
    if (id === "panel-case" && current) current.scrollIntoView({block: "nearest"});
  }

  function layout() {
    var tabbed = narrow.matches;
    root.classList.toggle("tabbed", tabbed);
    $("room-nav").querySelector("ul").hidden = tabbed;
    tablist.hidden = !tabbed;
    panels.forEach(function (panel) {
      if (tabbed) {
        panel.setAttribute("role", "tabpanel");
        panel.hidden = panel.id !== shown;
      } else {
        panel.removeAttribute("role");
        panel.hidden = false;
      }
    });
    if (tabbed) selectTab(shown);
  }

  // A link to a panel (#panel-paper) opens its tab.
  if (location.hash && tabs[location.hash.slice(1)]) shown = location.hash.slice(1);
  if (narrow.addEventListener) narrow.addEventListener("change", layout);
  else narrow.addListener(layout);

  // ------------------------------------------------------------------ header and roles

  var STATES = {scheduled: gettext("Scheduled"), lobby: gettext("In the lobby"),
                live: gettext("Live"), ended: gettext("Ended"), cancelled: gettext("Cancelled")};

  function setState(value) {
    state.ended = value === "ended" || value === "cancelled";
    $("room-state").textContent = STATES[value] || value;
    var start = $("host-start"), end = $("host-end"), reveal = $("host-reveal");
    if (start) start.hidden = value === "live" || state.ended;
    if (end) end.hidden = value !== "live";
    if (reveal) reveal.hidden = value !== "live";
    if (state.ended) state.breakSince = null;  // the end closes a running break
    renderBreak();
    renderChecklist();
    if (state.ended) {
      notice(gettext("The session has ended."), {href: root.getAttribute("data-transcript-url"),
                                                  text: gettext("Read the transcript")});
      document.querySelectorAll("#room form button, #room .panel button").forEach(function (b) {
        b.disabled = true;
      });
    }
  }

  // A break (not credit time): a banner for everyone; hosts get the one button that applies.
  function setBreak(since) {
    state.breakSince = since || null;
    renderBreak();
  }

  function renderBreak() {
    var live = !!state.session && state.session.state === "live" && !state.ended;
    var running = live && !!state.breakSince;
    var banner = $("room-break");
    banner.textContent = running
      ? gettext("On a break since %(time)s", {time: localTime(state.breakSince)}) : "";
    banner.hidden = !running;
    $("host-break-start").hidden = !live || running;
    $("host-break-end").hidden = !running;
  }

  function setRole(role) {
    state.role = role;
    document.querySelectorAll("#room .host-only").forEach(function (node) {
      node.hidden = !isHost();
    });
    openChecklist();
    renderPeople();
    renderPolls();
    renderQuestions();
    renderChecklist();
    renderCases();
  }

  function setMuted(muted) {
    state.muted = muted;
    $("chat-muted").hidden = !muted;
    $("chat-body").disabled = muted;
    $("chat-form").querySelector("button").disabled = muted || state.ended;
  }

  // ------------------------------------------------------------------ chat

  var chatLog = $("chat-log");

  function messageNode(message) {
    var mine = message.author && message.author.username === me;
    var item = el("li", {cls: "chat-message" + (mine ? " mine" : ""), id: "m-" + message.id,
                         "data-seq": message.seq});
    fillMessage(item, message);
    return item;
  }

  function fillMessage(item, message) {
    item.textContent = "";
    var author = message.author ? message.author.display_name : "";
    item.appendChild(el("p", {cls: "meta"}, [
      el("strong", {text: author}), " ",
      el("time", {datetime: message.created_at, text: localTime(message.created_at)}),
      message.edited_at && !message.deleted
        ? el("span", {cls: "muted", text: " " + gettext("(edited)")}) : null
    ]));
    if (message.deleted) {
      item.classList.add("deleted");
      item.appendChild(el("p", {cls: "muted", text: gettext("Message deleted.")}));
      return;
    }
    var label = writtenIn(message.language);
    if (label) item.appendChild(label);
    item.appendChild(cooked("div", message.html, null, message.language));
    var mine = message.author && message.author.username === me;
    if (mine || isHost()) item.appendChild(messageTools(item, message));
  }

  function messageTools(item, message) {
    var author = {name: message.author ? message.author.display_name : ""};
    return el("div", {cls: "tools"}, [
      el("button", {type: "button", cls: "link", text: gettext("Edit"),
                    "aria-label": gettext("Edit the message from %(name)s", author),
                    on: {click: function () { editMessage(item, message); }}}),
      el("button", {type: "button", cls: "link", text: gettext("Delete"),
                    "aria-label": gettext("Delete the message from %(name)s", author),
                    on: {click: function () {
                      if (window.confirm(gettext("Delete this message?"))) {
                        send("chat_delete", {message_id: message.id}, null, this);
                      }
                    }}})
    ]);
  }

  function editMessage(item, message) {
    if (item.querySelector("form")) return;
    var area = el("textarea", {id: "edit-" + message.id, rows: "2", maxlength: "4000",
                               required: true});
    // Start from the Markdown as written (older servers sent only HTML: use the shown text).
    var shown = item.querySelector(".body");
    area.value = typeof message.body === "string" ? message.body
      : (shown ? shown.innerText.trim() : "");
    var form = el("form", {cls: "stack"}, [
      el("label", {"for": "edit-" + message.id, text: gettext("Edit your message")}), area,
      el("div", {cls: "actions"}, [
        el("button", {type: "submit", text: gettext("Save")}),
        el("button", {type: "button", text: gettext("Cancel"),
                      on: {click: function () { form.remove(); }}})
      ])
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send("chat_edit", {message_id: message.id, body: area.value},
           function () { form.remove(); }, form);
    });
    item.appendChild(form);
    area.focus();
  }

  function addMessage(message) {
    var existing = $("m-" + message.id);
    if (existing) { fillMessage(existing, message); return; }
    var nearBottom = chatLog.scrollHeight - chatLog.scrollTop - chatLog.clientHeight < 80;
    chatLog.appendChild(messageNode(message));
    if (nearBottom) chatLog.scrollTop = chatLog.scrollHeight;
    if (!message.author || message.author.username !== me) bump("panel-chat");
  }

  var chatWaiting = false;  // a message typed while not connected (see joined())
  $("chat-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var area = $("chat-body");
    if (!area.value.trim()) return;
    if (!state.joined) {  // offline or reconnecting: kept here, sent after the next join
      chatWaiting = true;
      showChatError(gettext("Not connected: your message stays here and is sent when the " +
                            "connection returns."));
      return;
    }
    chatWaiting = false;
    // One client_id per text (an idempotency key): sent again after a dropped connection,
    // it is posted once. The text stays in the box until the server acknowledges it.
    if (!area.getAttribute("data-client-id") || area.getAttribute("data-client-text") !== area.value) {
      area.setAttribute("data-client-id", window.crypto && crypto.randomUUID ? crypto.randomUUID()
                        : Date.now().toString(36) + Math.random().toString(36).slice(2));
      area.setAttribute("data-client-text", area.value);
    }
    send("chat", {body: area.value, client_id: area.getAttribute("data-client-id")}, function () {
      area.value = "";
      area.removeAttribute("data-client-id");
      area.focus();
    }, $("chat-form"));
  });
  // Enter sends, Shift+Enter makes a new line (as in every chat).
  $("chat-body").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("chat-form").requestSubmit();
    }
  });

  // ------------------------------------------------------------------ people

  var ROLES = {host: gettext("host"), cohost: gettext("co-host"), member: gettext("member")};

  function renderPeople() {
    var list = $("people");
    list.textContent = "";
    $("people-count").textContent = "(" + number(state.headcount) + ")";
    renderTab("panel-people");
    if (!state.peopleLoaded) return;
    state.people.forEach(function (person) {
      var flags = [el("span", {cls: "flag", text: ROLES[person.role] || person.role})];
      if (person.hand_raised) {
        flags.push(el("span", {cls: "flag hand", text: "✋ " + gettext("hand raised")}));
      }
      if (person.muted) flags.push(el("span", {cls: "flag", text: gettext("muted")}));
      var item = el("li", {"data-username": person.username}, [
        el("span", {cls: "name", text: person.username === me
          ? gettext("%(name)s (you)", {name: person.display_name}) : person.display_name}),
        " "].concat(flags));
      if (isHost() && person.username !== me && person.role !== "host") {
        item.appendChild(personTools(person));
      }
      list.appendChild(item);
    });
  }

  function personTools(person) {
    var name = {name: person.display_name};
    var tools = el("div", {cls: "tools"}, [
      el("button", {type: "button", text: person.muted ? gettext("Unmute") : gettext("Mute"),
                    "aria-label": person.muted ? gettext("Unmute %(name)s", name)
                      : gettext("Mute %(name)s", name),
                    on: {click: function () {
                      send("mute", {username: person.username, muted: !person.muted}, null, this);
                    }}}),
      el("button", {type: "button", cls: "danger", text: pgettext("room", "Remove"),
                    "aria-label": gettext("Remove %(name)s", name),
                    on: {click: function () {
                      if (window.confirm(gettext("Remove %(name)s from the room?", name))) {
                        send("remove", {username: person.username}, null, this);
                      }
                    }}})
    ]);
    if (state.role === "host" && person.role === "cohost") {
      tools.appendChild(el("button", {
        type: "button", text: gettext("Hand over"),
        "aria-label": gettext("Hand the host role to %(name)s", name),
        on: {click: function () {
          if (window.confirm(gettext("Make %(name)s the host?", name))) {
            send("hand_over", {username: person.username}, null, this);
          }
        }}}));
    }
    return tools;
  }

  // The join says how many are here; the list itself is asked for (`who`) when someone
  // looks at it — a host always, a member once the People panel comes into view — and then
  // kept current from the `presence` notices (who came, left or changed).
  var ROLE_ORDER = {host: 0, cohost: 1, member: 2};

  function peopleInView() {
    var box = $("panel-people").getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  }

  function sortPeople() {
    state.people.sort(function (a, b) {
      return (ROLE_ORDER[a.role] - ROLE_ORDER[b.role]) ||
        a.display_name.toLowerCase().localeCompare(b.display_name.toLowerCase());
    });
  }

  function askForPeople() {
    if (state.peopleAsked || !state.joined) return;
    state.peopleAsked = true;
    send("who", {}, function (answer) {
      state.people = answer.members || [];
      state.peopleLoaded = true;
      state.headcount = answer.count;
      renderPeople();
    });
  }

  function applySelf(self) {
    state.handRaised = !!self.hand_raised;
    var hand = $("hand-button");
    hand.setAttribute("aria-pressed", state.handRaised ? "true" : "false");
    hand.textContent = state.handRaised ? gettext("Lower hand") : gettext("Raise hand");
    if (self.muted !== state.muted) setMuted(!!self.muted);
    if (self.role && self.role !== state.role) { setRole(self.role); return true; }
    return false;
  }

  function applyPresence(data) {
    state.headcount = data.count;
    var changed = data.members || [];
    var gone = data.left || [];
    if (state.peopleLoaded) {
      var names = changed.map(function (p) { return p.username; }).concat(gone);
      state.people = state.people.filter(function (p) {
        return names.indexOf(p.username) < 0;
      }).concat(changed);
      sortPeople();
    }
    var self = changed.filter(function (p) { return p.username === me; })[0];
    if (self && applySelf(self)) return;
    if (isHost()) askForPeople();
    renderPeople();
  }

  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) askForPeople();
    }).observe($("panel-people"));
  } else {
    state.wantsPeople = true;
  }

  $("hand-button").addEventListener("click", function () {
    send("hand", {raised: !state.handRaised}, null, this);
  });

  // ------------------------------------------------------------------ polls

  function upsertPoll(poll) {
    if (!poll || poll.id === undefined) return;
    var known = state.polls[poll.id];
    if (!known) state.pollOrder.push(poll.id);
    // Events carry what everyone may see; keep this member's own vote from before, and a
    // host's counts when a public event (no counts before the reveal) changes the state.
    if (known && poll.your_vote === undefined) poll.your_vote = known.your_vote;
    if (known && known.total !== undefined && poll.total === undefined) {
      poll.total = known.total;
      poll.options = known.options;
    }
    state.polls[poll.id] = Object.assign(known || {}, poll);
  }

  function pollResults(poll) {
    var total = poll.total || 0;
    var list = el("ul", {cls: "poll-results"});
    poll.options.forEach(function (option) {
      var votes = option.votes || 0;
      var share = total ? Math.round(100 * votes / total) : 0;
      var id = "bar-" + poll.id + "-" + option.id;
      list.appendChild(el("li", {"data-option-id": option.id}, [
        el("label", {"for": id, text: option.text}),
        el("span", {cls: "count", text: ngettext("%(num)d vote (%(share)s)",
                                                 "%(num)d votes (%(share)s)", votes,
                                                 {num: number(votes), share: percent(share)})}),
        el("meter", {id: id, min: "0", max: String(Math.max(total, 1)), value: String(votes),
                     cls: "bar", text: gettext("%(votes)s of %(total)s",
                                               {votes: number(votes), total: number(total)})})
      ]));
    });
    return el("div", {}, [list, el("p", {cls: "meta total",
                                         text: ngettext("%(num)d voted", "%(num)d voted", total,
                                                        {num: number(total)})})]);
  }

  function voteForm(poll) {
    var type = poll.multiple ? "checkbox" : "radio";
    var mine = poll.your_vote || [];
    var fieldset = el("fieldset", {}, [el("legend", {
      text: poll.multiple ? gettext("Choose one or more") : gettext("Choose one")})]);
    poll.options.forEach(function (option) {
      var id = "vote-" + poll.id + "-" + option.id;
      fieldset.appendChild(el("div", {cls: "field check"}, [
        el("input", {type: type, id: id, name: "option", value: option.id,
                     checked: mine.indexOf(option.id) !== -1}),
        el("label", {"for": id, text: option.text})
      ]));
    });
    var form = el("form", {cls: "poll-vote", id: "poll-" + poll.id + "-vote"}, [
      fieldset, el("button", {type: "submit",
                              text: mine.length ? gettext("Change my vote") : gettext("Vote")})]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var ids = Array.prototype.map.call(form.querySelectorAll("input:checked"), function (i) {
        return parseInt(i.value, 10);
      });
      if (!ids.length) { actionError(form, gettext("Choose an option first.")); return; }
      send("poll_vote", {poll_id: poll.id, option_ids: ids}, function (answer) {
        upsertPoll({id: poll.id, your_vote: answer.your_vote || ids});
        renderPolls();
        var status = $("poll-" + poll.id + "-status");
        if (status) status.textContent = gettext("Your vote is counted.");
      }, form);
    });
    return form;
  }

  function pollTools(poll) {
    var tools = el("div", {cls: "actions"});
    var add = function (label, name, cls) {
      tools.appendChild(el("button", {type: "button", cls: cls, text: label,
                                      "aria-label": gettext("%(action)s: %(question)s", {
                                        action: label, question: poll.question}),
                                      on: {click: function () {
                                        send(name, {poll_id: poll.id}, null, this);
                                      }}}));
    };
    if (poll.state === "draft") add(gettext("Launch"), "poll_launch", "primary");
    if (poll.state === "open") add(gettext("Close"), "poll_close");
    if (!poll.revealed && poll.state !== "draft") add(gettext("Reveal results"), "poll_reveal");
    return tools;
  }

  var POLL_STATES = {draft: gettext("Draft"), open: gettext("Open"), closed: gettext("Closed")};

  function pollNode(poll) {
    var box = el("article", {cls: "poll", id: "poll-" + poll.id, "data-state": poll.state,
                             "aria-labelledby": "poll-" + poll.id + "-q"}, [
      el("h3", {id: "poll-" + poll.id + "-q", dir: "auto", text: poll.question}),
      el("p", {cls: "meta", text: [POLL_STATES[poll.state] || poll.state,
                                   poll.multiple ? gettext("several answers") : null,
                                   poll.revealed ? gettext("results shown") : null]
        .filter(Boolean).join(" · ")})
    ]);
    if (poll.state === "open" && !state.ended) box.appendChild(voteForm(poll));
    if (poll.revealed || (isHost() && poll.total !== undefined)) {
      if (!poll.revealed) {
        box.appendChild(el("p", {cls: "hint",
                                 text: gettext("Only hosts see these counts until you reveal them.")}));
      }
      box.appendChild(pollResults(poll));
    } else if (poll.state !== "draft") {
      box.appendChild(el("p", {cls: "hint", text: gettext("Results appear when the host reveals them.")}));
    }
    box.appendChild(el("p", {id: "poll-" + poll.id + "-status", cls: "hint", role: "status"}));
    if (isHost()) box.appendChild(pollTools(poll));
    return box;
  }

  function renderPolls() {
    var holder = $("polls");
    var focused = document.activeElement && document.activeElement.id;
    holder.textContent = "";
    var shown = state.pollOrder.map(function (id) { return state.polls[id]; }).filter(function (p) {
      return isHost() || p.state !== "draft";
    });
    if (!shown.length) holder.appendChild(el("p", {cls: "hint none", text: gettext("No polls yet.")}));
    shown.slice().reverse().forEach(function (poll) { holder.appendChild(pollNode(poll)); });
    // Re-rendering must not throw keyboard users out of the form they were in.
    if (focused && $(focused)) $(focused).focus();
  }

  $("poll-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    var options = form.elements.options.value.split("\n").map(function (s) { return s.trim(); })
      .filter(Boolean);
    send("poll_create", {question: form.elements.question.value.trim(), options: options,
                         multiple: form.elements.multiple.checked}, function (answer) {
      if (answer.poll) { upsertPoll(answer.poll); renderPolls(); }
      form.reset();
    }, form);
  });

  // ------------------------------------------------------------------ questions

  var Q_STATES = {pending: "", answered: gettext("Answered"), dismissed: gettext("Dismissed")};

  function renderQuestions() {
    var list = $("questions");
    list.textContent = "";
    var all = Object.keys(state.questions).map(function (id) { return state.questions[id]; });
    // Open questions first, most votes first, then oldest first.
    all.sort(function (a, b) {
      var open = (a.state === "pending" ? 0 : 1) - (b.state === "pending" ? 0 : 1);
      return open || (b.votes - a.votes) || (a.id - b.id);
    });
    all.forEach(function (q) { list.appendChild(questionNode(q)); });
  }

  function questionNode(q) {
    var who = !q.author ? gettext("Anonymous") : q.anonymous
      ? gettext("%(name)s (anonymous to members)", {name: q.author.display_name})
      : q.author.display_name;
    var item = el("li", {cls: "question " + q.state, id: "q-" + q.id, "data-votes": q.votes}, [
      writtenIn(q.language),
      cooked("div", q.html, null, q.language),
      el("p", {cls: "meta"}, [who, Q_STATES[q.state] ? " · " + Q_STATES[q.state] : "",
                               " · ", el("span", {cls: "votes", text: ngettext(
                                 "%(num)d vote", "%(num)d votes", q.votes, {num: number(q.votes)})})])
    ]);
    var tools = el("div", {cls: "tools"});
    if (q.state === "pending" && !q.voted_by_you && !state.ended) {
      tools.appendChild(el("button", {type: "button", text: "▲ " + gettext("Upvote"),
                                      "aria-label": gettext("Upvote this question"),
                                      on: {click: function () {
                                        send("question_upvote", {question_id: q.id}, function () {
                                          q.voted_by_you = true; renderQuestions();
                                        }, this);
                                      }}}));
    } else if (q.voted_by_you) {
      tools.appendChild(el("span", {cls: "muted", text: gettext("You upvoted")}));
    }
    if (isHost() && q.state === "pending") {
      ["answered", "dismissed"].forEach(function (mark) {
        tools.appendChild(el("button", {type: "button",
                                        text: mark === "answered" ? gettext("Mark answered") : gettext("Dismiss"),
                                        on: {click: function () {
                                          send("question_mark", {question_id: q.id, state: mark}, null, this);
                                        }}}));
      });
    }
    item.appendChild(tools);
    return item;
  }

  function upsertQuestion(q) {
    if (!q || q.id === undefined) return;
    var known = state.questions[q.id];
    if (known && q.voted_by_you === undefined) q.voted_by_you = known.voted_by_you;
    state.questions[q.id] = Object.assign(known || {}, q);
  }

  $("question-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    send("question_ask", {body: form.elements.body.value, anonymous: form.elements.anonymous.checked},
         function (answer) {
           if (answer.question) { upsertQuestion(answer.question); renderQuestions(); }
           form.reset();
         }, form);
  });

  // ------------------------------------------------------------------ journal club

  var ANSWERS = {yes: gettext("Yes"), no: gettext("No"), cant_tell: gettext("Can't tell")};
  // The stages' names come from the server in English (the room's data): said here in the
  // page's language.
  var STAGES = {presentation: gettext("Presentation"), findings: gettext("Findings"),
                investigations: gettext("Investigations"), management: gettext("Management"),
                outcome: gettext("Outcome")};

  // The appraisal checklist (CASP: 11 questions) sits under the paper, folded for members
  // (its summary says how far the group got) and open and compact for the hosts: one row a
  // question, the three answers as a segmented choice that records at once, a note beside.
  var checklistTouched = false;

  function openChecklist() {
    var box = $("appraisal");
    if (!box || checklistTouched) return;
    box.open = isHost();
  }

  if ($("appraisal")) {
    $("appraisal").querySelector("summary").addEventListener("click", function () {
      checklistTouched = true;
    });
  }

  function renderChecklist() {
    var list = $("checklist");
    if (!list) return;
    var focused = document.activeElement && document.activeElement.id;
    // A note being typed survives another answer arriving meanwhile.
    var typing = focused && focused.indexOf("cn-") === 0 ? document.activeElement.value : null;
    var live = !!state.session && state.session.state === "live" && !state.ended;
    var compact = isHost() && live;
    list.textContent = "";
    $("checklist-wait").hidden = !isHost() || live || state.ended;
    list.classList.toggle("compact", compact);
    var answered = state.checklist.filter(function (item) { return item.answer; }).length;
    $("checklist-progress").textContent = state.checklist.length
      ? gettext("(%(answered)s of %(total)s answered)", {answered: number(answered),
                                                          total: number(state.checklist.length)})
      : gettext("(no questions)");
    var part = "";
    state.checklist.forEach(function (item) {
      // A part's heading once, above its first question (CASP: A to D).
      var heading = item.part && item.part !== part
        ? el("p", {cls: "checklist-part", dir: "auto", text: item.part}) : null;
      part = item.part || "";
      var node = el("li", {id: "c-" + item.id, cls: item.answer ? "answered" : null}, [
        heading,
        el("p", {cls: "question-text", id: "cq-" + item.id, dir: "auto"}, [item.question])
      ]);
      if (compact) {
        node.appendChild(checklistForm(item));
      } else {
        node.appendChild(el("p", {cls: "answer", text: item.answer
          ? gettext("Group's answer: %(answer)s", {answer: ANSWERS[item.answer] || item.answer})
          : gettext("Not answered yet")}));
        if (item.note) node.appendChild(el("p", {cls: "hint", text: item.note}));
      }
      list.appendChild(node);
    });
    if (focused && $(focused)) {
      if (typing !== null) $(focused).value = typing;
      $(focused).focus();
    }
  }

  function checklistForm(item) {
    var choice = el("fieldset", {cls: "segmented", "aria-describedby": "cq-" + item.id}, [
      el("legend", {cls: "sr-only", text: gettext("The group's answer")})]);
    Object.keys(ANSWERS).forEach(function (key) {
      var id = "ca-" + item.id + "-" + key;
      choice.appendChild(el("input", {type: "radio", id: id, name: "answer", value: key,
                                      checked: item.answer === key}));
      choice.appendChild(el("label", {"for": id, text: ANSWERS[key]}));
    });
    var note = el("input", {id: "cn-" + item.id, name: "note", maxlength: "2000",
                            placeholder: gettext("Note (optional)"), "aria-describedby": "cq-" + item.id});
    note.value = item.note || "";
    var form = el("form", {cls: "checklist-answer", id: "cf-" + item.id}, [
      choice, el("label", {"for": "cn-" + item.id, cls: "sr-only", text: gettext("Note")}), note]);
    var record = function () {
      var picked = form.querySelector("input[name=answer]:checked");
      if (!picked) { actionError(form, gettext("Choose the group's answer first.")); return; }
      var sent = picked.value + "\n" + note.value.trim();
      if (sent === form.sent) return;  // Enter in the note: its change and the submit
      form.sent = sent;
      send("checklist_answer", {item_id: item.id, answer: picked.value, note: note.value.trim()},
           null, form);
    };
    choice.addEventListener("change", record);
    note.addEventListener("change", function () {
      if (form.querySelector("input[name=answer]:checked")) record();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); record(); });
    return form;
  }

  function showBottomLine(html) {
    var box = $("bottom-line");
    if (!box) return;
    box.textContent = "";
    if (html) box.innerHTML = html;  // cooked by the server
    else box.appendChild(el("p", {cls: "hint", text: gettext("Not recorded yet.")}));
  }

  var bottomForm = $("bottom-line-form");
  if (bottomForm) {
    bottomForm.addEventListener("submit", function (event) {
      event.preventDefault();
      send("bottom_line", {text: bottomForm.elements.text.value}, null, bottomForm);
    });
  }

  // ------------------------------------------------------------------ case conference

  // Every revealed stage stays readable (history and findings matter for the question);
  // the latest is marked current, and the Case tab brings it into view.
  var folded = {};  // "case:stage" -> true when the member folded that stage

  function renderCases() {
    var holder = $("cases");
    if (!holder) return;
    holder.textContent = "";
    if (!state.cases.length) {
      holder.appendChild(el("p", {cls: "hint",
                                  text: gettext("Stages appear here as the host reveals them.")}));
    }
    state.cases.forEach(function (c) {
      var box = el("article", {cls: "case", id: "case-" + c.id}, [el("h3", {text: c.title})]);
      if (c.question) box.appendChild(el("p", {cls: "meta", text: c.question}));
      (c.stages || []).forEach(function (stage) {
        var key = c.id + ":" + stage.stage;
        var current = key === state.currentStage;
        var part = el("details", {cls: "stage" + (current ? " current" : ""),
                                  "data-stage": stage.stage, open: !folded[key],
                                  id: current ? "current-stage" : null}, [
          el("summary", {}, [el("h4", {}, [STAGES[stage.stage] || stage.label || stage.stage,
            current ? el("span", {cls: "flag now", text: gettext("current")}) : null])]),
          cooked("div", stage.html)]);
        part.addEventListener("toggle", function () { folded[key] = !part.open; });
        box.appendChild(part);
      });
      if (c.recommendations_html || c.follow_up_on) {
        box.appendChild(el("h4", {text: gettext("Recommendations")}));
        box.appendChild(cooked("div", c.recommendations_html));
        if (c.follow_up_on) {
          box.appendChild(el("p", {text: gettext("Follow-up on %(day)s",
                                                 {day: localDay(c.follow_up_on)})}));
        }
      }
      if (isHost() && !state.ended) box.appendChild(recommendationForm(c));
      holder.appendChild(box);
    });
  }

  function recommendationForm(c) {
    var text = el("textarea", {id: "rec-" + c.id, rows: "3", maxlength: "10000", required: true});
    text.value = c.recommendations_raw || "";
    var date = el("input", {id: "fu-" + c.id, type: "date", value: c.follow_up_on || null});
    var form = el("form", {cls: "stack", id: "rec-form-" + c.id}, [
      el("label", {"for": "rec-" + c.id, text: gettext("Recommendations")}), text,
      el("label", {"for": "fu-" + c.id, text: gettext("Follow-up date (optional)")}), date,
      el("button", {type: "submit", text: gettext("Record")})]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send("recommendation", {case_id: c.id, text: text.value, follow_up_on: date.value || null},
           null, form);
    });
    return form;
  }

  function caseById(id) {
    return state.cases.filter(function (c) { return c.id === id; })[0];
  }

  function revealStage(data) {
    var c = caseById(data.case_id);
    if (!c) {
      c = {id: data.case_id, title: data.case_title || gettext("Case"), question: data.case_question,
           stages: []};
      state.cases.push(c);
    }
    c.stages = c.stages || [];
    var stage = data.stage && typeof data.stage === "object" ? data.stage : data;
    if (!c.stages.some(function (s) { return s.stage === stage.stage; })) {
      c.stages.push(stage);
      state.currentStage = c.id + ":" + stage.stage;
      bump("panel-case");
    }
    renderCases();
  }

  // ------------------------------------------------------------------ the event stream

  var apply = {
    started: function () { state.session.state = "live"; setState("live"); },
    ended: function () { state.session.state = "ended"; setState("ended"); },
    break_started: function (d) { setBreak(d.started_at); },
    break_ended: function () { setBreak(null); },
    chat: function (d) { addMessage(d.message || d); },
    chat_edited: function (d) { addMessage(d.message || d); },
    chat_deleted: function (d) {
      var node = $("m-" + d.id);
      if (node) {
        node.classList.add("deleted");
        node.querySelectorAll(".body, .tools, form").forEach(function (n) { n.remove(); });
        node.appendChild(el("p", {cls: "muted", text: gettext("Message deleted.")}));
      }
    },
    stage_revealed: revealStage,
    poll_launched: pollEvent, poll_closed: pollEvent, poll_revealed: pollEvent,
    poll_results: pollEvent,
    question_asked: questionEvent, question_voted: questionEvent, question_marked: questionEvent,
    checklist_answered: function (d) {
      var item = d.item || d;
      state.checklist = state.checklist.map(function (i) {
        return i.id === (item.id || item.item_id) ? Object.assign(i, item, {id: i.id}) : i;
      });
      renderChecklist();
    },
    bottom_line: function (d) { showBottomLine(d.html); },
    recommendation: function (d) {
      var c = caseById(d.id);
      if (c) Object.assign(c, d);
      else state.cases.push(Object.assign({stages: []}, d));
      renderCases();
    },
    member_muted: function (d) { if (d.username === me) setMuted(!!d.muted); },
    member_removed: function () { /* the presence list that follows shows it */ },
    host_changed: function () { /* the presence list that follows carries the new roles */ },
    announcement: function (d, event) {
      // From the organisers (a background task): shown in the chat, set apart.
      if ($("a-" + event.seq)) return;
      var item = el("li", {cls: "chat-message announcement", id: "a-" + event.seq}, [
        el("p", {cls: "meta"}, [el("strong", {text: gettext("Announcement")})]), cooked("div", d.html)]);
      chatLog.appendChild(item);
      chatLog.scrollTop = chatLog.scrollHeight;
      bump("panel-chat");
    }
  };

  function pollEvent(d) {
    var poll = d.poll || d;
    if (poll.poll_id !== undefined && poll.id === undefined) poll.id = poll.poll_id;
    var fresh = poll.state === "open" && !(state.polls[poll.id] && state.polls[poll.id].state === "open");
    upsertPoll(poll);
    renderPolls();
    if (fresh) bump("panel-polls");
  }

  function questionEvent(d) {
    var q = d.question || d;
    if (q.question_id !== undefined && q.id === undefined) q.id = q.question_id;
    if (!state.questions[q.id] && q.html === undefined) return;
    if (!state.questions[q.id]) bump("panel-questions");
    upsertQuestion(q);
    renderQuestions();
  }

  function applyEvent(event) {
    if (event.seq <= state.seq) return;  // seen already (a sync and a broadcast crossed)
    state.seq = event.seq;
    var handler = apply[event.kind];
    if (handler) {
      try { handler(event.data || {}, event); } catch (e) { if (window.console) console.error(e); }
    }
  }

  function sync() {
    if (state.syncing) return;
    state.syncing = true;
    socket.emit("sync", {session_id: sessionId, since: state.seq}, function (answer) {
      state.syncing = false;
      if (answer && answer.ok) {
        answer.events.forEach(applyEvent);
        // The server replays a bounded number at a time: ask again for the rest.
        if (answer.truncated) { sync(); return; }
      }
      var waiting = state.queue.splice(0).sort(function (a, b) { return a.seq - b.seq; });
      waiting.forEach(receive);
    });
  }

  function receive(event) {
    if (!event || event.session_id !== sessionId) return;
    // Until the join's answer (with the snapshot) arrives, or while catching up, hold on.
    if (state.syncing || !state.joined) { state.queue.push(event); return; }
    if (event.seq > state.seq + 1) { state.queue.push(event); sync(); return; }
    applyEvent(event);
  }

  // ------------------------------------------------------------------ joining

  function loadSnapshot(answer) {
    var snap = answer.snapshot || {};
    chatLog.textContent = "";
    (snap.messages || []).forEach(addMessage);
    state.polls = {}; state.pollOrder = [];
    (snap.polls || []).forEach(upsertPoll);
    state.questions = {};
    (snap.questions || []).forEach(upsertQuestion);
    state.checklist = snap.checklist || [];
    state.cases = snap.cases || [];
    (snap.stages || []).forEach(function (stage) { if (stage.case_id) revealStage(stage); });
    showBottomLine(snap.bottom_line && (snap.bottom_line.html || snap.bottom_line));
    state.breakSince = snap.break_started_at || null;
    state.seq = answer.session.last_seq || 0;
  }

  function joined(answer) {
    // The first join, or a replay too long for the server to send: start from the snapshot.
    var fresh = !state.session || answer.truncated;
    state.session = answer.session;
    // The role first: drawing the snapshot's messages asks it (a host's edit and delete
    // buttons on everyone's messages).
    state.role = answer.you.role;
    if (fresh) loadSnapshot(answer);
    else (answer.missed || []).forEach(applyEvent);
    state.joined = true;
    chatLog.setAttribute("aria-busy", "false");
    setMuted(!!answer.you.muted);
    state.headcount = answer.presence.count;
    // A reconnect asks again: the notices missed meanwhile are not replayed.
    state.peopleAsked = false;
    state.peopleLoaded = false;
    applySelf(answer.you);
    setRole(answer.you.role);
    if (isHost() || state.wantsPeople || peopleInView()) askForPeople();
    setState(answer.session.state);
    $("room-connection").textContent = gettext("Connected");
    var waiting = state.queue.splice(0).sort(function (a, b) { return a.seq - b.seq; });
    waiting.forEach(receive);
    if (chatWaiting) $("chat-form").requestSubmit();  // typed while offline: send it now
  }

  layout();

  socket.on("connect", function () {
    var payload = {session_id: sessionId};
    if (state.session) payload.since = state.seq;
    socket.emit("join", payload, function (answer) {
      if (answer && answer.ok) { joined(answer); return; }
      $("room-connection").textContent = gettext("Not in the room");
      if (answer && (answer.code === "ended" || answer.code === "cancelled")) setState(answer.code);
    });
  });
  socket.on("disconnect", function () {
    // The new socket after a reconnect is in no room: events wait for its join.
    state.joined = false;
    $("room-connection").textContent = gettext("Reconnecting…");
  });
  socket.on("connect_error", function (error) {
    $("room-connection").textContent = gettext("Cannot connect");
    // The transport's own words are not for people; the server's refusal is (in the
    // member's language, from the handshake).
    var transport = {"xhr poll error": true, "websocket error": true};  // i18n: ignore
    if (error && error.message && !transport[error.message]) showError(error.message);
  });
  socket.on("event", receive);
  socket.on("presence", function (data) {
    if (data && data.session_id === sessionId) applyPresence(data);
  });
  socket.on("host_only", function (data) {
    if (!data || data.session_id !== sessionId) return;
    if (data.kind === "poll_tally") pollEvent(data.data || {});
    if (data.kind === "question_author") questionEvent(data.data || {});
  });
  socket.on("removed", function (data) {
    // Sent from the host's action: said here in this member's language, not the host's.
    notice(gettext("The host removed you from this room."),
           {href: "/sessions/" + sessionId, text: gettext("Back to the session")});
    state.joined = false;
    socket.disconnect();
  });
  var CHAT_EVENTS = {chat: true, chat_edit: true, chat_delete: true};
  socket.on("error", function (data) {
    // The server writes the refusal in this member's language (realtime/room/events.py).
    var message = (data && data.message) || gettext("Something went wrong.");
    var origin = data && attached(acting[data.event]);
    if (origin) actionError(origin, message);
    else if (data && CHAT_EVENTS[data.event]) showChatError(message);
    else showError(message);
  });

  // Host controls in the header.
  $("host-controls").addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var question = button.getAttribute("data-confirm");
    if (question && !window.confirm(question)) return;
    send(button.getAttribute("data-action"), {}, null, button);
  });
})();
