namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// The explorer's own style and script, written beside the pages: the site loads nothing from anywhere else. The script
    /// only adds behaviour (the network's date filter, the search); every page reads fully without it.
    /// </summary>
    internal static class ExplorerAssets
    {
        public const string Style = """
            :root { --ink: #1d2430; --muted: #5b6576; --line: #d5dae2; --accent: #2f5d9e; --accent-soft: #c9d8ee; --paper: #ffffff; --wash: #f4f6f9; --mark: #ffe58a; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--wash); }
            a { color: var(--accent); }
            header.site { display: flex; flex-wrap: wrap; align-items: center; gap: 1.2em; padding: .6em 1.5em; background: var(--ink); color: #fff; font-family: system-ui, sans-serif; font-size: 15px; }
            header.site a { color: #fff; text-decoration: none; }
            header.site a.home { font-weight: 600; letter-spacing: .02em; }
            header.site nav a { margin-right: 1em; opacity: .9; }
            header.site nav a:hover { text-decoration: underline; }
            form.search { margin-left: auto; display: flex; gap: .3em; }
            form.search input { width: 18em; padding: .3em .5em; border: 0; border-radius: 3px; font: inherit; }
            form.search button { padding: .3em .7em; border: 0; border-radius: 3px; background: var(--accent-soft); font: inherit; cursor: pointer; }
            main { max-width: 1180px; margin: 1.5em auto; padding: 1.5em 2em 3em; background: var(--paper); border: 1px solid var(--line); border-radius: 4px; }
            h1 { margin: .1em 0 .6em; font-size: 1.9em; line-height: 1.2; }
            h2 { margin: 1.6em 0 .5em; font-size: 1.2em; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
            h3 { font-size: 1em; margin: 1em 0 .3em; }
            p.kind { margin: 0; color: var(--muted); font: 600 13px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; }
            p.lead, p.description { font-size: 1.08em; }
            p.status { font-family: system-ui, sans-serif; color: var(--muted); }
            dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .35em 1.2em; }
            dl.details dt { font-weight: 600; color: var(--muted); font-family: system-ui, sans-serif; font-size: .9em; padding-top: .1em; }
            dl.details dd { margin: 0; }
            .about-property { display: block; color: var(--muted); font-size: .85em; }
            .note, .cited { display: block; color: var(--muted); font-size: .9em; }
            ul { padding-left: 1.2em; }
            li { margin: .2em 0; }
            blockquote.quotation { margin: 0 0 1em; padding: .4em 1em; border-left: 4px solid var(--accent); font-size: 1.25em; font-style: italic; }
            p.paraphrase { font-size: 1.15em; }
            p.source-paragraph { padding: .8em 1em; background: var(--wash); border-radius: 4px; }
            mark.quotation, mark.hit { background: var(--mark); color: inherit; }
            p.warning { color: #8a4b00; }
            .fatalities .total { font-size: 1.1em; }
            .hierarchy a { white-space: nowrap; }
            .predicate { color: var(--muted); white-space: nowrap; }
            a.more { font-family: system-ui, sans-serif; font-size: .8em; }
            /* Timeline */
            svg.definitions { position: absolute; }
            .hatch-ground { fill: #ffffff; } .hatch-line { stroke: var(--accent); stroke-width: 2.5; }
            .fade-solid { stop-color: var(--accent); stop-opacity: 1; } .fade-clear { stop-color: var(--accent); stop-opacity: 0; }
            ol.timeline { list-style: none; padding: 0; margin: 0; }
            ol.timeline li { display: grid; grid-template-columns: 280px 640px auto; align-items: center; gap: .8em; padding: .35em 0; border-bottom: 1px solid var(--wash); margin: 0; }
            ol.timeline li.axis-row { position: sticky; top: 0; background: var(--paper); border-bottom: 1px solid var(--line); z-index: 1; }
            .timeline .what a { display: block; line-height: 1.25; }
            .timeline .when { display: block; font-family: system-ui, sans-serif; font-size: .85em; color: var(--muted); }
            .timeline .flag { display: inline-block; margin: .15em .4em 0 0; padding: 0 .45em; border-radius: 9px; font: 12px/1.6 system-ui, sans-serif; background: var(--wash); color: var(--muted); }
            svg.track rect.span { fill: var(--accent); }
            svg.track rect.fringe { stroke: var(--accent); stroke-width: 1; stroke-dasharray: 2 2; }
            svg.track path.arrow { fill: var(--accent); opacity: .55; }
            svg.ruler text { font: 11px system-ui, sans-serif; fill: var(--muted); }
            svg.ruler line.tick { stroke: var(--muted); } svg.ruler line.month-tick { stroke: var(--line); }
            .day-strip { display: inline-flex; flex-direction: column; align-items: flex-start; white-space: nowrap; font: 13px system-ui, sans-serif; color: var(--muted); }
            .day-strip rect.day { fill: var(--wash); stroke: var(--line); } .day-strip line.hour { stroke: var(--line); } .day-strip circle.moment { fill: var(--accent); }
            /* Network */
            form.date-filter { font-family: system-ui, sans-serif; }
            form.date-filter input, form.date-filter button { font: inherit; padding: .2em .4em; }
            .network-frame { overflow: auto; border: 1px solid var(--line); border-radius: 4px; }
            svg.network { display: block; width: 100%; height: auto; }
            svg.network .edge path { fill: none; stroke: #8795ab; stroke-width: 1.4; }
            svg.network marker path { fill: #8795ab; }
            svg.network .edge text { font: 11px system-ui, sans-serif; fill: var(--muted); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
            svg.network .edge.excluded, .relation-list li.excluded { display: none; }
            svg.network .node circle { fill: var(--accent); stroke: #fff; stroke-width: 2; }
            svg.network .node text { font: 13px system-ui, sans-serif; fill: var(--ink); }
            svg.network .node.idle { opacity: .3; }
            /* Search */
            ol.search-results { padding-left: 1.4em; }
            li.search-result { margin: .6em 0; }
            li.search-result .kind { margin-left: .5em; color: var(--muted); font: 12px system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; }
            li.search-result span.match { display: block; color: var(--muted); }
            """;

        public const string Script = """
            (function () {
              'use strict';
              var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

              function dayInWords(iso) {
                var parts = iso.split('-');
                return parseInt(parts[2], 10) + ' ' + months[parseInt(parts[1], 10) - 1] + ' ' + parts[0];
              }

              // State lives in the address: #date=2024-02-07, #q=ameri (or ?q= from the search box of another page).
              function fromAddress(name) {
                var match = new RegExp('[#&]' + name + '=([^&]*)').exec(location.hash);
                if (match) return decodeURIComponent(match[1].replace(/\+/g, ' '));
                return new URLSearchParams(location.search).get(name);
              }

              function plural(count, noun) { return count === 1 ? '1 ' + noun : count + ' ' + noun + 's'; }

              function setUpNetwork() {
                var input = document.getElementById('on-date');
                if (!input) return;
                var status = document.getElementById('network-status');
                function apply() {
                  var date = fromAddress('date');
                  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) date = null;
                  input.value = date || '';
                  var active = {}, shown = 0, total = 0;
                  document.querySelectorAll('[data-relation]').forEach(function (item) {
                    var earliest = item.getAttribute('data-earliest'), latest = item.getAttribute('data-latest');
                    // Hidden only when the relation's dates certainly rule the day out.
                    var excluded = !!date && ((earliest && date < earliest) || (latest && date > latest));
                    item.classList.toggle('excluded', excluded);
                    if (item.tagName.toLowerCase() === 'li') {
                      item.hidden = excluded;
                      total++;
                      if (!excluded) shown++;
                    } else if (!excluded) {
                      active[item.getAttribute('data-subject')] = true;
                      active[item.getAttribute('data-object')] = true;
                    }
                  });
                  document.querySelectorAll('.node').forEach(function (node) {
                    node.classList.toggle('idle', !!date && !active[node.getAttribute('data-actor')]);
                  });
                  status.textContent = date
                    ? 'Showing ' + shown + ' of ' + plural(total, 'relation') + ': those that may have held on ' + dayInWords(date) + '.'
                    : 'Showing all ' + plural(total, 'relation') + '. Pick a date to see what may have held then.';
                }
                input.addEventListener('change', function () { location.hash = input.value ? 'date=' + input.value : ''; });
                document.getElementById('all-dates').addEventListener('click', function () { location.hash = ''; });
                window.addEventListener('hashchange', apply);
                apply();
              }

              function fold(text) { return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

              function withMark(text, query) {
                var span = document.createElement('span');
                span.className = 'match';
                var at = text.toLowerCase().indexOf(query.toLowerCase());
                if (at < 0) { span.textContent = text; return span; }
                span.appendChild(document.createTextNode(text.slice(0, at)));
                var mark = document.createElement('mark');
                mark.className = 'hit';
                mark.textContent = text.slice(at, at + query.length);
                span.appendChild(mark);
                span.appendChild(document.createTextNode(text.slice(at + query.length)));
                return span;
              }

              function setUpSearch() {
                var index = document.getElementById('search-index');
                if (!index) return;
                var entries = JSON.parse(index.textContent);
                var form = document.querySelector('form.search');
                var box = form.querySelector('input');
                var list = document.getElementById('search-results');
                var status = document.getElementById('search-status');
                form.addEventListener('submit', function (event) {
                  event.preventDefault();
                  location.hash = 'q=' + encodeURIComponent(box.value);
                });
                box.addEventListener('input', function () {
                  history.replaceState(null, '', '#q=' + encodeURIComponent(box.value));
                  run();
                });
                function run() {
                  var query = (fromAddress('q') || '').trim();
                  if (box.value.trim() !== query) box.value = query;
                  list.textContent = '';
                  if (!query) { status.textContent = ''; return; }
                  var needle = fold(query);
                  // Names first, then other names, then what was said (a statement's title is its words); by title within each.
                  function rank(entry) {
                    if (!entry.text && fold(entry.title).indexOf(needle) >= 0) return 0;
                    if (entry.aliases.some(function (alias) { return fold(alias).indexOf(needle) >= 0; })) return 1;
                    return entry.text && (fold(entry.title).indexOf(needle) >= 0 || fold(entry.text).indexOf(needle) >= 0) ? 2 : -1;
                  }
                  var found = entries.map(function (entry, i) { return { entry: entry, rank: rank(entry), i: i }; })
                    .filter(function (match) { return match.rank >= 0; })
                    .sort(function (a, b) { return a.rank - b.rank || a.i - b.i; })
                    .map(function (match) { return match.entry; });
                  status.textContent = found.length === 0 ? 'Nothing matches \u201C' + query + '\u201D.'
                    : plural(found.length, 'result') + ' for \u201C' + query + '\u201D.';
                  found.forEach(function (entry) {
                    var item = document.createElement('li');
                    item.className = 'search-result';
                    var link = document.createElement('a');
                    link.href = entry.page;
                    link.textContent = entry.title;
                    item.appendChild(link);
                    var kind = document.createElement('span');
                    kind.className = 'kind';
                    kind.textContent = entry.kind;
                    item.appendChild(kind);
                    var alias = entry.aliases.filter(function (a) { return fold(a).indexOf(needle) >= 0; })[0];
                    if (fold(entry.title).indexOf(needle) < 0 && alias) {
                      var also = withMark(alias, query);
                      also.insertBefore(document.createTextNode('Also known as '), also.firstChild);
                      item.appendChild(also);
                    } else if (entry.text) {
                      item.appendChild(withMark(entry.text, query));
                    }
                    list.appendChild(item);
                  });
                }
                window.addEventListener('hashchange', run);
                run();
              }

              setUpNetwork();
              setUpSearch();
            })();
            """;
    }
}
