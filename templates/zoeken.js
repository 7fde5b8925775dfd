// Search on zoeken/index.html, with the Pagefind index that `staat build` writes to pagefind/.
//
// A classic script, not a module: Chromium refuses module scripts from file://, and from there
// the index cannot load at all. So opened from disk the page says why search does not work and
// points to the list of knelpunten, without trying (a failed load would be a console error).
// Result text comes from the report's own pages; it is only ever inserted as text, with the
// <mark> highlighting rebuilt element by element, never as HTML.
(function () {
  'use strict';
  var form = document.querySelector('form[data-zoeken]');
  var status = document.getElementById('zoekstatus');
  var results = document.getElementById('zoekresultaten');
  if (!form || !status || !results) return;
  var input = form.querySelector('input[name="q"]');
  var root = form.getAttribute('data-root') || '';
  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';

  function say(templateId) {
    var template = document.getElementById(templateId);
    status.replaceChildren(template.content.cloneNode(true));
  }
  function sayText(text) {
    var p = document.createElement('p');
    p.textContent = text;
    status.replaceChildren(p);
  }

  if (location.protocol !== 'http:' && location.protocol !== 'https:') {
    say('zoek-vanaf-schijf');
    return;
  }

  /** Pagefind's excerpt as text nodes and <mark> elements only. */
  function excerpt(html) {
    var parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
    var out = document.createElement('p');
    out.className = 'zoekfragment';
    parsed.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent || ''));
      }
    });
    return out;
  }

  /** Pagefind's URLs start at the report root ("/organisaties/…"); ours are relative, so the
   * report works under any folder of any host. */
  function href(url) {
    return root + url.replace(/^\/+/, '');
  }

  function link(text, url) {
    var a = document.createElement('a');
    a.href = href(url);
    a.textContent = text;
    return a;
  }

  /** A page's hits inside a knelpunt, lichtpunt or dilemma: those have their own anchor. */
  function itemHits(data) {
    return data.sub_results.filter(function (s) {
      return s.anchor && /^(kp|lp|dl)-/.test(s.anchor.id);
    });
  }

  function resultItem(title, url, where, excerptHtml) {
    var li = document.createElement('li');
    var p = document.createElement('p');
    p.className = 'zoektitel';
    p.appendChild(link(title, url));
    if (where) {
      var span = document.createElement('span');
      span.className = 'zoekpagina';
      span.textContent = ' · ' + where;
      p.appendChild(span);
    }
    li.appendChild(p);
    li.appendChild(excerpt(excerptHtml));
    return li;
  }

  function group(heading, id, items) {
    var section = document.createElement('section');
    section.setAttribute('aria-labelledby', id);
    var h2 = document.createElement('h2');
    h2.id = id;
    h2.textContent = heading + ' (' + items.length + ')';
    var list = document.createElement('ol');
    list.className = 'zoekresultaten';
    items.forEach(function (item) {
      list.appendChild(item);
    });
    section.append(h2, list);
    return section;
  }

  var pagefind = null;
  var attempts = 0;
  var latest = 0;

  // A failed load is forgotten, so the next search tries again (the network may be back). A
  // retry asks for another URL: a browser may keep a failed module import by its URL, and a
  // fresh module also gets a fresh init().
  function load() {
    if (!pagefind) {
      attempts++;
      var url = new URL(root + 'pagefind/pagefind.js' + (attempts > 1 ? '?poging=' + attempts : ''), location.href).href;
      var attempt = import(url).then(function (pf) {
        return pf.init().then(function () {
          return pf;
        });
      });
      attempt.catch(function () {
        if (pagefind === attempt) pagefind = null;
      });
      pagefind = attempt;
    }
    return pagefind;
  }

  function show(query) {
    var mine = ++latest;
    if (query.trim() === '') {
      results.replaceChildren();
      sayText('Typ een zoekterm.');
      return;
    }
    load()
      .then(function (pf) {
        return pf.search(query);
      })
      .then(function (search) {
        if (mine !== latest) return null;
        return Promise.all(
          search.results.slice(0, 40).map(function (r) {
            return r.data();
          }),
        ).then(function (pages) {
          if (mine !== latest) return;
          // Knelpunten first, wherever Pagefind ranks their page: they are what most readers look for.
          var items = [];
          var others = [];
          pages.forEach(function (page) {
            var own = itemHits(page);
            own.forEach(function (hit) {
              items.push(resultItem(hit.title, hit.url, page.meta.title, hit.excerpt));
            });
            if (own.length === 0) others.push(resultItem(page.meta.title, page.url, '', page.excerpt));
          });
          var count = items.length + others.length;
          if (count === 0) {
            results.replaceChildren();
            say('zoek-geen');
            return;
          }
          var more = search.results.length > pages.length ? ' (de eerste ' + pages.length + ' pagina’s)' : '';
          sayText(count + (count === 1 ? ' resultaat' : ' resultaten') + ' voor ‘' + query + '’ op ' + search.results.length + (search.results.length === 1 ? ' pagina' : ' pagina’s') + more + '.');
          var groups = [];
          if (items.length > 0) groups.push(group('Knelpunten, lichtpunten en dilemma’s', 'zoek-items', items));
          if (others.length > 0) groups.push(group('Andere pagina’s', 'zoek-paginas', others));
          results.replaceChildren.apply(results, groups);
        });
      })
      .catch(function () {
        if (mine !== latest) return;
        results.replaceChildren();
        say('zoek-niet-gelukt');
      });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      show(input.value);
    }, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    var url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url.href);
    show(input.value);
  });
  // Start loading the index as soon as the reader is in the box (a failure shows on searching).
  input.addEventListener('focus', function () {
    load().catch(function () {});
  }, { once: true });
  show(input.value);
})();
