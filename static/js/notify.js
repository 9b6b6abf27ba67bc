/* Rounds: the header's unread notifications badge, kept current over Socket.IO (namespace
   /notifications) without a reload. The page renders the badge itself; this only updates
   it, so everything works without JavaScript. The Socket.IO client is loaded only if the
   page has not loaded it already (the live room, the write-up editor). */
(function () {
  "use strict";
  var link = document.querySelector("a[data-live-unread]");
  if (!link) return;

  function show(count) {
    var badge = link.querySelector("[data-unread]");
    if (!badge) return;
    count = parseInt(count, 10) || 0;
    badge.textContent = count > 0 ? String(count) : "";
    badge.hidden = count <= 0;
    if (count > 0) {
      badge.className = "badge";
      badge.setAttribute("aria-label", ngettext("%(num)d unread", "%(num)d unread", count,
                                                {num: count}));
    } else {
      badge.removeAttribute("class");
      badge.removeAttribute("aria-label");
    }
  }

  function connect() {
    if (!window.io) return;
    var socket = window.io("/notifications", {transports: ["websocket", "polling"]});
    socket.on("unread", function (data) { if (data) show(data.count); });
  }

  function start() {
    if (window.io) return connect();
    var src = link.getAttribute("data-socketio");
    if (!src) return;
    var script = document.createElement("script");
    script.src = src;
    script.onload = connect;
    document.head.appendChild(script);
  }

  // Deferred scripts of the page (socket.io.min.js included) have all run by then.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
