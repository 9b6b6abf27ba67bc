/* Case write-up editor: who else has it open, which section they edit, and a notice when a
   co-author saved. Uses the vendored Socket.IO client (static/js/socket.io.min.js, from the
   npm package socket.io-client 4.8.4). The page works without this script: saves still
   merge or ask to merge on the server. Nothing here touches what the member typed. */
(function () {
  "use strict";
  var form = document.getElementById("case-edit");
  if (!form || typeof window.io !== "function") return;
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
    intro.textContent = "Also here:";
    var list = document.createElement("ul");
    others.forEach(function (m) {
      var item = document.createElement("li");
      item.textContent = m.display_name + (m.sections.length
        ? " — editing " + m.sections.map(titleOf).join(", ") : "");
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
        mark.textContent = " " + m.display_name + " is editing";
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
    var names = data.sections.map(titleOf).join(", ") || "the write-up";
    // Local edits stay in the form: saving merges them with this change, or asks to.
    notice(names + " changed by " + data.by + " (version " + data.version +
           ") — reload to see it; your unsaved text stays in the form until you do, and " +
           "saving merges it.");
  });

  form.addEventListener("focusin", function (event) {
    var holder = event.target.closest("[data-section]");
    var key = holder ? holder.getAttribute("data-section") : null;
    if (key === editing) return;
    editing = key;
    socket.emit("editing", {case_id: caseId, section: key});
  });
})();
