"""geomove.draw(map, data): the movement map itself, built in the browser from one JSON blob.

Python (geomove.render) sends compact arrays: a string table ``S`` (every report string
once), places, movements as rows whose columns ``mvFields`` names, period labels and
the basemap. Everything taken from a report reaches the page only through ``esc`` or
``textContent``, and links only when they are http(s), so a report holding ``<script>``
or ``<img onerror>`` shows as text.
"""

JS = r"""
(function () {
var geomove = window.geomove = window.geomove || {};
var ENT = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;'};
geomove.esc = function (s) {
  return s === null || s === undefined ? '' : String(s).replace(/[&<>"'`]/g, function (c) { return ENT[c]; });
};
var esc = geomove.esc;
function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }

geomove.fold = function (s) {
  return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
};

// The filters and zoom buttons lie over the map's top left, the time slider over its bottom
// left, the title over its top and the layers and legend over its right corners: the first view
// fits the movements into what they leave uncovered, so no end starts hidden under a panel.
// Each corner's block is kept clear along the side where that costs the smaller share of the map
// (the tall filter panel from the left edge, the wide slider from the bottom), never over a third.
function coveredEdges(map) {
  var c = map.getContainer(), box = c.getBoundingClientRect(), w = box.width, h = box.height;
  var cover = {left: 0, top: 0, right: 0, bottom: 0};
  function keepClear(el) {
    var r = el.getBoundingClientRect();
    if (!r.width || !r.height) { return; }
    var left = r.left - box.left, top = r.top - box.top, right = box.right - r.right, bottom = box.bottom - r.bottom;
    var x = left < right ? ['left', r.right - box.left] : ['right', box.right - r.left];
    var y = top < bottom ? ['top', r.bottom - box.top] : ['bottom', box.bottom - r.top];
    var side = x[1] / w <= y[1] / h ? x : y;
    cover[side[0]] = Math.max(cover[side[0]], side[1]);
  }
  [].forEach.call(c.querySelectorAll('.leaflet-control-container .leaflet-control'), keepClear);
  var title = c.querySelector('.gm-title');
  if (title) {
    var t = title.getBoundingClientRect();
    if (t.height) { cover.top = Math.max(cover.top, t.bottom - box.top); }
  }
  return {left: Math.min(cover.left, w / 3) + 8, top: Math.min(cover.top, h / 3) + 8,
          right: Math.min(cover.right, w / 3) + 8, bottom: Math.min(cover.bottom, h / 3) + 8};
}

geomove.draw = function (map, D) {
  var S = D.S, F = {}, P = {};
  D.mvFields.forEach(function (k, i) { F[k] = i; });
  D.placeFields.forEach(function (k, i) { P[k] = i; });
  function str(i) { return i === null || i === undefined ? null : S[i]; }
  function mv(row, key) { var v = row[F[key]]; return key in D.strFields ? str(v) : v; }
  function pl(row, key) { var v = row[P[key]]; return key in D.strFields ? str(v) : v; }
  var renderer = D.renderer === 'canvas' ? L.canvas({padding: 0.5}) : L.svg({padding: 0.5});
  var movesAt = D.places.map(function () { return []; });
  D.mv.forEach(function (row, i) { row[F.route].forEach(function (p) { movesAt[p].push(i); }); });

  // --- basemap: land, province borders, rivers and lakes, and their names
  var base = geomove.basemap(map, D.basemap), bases = {}, overlays = {};
  var offline = L.layerGroup([base.land]);
  bases['Offline basemap'] = offline.addTo(map);
  if (D.tiles) {
    var own = new L.GeoInlineTiles(D.tiles.tiles, {minZoom: 0, maxNativeZoom: D.tiles.maxZoom, maxZoom: 18,
      attribution: esc(D.tiles.name)});
    bases['Your tiles: ' + esc(D.tiles.name)] = L.layerGroup([own]);
    map.removeLayer(offline);
    bases['Your tiles: ' + esc(D.tiles.name)].addTo(map);
  }
  if (D.online) {
    // an extra base layer only: the page works without it, and it is not requested until chosen
    bases['OpenStreetMap (web)'] = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'});
  }
  overlays['Province borders'] = base.provinces.addTo(map);
  overlays['Rivers and lakes'] = base.water.addTo(map);
  map.attributionControl.addAttribution(esc(D.basemap.sources) + '; icons: Font Awesome');

  // --- country-level ends: the country outline is the place, shown while a shown movement ends there
  var countries = L.featureGroup(), countryLayer = {};
  D.highlight.forEach(function (code) {
    var polys = base.byCode[code];
    if (!polys) { return; }
    countryLayer[code] = L.polygon(polys, {renderer: renderer, color: '#d9480f', weight: 2.5, dashArray: '6 4',
      fillColor: '#d9480f', fillOpacity: 0.08, interactive: false, className: 'gm-country-end'});
  });
  if (D.highlight.length) { overlays['Country-level ends'] = countries.addTo(map); }

  // --- popups, built on click from escaped strings
  function placeLine(p) {
    var row = D.places[p], bits = [];
    var prec = pl(row, 'precision'), unc = pl(row, 'uncertainty_km');
    bits.push('<b>' + esc(pl(row, 'name') || pl(row, 'surface') || '?') + '</b>');
    if (pl(row, 'surface') && pl(row, 'surface') !== pl(row, 'name')) { bits.push('(\u201c' + esc(pl(row, 'surface')) + '\u201d)'); }
    var holder = pl(row, 'holder');  // (a place the index lacks, drawn at the point of the place it lies in)
    var meta = [pl(row, 'kind'), pl(row, 'country'), prec ? prec + (unc ? ' \u00b1' + unc + ' km' : '') : null,
                holder ? 'at ' + holder + ', where the report puts it' : null,
                pl(row, 'gazetteer_id'), pl(row, 'source')].filter(function (x) { return x; });
    if (meta.length) { bits.push('<span class="gm-meta">' + esc(meta.join(' \u00b7 ')) + '</span>'); }
    if (row[P.lat] === null) { bits.push('<span class="gm-meta">(no coordinates)</span>'); }
    return bits.join(' ');
  }
  function sourceLine(row) {
    var src = mv(row, 'source'), url = safeUrl(mv(row, 'url')), pub = mv(row, 'published');
    var text = esc(src || url || mv(row, 'url') || 'source');
    var out = url ? '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + text + '</a>' : text;
    return out + (pub ? ' (' + esc(pub) + ')' : '');
  }
  function dates(row) {
    var s = mv(row, 'start'), e = mv(row, 'end'), dt = mv(row, 'date_text');
    var d = s ? (e && e !== s ? s + ' \u2013 ' + e : s) : 'undated';
    return esc(d) + (dt ? ' <span class="gm-meta">(\u201c' + esc(dt) + '\u201d)</span>' : '');
  }
  function movementHtml(i, brief) {
    var row = D.mv[i], html = [];
    var count = mv(row, 'count'), status = mv(row, 'status');
    html.push('<div class="gm-mv"><b>' + esc(mv(row, 'actor') || 'unknown actor') + '</b> ' + esc(mv(row, 'what') || ''));
    if (count !== null && count !== undefined) { html.push('<br>count: ' + esc(count)); }
    if (status && status !== 'reported') { html.push('<br>status: <b>' + esc(status) + '</b>'); }
    html.push('<br>date: ' + dates(row));
    if (!brief) {
      html.push('<div class="gm-route">' + row[F.route].map(placeLine).join('<br>\u2193 ') + '</div>');
    }
    if (mv(row, 'quote')) { html.push('<blockquote>' + esc(mv(row, 'quote')) + '</blockquote>'); }
    html.push('<span class="gm-meta">' + sourceLine(row) + (brief ? '' : ' \u00b7 ' + esc(mv(row, 'id'))) + '</span></div>');
    return html.join('');
  }
  function placeHtml(p) {
    var list = movesAt[p], html = ['<div class="gm-place-pop">' + placeLine(p) + '</div>'];
    html.push('<div class="gm-meta">' + list.length + ' movement' + (list.length === 1 ? '' : 's') + '</div>');
    list.slice(0, 5).forEach(function (i) { html.push(movementHtml(i, true)); });
    if (list.length > 5) { html.push('<div class="gm-meta">\u2026 and ' + (list.length - 5) + ' more</div>'); }
    return html.join('');
  }
  var popupOptions = {maxWidth: 380, maxHeight: 360};

  // --- movements: one arrow each, styled by status and confidence; shown by the filters and the slider
  function arrowPopup(layer) {
    return layer.gmPlace !== undefined ? '<div class="gm-meta">uncertain place</div>' + placeLine(layer.gmPlace)
                                       : movementHtml(layer.gmMovement, false);
  }
  function dateText(row) { var s = mv(row, 'start'), e = mv(row, 'end'); return s ? (e && e !== s ? s + ' \u2013 ' + e : s) : 'undated'; }
  function arrowTip(layer) {
    if (layer.gmPlace !== undefined) { return esc(pl(D.places[layer.gmPlace], 'name')); }
    var row = D.mv[layer.gmMovement], st = mv(row, 'status');
    return '<b>' + esc(mv(row, 'actor') || 'unknown actor') + '</b> ' + esc(mv(row, 'what') || '') + '<br>' + esc(dateText(row)) +
      (st && st !== 'reported' ? ' \u00b7 ' + esc(st) : '');
  }
  var moves = L.featureGroup().bindPopup(arrowPopup, popupOptions).bindTooltip(arrowTip, {sticky: true}).addTo(map);
  overlays['Movements'] = moves;
  function band(conf) {
    var bands = D.styles.confidence;
    if (conf === null || conf === undefined) { return bands[0]; }
    for (var b = 0; b < bands.length; b++) { if (conf >= bands[b][0]) { return bands[b]; } }
    return bands[bands.length - 1];
  }
  var arrows = [], halos = [], everything = L.latLngBounds([]), mids = [];
  D.mv.forEach(function (row, i) {
    var coords = row[F.coords];
    if (!coords) {
      coords = [];
      row[F.route].forEach(function (p) {
        var r = D.places[p];
        if (r[P.lat] === null) { return; }
        var last = coords[coords.length - 1];
        if (!last || last[0] !== r[P.lat] || last[1] !== r[P.lon]) { coords.push([r[P.lat], r[P.lon]]); }
      });
    }
    var status = mv(row, 'status') || 'reported', st = D.styles.status[status] || D.styles.status.reported;
    var b = band(row[F.confidence]);
    if (coords.length >= 2) {
      var style = {renderer: renderer, color: st.grey ? D.styles.grey : D.colours[row[F.colour]],
        weight: st.weight * b[3], opacity: st.opacity * b[2], lineCap: 'round',
        dashArray: st.dash || (row[F.dashed] ? D.styles.approxDash : null),
        className: 'gm-arrow gm-status-' + status + ' gm-conf-' + b[1]};
      var arrow = new L.GeoArrow(coords, style);
      arrow.gmMovement = i;
      arrow.gmStyle = {opacity: style.opacity};
      arrows[i] = arrow;
      coords.forEach(function (c) { everything.extend(c); });
      mids[i] = coords[Math.floor((coords.length - 1) / 2)];
    } else if (coords.length === 1) {
      mids[i] = coords[0];
    }
  });
  var haloOf = {};
  D.mv.forEach(function (row) {
    row[F.halos].forEach(function (h) {
      if (haloOf[h[0]]) { return; }  // the uncertainty belongs to the place, drawn once
      var place = D.places[h[0]];
      var halo = L.circle([place[P.lat], place[P.lon]], {renderer: renderer, radius: h[1] * 1000, color: '#555',
        weight: 1.5, opacity: 0.7, dashArray: '4 4', fillColor: '#555', fillOpacity: 0.12, className: 'gm-halo'});
      halo.gmPlace = h[0];
      haloOf[h[0]] = halo;
    });
  });

  // --- places: icons (grid-clustered when crowded) and their names as labels
  var placeShown = D.places.map(function () { return true; }), clusterItems = [], labelItems = base.labels;
  D.places.forEach(function (row, p) {
    if (row[P.lat] === null) { return; }
    var latlng = L.latLng(row[P.lat], row[P.lon]);
    everything.extend(latlng);
    var kind = pl(row, 'kind'), icon = D.icons[D.iconOf[kind] || 'default'];
    var uncertain = ['near', 'region'].indexOf(pl(row, 'precision')) >= 0;
    var item = {latlng: latlng, place: p, weight: movesAt[p].length, marker: function () {
      var m = L.marker(latlng, {icon: L.divIcon({className: 'gm-place' + (uncertain ? ' gm-uncertain' : ''),
        html: icon, iconSize: [22, 22]}), title: pl(row, 'name') || '', alt: pl(row, 'name') || 'place', riseOnHover: true});
      m.bindPopup(function () { return placeHtml(p); }, popupOptions);
      return m;
    }};
    clusterItems.push(item);
    var name = pl(row, 'name') || pl(row, 'surface') || '?';
    // (of two places with as many movements, a point's name before a region's or a place told
    // only near another: "El Obeid" before the "Kordofan" a route crossed)
    labelItems.push({latlng: latlng, cat: 'place', pri: 100 + Math.min(movesAt[p].length, 50) - (uncertain ? 0.5 : 0),
      minZoom: 0, anchor: 'right',
      text: function () { return item.inCluster ? name + ' +' + (item.size - 1) : name; },
      dx: function () { return item.inCluster ? 20 : 13; },
      at: function () { return item.inCluster ? item.at : null; },
      on: function () { return placeShown[p] && (!item.inCluster || item.lead); }});
  });
  var cluster = new L.GeoPlaceCluster(clusterItems);
  if (clusterItems.length) { overlays['Places'] = cluster.addTo(map); }
  var shownMv = D.mv.map(function () { return true; });
  D.mv.forEach(function (row, i) {
    if (!mids[i]) { return; }
    labelItems.push({latlng: L.latLng(mids[i]), text: (mv(row, 'actor') || 'unknown actor') + ' \u00b7 ' + dateText(row),
      cat: 'arrow', pri: 10, minZoom: 9, anchor: 'right', dx: 4, on: function () { return shownMv[i]; }});
  });
  var labels = new L.GeoLabels(labelItems).addTo(map);
  overlays['Names'] = labels;

  // --- the state the filters and the slider set, and applying it
  var nPeriods = D.periods.length;
  var state = {actors: {}, statuses: {}, minConf: 0, from: null, to: null, query: '', step: nPeriods};
  D.actors.forEach(function (a, k) { state.actors[k] = true; });
  D.statuses.forEach(function (st) { state.statuses[st[0]] = D.shown.indexOf(st[0]) >= 0; });
  var haystack = D.mv.map(function (row) {
    var bits = [mv(row, 'actor'), D.actors[row[F.colour]] ? D.actors[row[F.colour]][0] : '', mv(row, 'what')];
    row[F.route].forEach(function (p) { bits.push(pl(D.places[p], 'name'), pl(D.places[p], 'surface')); });
    return geomove.fold(bits.filter(function (x) { return x; }).join(' | '));
  });
  function passes(i, ignoreTime) {
    var row = D.mv[i];
    if (!state.actors[row[F.colour]]) { return false; }
    if (!state.statuses[mv(row, 'status') || 'reported']) { return false; }
    var conf = row[F.confidence];
    if (state.minConf && conf !== null && conf !== undefined && conf < state.minConf) { return false; }
    var day = row[F.day];
    if (state.from !== null && (day === null || day < state.from)) { return false; }
    if (state.to !== null && (day === null || day > state.to)) { return false; }
    if (state.query && haystack[i].indexOf(state.query) < 0) { return false; }
    if (!ignoreTime && state.step < nPeriods && row[F.period] > state.step) { return false; }
    return true;
  }
  function apply() {
    var shownCount = 0, byActor = {}, byStatus = {}, hist = D.periods.map(function () { return 0; });
    placeShown = D.places.map(function () { return false; });
    D.mv.forEach(function (row, i) {
      var ok = passes(i, true);
      if (ok && row[F.period] >= 0) { hist[row[F.period]]++; }
      var vis = ok && (state.step >= nPeriods || row[F.period] <= state.step);
      shownMv[i] = vis;
      var a = arrows[i];
      if (a) {
        if (vis && !moves.hasLayer(a)) { moves.addLayer(a); }
        if (!vis && moves.hasLayer(a)) { moves.removeLayer(a); }
        if (vis) {
          var faded = state.step < nPeriods && row[F.period] >= 0 && row[F.period] < state.step;
          if (a.gmFaded !== faded) { a.gmFaded = faded; a.setStyle({opacity: a.gmStyle.opacity * (faded ? 0.35 : 1)}); }
        }
      }
      if (vis) {
        shownCount++;
        byActor[row[F.colour]] = (byActor[row[F.colour]] || 0) + 1;
        var s = mv(row, 'status') || 'reported';
        byStatus[s] = (byStatus[s] || 0) + 1;
        row[F.route].forEach(function (p) { placeShown[p] = true; });
      }
    });
    var ends = {};
    D.mv.forEach(function (row, i) {
      if (!shownMv[i]) { return; }
      row[F.route].forEach(function (p) {
        var r = D.places[p];
        if (pl(r, 'precision') === 'country' && pl(r, 'country')) { ends[pl(r, 'country').toUpperCase()] = true; }
      });
    });
    Object.keys(countryLayer).forEach(function (code) {
      var l = countryLayer[code];
      if (ends[code] && !countries.hasLayer(l)) { countries.addLayer(l); }
      if (!ends[code] && countries.hasLayer(l)) { countries.removeLayer(l); }
    });
    Object.keys(haloOf).forEach(function (p) {
      var h = haloOf[p];
      if (placeShown[p] && !moves.hasLayer(h)) { moves.addLayer(h); }
      if (!placeShown[p] && moves.hasLayer(h)) { moves.removeLayer(h); }
    });
    clusterItems.forEach(function (item) { item.hidden = !placeShown[item.place]; });
    cluster.refresh();
    labels.update();
    var nPlaces = placeShown.filter(function (x) { return x; }).length;
    if (geomove.filters) { geomove.filters.setCounts(shownCount, D.mv.length, nPlaces, byActor, byStatus); }
    if (geomove.timeline) { geomove.timeline.setCounts(hist); }
    notice.style.display = shownCount || !D.mv.length ? 'none' : '';
    document.documentElement.setAttribute('data-geomove-shown', String(shownCount));
    geomove.shown = shownCount;
  }
  geomove.state = state;
  geomove.apply = apply;

  // --- controls: layers, filters, time, legend, title, notices
  L.control.layers(bases, overlays, {collapsed: true, position: 'topright'}).addTo(map);
  var days = D.mv.map(function (r) { return r[F.day]; }).filter(function (d) { return d !== null; });
  var labelsOf = {};
  Object.keys(D.styles.status).forEach(function (k) { labelsOf[k] = D.styles.status[k].label; });
  if (D.mv.length) {
    geomove.filters = new L.Control.GeoFilters({actors: D.actors, statuses: D.statuses, shown: D.shown, labels: labelsOf,
      minDay: days.length ? Math.min.apply(null, days) : null, maxDay: days.length ? Math.max.apply(null, days) : null},
      function (st) { ['actors', 'statuses', 'minConf', 'from', 'to', 'query'].forEach(function (k) { state[k] = st[k]; }); apply(); }
    ).addTo(map);
  }
  if (nPeriods) {
    geomove.timeline = new L.Control.GeoTimeline(D.periods, function (step) { state.step = step; apply(); }).addTo(map);
  }
  var statusLegend = D.statuses.map(function (st) {
    var s = D.styles.status[st[0]] || D.styles.status.reported;
    return [st[0], s.label, s.dash, s.grey];
  });
  new L.Control.GeoLegend({actors: D.actors, statuses: statusLegend, grey: D.styles.grey, approxDash: D.styles.approxDash,
    confidence: D.styles.confidence.map(function (c) { return [c[1], c[2], 3 * c[3]]; }),
    kinds: D.kinds.map(function (k) { return [k[0], D.icons[k[1]]]; }), notes: D.notes}).addTo(map);
  L.control.scale({imperial: false}).addTo(map);
  var title = L.DomUtil.create('div', 'gm-title', map.getContainer());
  function iso(n) { return new Date(n * 864e5).toISOString().slice(0, 10); }
  var first = days.length ? iso(Math.min.apply(null, days)) : '', last = days.length ? iso(Math.max.apply(null, days)) : '';
  var span = first === last ? first : first + ' \u2013 ' + last;
  title.textContent = D.title || ('Movements' + (span ? ', ' + span : ''));
  var notice = L.DomUtil.create('div', 'gm-notice', map.getContainer());
  notice.setAttribute('role', 'status');
  notice.textContent = 'No movement matches the filters.';
  notice.style.display = 'none';
  if (!D.mv.length) {
    var empty = L.DomUtil.create('div', 'gm-notice gm-empty', map.getContainer());
    empty.setAttribute('role', 'status');
    empty.textContent = 'No movements to show.' + (D.leftOut ? ' ' + D.leftOut + ' denied, planned or static movement' +
      (D.leftOut === 1 ? ' was' : 's were') + ' left out: render with --all to draw them.' : '');
  }
  apply();
  if (everything.isValid()) {
    var cover = coveredEdges(map);
    map.fitBounds(everything.pad(0.15), {maxZoom: 9, paddingTopLeft: [cover.left, cover.top],
                                         paddingBottomRight: [cover.right, cover.bottom]});
  } else { map.setView([20, 20], 2); }
  geomove.map = map;
  geomove.labels = labels;
  geomove.layers = {land: base.land, provinces: base.provinces, water: base.water, moves: moves, places: cluster};
  geomove.ready = true;
  document.documentElement.setAttribute('data-geomove-ready', String(D.mv.length));
  // A host page embedding the map in an iframe can wait for this (the frame is sandboxed).
  if (window.parent && window.parent !== window) {
    window.parent.postMessage({geomove: 'ready', movements: D.mv.length}, '*');
  }
};
})();
"""

CSS = r"""
.gm-mv { margin: 4px 0 8px; }
.gm-mv blockquote { margin: 4px 0; padding: 2px 8px; border-left: 3px solid #bbb; color: #333; font-style: italic; }
.gm-meta { color: #666; font-size: 11px; }
.gm-route { margin: 4px 0; }
"""
