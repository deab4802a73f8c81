/* Behaviour this edition adds to Material's. Loaded after Material's bundle, before the
   document is ready. */
(function () {
  "use strict";

  /* Material fetches sitemap.xml beside every <link rel="alternate">, taking them for
     language roots; ours are page addresses (hreflang, for search engines), so those
     fetches would fail. Hide the links from it while it reads them, then restore them. */
  var alternates = document.querySelectorAll('link[rel="alternate"][hreflang]');
  alternates.forEach(function (link) { link.setAttribute("rel", "edition-alternate"); });
  function restoreAlternates() {
    alternates.forEach(function (link) { link.setAttribute("rel", "alternate"); });
  }
  if (window.document$) {
    window.document$.subscribe(restoreAlternates);
  } else {
    document.addEventListener("DOMContentLoaded", restoreAlternates);
  }

  /* Language links keep the reader in place: paragraph and heading ids (#p1-2, #titre)
     are the same in every language, so the current #anchor goes with the reader. */
  function carryAnchor() {
    document.querySelectorAll("a[hreflang]").forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", base + location.hash);
    });
  }
  document.addEventListener("DOMContentLoaded", carryAnchor);
  window.addEventListener("hashchange", carryAnchor);
})();
