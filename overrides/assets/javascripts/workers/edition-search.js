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
  var variants = [];            /* [RegExp, replacement]: settings.variants (English spellings) */
  var synonymFirst = null;      /* first processed word of a name -> [{key, seq}] (glossary synonyms) */
  var synonymRaw = {};          /* key -> each name's words as the text writes them (phrase post-filter) */
  var HYPHEN = /^[-\u2010\u2011]$/;  /* between two parts of one compound word (not a dash) */

  /* ------------------------------------------------------------------------ */

  /* A query's digits in the digits the language's text is written in (settings.digits, from
     policy_text.numerals), whatever system they were typed in (settings.other_digits), before the
     query is cut: the text keeps the digits the page shows, "ឆ្នាំ2030" is cut like "ឆ្នាំ២០៣០" on
     Khmer pages and "២០៣០" finds 2030 on French and English ones. */
  function ownDigits(value) {
    var digits = settings && settings.digits, others = (settings && settings.other_digits) || [];
    if (!digits) return value;
    return others.reduce(function (text, system) {
      return text.replace(new RegExp("[" + system + "]", "g"), function (d) { return digits.charAt(system.indexOf(d)); });
    }, value);
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

  /* Spelling variants the language's settings merge (settings.normalize, [RegExp source,
     replacement], from policy_text.search_index: Khmer ឲ/ឱ, ៏/៍, a silent final ន៍), on index
     and query alike; a token normalised to nothing is dropped. */
  var normalizers = [];
  function normalize(value) {
    for (var i = 0; i < normalizers.length; i++) value = value.replace(normalizers[i][0], normalizers[i][1]);
    return value;
  }

  function normalizeToken(token) {
    var value = normalize(token.toString());
    return value ? token.update(function () { return value; }) : undefined;
  }

  /* The text's tokens, normalised; a token normalised to nothing widens the one before it (so
     that a phrase ending in អភិវឌ្ឍ marks អភិវឌ្ឍន៍ whole). */
  function tokens(text) {
    var out = [];
    split(text, function (start, end) {
      var str = normalize(text.slice(start, end).toLowerCase()), before = out[out.length - 1];
      if (str) out.push({ str: str, start: start, end: end });
      else if (before && before.end === start) before.end = end;
    });
    return out;
  }

  /* The words of a query (or of a glossary name), each knowing whether a hyphen joins it to the next. */
  function words(text) {
    var list = tokens(text);
    list.forEach(function (t, i) {
      t.joinNext = i + 1 < list.length && HYPHEN.test(text.slice(t.end, list[i + 1].start));
      t.str = t.str.replace(/[*+\-:^~"]/g, "");
    });
    return list.filter(function (t, i) {
      if (!t.str && i > 0) list[i - 1].joinNext = false;
      return !!t.str;
    });
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

  /* The index pipeline, in order: accent folding (fold), compounds, lunr's trimmer (keeping
     digits), stop words, spelling variants, stemmer, synonyms. Queries go through the same
     functions in the wrapper (processWord), never through lunr's search pipeline (every term
     the wrapper sends has a wildcard). */

  function namespace() {
    var lunr = self.lunr, lang = settings.lang[0];
    return lang === "en" ? lunr : lunr[lang];
  }

  /* lunr's trimmers for other languages than English keep letters only: 2030 would vanish. */
  var digitTrimmers = new Map();
  function trimmerOf(ns) {
    var lunr = self.lunr;
    if (!ns.wordCharacters || !lunr.trimmerSupport) return ns.trimmer;
    if (!digitTrimmers.has(ns)) {
      var trimmer = lunr.trimmerSupport.generateTrimmer(ns.wordCharacters + "0-9");
      lunr.Pipeline.registerFunction(trimmer, "edition-trimmer-" + settings.lang[0]);
      digitTrimmers.set(ns, trimmer);
    }
    return digitTrimmers.get(ns);
  }

  /* Material's tokenizer records where each token stands (lunr.tokenizer.table, one entry per
     token: offset << 12 | length << 2, in blocks; a token's position is block << 20 | index) and
     Material's highlighter wraps each matched position's range in <mark>: two positions whose
     ranges overlap would nest the markup. Each document field's table is kept (tables), so that
     the matches of a query are cut down to ranges that never overlap (disjoint) before Material
     highlights them. */
  var tables = new Map();       /* "location:field" -> Material's position table */
  var adding = null;            /* the document lunr.Builder#add is indexing */

  function entryRange(table, position) {
    var entry = table && table[position >>> 20] && table[position >>> 20][position & 0xFFFFF];
    return entry === undefined ? null : [entry >>> 12, (entry >>> 12) + (entry >>> 2 & 0x3FF)];
  }

  /* A token followed by a hyphen and another token is marked; the compound's whole range gets its
     own table entry (after the block's last one, which is then repeated, so that the block's
     start and end, which the highlighter reads from its first and last entries, do not move),
     carried by the compound's last part (editionCompound): the joined form is indexed there. */
  function markCompounds(input, list) {
    var table = self.lunr.tokenizer.table;
    if (typeof input !== "string" || !table) return list;
    function range(token) { return entryRange(table, token.metadata.position); }
    var first = 0;
    for (var i = 0; i < list.length; i++) {
      var a = range(list[i]), b = i + 1 < list.length ? range(list[i + 1]) : null;
      if (a && b && HYPHEN.test(input.slice(a[1], b[0])) &&
          list[i].metadata.position >>> 20 === list[i + 1].metadata.position >>> 20) {
        list[i].metadata.editionJoinNext = true;
        continue;
      }
      if (i > first && a) {
        var block = list[i].metadata.position >>> 20, entries = table[block];
        var start = range(list[first])[0], last = entries[entries.length - 1];
        entries.push(start << 12 | (a[1] - start) << 2 | 1, last);
        list[i].metadata.editionCompound = block << 20 | (entries.length - 2);
      }
      first = i + 1;
    }
    return list;
  }

  function extra(str, token, position) {
    return new self.lunr.Token(str, {
      position: position === undefined ? token.metadata.position : position, editionExtra: true
    });
  }

  /* Indo-Pacific is also indexed as indopacific, over the range of the whole compound, so that
     the joined spelling finds the hyphenated one; a query's hyphenated word is searched joined. */
  function compounds(token, i, list) {
    if (token.metadata.editionJoinNext || !(i > 0 && list[i - 1].metadata.editionJoinNext)) return token;
    var parts = [token];
    for (var j = i - 1; j >= 0 && list[j].metadata.editionJoinNext; j--) parts.unshift(list[j]);
    var at = token.metadata.editionCompound;
    if (at === undefined) return token;  /* no range for it: not indexed rather than misplaced */
    return [token, extra(parts.map(String).join(""), token, at)];
  }

  /* The positions a query matched in one document, cut down to ranges that never overlap: where
     two overlap, the one starting first is kept (the shorter at equal starts: a word of the text
     rather than a compound it is part of); a position with no range in the table is dropped. */
  function disjoint(ref, fields, metadata) {
    fields.forEach(function (field) {
      var table = tables.get(ref + ":" + field), found = [];
      Object.keys(metadata).forEach(function (term) {
        var positions = metadata[term][field] && metadata[term][field].position;
        if (!Array.isArray(positions)) return;
        positions.forEach(function (position) {
          var r = entryRange(table, position);
          if (r) found.push({ term: term, position: position, start: r[0], end: r[1] });
        });
        /* a copy: lunr's MatchData#add may hold the index's own metadata object */
        metadata[term][field] = Object.assign({}, metadata[term][field], { position: [] });
      });
      found.sort(function (x, y) { return x.start - y.start || x.end - y.end; });
      var until = -1;
      found.forEach(function (f) {
        if (f.start < until) return;
        until = f.end;
        metadata[f.term][field].position.push(f.position);
      });
    });
  }

  function respell(value) {
    for (var i = 0; i < variants.length; i++)
      if (variants[i][0].test(value)) return value.replace(variants[i][0], variants[i][1]);
    return value;
  }

  function spelling(token) {
    return token.update(respell);
  }

  /* After stemming: where a glossary name's words stand in a row (stop words left out), the
     name's key is indexed at each of them, so that a query naming any synonym finds them, and
     Material highlights the words the text has. */
  var keysOf = { list: null, keys: null };
  function keysAt(list) {
    var main = [], keys = {};
    list.forEach(function (token, i) { if (!token.metadata.editionExtra) main.push(i); });
    main.forEach(function (at, m) {
      (synonymFirst.get(list[at].toString()) || []).forEach(function (candidate) {
        var seq = candidate.seq;
        if (candidate.typedOnly) return;  /* a name queries may type, not looked for in the text */
        if (m + seq.length > main.length) return;
        for (var k = 1; k < seq.length; k++) if (list[main[m + k]].toString() !== seq[k]) return;
        for (k = 0; k < seq.length; k++) {
          var where = keys[main[m + k]] = keys[main[m + k]] || [];
          if (where.indexOf(candidate.key) < 0) where.push(candidate.key);
        }
      });
    });
    return keys;
  }

  function synonyms(token, i, list) {
    if (keysOf.list !== list) keysOf = { list: list, keys: keysAt(list) };
    var keys = keysOf.keys[i];
    return keys ? [token].concat(keys.map(function (key) { return extra(key, token); })) : token;
  }

  var patched = false;
  function patchLunr() {
    if (patched) return;
    patched = true;
    var lunr = self.lunr;
    lunr.Pipeline.registerFunction(foldToken, "edition-fold");
    lunr.Pipeline.registerFunction(compounds, "edition-compounds");
    lunr.Pipeline.registerFunction(spelling, "edition-spelling");
    lunr.Pipeline.registerFunction(synonyms, "edition-synonyms");
    lunr.Pipeline.registerFunction(normalizeToken, "edition-normalize");
    var add = lunr.Builder.prototype.add;
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.__editionReady && settings) {
        this.__editionReady = true;
        var ns = namespace(), pipeline = this.pipeline, tokenize = this.tokenizer;
        this.tokenizer = function (input, meta) {
          var list = tokenize.apply(this, arguments), field = meta && meta.fields && meta.fields[0];
          if (adding && field && self.lunr.tokenizer.table) tables.set(adding.location + ":" + field, self.lunr.tokenizer.table);
          return settings.compounds ? markCompounds(input, list) : list;
        };
        if (ns && ns.trimmer && trimmerOf(ns) !== ns.trimmer)
          [pipeline, this.searchPipeline].forEach(function (p) {
            var k = p._stack.indexOf(ns.trimmer);
            if (k >= 0) p._stack[k] = trimmerOf(ns);
          });
        if (settings.fold)
          [pipeline, this.searchPipeline].forEach(function (p) {
            if (p._stack.length) p.before(p._stack[0], foldToken);
            else p.add(foldToken);
          });
        if (settings.compounds) {
          if (settings.fold) pipeline.after(foldToken, compounds);
          else pipeline._stack.unshift(compounds);
        }
        if (variants.length) {
          if (ns && pipeline._stack.indexOf(ns.stemmer) >= 0) pipeline.before(ns.stemmer, spelling);
          else pipeline.add(spelling);
        }
        if (normalizers.length) pipeline._stack.unshift(normalizeToken);
        if (!queryPipeline) queryPipeline = buildQueryPipeline();
        compileSynonyms();
        if (synonymFirst) pipeline.add(synonyms);
      }
      adding = doc;
      try { return add.call(this, doc, attributes); } finally { adding = null; }
    };
    var search = lunr.Index.prototype.search;
    lunr.Index.prototype.search = function (text) {
      var index = this, asked = settings ? searching.shift() : null;
      var results = search.call(index, text);
      if (asked && !results.length) results = forgive(index, search, asked);
      if (settings) results.forEach(function (r) { disjoint(r.ref, index.fields, r.matchData.metadata); });
      return results;
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
    variants = (settings.variants || []).map(function (rule) { return [new RegExp(rule[0]), rule[1]]; });
    normalizers = (settings.normalize || []).map(function (rule) { return [new RegExp(rule[0], "gu"), rule[1]]; });
    if (settings.phrase)
      docs.forEach(function (doc) { originals.set(doc.location, { title: doc.title, text: doc.text }); });
    patchLunr();
    var config = Object.assign({}, index.config, {
      lang: settings.lang, pipeline: settings.pipeline, separator: settings.separator
    });
    return { type: SETUP, data: Object.assign({}, index, { config: config, docs: docs }) };
  }

  /* The index pipeline's word functions, in the same order (fold, trimmer, stop words,
     spellings, stemmer). */
  function buildQueryPipeline() {
    var ns = namespace();
    if (!ns) return null;
    var keep = settings.pipeline;
    var stop = keep.indexOf("stopWordFilter") >= 0 ? ns.stopWordFilter : null;
    return {
      stop: stop,
      fns: [normalizers.length ? normalizeToken : null,
            settings.fold ? foldToken : null,
            keep.indexOf("trimmer") >= 0 ? trimmerOf(ns) : null,
            stop,
            variants.length ? spelling : null,
            keep.indexOf("stemmer") >= 0 ? ns.stemmer : null].filter(Boolean)
    };
  }

  /* One word as the index holds it ("" for a stop word). A query's word is also dropped when it
     is a stop word before its accents are folded (à). */
  function processWord(value, typed) {
    var lunr = self.lunr;
    if (typed && queryPipeline.stop && !queryPipeline.stop(new lunr.Token(value, {}))) return "";
    var token = new lunr.Token(value, {});
    for (var i = 0; i < queryPipeline.fns.length && token; i++)
      token = queryPipeline.fns[i](token, 0, [token]);
    return token ? token.toString() : "";
  }

  /* Glossary synonyms (self.__editionSynonyms, from policy_text.search_index.language_synonyms,
     loaded with the language's documents): each set gets a key, indexed where any of its names
     stands; each name is matched as the index holds it, its hyphenated words also joined. A query
     naming the set by a name the language's text writes (own) is searched as typed instead, every
     word anywhere in a paragraph: the key would narrow it to the name's words in a row. */
  function compileSynonyms() {
    var sets = self.__editionSynonyms;
    if (!Array.isArray(sets) || synonymFirst) return;
    synonymFirst = new Map();
    sets.forEach(function (set, n) {
      var key = "0syn" + ("00" + n).slice(-3);  /* never a prefix of another key, nor of a word */
      synonymRaw[key] = [];
      var typed = set.typed || [];
      set.own.concat(set.other || [], typed).forEach(function (name) {
        var own = set.own.indexOf(name) >= 0, typedOnly = typed.indexOf(name) >= 0;
        var list = words(ownDigits(name));
        synonymRaw[key].push(list.map(function (w) { return w.str; }));
        var seqs = [list.map(function (w) { return nameWord(w.str); }).filter(Boolean)];
        if (settings.compounds && list.some(function (w) { return w.joinNext; }))
          seqs.push(joinRuns(list).map(function (w) { return processWord(w, false); }).filter(Boolean));
        seqs.forEach(function (seq) {
          if (!seq.length) return;
          var first = synonymFirst.get(seq[0]) || [];
          if (!first.some(function (c) { return c.key === key && c.seq.join(" ") === seq.join(" "); }))
            first.push({ key: key, seq: seq, own: own, typedOnly: typedOnly });
          synonymFirst.set(seq[0], first);
        });
      });
    });
  }

  function joinRuns(list) {
    var out = [], current = "";
    list.forEach(function (w) {
      current += w.str;
      if (!w.joinNext) { out.push(current); current = ""; }
    });
    if (current) out.push(current);
    return out;
  }

  /* A word of a glossary name, or of a query, as the index holds it; a word in a script the language's
     pipeline drops (Khmer on the French and English pages) as written: its name in that script still
     names the set. */
  function nameWord(word) {
    return processWord(word, false) || (/\p{L}/u.test(word) ? word : "");
  }

  /* The longest glossary name whose words start at words[i] (stop words between them skipped). */
  function synonymAt(processed, i) {
    var best = null;
    if (!synonymFirst || !processed[i]) return null;
    (synonymFirst.get(processed[i]) || []).forEach(function (candidate) {
      var at = i;
      for (var k = 1; k < candidate.seq.length; k++) {
        at++;
        while (at < processed.length && !processed[at]) at++;
        if (processed[at] !== candidate.seq[k]) return;
      }
      if (!best || at + 1 > best.end) best = { key: candidate.key, end: at + 1, own: candidate.own };
    });
    return best;
  }

  /* A query as units: a glossary name (its key), a hyphenated word (joined), or a word. */
  function units(list) {
    var processed = list.map(function (w) { return nameWord(w.str); });
    var out = [];
    for (var i = 0, plainUntil = 0; i < list.length;) {
      var synonym = i >= plainUntil ? synonymAt(processed, i) : null;
      if (synonym && synonym.own) {
        plainUntil = synonym.end;  /* the text's own name: its words as typed */
      } else if (synonym) {
        out.push({ key: synonym.key, alts: synonymRaw[synonym.key] });
        i = synonym.end;
      } else if (settings.compounds && list[i].joinNext) {
        var joined = "";
        do { joined += list[i].str; } while (list[i++].joinNext && i < list.length);
        out.push({ str: joined, alts: [[joined]] });
      } else {
        out.push({ str: list[i].str, alts: [[list[i].str]] });
        i++;
      }
    }
    if (out.length && !out[out.length - 1].key) out[out.length - 1].prefix = true;
    return out;
  }

  /* Forgiving queries (French, English), tried in order only when the query as typed finds
     nothing, the first that finds something answering: neighbouring words joined into one
     (peace keeping -> peacekeeping), then one edit allowed in each word of five letters or more
     (souverainité, soverignty), then every word anywhere on one page (a page's paragraphs holding
     any of them, where the page holds them all). asked.approximate names the one used. */
  var searching = [];           /* queries sent to Material, awaiting lunr.Index#search (FIFO) */

  function termOf(unit) {
    if (unit.key) return "+" + unit.key + "*";
    var term = processWord(unit.str, true);
    return term ? "+" + term + "*" : "";
  }

  /* The index's terms one edit away from a typed word (a letter left out, added, changed, or two
     swapped), each edit made on the word as typed, then processed as the index holds words:
     souverainité -> souveraineté, multilatéralime -> multilatéralisme. At most 5. */
  var LETTERS = "abcdefghijklmnopqrstuvwxyz";
  function oneEdit(index, word) {
    var typed = fold(word.toLowerCase()), seen = new Set(), out = [], own = processWord(word, true);
    function tryWord(candidate) {
      if (seen.has(candidate) || out.length >= 5) return;
      seen.add(candidate);
      var term = processWord(candidate, false);
      if (term && term !== own && index.invertedIndex[term] && out.indexOf(term) < 0) out.push(term);
    }
    for (var i = 0; i <= typed.length; i++) {
      if (i < typed.length) tryWord(typed.slice(0, i) + typed.slice(i + 1));
      if (i + 1 < typed.length) tryWord(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
      for (var l = 0; l < LETTERS.length; l++) {
        tryWord(typed.slice(0, i) + LETTERS[l] + typed.slice(i));
        if (i < typed.length) tryWord(typed.slice(0, i) + LETTERS[l] + typed.slice(i + 1));
      }
    }
    return out;
  }

  function typoQueries(index, list) {
    var queries = [];
    list.forEach(function (unit, i) {
      if (unit.key || unit.str.length < 5 || /\d/.test(unit.str)) return;
      oneEdit(index, unit.str).forEach(function (term) {
        queries.push(list.map(function (u, j) { return j === i ? "+" + term : termOf(u); }).filter(Boolean).join(" "));
      });
    });
    return queries;
  }

  function fallbacks(list) {
    var out = [], plain = list.filter(function (u) { return !u.key; });
    for (var i = 0; i + 1 < list.length; i++) {
      if (list[i].key || list[i + 1].key) continue;
      var joined = { str: list[i].str + list[i + 1].str, prefix: list[i + 1].prefix };
      out.push({ kind: "joined", terms: [list.slice(0, i).concat([joined], list.slice(i + 2))
        .map(function (u) { return termOf(u); }).filter(Boolean).join(" ")] });
    }
    if (plain.some(function (u) { return u.str.length >= 5; })) out.push({ kind: "typo", units: list });
    if (list.length > 1)
      out.push({ kind: "page", words: list.map(function (u) { return termOf(u); }).filter(Boolean) });
    return out;
  }

  function forgive(index, search, asked) {
    for (var f = 0; f < asked.fallbacks.length; f++) {
      var fallback = asked.fallbacks[f], found = new Map();
      if (fallback.units) fallback.terms = typoQueries(index, fallback.units);
      if (fallback.terms) fallback.terms.forEach(function (terms) {
        search.call(index, terms).forEach(function (r) { if (!found.has(r.ref)) found.set(r.ref, r); });
      });
      else found = onePage(index, search, fallback.words);
      if (found.size) {
        asked.approximate = fallback.kind;
        return Array.from(found.values()).sort(function (a, b) { return b.score - a.score; });
      }
    }
    return [];
  }

  function pageOf(ref) { return ref.split("#")[0]; }

  function onePage(index, search, terms) {
    var each = terms.map(function (term) { return search.call(index, term); });
    var pages = null;
    each.forEach(function (results) {
      var here = new Set(results.map(function (r) { return pageOf(r.ref); }));
      pages = pages ? new Set(Array.from(pages).filter(function (p) { return here.has(p); })) : here;
    });
    var found = new Map();
    each.forEach(function (results) {
      results.forEach(function (r) {
        if (!pages.has(pageOf(r.ref))) return;
        var had = found.get(r.ref);
        if (had) had.matchData.combine(r.matchData);
        found.set(r.ref, had || { ref: r.ref, score: r.score / 2, matchData: r.matchData });
      });
    });
    return found;
  }

  function query(message) {
    if (!settings) return message;
    var asked = { units: [] };
    pending.push(asked);
    if (!queryPipeline) queryPipeline = buildQueryPipeline();
    if (!queryPipeline) return message;
    asked.units = units(words(ownDigits(String(message.data))));
    var terms = asked.units.map(function (unit) {
      if (unit.key) return "+" + unit.key + "*";
      if (settings.phrase) return "+" + unit.str + (unit.prefix ? "*" : "");
      var term = processWord(unit.str, true);
      return term ? "+" + term + "*" : "";
    }).filter(Boolean);
    asked.fallbacks = settings.phrase ? [] : fallbacks(asked.units);
    if (terms.length) searching.push(asked);
    return { type: QUERY, data: terms.join(" ") };
  }

  /* ------------------------------------------------------------------------ */

  /* Occurrences of the query's units at consecutive positions: a word as typed (the last one
     as a prefix), a glossary name as any of its synonyms. */
  function matchFrom(list, units, u, i) {
    if (u === units.length) return i;
    var unit = units[u];
    for (var a = 0; a < unit.alts.length; a++) {
      var seq = unit.alts[a], k = 0;
      if (!seq.length || i + seq.length > list.length) continue;
      while (k < seq.length && (list[i + k].str === seq[k] ||
             (unit.prefix && k === seq.length - 1 && isPrefix(seq[k], list[i + k].str)))) k++;
      if (k < seq.length) continue;
      var end = matchFrom(list, units, u + 1, i + seq.length);
      if (end >= 0) return end;
    }
    return -1;
  }

  /* A typed cluster begins a cluster of the text, without taking a consonant from its subscript
     (COENG follows): ចិន does not find អចិន្ត្រៃយ៍, whose ន carries ្ត. */
  function isPrefix(typed, word) {
    return word.indexOf(typed) === 0 && word.charAt(typed.length) !== "\u17d2";
  }

  function occurrences(text, units) {
    var list = tokens(text), found = [];
    for (var i = 0; i < list.length; i++) {
      var end = matchFrom(list, units, 0, i);
      /* at a word's edge: the text's start, or after a space or punctuation (Khmer writes no
         space between words: the edges known without a segmenter) */
      if (end > i) found.push([list[i].start, list[end - 1].end, i === 0 || list[i - 1].end < list[i].start]);
    }
    return found;
  }

  function mark(htmlText, units) {
    var wrapped = /^<p>([\s\S]*)<\/p>$/.exec(htmlText);
    var plain = decode(wrapped ? wrapped[1] : htmlText);
    var ranges = occurrences(plain, units);
    if (!ranges.length) return null;
    edges = edges || ranges.some(function (r) { return r[2]; });
    var out = "", cursor = 0;
    ranges.forEach(function (r) {
      if (r[0] < cursor) return;  /* overlapping occurrences: marks never nest */
      out += escape(plain.slice(cursor, r[0])) + "<mark>" + escape(plain.slice(r[0], r[1])) + "</mark>";
      cursor = r[1];
    });
    out += escape(plain.slice(cursor));
    return wrapped ? "<p>" + out + "</p>" : out;
  }

  var edges = false;  /* set by mark(): an occurrence starts at a word's edge */

  /* Results where the query's clusters stand in a row; those where it starts at a word's edge
     rank above those where it starts inside a word (their score doubled). */
  function phraseFilter(groups, units) {
    return groups.map(function (items) {
      var kept = [], article = null;
      items.forEach(function (item) {
        var original = originals.get(item.location) || item;
        edges = false;
        var title = mark(original.title, units), text = original.text ? mark(original.text, units) : null;
        var isArticle = item.location.indexOf("#") < 0;
        if (title || text) {
          kept.push(Object.assign({}, item, {
            title: title || original.title, text: text || original.text, score: item.score * (edges ? 2 : 1)
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
    if (settings.phrase && asked.units.length) groups = phraseFilter(groups, asked.units);
    groups = groups.map(function (items) {
      var all = {};
      items = items.map(function (item) {
        if (!Object.keys(item.terms || {}).length) return item;
        var terms = markedTerms(item);
        Object.assign(all, terms);
        return Object.assign({}, item, { terms: terms });
      });
      /* a page's row highlights on its page what its paragraphs' rows mark (Material leaves its ?h= empty) */
      return items.map(function (item) {
        var marked = Object.keys(item.terms || {}).filter(function (t) { return item.terms[t]; });
        return item.location.indexOf("#") < 0 && !marked.length ? Object.assign({}, item, { terms: all }) : item;
      });
    });
    /* approximate: which fallback answered (joined, typo, page), for the page to say so */
    var extra = asked.approximate ? { approximate: asked.approximate } : {};
    return { type: RESULT, data: Object.assign({}, message.data, { items: groups }, extra) };
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
