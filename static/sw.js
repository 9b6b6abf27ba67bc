/* Rounds' service worker: the pages a member opened recently stay readable offline.
   Served as /sw.js (community/platform/offline.py), so its scope is the whole site.

   - Pages (navigations): network first. A page the server marks `X-Rounds-Offline: keep`
     (topics, write-ups, sessions, transcripts, the member's credit…) is saved, with the time,
     in a cache of the last PAGES_MAX pages. Without a connection the saved copy is shown with
     a <meta name="rounds-saved-at"> that static/js/offline.js turns into the "Offline — saved
     at …" banner; a page never saved gets the small /offline page.
   - Static files with a content version (?v=…): cache first (their URL changes with them).
   - Nothing else: no POST, no API, no socket, no page the server did not mark.
   - Privacy: pages are dropped when the viewer changes (`X-Rounds-Viewer`), on signing out
     (the POST to /logout, and the page's "signed-out" message), and the server's
     Clear-Site-Data on sign-out drops this worker and its caches too. */
"use strict";

var VERSION = "1";
var PAGES = "rounds-pages-" + VERSION;
var STATIC = "rounds-static-" + VERSION;
var PAGES_MAX = 40;
var STATIC_MAX = 30;
var VIEWER = "/__rounds_viewer__";  // a cached entry holding whose pages these are
var OFFLINE = "/offline";

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) { return cache.add(OFFLINE); })
    .catch(function () { /* installed anyway; the fallback is then plain text */ })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("rounds-") === 0 && name !== PAGES && name !== STATIC;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function forget() {
  return Promise.all([caches.delete(PAGES), caches.delete(STATIC)]);
}

self.addEventListener("message", function (event) {
  if (event.data && event.data.type === "signed-out") event.waitUntil(forget());
});

function trim(cache, max) {
  return cache.keys().then(function (keys) {
    keys = keys.filter(function (k) {
      var path = new URL(k.url).pathname;
      return path !== VIEWER && path !== OFFLINE;
    });
    var extra = keys.length - max;
    return Promise.all(keys.slice(0, Math.max(0, extra)).map(function (k) { return cache.delete(k); }));
  });
}

// A new viewer (another member signed in, or signed out): drop the previous one's pages.
function checkViewer(response) {
  var viewer = response.headers.get("X-Rounds-Viewer");
  if (!viewer) return Promise.resolve();
  return caches.open(PAGES).then(function (cache) {
    return cache.match(VIEWER).then(function (held) {
      return held ? held.text() : null;
    }).then(function (previous) {
      if (previous === viewer) return null;
      return caches.delete(PAGES).then(function () { return caches.open(PAGES); })
        .then(function (fresh) { return fresh.put(VIEWER, new Response(viewer)); });
    });
  });
}

function save(request, response) {
  // Only what the server marks (the member's own or public pages: offline.py), even when
  // it is `no-store` for HTTP caches: these copies go on signing out.
  if (response.status !== 200 || response.headers.get("X-Rounds-Offline") !== "keep") {
    return Promise.resolve();
  }
  var headers = new Headers(response.headers);
  headers.set("X-Rounds-Saved-At", new Date().toISOString());
  headers.delete("Content-Encoding");  // the copy is kept decoded
  headers.delete("Content-Length");
  return response.text().then(function (body) {
    return caches.open(PAGES).then(function (cache) {
      var key = request.url.split("#")[0];
      // Delete first, so the page moves to the end: the oldest are trimmed.
      return cache.delete(key).then(function () {
        return cache.put(key, new Response(body, {status: 200, headers: headers}));
      }).then(function () { return trim(cache, PAGES_MAX); });
    });
  });
}

function savedCopy(request) {
  return caches.open(PAGES).then(function (cache) {
    return cache.match(request.url.split("#")[0]);
  }).then(function (hit) {
    if (!hit) return null;
    var saved = hit.headers.get("X-Rounds-Saved-At") || "";
    return hit.text().then(function (body) {
      var meta = '<meta name="rounds-saved-at" content="' + saved.replace(/[^\w:.\-]/g, "") + '">';
      body = body.replace(/<head>/i, "<head>" + meta);
      var headers = new Headers(hit.headers);
      headers.delete("Content-Length");
      return new Response(body, {status: 200, headers: headers});
    });
  });
}

function offlinePage() {
  return caches.match(OFFLINE).then(function (page) {
    // OFFLINE_TEXT: the server appends it to this script in the installing member's language
    // (community/platform/offline.py), for when the saved /offline page is gone too.
    return page || new Response(OFFLINE_TEXT,
                                {status: 503, headers: {"Content-Type": "text/plain; charset=utf-8"}});
  });
}

function page(event) {
  var request = event.request;
  return fetch(request).then(function (response) {
    var copy = response.clone();
    event.waitUntil(checkViewer(copy).then(function () { return save(request, copy); })
      .catch(function () { /* a full disk: the page is shown, not saved */ }));
    return response;
  }).catch(function () {
    return savedCopy(request).then(function (copy) { return copy || offlinePage(); });
  });
}

function asset(event) {
  var request = event.request;
  return caches.open(STATIC).then(function (cache) {
    return cache.match(request).then(function (hit) {
      if (hit) return hit;
      return fetch(request).then(function (response) {
        if (response.ok) {
          event.waitUntil(cache.put(request, response.clone())
            .then(function () { return trim(cache, STATIC_MAX); }));
        }
        return response;
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === "/logout") {
    event.waitUntil(forget());  // and pass the request through
    return;
  }
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(page(event));
  } else if (url.pathname.indexOf("/static/") === 0 && url.searchParams.has("v")) {
    event.respondWith(asset(event));
  }
});
