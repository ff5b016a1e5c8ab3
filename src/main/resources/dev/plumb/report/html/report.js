(function () {
  "use strict";
  // The filter's state is the page's fragment (#q=…&sev=high,critical&cat=…&unit=…&sort=loc&dir=desc),
  // so cards and chart bars are plain links, and a filtered view can be bookmarked or sent.
  var table = document.getElementById("findings-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var search = document.getElementById("q");
  var category = document.getElementById("cat");
  var unit = document.getElementById("unit");
  var chips = Array.prototype.slice.call(document.querySelectorAll(".chip[data-sev]"));
  var headers = Array.prototype.slice.call(table.tHead.querySelectorAll("th[data-sort]"));
  var shown = document.getElementById("shown");
  var noMatch = document.getElementById("no-match");
  var section = document.getElementById("findings");
  var state = empty();
  var sortedBy = " asc";

  rows.forEach(function (row) {
    row._text = (row.textContent + " " + row.getAttribute("data-unit")).toLowerCase();
    row._msg = row.cells[row.cells.length - 1].textContent.toLowerCase();
  });

  function empty() { return { q: "", sev: [], cat: "", unit: "", sort: "", dir: "asc" }; }

  function parse(hash) {
    var next = empty();
    hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at < 0) { return; }
      var key = pair.slice(0, at), value;
      try { value = decodeURIComponent(pair.slice(at + 1)); } catch (e) { return; }
      if (key === "sev") { next.sev = value.split(",").filter(Boolean); }
      else if (key === "dir") { next.dir = value === "desc" ? "desc" : "asc"; }
      else if (key in next) { next[key] = value; }
    });
    return next;
  }

  function serialise() {
    var parts = [];
    if (state.q) { parts.push("q=" + encodeURIComponent(state.q)); }
    if (state.sev.length) { parts.push("sev=" + state.sev.join(",")); }
    if (state.cat) { parts.push("cat=" + encodeURIComponent(state.cat)); }
    if (state.unit) { parts.push("unit=" + encodeURIComponent(state.unit)); }
    if (state.sort) { parts.push("sort=" + state.sort, "dir=" + state.dir); }
    return parts.join("&");
  }

  function isFilterHash(hash) { return hash.indexOf("=") >= 0; }

  function remember() {
    var hash = serialise();
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) { /* a browser that refuses URL changes on file: pages still filters */ }
  }

  function matches(row, terms) {
    if (state.sev.length && state.sev.indexOf(row.getAttribute("data-sev")) < 0) { return false; }
    if (state.cat && row.getAttribute("data-cat") !== state.cat) { return false; }
    if (state.unit && row.getAttribute("data-unit") !== state.unit) { return false; }
    for (var i = 0; i < terms.length; i++) {
      if (row._text.indexOf(terms[i]) < 0) { return false; }
    }
    return true;
  }

  function keyOf(row, column) {
    switch (column) {
      case "sev": return [+row.getAttribute("data-rank")];
      case "rule": return [row.getAttribute("data-rule"), +row.getAttribute("data-rank")];
      case "cat": return [row.getAttribute("data-cat"), +row.getAttribute("data-rank")];
      case "loc": return [row.getAttribute("data-file"), +row.getAttribute("data-line")];
      case "msg": return [row._msg];
      default: return [];
    }
  }

  function compare(a, b) {
    var ka = keyOf(a, state.sort), kb = keyOf(b, state.sort);
    for (var i = 0; i < ka.length; i++) {
      if (ka[i] < kb[i]) { return state.dir === "desc" ? 1 : -1; }
      if (ka[i] > kb[i]) { return state.dir === "desc" ? -1 : 1; }
    }
    return +a.getAttribute("data-i") - +b.getAttribute("data-i");
  }

  function render() {
    var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var visible = 0;
    rows.forEach(function (row) {
      var show = matches(row, terms);
      row.hidden = !show;
      if (show) { visible++; }
    });
    // Moving thousands of rows on every keystroke would lag; they move only when the order changes.
    var order = state.sort + " " + state.dir;
    if (order !== sortedBy) {
      rows.slice().sort(compare).forEach(function (row) { body.appendChild(row); });
      sortedBy = order;
    }
    var total = rows.length;
    shown.textContent = visible === total
        ? total + (total === 1 ? " finding" : " findings")
        : "Showing " + visible + " of " + total + (total === 1 ? " finding" : " findings");
    noMatch.hidden = visible > 0;
    if (search.value !== state.q) { search.value = state.q; }
    category.value = state.cat;
    unit.value = state.unit;
    if (category.value !== state.cat) { category.value = ""; }
    if (unit.value !== state.unit) { unit.value = ""; }
    chips.forEach(function (chip) {
      chip.setAttribute("aria-pressed", state.sev.indexOf(chip.getAttribute("data-sev")) >= 0 ? "true" : "false");
    });
    headers.forEach(function (th) {
      var column = th.getAttribute("data-sort");
      th.setAttribute("aria-sort", column === state.sort ? (state.dir === "desc" ? "descending" : "ascending") : "none");
    });
    document.body.setAttribute("data-visible", String(visible));
  }

  function update() { render(); remember(); }

  search.addEventListener("input", function () { state.q = search.value; update(); });
  category.addEventListener("change", function () { state.cat = category.value; update(); });
  unit.addEventListener("change", function () { state.unit = unit.value; update(); });
  chips.forEach(function (chip) {
    chip.addEventListener("click", function () {
      var sev = chip.getAttribute("data-sev");
      var at = state.sev.indexOf(sev);
      if (at >= 0) { state.sev.splice(at, 1); } else { state.sev.push(sev); }
      update();
    });
  });
  headers.forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var column = th.getAttribute("data-sort");
      state.dir = state.sort === column && state.dir === "asc" ? "desc" : "asc";
      state.sort = column;
      update();
    });
  });
  document.getElementById("clear").addEventListener("click", function () {
    var sort = state.sort, dir = state.dir;
    state = empty();
    state.sort = sort;
    state.dir = dir;
    update();
    search.focus();
  });
  // Cards, bars and rule chips link to a filter: apply it at once rather than waiting for hashchange.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (!link || !isFilterHash(link.getAttribute("href"))) { return; }
    event.preventDefault();
    state = parse(link.getAttribute("href"));
    update();
    section.scrollIntoView();
  });
  window.addEventListener("hashchange", function () {
    if (!isFilterHash(location.hash)) { return; }
    state = parse(location.hash);
    render();
    section.scrollIntoView();
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
    if (event.key === "/" && !typing) { event.preventDefault(); search.focus(); }
  });

  render();
  if (isFilterHash(location.hash)) {
    state = parse(location.hash);
    render();
    section.scrollIntoView();
  }
})();
