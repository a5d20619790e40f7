/*
 * Keuzehulp: filters the instrument cards that are already in the page.
 * Same rule as the workbook: OR within a filter, AND across filters; best fit (number of chosen tegels and
 * klantkenmerken an instrument has) first, ties in keuzematrix order. The page is complete without this script.
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
  var total = data.ids.length;
  var status = document.getElementById("aantal");
  var chosenText = document.getElementById("gekozen");

  var cardIndex = new Map();
  var cards = cardsInDataOrder();
  var shown = new Uint8Array(total).fill(1);
  var filterIndex = {};
  var valueIndex = filters.map(function (f, g) {
    filterIndex[f.name] = g;
    var index = {};
    f.values.forEach(function (value, o) { index[value] = o; });
    return index;
  });
  var selected = filters.map(function (f) { return new Uint8Array(f.values.length); });
  var options = filters.map(function (f) { return new Array(f.values.length); });

  function cardsInDataOrder() {
    var byId = {};
    var elements = list.querySelectorAll("[data-instrument-id]");
    for (var i = 0; i < elements.length; i++) {
      byId[elements[i].getAttribute("data-instrument-id")] = elements[i];
    }
    return data.ids.map(function (id, i) {
      cardIndex.set(byId[id], i);
      return byId[id];
    });
  }

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

  function activeFilters() {
    var active = [];
    for (var g = 0; g < filters.length; g++) {
      if (selected[g].indexOf(1) !== -1) {
        active.push(g);
      }
    }
    return active;
  }

  // One pass over the instruments: whether each fits, its score, and per option how many would fit with it.
  function evaluate() {
    var active = activeFilters();
    var counts = filters.map(function (f) { return new Int32Array(f.values.length); });
    var score = new Int32Array(total);
    var fits = new Uint8Array(total);
    var best = 0;
    for (var i = 0; i < total; i++) {
      var own = members[i];
      var failures = 0;
      var failed = -1;
      var points = 0;
      for (var a = 0; a < active.length && failures < 2; a++) {
        var g = active[a];
        var hits = 0;
        for (var k = 0; k < own[g].length; k++) {
          hits += selected[g][own[g][k]];
        }
        if (hits === 0) {
          failures += 1;
          failed = g;
        } else if (filters[g].scored) {
          points += hits;
        }
      }
      if (failures === 0) {
        fits[i] = 1;
        score[i] = points;
        best = Math.max(best, points);
        addCounts(counts, own, -1);
      } else if (failures === 1) {
        addCounts(counts, own, failed);
      }
    }
    return { fits: fits, order: ranked(fits, score, best), counts: counts, active: active.length };
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

  function render(result) {
    for (var i = 0; i < total; i++) {
      if (shown[i] !== result.fits[i]) {
        shown[i] = result.fits[i];
        cards[i].hidden = !shown[i];
      }
    }
    reorder(result.order);
    showCounts(result.counts);
    setText(status, statusText(result.order.length, result.active));
    setText(chosenText, chosenSummary());
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
    if (keep.length === current.length) {
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

  function statusText(count, active) {
    var all = total === 1 ? "1 mogelijkheid" : total + " mogelijkheden";
    if (!active) {
      return total === 1 ? "Je ziet de enige mogelijkheid." : "Je ziet alle " + all + ".";
    }
    if (!count) {
      return "Er past niets bij al je keuzes. Haal een vinkje weg, of wis alle keuzes.";
    }
    return count + " van de " + all + (count === 1 ? " past" : " passen") + " bij je keuzes.";
  }

  function chosenSummary() {
    var names = [];
    forEachOption(function (option, g, o) {
      if (selected[g][o]) {
        names.push(option.name);
      }
    });
    return names.length ? "Je keuzes: " + names.join("; ") + "." : "";
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

  function stateFromHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    selected.forEach(function (s) { s.fill(0); });
    params.forEach(function (value, name) {
      var g = filterIndex[name];
      var o = g === undefined ? undefined : valueIndex[g][value];
      if (o !== undefined) {
        selected[g][o] = 1;
      }
    });
    forEachOption(function (option, g, o) { option.box.checked = selected[g][o] === 1; });
  }

  function hashFromState() {
    var params = new URLSearchParams();
    forEachOption(function (option, g, o) {
      if (selected[g][o]) {
        params.append(filters[g].name, filters[g].values[o]);
      }
    });
    return params.toString();
  }

  function saveHash() {
    var hash = hashFromState();
    if (hash === window.location.hash.replace(/^#/, "")) {
      return;
    }
    var url = window.location.pathname + window.location.search + (hash ? "#" + hash : "");
    try {
      window.history.replaceState(null, "", url);
    } catch (error) {
      window.location.hash = hash;
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
    render(evaluate());
    saveHash();
  }

  function clearAll() {
    selected.forEach(function (s) { s.fill(0); });
    forEachOption(function (option) { option.box.checked = false; });
    render(evaluate());
    saveHash();
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
  form.addEventListener("change", onChange);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("wissen").addEventListener("click", clearAll);
  window.addEventListener("hashchange", function () {
    stateFromHash();
    render(evaluate());
  });
  openDetailsForPrint();
  stateFromHash();
  render(evaluate());
  form.hidden = false;
  document.querySelectorAll(".alleen-js").forEach(function (element) { element.hidden = false; });
})();
