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

  // --- basemap: country polygons in their own pane under everything else
  map.createPane('gmBorders').style.zIndex = 250;
  var borderRenderer = L.canvas({pane: 'gmBorders', padding: 0.5});
  var borders = L.layerGroup(), byCode = {};
  D.borders.forEach(function (c) {
    var poly = L.polygon(c[2], {renderer: borderRenderer, pane: 'gmBorders', interactive: false,
      color: '#8a8a8a', weight: 0.8, fillColor: '#f3f0e8', fillOpacity: 1});
    borders.addLayer(poly);
    if (c[0]) { byCode[c[0]] = c; }
  });
  var bases = {}, overlays = {};
  if (D.online) {
    var osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'});
    bases['OpenStreetMap'] = osm.addTo(map);
    bases['Country borders (offline)'] = borders;
  } else {
    bases['Country borders (offline)'] = borders.addTo(map);
  }
  map.attributionControl.addAttribution('Borders: Natural Earth; icons: Font Awesome');

  // --- country-level ends: the country outline is the place
  var countries = L.featureGroup();
  D.highlight.forEach(function (code) {
    var c = byCode[code];
    if (!c) { return; }
    countries.addLayer(L.polygon(c[2], {renderer: renderer, color: '#d9480f', weight: 2.5, dashArray: '6 4',
      fillColor: '#d9480f', fillOpacity: 0.08, interactive: false, className: 'gm-country-end'}));
  });
  if (D.highlight.length) { overlays['Country-level ends'] = countries.addTo(map); }

  // --- popups, built on click from escaped strings
  function placeLine(p) {
    var row = D.places[p], bits = [];
    var prec = pl(row, 'precision'), unc = pl(row, 'uncertainty_km');
    bits.push('<b>' + esc(pl(row, 'name') || pl(row, 'surface') || '?') + '</b>');
    if (pl(row, 'surface') && pl(row, 'surface') !== pl(row, 'name')) { bits.push('(\u201c' + esc(pl(row, 'surface')) + '\u201d)'); }
    var meta = [pl(row, 'kind'), pl(row, 'country'), prec ? prec + (unc ? ' \u00b1' + unc + ' km' : '') : null,
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

  // --- movements: one group per period (overlay), arrows plus uncertainty halos.
  // Popups and tooltips are bound once per group (not per layer): 10,000 bindings cost a second.
  function arrowPopup(layer) {
    return layer.gmPlace !== undefined ? '<div class="gm-meta">uncertain place</div>' + placeLine(layer.gmPlace)
                                       : movementHtml(layer.gmMovement, false);
  }
  function arrowTip(layer) {
    if (layer.gmPlace !== undefined) { return esc(pl(D.places[layer.gmPlace], 'name')); }
    var row = D.mv[layer.gmMovement];
    return esc(mv(row, 'actor') || '') + ' ' + esc(mv(row, 'what') || '');
  }
  function periodGroup() {
    return L.featureGroup().bindPopup(arrowPopup, popupOptions).bindTooltip(arrowTip, {sticky: true});
  }
  var groups = D.periods.map(periodGroup);
  var undated = periodGroup(), items = [], everything = L.latLngBounds([]), haloSeen = {};
  D.mv.forEach(function (row, i) {
    var period = row[F.period], group = period >= 0 ? groups[period] : undated;
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
    var layers = [];
    if (coords.length >= 2) {
      var arrow = new L.GeoArrow(coords, {renderer: renderer, color: D.colours[row[F.colour]], weight: 3,
        opacity: 0.9, className: 'gm-arrow', dashArray: row[F.dashed] ? '7 6' : null});
      arrow.gmMovement = i;
      layers.push([arrow, {opacity: 0.9}]);
      coords.forEach(function (c) { everything.extend(c); });
    }
    row[F.halos].forEach(function (h) {
      // One halo per place and period: the uncertainty belongs to the place, not the movement.
      var key = period + ':' + h[0];
      if (haloSeen[key]) { return; }
      haloSeen[key] = true;
      var place = D.places[h[0]];
      var halo = L.circle([place[P.lat], place[P.lon]], {renderer: renderer, radius: h[1] * 1000, color: '#555',
        weight: 1.5, opacity: 0.7, dashArray: '4 4', fillColor: '#555', fillOpacity: 0.12, className: 'gm-halo'});
      halo.gmPlace = h[0];
      layers.push([halo, {opacity: 0.7, fillOpacity: 0.12}]);
    });
    layers.forEach(function (l) {
      group.addLayer(l[0]);
      if (period >= 0) { items.push({layer: l[0], group: group, period: period, style: l[1]}); }
    });
  });
  D.periods.forEach(function (label, k) { overlays[label] = groups[k].addTo(map); });
  if (D.hasUndated) { overlays['undated'] = undated.addTo(map); }

  // --- places, clustered
  var clusterItems = [];
  D.places.forEach(function (row, p) {
    if (row[P.lat] === null) { return; }
    var latlng = L.latLng(row[P.lat], row[P.lon]);
    everything.extend(latlng);
    var kind = pl(row, 'kind'), icon = D.icons[D.iconOf[kind] || 'default'];
    var uncertain = ['near', 'region'].indexOf(pl(row, 'precision')) >= 0;
    clusterItems.push({latlng: latlng, marker: function () {
      var m = L.marker(latlng, {icon: L.divIcon({className: 'gm-place' + (uncertain ? ' gm-uncertain' : ''),
        html: icon, iconSize: [22, 22]}), title: pl(row, 'name') || '', riseOnHover: true});
      m.bindPopup(function () { return placeHtml(p); }, popupOptions);
      return m;
    }});
  });
  if (clusterItems.length) { overlays['Places'] = new L.GeoPlaceCluster(clusterItems).addTo(map); }

  var nOverlays = Object.keys(overlays).length;
  L.control.layers(bases, overlays, {collapsed: nOverlays > 10, position: 'topright'}).addTo(map);
  if (D.periods.length) { geomove.timeline = new L.Control.GeoTimeline(D.periods, items).addTo(map); }
  new L.Control.GeoLegend({title: D.title, actors: D.actors,
    kinds: D.kinds.map(function (k) { return [k[0], D.icons[k[1]]]; }), notes: D.notes}).addTo(map);
  L.control.scale({imperial: false}).addTo(map);
  if (everything.isValid()) { map.fitBounds(everything.pad(0.1), {maxZoom: 10}); }
  geomove.map = map;
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
.leaflet-container { background: #cfe0ea; }
.gm-mv { margin: 4px 0 8px; }
.gm-mv blockquote { margin: 4px 0; padding: 2px 8px; border-left: 3px solid #bbb; color: #333; font-style: italic; }
.gm-meta { color: #666; font-size: 11px; }
.gm-route { margin: 4px 0; }
"""
