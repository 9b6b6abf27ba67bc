/* Rounds: small enhancements over pages that work without JavaScript. */

/* The page's language for the scripts: gettext("Text %(name)s", {name: x}) and
   ngettext("%(num)d reply", "%(num)d replies", n, {num: n}) read the translations the page
   carries (<script type="application/json" id="rounds-i18n">, platform/i18n.py); English,
   or a string not in it, shows as written. Plural forms by Intl.PluralRules in gettext's
   order of the language's categories. */
(function () {
  "use strict";
  var catalogue = null;
  function load() {
    if (catalogue) return catalogue;
    var node = document.getElementById("rounds-i18n");
    try { catalogue = node ? JSON.parse(node.textContent) : {}; } catch (e) { catalogue = {}; }
    catalogue.messages = catalogue.messages || {};
    return catalogue;
  }
  function fill(text, params) {
    if (!params) return text;
    return text.replace(/%\((\w+)\)[sd]/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }
  window.gettext = function (text, params) {
    var found = load().messages[text];
    return fill(typeof found === "string" && found ? found : text, params);
  };
  // A message whose words mean different things in different places carries a context.
  window.pgettext = function (context, text, params) {
    var found = load().messages[context + "\u0004" + text];
    return fill(typeof found === "string" && found ? found : text, params);
  };
  window.ngettext = function (singular, plural, n, params) {
    var c = load(), forms = c.messages[singular], index = n === 1 ? 0 : 1;
    if (Array.isArray(forms) && c.plural && window.Intl && Intl.PluralRules) {
      index = c.plural.indexOf(new Intl.PluralRules(c.lang).select(n));
      if (index < 0) index = forms.length - 1;
      return fill(forms[index] || forms[forms.length - 1], params);
    }
    return fill(index === 0 ? singular : plural, params);
  };
}());

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

  // Joining: the time zone menu starts at the browser's own zone (the member can change it).
  // Browsers name a few zones by their old names; the menu has the current ones.
  var OLD_ZONES = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Saigon": "Asia/Ho_Chi_Minh", "Asia/Rangoon": "Asia/Yangon",
    "Europe/Kiev": "Europe/Kyiv", "Atlantic/Faeroe": "Atlantic/Faroe",
    "America/Godthab": "America/Nuuk", "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "America/Cordoba": "America/Argentina/Cordoba", "America/Mendoza": "America/Argentina/Mendoza",
    "America/Indianapolis": "America/Indiana/Indianapolis",
    "America/Louisville": "America/Kentucky/Louisville", "Pacific/Truk": "Pacific/Chuuk",
    "Pacific/Ponape": "Pacific/Pohnpei", "Pacific/Enderbury": "Pacific/Kanton",
    "Africa/Asmera": "Africa/Asmara", "Asia/Ulan_Bator": "Asia/Ulaanbaatar"};
  var zone = document.querySelector("select[data-guess-zone]");
  if (zone && zone.value === "UTC" && window.Intl) {
    try {
      var guessed = Intl.DateTimeFormat().resolvedOptions().timeZone;
      guessed = OLD_ZONES[guessed] || guessed;
      for (var i = 0; i < zone.options.length; i++) {
        if (zone.options[i].value === guessed) { zone.value = guessed; break; }
      }
    } catch (e) { /* no guess: UTC stays */ }
  }

  // The service worker (static/sw.js, served as /sw.js): pages opened recently stay
  // readable offline. Only where browsers support it (and on HTTPS or localhost).
  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("/sw.js", {scope: "/"}).catch(function () { /* online only */ });
  }

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

/* The header menu and members' cards.
   - The menu (a <details>) closes on Escape and on a click elsewhere.
   - A member's name links to their profile. Hovering or focusing it (after a moment), or a
     first tap on a touch screen, shows their card: the fragment at the profile's URL +
     "/card", what the profile page shows everyone. A second tap follows the link. */
(function () {
  "use strict";
  var menu = document.querySelector("details.menu");
  if (menu) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  }

  var cache = {};
  var open = null;   // {link, card}
  var showTimer = 0, hideTimer = 0;
  var lastPointer = "mouse";
  var quiet = null;  // the name focus returns to after Escape: no card for that focus

  function cardUrl(link) { return link.pathname.replace(/\/$/, "") + "/card"; }

  function close() {
    window.clearTimeout(hideTimer);
    if (!open) return;
    open.card.remove();
    open.link.removeAttribute("aria-expanded");
    open = null;
  }

  function place(card) {
    // Keep the card on the screen: it opens at its name's start (the left, or the right in a
    // right-to-left page); shift it back when it would pass the far edge.
    card.style.transform = "";
    var box = card.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (getComputedStyle(card).direction === "rtl") {
      if (box.left < 8) shift = Math.min(8 - box.left, width - 8 - box.right);
    } else {
      var over = box.right - (width - 8);
      if (over > 0) shift = -Math.min(over, box.left - 8);
    }
    if (shift) card.style.transform = "translateX(" + shift + "px)";  // i18n: ignore
  }

  function show(link) {
    if (open && open.link === link) return;
    close();
    var url = cardUrl(link);
    var build = function (html) {
      if (!link.isConnected) return;
      close();
      var card = document.createElement("div");
      card.className = "member-card";
      card.id = "member-card";
      card.setAttribute("role", "group");
      card.setAttribute("aria-label", gettext("About %(name)s", {name: link.textContent.trim()}));
      card.innerHTML = html;  // our own server's fragment, escaped by its templates
      link.parentNode.appendChild(card);
      link.setAttribute("aria-expanded", "true");
      link.setAttribute("aria-controls", "member-card");
      card.addEventListener("mouseenter", function () { window.clearTimeout(hideTimer); });
      card.addEventListener("mouseleave", later);
      open = {link: link, card: card};
      place(card);
    };
    if (cache[url]) return build(cache[url]);
    if (!window.fetch) return;
    fetch(url, {credentials: "same-origin", headers: {"Accept": "text/html"}})
      .then(function (r) { if (!r.ok) throw r; return r.text(); })
      .then(function (html) { cache[url] = html; build(html); })
      .catch(function () { /* the link still leads to the profile */ });
  }

  function later() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(close, 250);
  }

  function nameOf(target) {
    return target && target.closest ? target.closest("a.member") : null;
  }

  document.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType; });
  document.addEventListener("mouseover", function (event) {
    var link = nameOf(event.target);
    if (!link || lastPointer === "touch") return;
    window.clearTimeout(hideTimer);
    window.clearTimeout(showTimer);
    showTimer = window.setTimeout(function () { show(link); }, 350);
  });
  document.addEventListener("mouseout", function (event) {
    var link = nameOf(event.target);
    if (!link) return;
    window.clearTimeout(showTimer);
    if (open && open.link === link) later();
  });
  document.addEventListener("focusin", function (event) {
    var link = nameOf(event.target);
    if (link && link === quiet) { quiet = null; return; }
    if (link) { window.clearTimeout(hideTimer); show(link); return; }
    if (open && !open.card.contains(event.target)) close();
  });
  document.addEventListener("click", function (event) {
    var link = nameOf(event.target);
    if (link && lastPointer === "touch" && !(open && open.link === link)) {
      event.preventDefault();  // the first tap shows the card; the card links the profile
      show(link);
      return;
    }
    if (open && !open.card.contains(event.target) && !link) close();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open) {
      var link = open.link;
      close();
      quiet = link;
      link.focus();
    }
  });
})();
