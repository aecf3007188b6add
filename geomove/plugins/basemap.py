"""geomove.basemap(map, B): the offline context layers, built from geomove.maps.basemap's data.

Land (country polygons) is painted on a canvas in the lowest pane; province borders,
rivers and lakes are SVG paths with their own classes (gm-admin1, gm-river, gm-lake) in
a pane above it, so a browser test or an inspector finds them. Names (countries, seas,
rivers, provinces, towns) are returned as label items for L.GeoLabels.
"""

JS = r"""
(function () {
var geomove = window.geomove = window.geomove || {};
geomove.decode = function (enc, scale) {
  var out = [], lat = 0, lon = 0;
  for (var i = 0; i + 1 < enc.length; i += 2) { lat += enc[i]; lon += enc[i + 1]; out.push([lat / scale, lon / scale]); }
  return out;
};
var RIVERS_FROM_ZOOM = 5, PROVINCES_FROM_ZOOM = 5;
geomove.basemap = function (map, B) {
  var k = B.scale, dec = function (e) { return geomove.decode(e, k); };
  map.createPane('gmLand').style.zIndex = 210;
  map.createPane('gmContext').style.zIndex = 260;
  map.getPane('gmContext').style.pointerEvents = 'none';
  var land = L.canvas({pane: 'gmLand', padding: 0.5});
  var lines = L.svg({pane: 'gmContext', padding: 0.5});
  var countries = L.layerGroup(), byCode = {};
  B.countries.forEach(function (c) {
    var polys = c[2].map(function (poly) { return poly.map(dec); });
    countries.addLayer(L.polygon(polys, {renderer: land, pane: 'gmLand', interactive: false,
      color: '#9c9489', weight: 0.9, fillColor: '#f3f0e8', fillOpacity: 1}));
    if (c[0]) { byCode[c[0]] = polys; }
  });
  var provinces = L.layerGroup(), water = L.layerGroup();
  B.admin1.forEach(function (e) {
    provinces.addLayer(L.polyline(dec(e), {renderer: lines, pane: 'gmContext', interactive: false,
      color: '#a89c8a', weight: 1, dashArray: '5 3', className: 'gm-admin1'}));
  });
  B.lakes.forEach(function (e) {
    water.addLayer(L.polygon(dec(e), {renderer: lines, pane: 'gmContext', interactive: false,
      color: '#7fa9c9', weight: 0.7, fillColor: '#cfe0ea', fillOpacity: 1, className: 'gm-lake'}));
  });
  B.rivers.forEach(function (e) {
    water.addLayer(L.polyline(dec(e), {renderer: lines, pane: 'gmContext', interactive: false,
      color: '#6f9fc6', weight: 1.4, className: 'gm-river'}));
  });
  // Rivers and province borders are drawn only around the movements: at a continent's scale they
  // are short scribbles round each cluster of places that read as noise, so each shows from the
  // zoom where it tells the ground (their names show from 5 and 6 too).
  function detailByZoom() {
    var z = map.getZoom(), c = map.getContainer();
    if (z === undefined) { return; }
    L.DomUtil[z < RIVERS_FROM_ZOOM ? 'addClass' : 'removeClass'](c, 'gm-rivers-hidden');
    L.DomUtil[z < PROVINCES_FROM_ZOOM ? 'addClass' : 'removeClass'](c, 'gm-provinces-hidden');
  }
  map.on('zoomend viewreset load', detailByZoom);
  var labels = [];
  B.countryLabels.forEach(function (c) {
    labels.push({latlng: L.latLng(c[1], c[2]), text: c[0], cat: 'country', pri: 80 - c[3], minZoom: c[3], anchor: 'center'});
  });
  B.water.forEach(function (w) {
    labels.push({latlng: L.latLng(w[1], w[2]), text: w[0], cat: 'water', pri: 60 - w[3], minZoom: w[3], anchor: 'center'});
  });
  B.riverLabels.forEach(function (r) {
    labels.push({latlng: L.latLng(r[1], r[2]), text: r[0], cat: 'river', pri: 45, minZoom: 5, anchor: 'center'});
  });
  B.provinces.forEach(function (p) {
    labels.push({latlng: L.latLng(p[1], p[2]), text: p[0], cat: 'province', pri: 20, minZoom: 6, anchor: 'center'});
  });
  B.towns.forEach(function (t) {
    labels.push({latlng: L.latLng(t[1], t[2]), text: t[0], cat: 'town', pri: 25 + Math.log(t[3] + 1) / Math.LN10,
                 minZoom: t[4], anchor: 'right', dx: t[3] >= 1e6 ? 9 : 7, size: t[3] >= 1e6 ? 'l' : t[3] >= 1e5 ? 'm' : ''});
  });
  return {land: countries, provinces: provinces, water: water, labels: labels, byCode: byCode};
};
})();
"""

CSS = r"""
.leaflet-container { background: #cfe0ea; }
.gm-rivers-hidden path.gm-river, .gm-provinces-hidden path.gm-admin1 { display: none; }
"""
