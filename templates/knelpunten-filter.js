// Instant filtering of knelpunten/index.html. Loaded as a file (no inline script, so a strict
// Content-Security-Policy can forbid inline code). It only compares numbers: every list item
// has per filter the numbers of its values (data-f-thema="3 7"), and each <select> offers the
// same numbers. No text from a Stand is read or written as HTML; the count is set as text.
// Without this script the form stays hidden and the complete list with its grouped views remains.
(function () {
  'use strict';
  var form = document.getElementById('kp-filter');
  var list = document.getElementById('kp-lijst');
  var count = document.getElementById('kp-aantal');
  var none = document.getElementById('kp-geen');
  if (!form || !list || !count) return;
  var items = list.querySelectorAll('li[class~="kp-item"]');
  var selects = form.querySelectorAll('select[data-filter]');
  var total = items.length;

  function has(item, key, value) {
    var values = (item.getAttribute('data-f-' + key) || '').split(' ');
    return values.indexOf(value) !== -1;
  }

  function apply() {
    var chosen = [];
    for (var i = 0; i < selects.length; i++) {
      if (selects[i].value !== '') chosen.push([selects[i].getAttribute('data-filter'), selects[i].value]);
    }
    var shown = 0;
    for (var j = 0; j < items.length; j++) {
      var match = true;
      for (var c = 0; c < chosen.length && match; c++) match = has(items[j], chosen[c][0], chosen[c][1]);
      items[j].hidden = !match;
      if (match) shown++;
    }
    count.setAttribute('data-getoond', String(shown));
    count.textContent = chosen.length === 0 ? total + ' knelpunten' : shown + ' van de ' + total + ' knelpunten';
    if (none) none.hidden = shown !== 0;
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  // A browser may restore the chosen values when the reader comes back to the page.
  window.addEventListener('pageshow', apply);
  form.hidden = false;
  apply();
})();
