/* Rounds: small enhancements over pages that work without JavaScript. */
(function () {
  "use strict";
  var token = document.querySelector('meta[name="csrf-token"]');

  // Ask before destructive one-click actions.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // Likes without a page reload; the plain form still works when this fails.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-like") || event.defaultPrevented || !window.fetch) return;
    event.preventDefault();
    var body = new FormData(form);
    fetch(form.action, {method: "POST", body: body, credentials: "same-origin",
                        headers: {"Accept": "application/json", "X-CSRFToken": token && token.content}})
      .then(function (r) { if (!r.ok) throw r; return r.json(); })
      .then(function (data) {
        var button = form.querySelector("button");
        form.querySelector(".count").textContent = data.like_count;
        button.setAttribute("aria-pressed", data.liked ? "true" : "false");
        form.querySelector('input[name="liked"]').value = data.liked ? "0" : "1";
      })
      .catch(function () { form.submit(); });
  });

  // Drafts: a reply typed on a phone survives a dropped connection or a closed tab.
  // One draft per form and field (a write-up's editor has a field per section).
  var key = function (area) { return "rounds-draft:" + area.form.action + "#" + area.name; };
  document.querySelectorAll("textarea[data-draft]").forEach(function (area) {
    try {
      var saved = window.localStorage.getItem(key(area));
      if (saved && !area.value) area.value = saved;
      area.addEventListener("input", function () { window.localStorage.setItem(key(area), area.value); });
      area.form.addEventListener("submit", function () { window.localStorage.removeItem(key(area)); });
    } catch (e) { /* storage may be disabled; the form works without drafts */ }
  });

  // Move focus to the error summary so screen readers announce it.
  var errors = document.querySelector(".errors");
  if (errors) errors.focus();

  // The case editor loads the PHI findings helper (static/js/phi.js) only where it is used,
  // from the URL the server gave it: with the file's own content version, since static
  // files are cached for a year.
  var caseEditor = document.querySelector("form#case-edit[data-phi-src]");
  if (caseEditor) {
    var phi = document.createElement("script");
    phi.src = caseEditor.getAttribute("data-phi-src");
    phi.defer = true;
    document.head.appendChild(phi);
  }
})();
