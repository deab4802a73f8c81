/* Language-aware wrapper around Material for MkDocs' search worker. Pages load it instead of
   Material's worker (policy_text/search_index.py points each page's __config at
   workers/edition-search.js?lang=<lang>&worker=<file>); at the reader's first query it loads
   that language's documents, then Material's worker unchanged, and edits the messages going in
   and out. Works as a Web Worker (http) and in Material's iframe-worker shim (file://).
   Why and how, and the Material internals relied on: ARCHITECTURE.md#search. */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  /* Material's SearchMessageType */

  var src = (typeof document !== "undefined" && document.currentScript && document.currentScript.src) ||
    self.location.href;
  function param(name) {
    var match = new RegExp("[?&]" + name + "=([^&?#]*)").exec(src);
    return match ? decodeURIComponent(match[1]) : null;
  }
  var LANG = param("lang");
  var WORKER = param("worker");
  if (!WORKER || !/^search\.[0-9a-f]+\.min\.js$/.test(WORKER))
    throw new Error("edition-search: missing or invalid worker= parameter in " + src);

  var settings = null;          /* config.edition[LANG] */
  var originals = new Map();    /* location -> {title, text}, for phrase matching */
  var separator = null;         /* RegExp, global */
  var queryPipeline = null;     /* built lazily, once lunr.<lang> is loaded */
  var pending = [];             /* rewritten queries awaiting their result (FIFO) */

  /* ------------------------------------------------------------------------ */

  /* A query's ASCII digits in the digits the language's text is written in (settings.digits,
     from policy_text.numerals; Khmer only), before the query is cut into clusters: the text
     keeps the digits the page shows, and "ឆ្នាំ2030" is cut like "ឆ្នាំ២០៣០". */
  function ownDigits(value) {
    var digits = settings && settings.digits;
    return digits ? value.replace(/[0-9]/g, function (digit) { return digits.charAt(+digit); }) : value;
  }

  function fold(value) {
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFC");
  }

  function foldToken(token) {
    return token.update(function (value) { return fold(value); });
  }

  /* Material's split(): ranges between separator matches, zero-width matches allowed. */
  function split(input, fn) {
    var re = new RegExp(separator.source, "g"), match, index = 0;
    do {
      match = re.exec(input);
      var until = match ? match.index : input.length;
      if (index < until) fn(index, until);
      if (match) {
        index = match.index + match[0].length;
        if (match[0].length === 0) re.lastIndex = match.index + 1;
      }
    } while (match);
  }

  function tokens(text) {
    var out = [];
    split(text, function (start, end) {
      out.push({ str: text.slice(start, end).toLowerCase(), start: start, end: end });
    });
    return out;
  }

  function decode(htmlText) {
    return htmlText.replace(/<[^>]*>/g, " ")
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"")
      .replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  }

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /* ------------------------------------------------------------------------ */

  var patched = false;
  function patchLunr() {
    if (patched) return;
    patched = true;
    var lunr = self.lunr;
    lunr.Pipeline.registerFunction(foldToken, "edition-fold");
    var add = lunr.Builder.prototype.add;
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.__editionReady) {
        this.__editionReady = true;
        if (settings && settings.fold)
          [this.pipeline, this.searchPipeline].forEach(function (pipeline) {
            if (pipeline._stack.length) pipeline.before(pipeline._stack[0], foldToken);
            else pipeline.add(foldToken);
          });
      }
      return add.call(this, doc, attributes);
    };
  }

  function setup(message) {
    var index = message.data;
    var all = index.config && index.config.edition;
    settings = all && all[LANG];
    if (!settings) return message;  /* not prepared by the hook: Material's behaviour */
    var others = Object.keys(all).map(function (lang) { return all[lang].prefix; })
      .filter(function (prefix) { return prefix && prefix !== settings.prefix; });
    var docs = index.docs.filter(function (doc) {
      return settings.prefix
        ? doc.location.indexOf(settings.prefix) === 0
        : !others.some(function (prefix) { return doc.location.indexOf(prefix) === 0; });
    });
    separator = new RegExp(settings.separator);
    if (settings.phrase)
      docs.forEach(function (doc) { originals.set(doc.location, { title: doc.title, text: doc.text }); });
    patchLunr();
    var config = Object.assign({}, index.config, {
      lang: settings.lang, pipeline: settings.pipeline, separator: settings.separator
    });
    return { type: SETUP, data: Object.assign({}, index, { config: config, docs: docs }) };
  }

  /* Query pipeline, applied in the same order as the index pipeline (fold, then lunr's). */
  function buildQueryPipeline() {
    var lunr = self.lunr, lang = settings.lang[0];
    var ns = lang === "en" ? lunr : lunr[lang];
    if (!ns) return null;
    var keep = settings.pipeline;
    return {
      stop: keep.indexOf("stopWordFilter") >= 0 ? ns.stopWordFilter : null,
      fns: [settings.fold ? foldToken : null,
            keep.indexOf("trimmer") >= 0 ? ns.trimmer : null,
            keep.indexOf("stemmer") >= 0 ? ns.stemmer : null].filter(Boolean)
    };
  }

  function run(value) {
    var lunr = self.lunr, token = new lunr.Token(value, {});
    if (queryPipeline.stop && !queryPipeline.stop(token)) return "";
    if (queryPipeline.stop && settings.fold && !queryPipeline.stop(new lunr.Token(fold(value), {}))) return "";
    for (var i = 0; i < queryPipeline.fns.length && token; i++)
      token = queryPipeline.fns[i](token, 0, [token]);
    return token ? token.toString() : "";
  }

  function query(message) {
    if (!settings) return message;
    var asked = { words: [] };
    pending.push(asked);
    if (!queryPipeline) queryPipeline = buildQueryPipeline();
    if (!queryPipeline) return message;
    var words = tokens(ownDigits(String(message.data)))
      .map(function (t) { return t.str.replace(/[*+\-:^~"]/g, ""); })
      .filter(Boolean);
    var terms;
    if (settings.phrase) {
      terms = words.map(function (w, i) { return "+" + w + (i === words.length - 1 ? "*" : ""); });
    } else {
      terms = words.map(run).filter(Boolean).map(function (w) { return "+" + w + "*"; });
    }
    asked.words = words;
    return { type: QUERY, data: terms.join(" ") };
  }

  /* ------------------------------------------------------------------------ */

  /* Occurrences of the query clusters at consecutive positions, last one as a prefix. */
  function occurrences(text, words) {
    var list = tokens(text), found = [];
    for (var i = 0; i + words.length <= list.length; i++) {
      var k = 0;
      while (k < words.length - 1 && list[i + k].str === words[k]) k++;
      if (k === words.length - 1 && list[i + k].str.indexOf(words[k]) === 0)
        found.push([list[i].start, list[i + k].end]);
    }
    return found;
  }

  function mark(htmlText, words) {
    var wrapped = /^<p>([\s\S]*)<\/p>$/.exec(htmlText);
    var plain = decode(wrapped ? wrapped[1] : htmlText);
    var ranges = occurrences(plain, words);
    if (!ranges.length) return null;
    var out = "", cursor = 0;
    ranges.forEach(function (r) {
      out += escape(plain.slice(cursor, r[0])) + "<mark>" + escape(plain.slice(r[0], r[1])) + "</mark>";
      cursor = r[1];
    });
    out += escape(plain.slice(cursor));
    return wrapped ? "<p>" + out + "</p>" : out;
  }

  function phraseFilter(groups, words) {
    return groups.map(function (items) {
      var kept = [], article = null;
      items.forEach(function (item) {
        var original = originals.get(item.location) || item;
        var title = mark(original.title, words), text = original.text ? mark(original.text, words) : null;
        var isArticle = item.location.indexOf("#") < 0;
        if (title || text) {
          kept.push(Object.assign({}, item, {
            title: title || original.title, text: text || original.text
          }));
        } else if (isArticle) {
          article = Object.assign({}, item, { title: original.title, text: original.text, score: 0, terms: {} });
        }
      });
      if (!kept.length) return null;
      if (article) kept.push(article);
      return kept.sort(function (a, b) { return b.score - a.score; });
    }).filter(Boolean).sort(function (a, b) { return b[0].score - a[0].score; });
  }

  function markedTerms(item) {
    var terms = {}, re = /<mark>([\s\S]*?)<\/mark>/g, match;
    [item.title, item.text].forEach(function (value) {
      if (typeof value !== "string") return;
      while ((match = re.exec(value))) terms[decode(match[1]).toLowerCase()] = true;
    });
    return terms;
  }

  function result(message) {
    var asked = settings ? pending.shift() : null;
    if (!asked || !message.data || !message.data.items) return message;
    var groups = message.data.items;
    if (settings.phrase && asked.words.length) groups = phraseFilter(groups, asked.words);
    groups = groups.map(function (items) {
      return items.map(function (item) {
        return Object.keys(item.terms || {}).length ? Object.assign({}, item, { terms: markedTerms(item) }) : item;
      });
    });
    return { type: RESULT, data: Object.assign({}, message.data, { items: groups }) };
  }

  /* ------------------------------------------------------------------------ */

  /* Loading Material's worker when it is needed. Material sends at page load an index holding
     settings only (config.edition[lang].index names the script of the language's documents):
     the wrapper answers READY itself, and loads the documents, Material's worker and lunr at
     the reader's first query. An index with documents (a site built without the hook's
     settings) is passed on at once. */

  var material = null;          /* Material's message listener, once its worker has run */
  var ready = false;            /* Material's index is built: queries go straight through */
  var waiting = [];             /* queries received before that */
  var deferred = null;          /* the settings-only index, until the first query */
  var loading = false;
  var answeredReady = false;    /* READY already sent to the page (deferred index) */

  var postMessage_ = self.postMessage;
  function post(message) {
    return postMessage_.call(self, message);
  }

  function deliver(data) {
    try {
      if (data.type === SETUP) data = setup(data);
      else if (data.type === QUERY) data = query(data);
    } catch (err) {
      console.warn("edition-search:", err);
    }
    material({ data: data });
  }

  function isDeferred(index) {
    var edition = index && index.config && index.config.edition;
    return !!(edition && edition[LANG] && edition[LANG].index && index.docs && !index.docs.length);
  }

  function fail(err) {
    console.error("edition-search: search unavailable:", err);
    waiting.splice(0).forEach(function () { post({ type: RESULT, data: { items: [] } }); });
  }

  /* Runs Material's worker, then hands it the index; queries follow its READY. */
  function load(index) {
    loading = true;
    var url = new URL(WORKER, src).href;
    new Promise(function (resolve) {
      resolve(importScripts(url));  /* synchronous in a Worker, a Promise in iframe-worker */
    }).then(function () {
      if (!material) throw new Error(url + " registered no message listener");
      deliver({ type: SETUP, data: index });
    }).catch(fail);
  }

  function loadDeferred() {
    loading = true;
    var url = new URL(deferred.config.edition[LANG].index, src).href;
    new Promise(function (resolve) {
      resolve(importScripts(url));  /* sets self.__editionDocuments */
    }).then(function () {
      if (!Array.isArray(self.__editionDocuments)) throw new Error(url + " defined no documents");
      load(Object.assign({}, deferred, { docs: self.__editionDocuments }));  /* Material's SETUP, with them */
    }).catch(fail);
  }

  /* Material's worker registers its listener with the global addEventListener and answers
     with the global postMessage: both are wrapped before it is loaded. */
  var addEventListener_ = self.addEventListener;
  self.addEventListener = function (type, listener) {
    if (type !== "message")
      return addEventListener_.apply(self, arguments);
    material = listener;
  };
  self.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === READY) {
      ready = true;
      if (!answeredReady) postMessage_.apply(self, args);
      waiting.splice(0).forEach(deliver);
      return;
    }
    try {
      if (message && message.type === RESULT) args[0] = result(message);
    } catch (err) {
      console.warn("edition-search:", err);
    }
    return postMessage_.apply(self, args);
  };

  addEventListener_.call(self, "message", function (ev) {
    var data = ev.data;
    if (!data) return;
    if (data.type === SETUP && !loading && isDeferred(data.data)) {
      deferred = data.data;
      answeredReady = true;
      post({ type: READY });
    } else if (data.type === SETUP && !loading) {
      load(data.data);
    } else if (ready) {
      deliver(data);
    } else if (data.type === QUERY && !String(data.data).trim()) {
      post({ type: RESULT, data: { items: [] } });  /* Material's answer to an empty query */
    } else if (data.type === QUERY) {
      waiting.push(data);
      if (!loading && deferred) loadDeferred();
    }
  });
})();
