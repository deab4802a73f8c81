/* Behaviour this edition adds to Material's. Loaded (deferred) after Material's bundle, before
   the document is ready. What applies to a page's content is set up for each page Material
   shows (`document$`: the first load and, were navigation.instant enabled, every next page);
   what listens on the document is set up once. ARCHITECTURE.md lists each override of
   Material's behaviour. */
(function () {
  "use strict";

  var document$ = window.document$;
  function eachPage(setUp) {
    if (document$) document$.subscribe(setUp);
    else document.addEventListener("DOMContentLoaded", setUp);
  }

  /* Material fetches sitemap.xml beside every <link rel="alternate">, taking them for
     language roots (its language selector maps pages through those sitemaps); ours are the
     page's addresses in each language (hreflang, for search engines), so each fetch would
     fail (a 404 over http, an error from file://). The links are hidden from it while it
     reads them, on its own document$ subscription, which runs before ours, then restored.
     tests/site/test_material_ties.py fails the day Material stops fetching them. */
  var alternates = document.querySelectorAll('link[rel="alternate"][hreflang]');
  alternates.forEach(function (link) { link.setAttribute("rel", "edition-alternate"); });
  eachPage(function () {
    alternates.forEach(function (link) { link.setAttribute("rel", "alternate"); });
  });

  /* Language links keep the reader in place: paragraph and heading ids (#p1-2, #titre)
     are the same in every language, so the current #anchor goes with the reader, and so does the
     side-by-side page's choice of languages (?left=fr&right=km). */
  function carryAnchor() {
    document.querySelectorAll("a[hreflang]").forEach(function (link) {
      var base = link.getAttribute("href").split(/[?#]/)[0];
      link.setAttribute("href", base + location.search + location.hash);
    });
  }
  eachPage(carryAnchor);
  window.addEventListener("hashchange", carryAnchor);

  /* Without an #anchor, a reader who has scrolled goes to the paragraph at the top of the screen:
     the first whose box reaches below the header. */
  function paragraphInView() {
    var header = document.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().bottom : 0;
    var numbers = document.querySelectorAll("a.pe-cite");
    for (var i = 0; i < numbers.length; i++) {
      var box = numbers[i].parentElement.getBoundingClientRect();
      if (box.bottom > top) return box.top < window.innerHeight ? numbers[i].parentElement.id : "";
    }
    return "";
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[hreflang]");
    if (!link || location.hash || window.scrollY === 0) return;
    var id = paragraphInView();
    if (id) link.setAttribute("href", link.getAttribute("href").split("#")[0] + "#" + id);
  }, true);

  /* Search follows every change of the box's value. Material reads the box on key release (and
     on focus, and when its worker is ready), so text entered without a key (pasted, committed by
     an input method, dictated, filled by the browser) would wait for the next key: each such
     change is passed on as a key release. Material ignores a value it has already searched. */
  function searchBoxChanged(event) {
    var box = event.target;
    if (!box.matches || !box.matches(".md-search__input") || event.isComposing) return;
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
  document.addEventListener("input", searchBoxChanged);
  document.addEventListener("compositionend", searchBoxChanged);

  /* "§ 1.2" links (and headings' ¶ links) copy the paragraph's absolute address (the canonical one when the site
     has a site_url), announce it to screen readers, and still move to the paragraph. */
  var strings = JSON.parse((document.getElementById("edition-strings") || {}).textContent || "{}");
  var status = document.createElement("div");
  status.className = "pe-sr";
  status.setAttribute("role", "status");
  status.setAttribute("data-pe-copy-status", "");  /* the search count has a status region of its own */
  eachPage(function () {
    if (!status.isConnected) document.body.appendChild(status);
    var printed = document.querySelector("[data-pe-address]");
    if (printed && !printed.textContent.trim()) printed.textContent = location.href.split("#")[0];
    document.querySelectorAll("a.pe-cite").forEach(function (link) {
      link.setAttribute("aria-label", link.textContent + " – " + strings["cite.copy"]);
      link.setAttribute("title", strings["cite.copy"]);
    });
    document.querySelectorAll("a.headerlink").forEach(function (link) {
      link.setAttribute("aria-label", link.getAttribute("title") || "");
    });
  });

  function absoluteAddress(id) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var page = canonical ? canonical.href : location.href;
    return page.split("#")[0] + "#" + id;
  }

  /* The Clipboard API; where a browser refuses it (its settings, a framing page's policy, a page
     without focus) or lacks it (file:// in some browsers), the copy command, from a field inside
     `within` (the open modal dialog: outside it the page is inert), focus given back after. */
  function copyText(text, within) {
    var api = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(text) : Promise.reject(new Error("no Clipboard API"));
    return api.catch(function () { return copyWithCommand(text, within || document.body); });
  }
  function copyWithCommand(text, within) {
    var focused = document.activeElement, field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.setAttribute("aria-hidden", "true");
    field.tabIndex = -1;
    field.style.position = "fixed";
    field.style.opacity = "0";
    within.appendChild(field);
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { /* refused */ }
    field.remove();
    if (focused && focused !== document.activeElement && focused.focus) focused.focus({ preventScroll: true });
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  /* A status region says `message`, anew even when it is the same again (emptied, then filled);
     then `done()`, if given. */
  function announce(region, message, done) {
    region.textContent = "";
    setTimeout(function () {
      region.textContent = message;
      if (done) done();
    }, 50);
  }

  /* What a copied link leads to, for the toast: "§ 1.2", or the heading of a ¶ link. */
  function linkName(link) {
    if (link.matches("a.pe-cite")) return link.textContent.trim();
    var levels = "h1, h2, h3, h4, h5, h6";  /* the ¶ link in its heading, or beside it (composed pages) */
    var heading = link.closest(levels) || link.parentElement.querySelector(levels);
    if (!heading) return "";
    var named = heading.cloneNode(true);
    named.querySelectorAll("a.headerlink").forEach(function (own) { own.remove(); });
    return named.textContent.trim();
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.pe-cite, a.headerlink");
    if (!link) return;
    var address = absoluteAddress(link.getAttribute("href").slice(1));
    copyText(address).then(function () {
      var message = strings["cite.copied"] + " " + address;
      var permanent = link.matches("a.pe-cite") && permanentAddress(link.getAttribute("href").slice(1));
      if (permanent && permanent !== address) message += " " + citationData().strings["permanent.status"] + " " + permanent;
      announce(status, message);
      if (window.alert$) window.alert$.next(strings["cite.copied"] + " " + linkName(link));
    }, function () { /* copying refused: the link still leads to the paragraph */ });
  });

  /* ---- Cite ------------------------------------------------------------------------------
     A Cite button beside each § link opens one dialog, shared by the page: the paragraph's
     address in the text in force and its permanent address (its edition's page, editions/<id>/…),
     and a ready-made citation in three formats (Chicago-like text, BibTeX, RIS), each with a copy
     button. The page's data (#edition-citation) names its permanent address and a script shared by
     the pages of its edition and language, loaded when a reader first opens Cite (every value of its
     citations already escaped for its format by policy_text.citation_formats); this only fills in
     the paragraph, its permanent address and the date of access, today's, in the page's language.
     A native modal <dialog>: named by its heading, Escape and the close button close it, focus
     stays inside while it is open and returns to the Cite button. ARCHITECTURE.md, "Citing a paragraph". */
  var citation = null, citeDialog = null, citeOpener = null;
  function citationData() {
    if (citation === null) {
      var data = document.getElementById("edition-citation");
      citation = data ? JSON.parse(data.textContent) : false;
    }
    return citation;
  }
  /* The citations and the dialog's strings shared by the page's edition and language: `done(shared)`. */
  function withShared(done) {
    var data = citationData(), loaded = self.__editionCitation || {};
    if (loaded[data.key]) { done(loaded[data.key]); return; }
    var script = document.createElement("script");
    script.src = data.script;
    script.onload = function () { done((self.__editionCitation || {})[data.key]); };
    document.head.appendChild(script);
  }
  function sayWith(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? values[name] : whole; });
  }
  function pad(number) { return (number < 10 ? "0" : "") + number; }
  function formatDate(date, strings) {
    var day = date.getDate() === 1 && strings.first ? strings.first : String(date.getDate());
    var text = sayWith(strings.pattern, { day: day, month: strings.months[date.getMonth()], year: date.getFullYear() });
    return strings.digits ? text.replace(/[0-9]/g, function (d) { return strings.digits.charAt(+d); }) : text;
  }
  function permanentAddress(id) {
    var data = citationData();
    if (!data) return null;
    var canonical = document.querySelector('link[rel="canonical"]');
    return new URL(data.permanent, canonical ? canonical.href : location.href).href.split("#")[0] + "#" + id;
  }
  /* The citation of paragraph `id` (label: "§ 1.2") in each format, read on `today`. */
  function citationsOf(shared, id, label, today) {
    var data = shared;
    var iso = today.getFullYear() + "-" + pad(today.getMonth() + 1) + "-" + pad(today.getDate());
    var values = {
      "paragraph": label, "id": id, "url": permanentAddress(id),
      "accessed": formatDate(today, data.date), "accessed-iso": iso, "accessed-ris": iso.replace(/-/g, "/")
    };
    var filled = {};
    Object.keys(data.formats).forEach(function (format) {
      filled[format] = data.formats[format].replace(/⟦([a-z-]+)⟧/g, function (whole, name) {
        return name in values ? values[name] : whole;
      });
    });
    return { formats: filled, accessed: values.accessed };
  }
  var CITE_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path d="M5 6h6v6.2L8.6 18H5.8l2-5H5zm8 0h6v6.2L16.6 18h-2.8l2-5H13z"/></svg>';
  var CLOSE_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"/></svg>';
  var CITE_PARTS = [  /* [field, heading string, element] in the order shown */
    ["current", "current", "p"], ["permanent", "permanent", "p"],
    ["text", "text", "p"], ["bibtex", "bibtex", "pre"], ["ris", "ris", "pre"]
  ];
  function citeDialogElement(shared) {
    if (citeDialog) return citeDialog;
    var ui = shared.strings;
    citeDialog = document.createElement("dialog");
    citeDialog.className = "pe-cite-dialog md-typeset";
    citeDialog.setAttribute("aria-labelledby", "pe-cite-title");
    var html = '<div class="pe-cite-dialog__head"><h2 id="pe-cite-title"></h2>' +
      '<button type="button" class="pe-cite-dialog__close" data-pe-cite-close>' + CLOSE_ICON + "</button></div>" +
      '<p class="pe-cite-dialog__accessed" data-pe-cite-accessed></p>';
    CITE_PARTS.forEach(function (part) {
      html += '<section class="pe-cite-dialog__part"><div class="pe-cite-dialog__bar">' +
        '<h3 id="pe-cite-h-' + part[0] + '"></h3>' +
        '<button type="button" class="pe-cite-dialog__copy" id="pe-cite-copy-' + part[0] + '"' +
        ' aria-labelledby="pe-cite-copy-' + part[0] + " pe-cite-h-" + part[0] + '" data-pe-cite-copy="' + part[0] + '"></button></div>' +
        "<" + part[2] + ' class="pe-cite-dialog__value" data-pe-cite-value="' + part[0] + '"></' + part[2] + "></section>";
    });
    html += '<p class="pe-cite-dialog__status" role="status" data-pe-cite-status></p>';
    citeDialog.innerHTML = html;
    citeDialog.querySelector("[data-pe-cite-close]").setAttribute("aria-label", ui.close);
    citeDialog.querySelector("[data-pe-cite-close]").title = ui.close;
    CITE_PARTS.forEach(function (part) {
      citeDialog.querySelector("#pe-cite-h-" + part[0]).textContent =
        part[1] === "permanent" ? sayWith(ui.permanent, { date: shared.edition }) : ui[part[1]];
      citeDialog.querySelector("#pe-cite-copy-" + part[0]).textContent = ui.copy;
    });
    citeDialog.addEventListener("click", function (event) {
      if (event.target === citeDialog) { citeDialog.close(); return; }  /* the backdrop */
      if (event.target.closest("[data-pe-cite-close]")) { citeDialog.close(); return; }
      var copy = event.target.closest("[data-pe-cite-copy]");
      if (!copy) return;
      var part = copy.getAttribute("data-pe-cite-copy");
      var shown = citeDialog.querySelector('[data-pe-cite-value="' + part + '"]');
      var status = citeDialog.querySelector("[data-pe-cite-status]");
      copyText(shown.textContent, citeDialog).then(function () {
        announce(status, sayWith(ui.copied, { what: citeDialog.querySelector("#pe-cite-h-" + part).textContent }), keepClear);
      }, function () {  /* both refused: the text selected, for the reader's own copy */
        var range = document.createRange(), selection = window.getSelection();
        range.selectNodeContents(shown);
        selection.removeAllRanges();
        selection.addRange(range);
        announce(status, ui.refused, keepClear);
      });
    });
    citeDialog.addEventListener("close", function () {
      if (citeOpener && citeOpener.isConnected) citeOpener.focus();
    });
    document.body.appendChild(citeDialog);
    return citeDialog;
  }
  /* `text` in `element`, the official title in it marked in its own language where the page's is
     another (lang="fr" in an English or Khmer citation), for screen readers to say it in French. */
  function fillMarked(element, text, title) {
    var foreign = title && title.text && title.lang !== document.documentElement.lang;
    element.textContent = "";
    (foreign ? text.split(title.text) : [text]).forEach(function (piece, index) {
      if (index) {
        var span = document.createElement("span");
        span.lang = title.lang;
        span.textContent = title.text;
        element.appendChild(span);
      }
      element.appendChild(document.createTextNode(piece));
    });
  }
  /* The dialog's head and status line stay in view as it scrolls (sticky, painted over its
     content): what takes focus scrolls clear of both (their heights as they are now, the status
     line's growing with its message), and the focused button too once a message appears (2.4.11). */
  function keepClear() {
    var head = citeDialog.querySelector(".pe-cite-dialog__head");
    citeDialog.style.scrollPaddingTop = head.offsetHeight + "px";
    citeDialog.style.scrollPaddingBottom = citeDialog.querySelector("[data-pe-cite-status]").offsetHeight + "px";
    var focused = document.activeElement;
    if (focused && citeDialog.contains(focused) && !head.contains(focused) && focused !== citeDialog) {
      focused.scrollIntoView({ block: "nearest" });
    }
  }
  function openCitation(shared, button) {
    var id = button.getAttribute("data-pe-cite"), label = button.getAttribute("data-pe-cite-label");
    var ui = shared.strings, cited = citationsOf(shared, id, label, new Date());
    var dialog = citeDialogElement(shared);
    dialog.querySelector("#pe-cite-title").textContent = sayWith(ui.title, { paragraph: label });
    dialog.querySelector("[data-pe-cite-accessed]").textContent = sayWith(ui.accessed, { date: cited.accessed });
    var values = { current: absoluteAddress(id), permanent: permanentAddress(id) };
    Object.keys(cited.formats).forEach(function (format) { values[format] = cited.formats[format]; });
    Object.keys(values).forEach(function (part) {
      fillMarked(dialog.querySelector('[data-pe-cite-value="' + part + '"]'), values[part], shared.title);
    });
    dialog.querySelector("[data-pe-cite-status]").textContent = "";
    citeOpener = button;
    dialog.showModal();
    dialog.scrollTop = 0;
    keepClear();
  }
  eachPage(function () {
    var data = citationData();
    if (!data || typeof HTMLDialogElement !== "function") return;
    document.querySelectorAll("a.pe-cite").forEach(function (link) {
      var id = link.getAttribute("href").slice(1);
      var next = link.nextElementSibling;
      if (!document.getElementById(id) || (next && next.hasAttribute("data-pe-cite"))) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pe-cite-open";
      button.setAttribute("data-pe-cite", id);
      button.setAttribute("data-pe-cite-label", link.textContent.trim());
      button.setAttribute("aria-haspopup", "dialog");
      button.setAttribute("aria-label", sayWith(data.strings.open, { paragraph: link.textContent.trim() }));
      button.title = button.getAttribute("aria-label");
      button.innerHTML = CITE_ICON;
      link.after(button);
    });
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-pe-cite]");
    if (button) withShared(function (shared) { openCitation(shared, button); });
  });
  /* ---- end of Cite ---------------------------------------------------------------------- */

  /* Keyboard (WCAG 2.1.1, 4.1.2). Material opens the drawer, the search and the sections of the
     navigation with <label>s for hidden checkboxes: not focusable (the "Priorités" one is, but with
     no role: Space scrolls the page) and not named. Each becomes a <button> with a name and
     aria-expanded, which clicks the checkbox as the label did; without JavaScript the labels stay. */
  function toggleButton(label, name) {
    var toggle = document.getElementById(label.getAttribute("for"));
    if (!toggle) return null;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className + " pe-toggle";
    if (label.id) button.id = label.id;
    if (label.title) button.title = label.title;
    if (name) button.setAttribute("aria-label", name);
    button.setAttribute("data-pe-toggle", toggle.id);
    button.setAttribute("for", toggle.id);  /* not a button's attribute: kept for Material's stylesheet, which places these controls by it */
    button.setAttribute("aria-expanded", String(toggle.checked));
    while (label.firstChild) button.appendChild(label.firstChild);
    label.replaceWith(button);
    return button;
  }
  function syncExpanded() {
    document.querySelectorAll("[data-pe-toggle]").forEach(function (button) {
      var toggle = document.getElementById(button.getAttribute("data-pe-toggle"));
      button.setAttribute("aria-expanded", String(!!(toggle && toggle.checked)));
    });
  }
  var menuButton = null, searchButton = null;
  eachPage(function () {
    menuButton = toggleButton(document.querySelector('.md-header label[for="__drawer"]'), strings["menu"]);
    var search = document.querySelector('.md-header > .md-header__inner > label[for="__search"]');
    if (search) searchButton = toggleButton(search, strings["search"]);
    document.querySelectorAll(".md-nav--primary label.md-nav__link[for], .md-nav--primary .md-nav label.md-nav__title[for]")
      .forEach(function (label) { toggleButton(label, null); });
    document.querySelectorAll(".md-nav--primary nav[aria-expanded]").forEach(function (nav) {
      nav.removeAttribute("aria-expanded");  /* it belongs on the button, which now has it */
    });
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-pe-toggle]");
    if (!button) return;
    var toggle = document.getElementById(button.getAttribute("data-pe-toggle"));
    toggle.click();  /* as the label did: Material follows the checkbox's change event */
    if (toggle.id === "__search" && toggle.checked) document.querySelector(".md-search__input").focus();
    if (toggle.id === "__drawer" && toggle.checked) {
      focusFirstShown(document.querySelector(".md-sidebar--primary"));
    } else if (button.closest(".md-sidebar--primary") && !button.checkVisibility({ visibilityProperty: true })) {
      /* In the drawer, a section (Priorités, the table of contents) opens as a panel over the list
         that holds its button, and its back button closes it: either way the button pressed is
         hidden, and focus would fall to <body> (2.4.3). It goes into the panel opened (its back
         button first), or back to the button that opens the panel just closed. */
      var opener = document.querySelector('.md-nav--primary .md-nav__link[data-pe-toggle="' + toggle.id + '"]');
      if (toggle.checked) focusFirstShown(toggle.parentElement.querySelector(":scope > nav"));
      else if (opener && opener.checkVisibility({ visibilityProperty: true })) opener.focus();
      else focusFirstShown(document.querySelector(".md-sidebar--primary"));
    }
  });
  /* The first focus stop shown in `container`: what an open section covers cannot take focus. */
  function focusFirstShown(container) {
    var stops = container ? container.querySelectorAll("a[href], button") : [];
    for (var i = 0; i < stops.length; i++) {
      stops[i].focus();
      if (document.activeElement === stops[i]) return;
    }
  }
  document.addEventListener("change", syncExpanded);
  window.addEventListener("hashchange", syncExpanded);

  /* The open drawer (phones and tablets) closes with Escape, or when focus leaves it, and gives
     focus back to the menu button, so that focus never goes behind it. */
  function closeDrawer(returnFocus) {
    var drawer = document.getElementById("__drawer");
    if (!drawer || !drawer.checked) return;
    drawer.click();
    if (returnFocus && menuButton) menuButton.focus();
  }
  document.addEventListener("focusin", function (event) {
    if (!event.target.closest(".md-sidebar--primary") && event.target !== menuButton) closeDrawer(false);
  });

  /* Material's single-key shortcuts (n . p , to change page, f s / to search) are turned off
     (WCAG 2.1.4: speech-input users trigger them by accident): they are stopped before Material's
     listener on window sees them. The search box, and the footer's previous and next links, do the same. */
  var SHORTCUTS = ["n", ".", "p", ",", "f", "s", "/"];
  window.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var drawer = document.getElementById("__drawer");
      if (drawer && drawer.checked) { closeDrawer(true); return; }
    }
    if (SHORTCUTS.indexOf(event.key) < 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    var search = document.getElementById("__search");
    if (search && search.checked) return;  /* search mode: keys go to the box */
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.stopPropagation();
  }, true);

  /* Search by keyboard. Material sends focus to <body> on Escape (it blurs the box) and when its
     arrow keys meet no result: focus goes back to the box (closed, on wider screens, where the box
     stays in the header; to the search button on phones, where it does not), and the box opens
     again as soon as its text changes. The result count is announced in a polite live region. */
  var searchStatus = document.createElement("div");
  searchStatus.className = "pe-sr";
  searchStatus.setAttribute("role", "status");
  searchStatus.setAttribute("data-pe-search-status", "");
  function searchBox() { return document.querySelector(".md-search__input"); }
  window.addEventListener("keydown", function (event) {
    var box = searchBox();
    if (!box) return;
    var toggle = document.getElementById("__search");
    if (event.key === "Escape" && event.target.closest && event.target.closest(".md-search")) {
      if (searchButton && searchButton.getClientRects().length) {
        searchButton.focus();
      } else {
        box.focus();
        if (toggle.checked) toggle.click();
      }
    } else if (/^Arrow(Up|Down)$/.test(event.key) && toggle.checked && document.activeElement === document.body) {
      box.focus();
    }
  });
  document.addEventListener("input", function (event) {
    var toggle = document.getElementById("__search");
    if (event.target === searchBox() && toggle && !toggle.checked) toggle.click();
  });
  /* Tab and Shift+Tab move through the open search panel (the box, then the results)
     as through any part of the page: Material closed search on Tab, and took any other key on a
     result (Shift, Space) back to the box, so results were reached by the arrow keys only. Search
     closes once focus leaves the panel. */
  window.addEventListener("keydown", function (event) {
    var toggle = document.getElementById("__search");
    var within = event.target.closest && event.target.closest(".md-search");
    if (!toggle || !toggle.checked || !within) return;
    if (event.key === "Tab" || (event.target !== searchBox() && (event.key === "Shift" || event.key === " "))) {
      event.stopPropagation();  /* before Material's listener on window */
    }
  }, true);
  document.addEventListener("focusout", function (event) {
    var toggle = document.getElementById("__search"), to = event.relatedTarget;
    if (!toggle || !toggle.checked || !event.target.closest || !event.target.closest(".md-search")) return;
    if (to && !to.closest(".md-search")) toggle.click();
  });
  /* Material writes its counts ("# matching documents", "# more on this page") with ASCII
     digits; on pages whose language writes numbers in other digits (strings.digits, from
     policy_text.numerals: Khmer), they are rewritten in those, as the page's other numbers are. */
  var digits = strings.digits || "";
  function localiseDigits(root) {
    if (!digits) return;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node;
    while ((node = walker.nextNode()))
      if (/[0-9]/.test(node.nodeValue))
        node.nodeValue = node.nodeValue.replace(/[0-9]/g, function (d) { return digits.charAt(+d); });
  }
  eachPage(function () {
    /* The results are focus stops (below): the box that scrolls them need not be one too. */
    var scrollwrap = document.querySelector(".md-search__scrollwrap");
    if (scrollwrap) scrollwrap.removeAttribute("tabindex");
    var meta = document.querySelector(".md-search-result__meta");
    if (!meta) return;
    if (!searchStatus.isConnected) meta.closest(".md-search__output").appendChild(searchStatus);
    new MutationObserver(function () {
      localiseDigits(meta);
      var toggle = document.getElementById("__search");
      var box = searchBox();
      if (toggle && toggle.checked && box && box.value) searchStatus.textContent = meta.textContent;
    }).observe(meta, { childList: true, characterData: true, subtree: true });
    var list = document.querySelector(".md-search-result__list");
    if (list)
      new MutationObserver(function () {
        if (digits) list.querySelectorAll(".md-search-result__more > summary").forEach(localiseDigits);
        /* Material writes its results out of the Tab order (tabindex="-1"): they are put in it. */
        list.querySelectorAll("[tabindex='-1']").forEach(function (result) { result.removeAttribute("tabindex"); });
      }).observe(list, { childList: true, subtree: true });
  });

  /* Palette (WCAG 2.4.7, 4.1.2): the visible button, named by what it does, picks the next
     palette by clicking its radio (Material follows the radios' change event and shows the next
     button), then focus goes to the button now shown. Material's own Enter key on the form, which
     would pick a palette a second time, is kept from it. On load, the radio of the palette in use is
     checked: Material leaves both unchecked when the palette comes from the system's preference. */
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-pe-palette]");
    if (!button) return;
    var radio = document.getElementById(button.getAttribute("data-pe-palette"));
    radio.click();
    var next = radio.nextElementSibling;  /* the button Material shows for this palette */
    if (next && next !== button && next.hasAttribute("data-pe-palette")) {
      next.hidden = false;
      button.hidden = true;
      next.focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.closest && event.target.closest("[data-pe-palette]")) event.stopPropagation();
  }, true);
  eachPage(function () {
    var shown = document.querySelector("[data-pe-palette]:not([hidden])");
    var radio = shown && shown.previousElementSibling;
    if (radio && radio.type === "radio") radio.checked = true;
  });

  /* The language menu is a disclosure (WCAG 4.1.2, 2.1.1): its button says whether the list is
     open (aria-expanded) and opens it with Enter, Space or a click, and nothing else opens it (not
     hover: edition.css); Escape, or focus leaving the menu, closes it. Material opened it on focus or
     hover only, with no state. */
  function setLanguageMenu(select, open) {
    select.classList.toggle("pe-select--open", open);
    select.querySelector("button").setAttribute("aria-expanded", String(open));
  }
  eachPage(function () {
    document.querySelectorAll(".md-select").forEach(function (select, index) {
      var button = select.querySelector("button"), list = select.querySelector(".md-select__list");
      if (!button || !list) return;
      list.id = list.id || "pe-languages-" + index;
      button.setAttribute("aria-controls", list.id);
      setLanguageMenu(select, false);
      button.addEventListener("click", function () {
        setLanguageMenu(select, !select.classList.contains("pe-select--open"));
      });
      select.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || !select.classList.contains("pe-select--open")) return;
        setLanguageMenu(select, false);
        button.focus();
      });
      select.addEventListener("focusout", function (event) {
        if (!select.contains(event.relatedTarget)) setLanguageMenu(select, false);
      });
    });
  });

  /* Reduced motion (WCAG 2.3.3): Material's toc.follow scrolls the table of contents smoothly
     whatever the reader's preference; with prefers-reduced-motion: reduce, the sidebars scroll at once. */
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  eachPage(function () {
    document.querySelectorAll(".md-sidebar__scrollwrap").forEach(function (scrollwrap) {
      scrollwrap.scrollTo = function (options) {
        if (reduceMotion.matches && options && typeof options === "object") {
          options = Object.assign({}, options, { behavior: "instant" });
        }
        return Element.prototype.scrollTo.apply(this, options && typeof options === "object" ? [options] : arguments);
      };
    });
  });

  /* Material's skip link leads to the page's first heading, past the notices above it (this
     translation is unofficial...): it leads to the notices where a page has them. */
  eachPage(function () {
    var skip = document.querySelector("a.md-skip"), notices = document.getElementById("pe-notices");
    if (skip && notices) skip.setAttribute("href", "#" + notices.id);
  });

  /* Side-by-side reading: show the two languages the reader picks, in that order; the
     choice is kept in the address (?left=fr&right=km) so that it can be shared. The cells are
     put in that order in the document, where screen readers read it, not only on screen. */
  function applyPair(container, left, right) {
    container.setAttribute("data-left", left);
    container.setAttribute("data-right", right);
    container.querySelectorAll(".pe-parallel__row").forEach(function (row) {
      var first = row.querySelector(":scope > .pe-parallel__cell");
      var leftCell = row.querySelector(':scope > .pe-parallel__cell[data-lang="' + left + '"]');
      var rightCell = row.querySelector(':scope > .pe-parallel__cell[data-lang="' + right + '"]');
      if (leftCell && leftCell !== first) row.insertBefore(leftCell, first);
      if (leftCell && rightCell && rightCell !== leftCell) leftCell.after(rightCell);
    });
    container.querySelectorAll(".pe-parallel__cell").forEach(function (cell) {
      var lang = cell.getAttribute("data-lang");
      cell.hidden = lang !== left && lang !== right;
    });
    container.querySelector('select[name="left"]').value = left;
    container.querySelector('select[name="right"]').value = right;
  }

  eachPage(function () {
    var container = document.querySelector(".pe-parallel");
    if (!container) return;
    var params = new URLSearchParams(location.search);
    var codes = Array.prototype.map.call(container.querySelector("select").options, function (o) { return o.value; });
    var left = params.get("left"), right = params.get("right");
    if (codes.indexOf(left) >= 0 && codes.indexOf(right) >= 0) applyPair(container, left, right);
    container.addEventListener("change", function (event) {
      if (!event.target.matches("[data-pe-parallel-select]")) return;
      var form = event.target.form;
      applyPair(container, form.elements.left.value, form.elements.right.value);
      var query = "?left=" + form.elements.left.value + "&right=" + form.elements.right.value;
      history.replaceState(null, "", location.pathname + query + location.hash);
      carryAnchor();  /* the language links take the new choice along */
    });
  });
  /* ---- Old #pX-Y links (editions) -------------------------------------------------------
     A page of the text carries, in <script type="application/json" id="pe-old-links">, what
     became of each paragraph an earlier edition published at its address that it no longer
     shows (moved, removed) or that the current edition amended, its sentences and links already
     in the page's language (policy_text.old_addresses). A reader arriving at such an #id,
     on load or by a later change of the hash, is told at the top of the content, in a
     polite live region, with the links. ARCHITECTURE.md, "What changed and old addresses". */
  function oldLinkNotice() {
    var data = document.getElementById("pe-old-links");
    var old = document.querySelector(".pe-old-link");
    if (old) old.remove();
    if (!data || !location.hash) return;
    var entries = JSON.parse(data.textContent);
    var id = decodeURIComponent(location.hash.slice(1));
    var entry = entries[id];
    if (!entry) return;
    var box = document.createElement("div");
    box.className = "pe-moved pe-old-link";
    box.setAttribute("role", "status");
    box.setAttribute("data-kind", entry.kind);
    var heading = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = (data.getAttribute("data-title") || "") ;
    var text = document.createElement("p");
    text.textContent = entry.text;
    box.appendChild(text);
    var list = document.createElement("p");
    entry.links.forEach(function (link, index) {
      if (index) list.appendChild(document.createTextNode(" · "));
      var a = document.createElement("a");
      a.href = link.href;
      a.textContent = link.label;
      list.appendChild(a);
    });
    box.appendChild(list);
    if (strong.textContent) { heading.appendChild(strong); box.insertBefore(heading, text); }
    var target = document.getElementById(id);
    if (target && entry.kind === "amended") {
      target.parentNode.insertBefore(box, target.nextSibling);
    } else {
      var content = document.querySelector(".md-content__inner") || document.body;
      var title = content.querySelector("h1");
      var after = title && title.closest(".pe-heading") || title;
      if (after) after.parentNode.insertBefore(box, after.nextSibling);
      else content.insertBefore(box, content.firstChild);
      box.setAttribute("tabindex", "-1");
      box.scrollIntoView();
    }
  }
  eachPage(oldLinkNotice);
  window.addEventListener("hashchange", oldLinkNotice);
  /* ---- end of old #pX-Y links ------------------------------------------------------------ */
})();
