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
     are the same in every language, so the current #anchor goes with the reader. */
  function carryAnchor() {
    document.querySelectorAll("a[hreflang]").forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", base + location.hash);
    });
  }
  eachPage(carryAnchor);
  window.addEventListener("hashchange", carryAnchor);

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
  status.className = "md-visually-hidden";
  status.setAttribute("role", "status");
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

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    var copied = document.execCommand("copy");
    field.remove();
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.pe-cite, a.headerlink");
    if (!link) return;
    var address = absoluteAddress(link.getAttribute("href").slice(1));
    copyText(address).then(function () {
      var message = strings["cite.copied"] + " " + address;
      status.textContent = "";
      setTimeout(function () { status.textContent = message; }, 50);
      if (window.alert$) window.alert$.next(strings["cite.copied"]);
    }, function () { /* copying refused: the link still leads to the paragraph */ });
  });

  /* Side-by-side reading: show the two languages the reader picks, in that order; the
     choice is kept in the address (?left=fr&right=km) so that it can be shared. */
  function applyPair(container, left, right) {
    container.setAttribute("data-left", left);
    container.setAttribute("data-right", right);
    container.querySelectorAll(".pe-parallel__cell").forEach(function (cell) {
      var lang = cell.getAttribute("data-lang");
      cell.hidden = lang !== left && lang !== right;
      cell.style.order = lang === left ? 1 : 2;
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
    });
  });
})();
