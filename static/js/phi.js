/* Rounds: PHI findings in the case editor (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)).
   On the editor (form#case-edit[data-case-id]) it asks GET /api/v1/cases/<id>/phi and puts,
   under each section's textarea (and each timeline event), the findings of the saved version:
   a button per finding selects that text in the field, so the author sees where it is and can
   retype it. Text is only ever set with textContent (never parsed as HTML). Without
   JavaScript the de-identification page (/cases/<id>/phi) shows the same, marked. */
(function () {
  "use strict";
  var form = document.querySelector("form#case-edit[data-case-id]");
  if (!form || !window.fetch) return;
  var caseId = form.getAttribute("data-case-id");

  function fieldFor(section) {
    var event = /^timeline\.(\d+)$/.exec(section);
    if (event) return document.getElementById("event-" + (parseInt(event[1], 10) + 1));
    return document.getElementById("f-" + section);
  }

  // Where the finding is now: its saved offsets if the text there is unchanged, else the
  // first place the same text appears (the author may have typed since the save).
  function locate(field, finding) {
    var value = field.value;
    if (value.slice(finding.start, finding.end) === finding.text) return finding.start;
    return value.indexOf(finding.text);
  }

  function render(section, findings) {
    var field = fieldFor(section.section);
    if (!field) return;
    var box = document.createElement("div");
    box.className = "phi-inline";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", gettext("Possible identifiers in %(section)s", {section: section.label}));
    findings.forEach(function (finding) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "phi-chip phi-" + finding.category + (finding.overridden ? " phi-overridden" : "");
      var label = document.createElement("strong");
      label.textContent = finding.label + ": ";
      var mark = document.createElement("mark");
      mark.textContent = finding.text;
      button.appendChild(label);
      button.appendChild(mark);
      if (finding.overridden) button.appendChild(document.createTextNode(" " + gettext("(marked not identifying)")));
      button.title = finding.why;
      button.addEventListener("click", function () {
        var at = locate(field, finding);
        if (at < 0) { button.disabled = true; return; }
        field.focus();
        field.setSelectionRange(at, at + finding.text.length);
      });
      box.appendChild(button);
    });
    var more = document.createElement("a");
    more.href = "/cases/" + encodeURIComponent(caseId) + "/phi";
    more.textContent = gettext("Review or justify");
    box.appendChild(more);
    var after = field.parentNode.classList.contains("field") ? field.parentNode : field;
    after.parentNode.insertBefore(box, after.nextSibling);
  }

  fetch("/api/v1/cases/" + encodeURIComponent(caseId) + "/phi",
        {credentials: "same-origin", headers: {"Accept": "application/json"}})
    .then(function (r) { if (!r.ok) throw r; return r.json(); })
    .then(function (report) {
      report.sections.forEach(function (section) {
        if (section.findings.length) render(section, section.findings);
      });
    })
    .catch(function () { /* the page and its findings block work without this */ });
})();
