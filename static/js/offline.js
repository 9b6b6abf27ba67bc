/* Rounds offline: the "saved at" banner, writes kept while offline, idempotency keys.
   - A page the service worker (static/sw.js) served from its saved copy carries
     <meta name="rounds-saved-at">: a banner says so, and when.
   - The reply and new-topic forms carry an `idempotency_key` (a new one whenever their text
     changes), so a form sent twice is posted once (community/platform/idempotency.py).
   - Sent without a connection, such a form is kept on this device (localStorage) and sent
     when the connection returns, under the same key: never lost, never posted twice.
   - Signing out forgets the outbox and tells the worker to drop its saved pages. */
(function () {
  "use strict";
  var OUTBOX = "rounds-outbox";
  var WRITES = /^\/(?:t\/\d+\/reply|b\/[\w-]+\/new)$/;
  var main = document.getElementById("main") || document.body;
  // The page's language (rounds.js); English as written should it not have loaded.
  var gettext = window.gettext || function (text, params) {
    return text.replace(/%\((\w+)\)s/g, function (whole, name) {
      return params && name in params ? String(params[name]) : whole;
    });
  };

  function status(text, cls, link) {
    var note = document.createElement("p");
    note.className = "offline-banner " + (cls || "");
    note.setAttribute("role", "status");
    note.textContent = text;
    if (link) {
      var a = document.createElement("a");
      a.href = link.href;
      a.textContent = link.text;
      note.appendChild(document.createTextNode(" "));
      note.appendChild(a);
    }
    main.insertBefore(note, main.firstChild);
    return note;
  }

  function when(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return gettext("an earlier visit");
    return date.toLocaleString(document.documentElement.lang || undefined,
                               {day: "numeric", month: "short", hour: "2-digit",
                                minute: "2-digit"});
  }

  // ---------------------------------------------------------------- the banner
  var saved = document.querySelector('meta[name="rounds-saved-at"]');
  if (saved) {
    var banner = status(gettext("Offline — saved at %(when)s. This copy may be out of date.",
                                {when: when(saved.content)}), "offline-saved");
    banner.id = "offline-banner";
    window.addEventListener("online", function () {
      banner.textContent = gettext("Back online.") + " ";
      var again = document.createElement("a");
      again.href = window.location.href;
      again.textContent = gettext("Load the latest version");
      banner.appendChild(again);
    });
  }

  // The offline page lists what can be read.
  var list = document.querySelector("[data-offline-saved]");
  if (list && window.caches) {
    caches.open("rounds-pages-1").then(function (cache) { return cache.keys(); })
      .then(function (keys) {
        var ul = list.querySelector("ul");
        keys.forEach(function (request) {
          var url = new URL(request.url);
          if (url.pathname.indexOf("/__") === 0) return;
          caches.match(request).then(function (r) { return r && r.text(); }).then(function (html) {
            var title = (/<title>([^<]*)<\/title>/i.exec(html || "") || [])[1] || url.pathname;
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = url.pathname + url.search;
            var box = document.createElement("textarea");
            box.innerHTML = title;  // decode the entities of the title (never shown as HTML)
            a.textContent = box.value;
            li.appendChild(a);
            ul.appendChild(li);
            list.hidden = false;
          });
        });
      }).catch(function () { /* nothing saved */ });
  }

  // ---------------------------------------------------------------- the outbox
  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function load() {
    var store = storage();
    try { return JSON.parse((store && store.getItem(OUTBOX)) || "[]"); } catch (e) { return []; }
  }
  function keep(items) {
    var store = storage();
    if (!store) return false;
    try { store.setItem(OUTBOX, JSON.stringify(items)); return true; } catch (e) { return false; }
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function fields(form, submitter) {
    var data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    return data;
  }

  function signature(data) {
    var parts = [];
    data.forEach(function (value, name) {
      if (name !== "csrf_token" && name !== "idempotency_key" && typeof value === "string") {
        parts.push(name + "=" + value);
      }
    });
    return parts.sort().join("&");
  }

  // The key: one per text. The same text sent again keeps it (a double click, a retry);
  // another text gets another.
  function stamp(form, submitter) {
    var input = form.querySelector('input[name="idempotency_key"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = "idempotency_key";
      form.appendChild(input);
    }
    var sig = signature(fields(form, submitter));
    if (!input.value || form.getAttribute("data-signed") !== sig) {
      input.value = newKey();
      form.setAttribute("data-signed", sig);
    }
    return input.value;
  }

  function isWrite(form) {
    if (!form || (form.getAttribute("method") || "").toLowerCase() !== "post") return false;
    try { return WRITES.test(new URL(form.action, window.location.href).pathname); }
    catch (e) { return false; }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var by = event.submitter;
    if (form.action && /\/logout$/.test(new URL(form.action, window.location.href).pathname)) {
      keep([]);
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage({type: "signed-out"});
      }
      return;
    }
    if (event.defaultPrevented || !isWrite(form)) return;
    stamp(form, by);
    if (navigator.onLine !== false || (by && by.name === "preview")) return;
    // No connection: keep it here, send it when the connection returns.
    var data = fields(form, by);
    var body = new URLSearchParams();
    data.forEach(function (value, name) { if (typeof value === "string") body.append(name, value); });
    var items = load();
    items.push({url: form.action, body: body.toString(), key: body.get("idempotency_key"),
                page: window.location.pathname, at: new Date().toISOString()});
    if (!keep(items)) return;  // no storage: let the browser try (and show its own error)
    event.preventDefault();
    var area = form.querySelector("textarea");
    if (area) area.value = "";
    var note = form.querySelector(".offline-queued") || document.createElement("p");
    note.className = "offline-queued";
    note.setAttribute("role", "status");
    note.textContent = gettext("You are offline. Your text is kept on this device and will be sent when the connection returns.");
    form.appendChild(note);
  });

  var flushing = false;
  function flush() {
    if (flushing || navigator.onLine === false || !window.fetch) return;
    var items = load();
    if (!items.length) return;
    flushing = true;
    var item = items[0];
    var token = document.querySelector('meta[name="csrf-token"]');
    fetch(item.url, {method: "POST", body: item.body, credentials: "same-origin",
                     headers: {"Content-Type": "application/x-www-form-urlencoded",
                               "X-CSRFToken": token ? token.content : ""}})
      .then(function (response) {
        if (response.status === 409 || response.status === 429 || response.status >= 500) {
          flushing = false;  // busy, too soon, or the server is down: kept for next time
          return;
        }
        // Sent (or already sent under its key): out of the outbox.
        var rest = load().filter(function (other) { return other.key !== item.key; });
        keep(rest);
        if (response.ok) {
          status(gettext("Your text typed offline was sent."), "offline-sent",
                 {href: response.url, text: gettext("Show it")});
        } else {
          // Refused (a locked topic, a limit): keep the text where the member sees it.
          var text = new URLSearchParams(item.body).get("raw") || "";
          status(gettext("Your text typed offline could not be posted (%(status)s). Here it is, to copy: %(text)s",
                         {status: response.status, text: text}), "offline-refused");
        }
        flushing = false;
        flush();
      })
      .catch(function () { flushing = false; /* still offline: next time */ });
  }
  window.addEventListener("online", flush);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", flush);
  else flush();
})();
