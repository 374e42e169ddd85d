// AiGov Catalogue site: language switch, in-page search and the diff filter. The pages work without this script
// (both languages show, every diff section shows); only search needs it.
(function () {
  "use strict";
  var KEY = "aigov-lang";
  var root = document.documentElement;
  function stored() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }
  function setLang(lang) {
    if (lang !== "zh" && lang !== "en" && lang !== "both") { lang = "both"; }
    root.setAttribute("data-lang", lang);
    try { localStorage.setItem(KEY, lang); } catch (e) { /* storage unavailable: the choice lasts for this page */ }
    var buttons = document.querySelectorAll("[data-set-lang]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-set-lang") === lang ? "true" : "false");
    }
  }
  var initial = stored();
  if (initial) { root.setAttribute("data-lang", initial); }

  // ---- search: the fold table and the folded texts come from assets/search-index.js (SearchIndexWriter) ----
  var loading = null;
  function loadIndex(src) {
    if (window.AIGOV_SEARCH) { return Promise.resolve(window.AIGOV_SEARCH); }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = src;
        s.onload = function () { resolve(window.AIGOV_SEARCH); };
        s.onerror = function () { reject(new Error("search index not found: " + src)); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }
  // The fold table and the matching rule live in the index (SearchIndexWriter): one place, the library's rule.
  function search(index, query) { return index.search(query); }
  // For tests and scripts: the IDs the page's search finds for a query.
  window.aigovSearch = function (query) {
    var form = document.querySelector("form.search");
    return loadIndex(form.getAttribute("data-index")).then(function (index) {
      return search(index, query).map(function (item) { return item[0]; });
    });
  };

  function wireSearch(form) {
    var input = form.querySelector("input");
    var list = form.querySelector("#search-results");
    var status = form.querySelector("#search-status");
    var prefix = form.getAttribute("data-root");
    var selected = -1;
    var LIMIT = 50;
    form.hidden = false;
    function close() {
      list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); selected = -1;
    }
    function select(i) {
      var options = list.querySelectorAll("[role=option]");
      if (options.length === 0) { return; }
      if (i < 0) { i = options.length - 1; }
      if (i >= options.length) { i = 0; }
      for (var k = 0; k < options.length; k++) { options[k].setAttribute("aria-selected", k === i ? "true" : "false"); }
      selected = i;
      input.setAttribute("aria-activedescendant", options[i].id);
      options[i].scrollIntoView({ block: "nearest" });
    }
    function render(hits) {
      list.textContent = "";
      selected = -1;
      if (!input.value || !/\S/.test(input.value)) { close(); status.textContent = ""; return; }
      for (var i = 0; i < hits.length && i < LIMIT; i++) {
        var item = hits[i];
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.id = "sr-" + i;
        li.setAttribute("aria-selected", "false");
        var a = document.createElement("a");
        a.href = prefix + item[1];
        a.tabIndex = -1;
        var ed = document.createElement("span");
        ed.className = "ed";
        ed.textContent = item[0].split(":")[0];
        a.appendChild(ed);
        a.appendChild(document.createTextNode(item[2] + " "));
        if (item[3]) { var zh = document.createElement("span"); zh.lang = "zh-Hans"; zh.className = "t-zh"; zh.textContent = item[3]; a.appendChild(zh); }
        if (item[3] && item[4]) { var sep = document.createElement("span"); sep.className = "t-sep"; sep.textContent = " · "; a.appendChild(sep); }
        if (item[4]) { var en = document.createElement("span"); en.lang = "en"; en.className = "t-en"; en.textContent = item[4]; a.appendChild(en); }
        li.appendChild(a);
        list.appendChild(li);
      }
      if (hits.length > LIMIT) {
        var more = document.createElement("li");
        more.className = "more";
        more.setAttribute("role", "presentation");
        more.textContent = (hits.length - LIMIT) + " more: type more to narrow the search";
        list.appendChild(more);
      }
      if (hits.length === 0) {
        var none = document.createElement("li");
        none.className = "more";
        none.setAttribute("role", "presentation");
        none.textContent = "No element matches.";
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = hits.length + (hits.length === 1 ? " result" : " results");
    }
    function update() {
      var query = input.value;
      loadIndex(form.getAttribute("data-index")).then(function (index) {
        if (input.value === query) { render(search(index, query)); }
      });
    }
    input.addEventListener("focus", function () { loadIndex(form.getAttribute("data-index")); });
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); if (list.hidden) { update(); } else { select(selected + 1); } }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(selected - 1); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter") {
        e.preventDefault();
        var options = list.querySelectorAll("[role=option] a");
        var target = options[selected >= 0 ? selected : 0];
        if (target) { window.location.href = target.href; }
      }
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) { close(); } });
  }

  function wireFilter(fieldset) {
    fieldset.hidden = false;
    var boxes = fieldset.querySelectorAll("input[type=checkbox]");
    function apply() {
      for (var i = 0; i < boxes.length; i++) {
        var section = document.querySelector(".change-kind[data-kind=\"" + boxes[i].value + "\"]");
        if (section) { section.hidden = !boxes[i].checked; }
      }
    }
    for (var i = 0; i < boxes.length; i++) { boxes[i].addEventListener("change", apply); }
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var group = document.querySelector(".lang");
    if (group) {
      group.hidden = false;
      var buttons = group.querySelectorAll("[data-set-lang]");
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].addEventListener("click", function (e) { setLang(e.currentTarget.getAttribute("data-set-lang")); });
      }
      setLang(root.getAttribute("data-lang"));
    }
    var form = document.querySelector("form.search");
    if (form) { wireSearch(form); }
    var filter = document.querySelector("fieldset.filter");
    if (filter) { wireFilter(filter); }
  });
})();
