/*
 * Keuzehulp: filters the instrument cards that are already in the page.
 * Same rule as the workbook: OR within a filter, AND across filters; best fit (number of chosen tegels and
 * klantkenmerken an instrument has) first, ties in keuzematrix order. A search word narrows further (AND).
 * The state (choices, search word, saved cards, the list view) lives in the URL after "#", under its own keys,
 * so a link or bookmark brings it back and Back/Forward step through it; in-page links never change it.
 * Nothing is stored on the device. The page is complete without this script.
 */
(function () {
  "use strict";

  var dataElement = document.getElementById("keuzehulp-data");
  var form = document.getElementById("filters");
  var list = document.getElementById("kaarten");
  if (!dataElement || !form || !list) {
    return;
  }
  var data = JSON.parse(dataElement.textContent);
  var filters = data.filters;
  var members = data.members;
  // The cards are in keuzematrix order, the order of data.members. Past the first page of a large keuzematrix
  // they are rows [id, name, summary, card HTML] of kaarten.js, made into cards when they are first shown.
  var cards = Array.prototype.slice.call(list.querySelectorAll("[data-instrument-id]"));
  var first = cards.length;
  var rows = window.keuzehulpKaarten || [];
  var ids = cards.map(function (card) { return card.getAttribute("data-instrument-id"); })
    .concat(rows.map(function (row) { return row[0]; }));
  var total = ids.length;
  var SEARCH_KEY = "zoek";
  var SAVED_KEY = "bewaard";
  var VIEW_KEY = "toon";
  var LIST_VIEW = "lijst";

  function byId(id) {
    return document.getElementById(id);
  }

  var status = byId("aantal");
  var chosenText = byId("gekozen");
  var layout = byId("indeling");
  var openButton = byId("open-filters");
  var showButton = byId("toon");
  var chipBox = byId("keuzes");
  var chipList = byId("keuze-lijst");
  var searchBox = byId("zoek");
  var listButton = byId("mijn-lijst");
  var listInfo = byId("lijst-info");
  var listLink = byId("lijst-link");
  var heading = byId("resultaten-kop");
  var headingText = heading ? heading.textContent : "";

  var cardIndex = new Map();
  var shown = new Uint8Array(total).fill(1, 0, first);
  var filterIndex = {};
  var valueIndex = filters.map(function (f, g) {
    filterIndex[f.name] = g;
    var index = {};
    f.values.forEach(function (value, o) { index[value] = o; });
    return index;
  });
  var instrumentIndex = {};
  ids.forEach(function (id, i) {
    instrumentIndex[id] = i;
    if (i < first) {
      cardIndex.set(cards[i], i);
    }
  });
  var selected = filters.map(function (f) { return new Uint8Array(f.values.length); });
  var options = filters.map(function (f) { return new Array(f.values.length); });
  var saved = new Uint8Array(total);
  var toggles = new Array(total);
  var query = "";
  var searchTexts = null;
  var listView = false;
  var limit = data.pagina;
  var lastResult = null;
  var moreButton = byId("toon-meer");
  var appliedHash = null;
  var lastControl = null;
  var nearCount = document.createElement("p");
  nearCount.className = "hier-telling";
  nearCount.setAttribute("aria-hidden", "true");

  // Looked up once: asking a checkbox for its label searches the whole page.
  function findOptions() {
    var inputs = form.querySelectorAll("input[type=checkbox]");
    for (var i = 0; i < inputs.length; i++) {
      var g = filterIndex[inputs[i].name];
      var o = g === undefined ? undefined : valueIndex[g][inputs[i].value];
      if (o !== undefined) {
        var label = inputs[i].labels[0] || inputs[i].parentNode;
        var name = label.querySelector(".optie-naam");
        options[g][o] = {
          box: inputs[i],
          number: label.querySelector(".getal"),
          unit: label.querySelector(".aantal .vh"),
          name: name ? name.textContent : inputs[i].value,
          count: -1
        };
      }
    }
  }

  // The "Bewaar" toggle of each card: a real button whose name says what it does and for which card.
  function addToggles() {
    for (var i = 0; i < first; i++) {
      addToggle(i);
    }
  }

  function addToggle(i) {
    var title = cards[i].querySelector("h3");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "bewaar";
    button.setAttribute("aria-pressed", "false");
    toggles[i] = { button: button, title: title ? title.textContent : "" };
    showToggle(i);
    if (title) {
      title.after(button);
    } else {
      cards[i].prepend(button);
    }
  }

  function cardAt(i) {
    if (!cards[i]) {
      var holder = document.createElement("template");
      holder.innerHTML = rows[i - first][3];
      cards[i] = holder.content.firstElementChild;
      cardIndex.set(cards[i], i);
      addToggle(i);
    }
    return cards[i];
  }

  function showToggle(i) {
    var toggle = toggles[i];
    setText(toggle.button, saved[i] ? "Bewaard" : "Bewaar");
    toggle.button.setAttribute("aria-label", (saved[i] ? "Bewaard: " : "Bewaar ") + toggle.title);
    toggle.button.setAttribute("aria-pressed", saved[i] ? "true" : "false");
  }

  function normalised(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  // Made on the first search: name, summary and the plain labels of each instrument.
  function searchText(i) {
    if (!searchTexts) {
      searchTexts = new Array(total);
    }
    if (searchTexts[i] === undefined) {
      var parts = i < first ? [toggles[i].title, summaryOf(cards[i])] : [rows[i - first][1], rows[i - first][2]];
      for (var g = 0; g < members[i].length; g++) {
        for (var k = 0; k < members[i][g].length; k++) {
          var option = options[g][members[i][g][k]];
          if (option) {
            parts.push(option.name);
          }
        }
      }
      searchTexts[i] = normalised(parts.join(" "));
    }
    return searchTexts[i];
  }

  function summaryOf(card) {
    var summary = card.querySelector(".samenvatting");
    return summary ? summary.textContent : "";
  }

  function queryWords() {
    return normalised(query).split(/\s+/).filter(Boolean);
  }

  function matchesWords(i, words) {
    if (!words.length) {
      return true;
    }
    var text = searchText(i);
    for (var w = 0; w < words.length; w++) {
      if (text.indexOf(words[w]) === -1) {
        return false;
      }
    }
    return true;
  }

  function activeGroups() {
    return selected.map(function (s) { return s.indexOf(1) !== -1; });
  }

  function activeFilters() {
    var active = [];
    for (var g = 0; g < filters.length; g++) {
      if (selected[g].indexOf(1) !== -1) {
        active.push(g);
      }
    }
    return active;
  }

  // How many active filters instrument i fails (stops at 2), and which one when it is only one; and its score.
  function check(i, active, outcome) {
    var own = members[i];
    outcome.failures = 0;
    outcome.failed = -1;
    outcome.points = 0;
    for (var a = 0; a < active.length && outcome.failures < 2; a++) {
      var g = active[a];
      var hits = 0;
      for (var k = 0; k < own[g].length; k++) {
        hits += selected[g][own[g][k]];
      }
      if (hits === 0) {
        outcome.failures += 1;
        outcome.failed = g;
      } else if (filters[g].scored) {
        outcome.points += hits;
      }
    }
  }

  // One pass over the instruments: whether each fits, its score, and per option the number a click on it gives.
  function evaluate() {
    var active = activeFilters();
    var words = queryWords();
    var fitCounts = filters.map(function (f) { return new Int32Array(f.values.length); });
    var newCounts = filters.map(function (f) { return new Int32Array(f.values.length); });
    var score = new Int32Array(total);
    var fits = new Uint8Array(total);
    var outcome = {};
    var best = 0;
    var found = 0;
    for (var i = 0; i < total; i++) {
      if (!matchesWords(i, words)) {
        continue;
      }
      check(i, active, outcome);
      if (outcome.failures === 0) {
        fits[i] = 1;
        found += 1;
        score[i] = outcome.points;
        best = Math.max(best, outcome.points);
        addCounts(fitCounts, members[i], -1);
      } else if (outcome.failures === 1) {
        addCounts(newCounts, members[i], outcome.failed);
      }
    }
    return {
      fits: fits,
      order: ranked(fits, score, best),
      counts: clickCounts(fitCounts, newCounts, found),
      active: active.length + (words.length ? 1 : 0)
    };
  }

  // An unchosen option in a filter that is in use widens the result (OR): it counts all that would then fit.
  function clickCounts(fitCounts, newCounts, found) {
    var inUse = activeGroups();
    return fitCounts.map(function (counts, g) {
      if (!inUse[g]) {
        return counts;
      }
      return counts.map(function (count, o) { return selected[g][o] ? count : found + newCounts[g][o]; });
    });
  }

  function addCounts(counts, own, onlyFilter) {
    for (var g = 0; g < own.length; g++) {
      if (onlyFilter === -1 || onlyFilter === g) {
        for (var k = 0; k < own[g].length; k++) {
          counts[g][own[g][k]] += 1;
        }
      }
    }
  }

  // How many would fit with option o of filter g taken away (g === -1: the search word).
  function countWithout(g, o) {
    var keptQuery = query;
    if (g === -1) {
      query = "";
    } else {
      selected[g][o] = 0;
    }
    var active = activeFilters();
    var words = queryWords();
    var outcome = {};
    var count = 0;
    for (var i = 0; i < total; i++) {
      if (matchesWords(i, words)) {
        check(i, active, outcome);
        count += outcome.failures === 0 ? 1 : 0;
      }
    }
    query = keptQuery;
    if (g !== -1) {
      selected[g][o] = 1;
    }
    return count;
  }

  function ranked(fits, score, best) {
    var order = [];
    for (var s = best; s >= 0; s--) {
      for (var i = 0; i < total; i++) {
        if (fits[i] && score[i] === s) {
          order.push(i);
        }
      }
    }
    return order;
  }

  function savedOrder() {
    var order = [];
    for (var i = 0; i < total; i++) {
      if (saved[i]) {
        order.push(i);
      }
    }
    return order;
  }

  // Shows the first `limit` cards that fit (or the saved ones), in order; the rest stays hidden until "Toon meer".
  function render(result) {
    lastResult = result;
    var order = listView ? savedOrder() : result.order.slice(0, limit);
    var visible = new Uint8Array(total);
    order.forEach(function (i) { visible[i] = 1; });
    for (var i = 0; i < total; i++) {
      if (shown[i] !== visible[i]) {
        shown[i] = visible[i];
        cardAt(i).hidden = !shown[i];
      }
    }
    reorder(order);
    showCounts(result.counts);
    setText(status, listView ? listStatus(order.length) : statusText(result.order.length, result.active) + pageText(result.order.length));
    setText(heading, listView ? "Mijn lijst" : headingText);
    setText(chosenText, chosenSummary());
    setText(showButton, showText(result.order.length, result.active));
    showChips(result.order.length === 0 && result.active > 0);
    showList(order.length);
    showNearCount(result.order.length);
    moreButton.parentNode.hidden = listView || result.order.length <= limit;
    setText(moreButton, "Toon er nog " + Math.min(data.pagina, result.order.length - limit));
  }

  function showMore() {
    limit += data.pagina;
    render(lastResult);
  }

  // Moves as few cards as possible: those outside the longest run that is already in the wanted order.
  function reorder(order) {
    var wanted = new Int32Array(total).fill(-1);
    for (var p = 0; p < order.length; p++) {
      wanted[order[p]] = p;
    }
    var current = [];
    var children = list.children;
    for (var d = 0; d < children.length; d++) {
      var i = cardIndex.get(children[d]);
      if (i !== undefined && wanted[i] >= 0) {
        current.push(wanted[i]);
      }
    }
    var keep = longestIncreasing(current);
    if (keep.length === order.length) {
      return;
    }
    var stays = new Uint8Array(total);
    keep.forEach(function (position) { stays[order[position]] = 1; });
    for (var q = order.length - 1; q >= 0; q--) {
      if (!stays[order[q]]) {
        list.insertBefore(cards[order[q]], q + 1 < order.length ? cards[order[q + 1]] : null);
      }
    }
  }

  // Patience sorting: returns the values of one longest strictly increasing subsequence.
  function longestIncreasing(sequence) {
    var tails = [];
    var tailAt = [];
    var previous = new Int32Array(sequence.length);
    for (var i = 0; i < sequence.length; i++) {
      var low = 0;
      var high = tails.length;
      while (low < high) {
        var middle = (low + high) >> 1;
        if (tails[middle] < sequence[i]) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      tails[low] = sequence[i];
      tailAt[low] = i;
      previous[i] = low ? tailAt[low - 1] : -1;
    }
    var result = [];
    for (var k = tails.length ? tailAt[tails.length - 1] : -1; k >= 0; k = previous[k]) {
      result.push(sequence[k]);
    }
    return result;
  }

  function showCounts(counts) {
    for (var g = 0; g < filters.length; g++) {
      for (var o = 0; o < counts[g].length; o++) {
        var option = options[g][o];
        if (option && counts[g][o] !== option.count) {
          option.count = counts[g][o];
          setText(option.number, String(option.count));
          setText(option.unit, option.count === 1 ? " mogelijkheid" : " mogelijkheden");
        }
      }
    }
  }

  function setText(element, text) {
    if (element && element.textContent !== text) {
      element.textContent = text;
    }
  }

  function possibilities(count) {
    return count === 1 ? "1 mogelijkheid" : count + " mogelijkheden";
  }

  function statusText(count, active) {
    if (!active) {
      if (total > limit) {
        return "Er zijn " + possibilities(total) + ".";
      }
      return total === 1 ? "Je ziet de enige mogelijkheid." : "Je ziet alle " + possibilities(total) + ".";
    }
    if (!count) {
      return "Er past niets bij al je keuzes. Haal hierboven een keuze weg. Achter elke keuze staat hoeveel er dan passen.";
    }
    return count + " van de " + possibilities(total) + (count === 1 ? " past" : " passen") + " bij je keuzes.";
  }

  function pageText(count) {
    return count > limit ? " Je ziet de eerste " + limit + "." : "";
  }

  function listStatus(count) {
    if (!count) {
      return "Je lijst is nog leeg. Kies Bewaar bij een mogelijkheid.";
    }
    return "Op je lijst " + (count === 1 ? "staat 1 mogelijkheid." : "staan " + count + " mogelijkheden.");
  }

  function showText(count, active) {
    return active ? "Toon " + possibilities(count) : "Toon alle " + possibilities(total);
  }

  function fitText(count) {
    if (!count) {
      return "past er niets";
    }
    return count === 1 ? "past er 1" : "passen er " + count;
  }

  function chosenSummary() {
    var names = [];
    forEachOption(function (option, g, o) {
      if (selected[g][o]) {
        names.push(option.name);
      }
    });
    if (query) {
      names.push("zoekwoord \u201c" + query + "\u201d");
    }
    return names.length ? "Je keuzes: " + names.join("; ") + "." : "";
  }

  // The chosen options right above the results, each a button that takes it away; with nothing found, each says
  // how many would fit without it.
  function showChips(deadEnd) {
    var items = [];
    if (query) {
      items.push({ g: -1, o: -1, name: "zoekwoord \u201c" + query + "\u201d" });
    }
    forEachOption(function (option, g, o) {
      if (selected[g][o]) {
        items.push({ g: g, o: o, name: option.name });
      }
    });
    chipBox.hidden = listView || !items.length;
    var fragment = document.createDocumentFragment();
    items.forEach(function (item) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "haal-weg";
      button.setAttribute("data-filter", String(item.g));
      button.setAttribute("data-optie", String(item.o));
      button.textContent = "Haal weg: " + item.name + (deadEnd ? " (dan " + fitText(countWithout(item.g, item.o)) + ")" : "");
      var entry = document.createElement("li");
      entry.appendChild(button);
      fragment.appendChild(entry);
    });
    chipList.replaceChildren(fragment);
  }

  function showList(count) {
    var number = 0;
    for (var i = 0; i < total; i++) {
      number += saved[i];
    }
    setText(listButton, "Mijn lijst (" + number + ")");
    listButton.setAttribute("aria-pressed", listView ? "true" : "false");
    listInfo.hidden = !listView || !count;
  }

  function showListLink() {
    var date = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    setText(listLink, "Mijn lijst van " + date + ". Open deze lijst weer met deze link: " + window.location.href);
  }

  // A short line right under the control that was just used, so the effect shows where the user taps.
  function showNearCount(count) {
    if (!lastControl || listView) {
      nearCount.remove();
      return;
    }
    setText(nearCount, "Nu " + fitText(count) + ".");
    if (nearCount.previousSibling !== lastControl) {
      lastControl.after(nearCount);
    }
  }

  function forEachOption(callback) {
    for (var g = 0; g < filters.length; g++) {
      for (var o = 0; o < options[g].length; o++) {
        if (options[g][o]) {
          callback(options[g][o], g, o);
        }
      }
    }
  }

  function currentHash() {
    return window.location.hash.replace(/^#/, "");
  }

  function isStateKey(name) {
    return filterIndex[name] !== undefined || name === SEARCH_KEY || name === SAVED_KEY || name === VIEW_KEY;
  }

  // Reads the state from a hash; a hash with none of the state's keys (an in-page link) leaves the state alone.
  function stateFromHash(hash) {
    var params = new URLSearchParams(hash);
    var isState = !hash;
    params.forEach(function (value, name) { isState = isState || isStateKey(name); });
    if (!isState) {
      return false;
    }
    selected.forEach(function (s) { s.fill(0); });
    saved.fill(0);
    query = "";
    listView = false;
    params.forEach(function (value, name) {
      var g = filterIndex[name];
      var o = g === undefined ? undefined : valueIndex[g][value];
      var i = instrumentIndex[value];
      if (o !== undefined) {
        selected[g][o] = 1;
      } else if (name === SEARCH_KEY) {
        query = value.trim();
      } else if (name === SAVED_KEY && i !== undefined) {
        saved[i] = 1;
      } else if (name === VIEW_KEY) {
        listView = value === LIST_VIEW;
      }
    });
    forEachOption(function (option, g, o) { option.box.checked = selected[g][o] === 1; });
    searchBox.value = query;
    for (var i = 0; i < total; i++) {
      if (toggles[i]) {
        showToggle(i);
      }
    }
    return true;
  }

  function hashFromState() {
    var params = new URLSearchParams();
    forEachOption(function (option, g, o) {
      if (selected[g][o]) {
        params.append(filters[g].name, filters[g].values[o]);
      }
    });
    if (query) {
      params.append(SEARCH_KEY, query);
    }
    for (var i = 0; i < total; i++) {
      if (saved[i]) {
        params.append(SAVED_KEY, ids[i]);
      }
    }
    if (listView) {
      params.append(VIEW_KEY, LIST_VIEW);
    }
    return params.toString();
  }

  // A new history entry per step, so Back undoes it; typing a search word replaces its own entry.
  function saveState(push) {
    var hash = hashFromState();
    appliedHash = hash;
    if (hash === currentHash()) {
      return;
    }
    var url = window.location.pathname + window.location.search + (hash ? "#" + hash : "");
    try {
      window.history[push ? "pushState" : "replaceState"](null, "", url);
    } catch (error) {
      window.location.hash = hash;
    }
  }

  function update(push) {
    limit = data.pagina;
    render(evaluate());
    saveState(push);
    if (listView) {
      showListLink();
    }
  }

  function onHistory() {
    var hash = currentHash();
    if (hash === appliedHash) {
      return;
    }
    appliedHash = hash;
    if (stateFromHash(hash)) {
      lastControl = null;
      limit = data.pagina;
      render(evaluate());
    }
  }

  function onChange(event) {
    var box = event.target;
    var g = filterIndex[box.name];
    var o = g === undefined ? undefined : valueIndex[g][box.value];
    if (o === undefined) {
      return;
    }
    selected[g][o] = box.checked ? 1 : 0;
    listView = false;
    lastControl = box.closest(".optie") || box;
    update(true);
  }

  function onSearch() {
    query = searchBox.value.trim();
    listView = false;
    lastControl = searchBox;
    update(false);
  }

  function clearAll() {
    selected.forEach(function (s) { s.fill(0); });
    forEachOption(function (option) { option.box.checked = false; });
    query = "";
    searchBox.value = "";
    listView = false;
    lastControl = null;
    update(true);
  }

  function onChipClick(event) {
    var button = event.target.closest("button.haal-weg");
    if (!button) {
      return;
    }
    var position = Array.prototype.indexOf.call(chipList.children, button.parentNode);
    var g = Number(button.getAttribute("data-filter"));
    var o = Number(button.getAttribute("data-optie"));
    if (g === -1) {
      query = "";
      searchBox.value = "";
    } else {
      selected[g][o] = 0;
      options[g][o].box.checked = false;
    }
    lastControl = null;
    update(true);
    var next = chipList.children[Math.min(position, chipList.children.length - 1)];
    (next ? next.firstChild : heading).focus();
  }

  function onToggleClick(event) {
    var button = event.target.closest("button.bewaar");
    var i = button ? cardIndex.get(button.closest("[data-instrument-id]")) : undefined;
    if (i === undefined) {
      return;
    }
    saved[i] = saved[i] ? 0 : 1;
    showToggle(i);
    update(true);
    if (cards[i].hidden) {
      heading.focus();
    }
  }

  function onListClick() {
    listView = !listView;
    lastControl = null;
    update(true);
    heading.focus();
  }

  function printList() {
    if (!listView) {
      listView = true;
      update(true);
    }
    showListLink();
    window.print();
  }

  function setPanel(open) {
    layout.classList.toggle("paneel-dicht", !open);
    openButton.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function showResults() {
    setPanel(false);
    heading.focus();
  }

  // In-page links (the skip link, "Bekijk wat er past") move the focus without touching the URL and its state.
  function onInPageLink(event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (!link || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    var target = byId(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!target) {
      return;
    }
    event.preventDefault();
    if (target === heading) {
      setPanel(false);
    }
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
    target.scrollIntoView({ block: "start" });
  }

  // Browsers that cannot style ::details-content for print still print every detail of the chosen cards.
  function openDetailsForPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      list.querySelectorAll("details:not([open])").forEach(function (d) {
        d.open = true;
        opened.push(d);
      });
    });
    window.addEventListener("afterprint", function () {
      opened.splice(0).forEach(function (d) { d.open = false; });
    });
  }

  findOptions();
  addToggles();
  form.addEventListener("change", onChange);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  searchBox.addEventListener("input", onSearch);
  byId("wissen").addEventListener("click", clearAll);
  byId("alles-wissen").addEventListener("click", clearAll);
  chipList.addEventListener("click", onChipClick);
  list.addEventListener("click", onToggleClick);
  listButton.addEventListener("click", onListClick);
  byId("print-lijst").addEventListener("click", printList);
  moreButton.addEventListener("click", showMore);
  openButton.addEventListener("click", function () { setPanel(layout.classList.contains("paneel-dicht")); });
  showButton.addEventListener("click", showResults);
  document.addEventListener("click", onInPageLink);
  window.addEventListener("popstate", onHistory);
  window.addEventListener("hashchange", onHistory);
  openDetailsForPrint();
  appliedHash = currentHash();
  stateFromHash(appliedHash);
  render(evaluate());
  if (listView) {
    showListLink();
  }
  form.hidden = false;
  openButton.hidden = false;
  document.querySelectorAll(".alleen-js").forEach(function (element) { element.hidden = false; });
})();
