"""L.GeoPlaceCluster: grid clustering of place markers, redrawn for the visible area.

Items marked ``hidden`` (filtered out, or later than the time slider) are skipped; each
item learns whether it is in a bubble (``inCluster``) and whether it leads it (``lead``,
``size``, ``at``), so labels can name the bubble instead of its hidden members.
Places that fall in the same screen cell (cellPx) merge into one numbered bubble; a
click zooms to them. Only the markers in view exist in the DOM, which keeps thousands
of places cheap (folium's MarkerCluster takes > 30 s for 10,000 markers, folium #1814).
"""

JS = r"""
L.GeoPlaceCluster = L.Layer.extend({
  options: {cellPx: 34, flatZoom: 9},
  // items: [{latlng: L.LatLng, marker: function () -> L.Layer}]
  initialize: function (items, options) {
    L.setOptions(this, options);
    this._items = items;
  },
  onAdd: function (map) {
    this._group = L.layerGroup().addTo(map);
    map.on('zoomend moveend', this._redraw, this);
    this._redraw();
  },
  onRemove: function (map) {
    map.off('zoomend moveend', this._redraw, this);
    map.removeLayer(this._group);
  },
  refresh: function () { if (this._map) { this._redraw(); } },
  _redraw: function () {
    var map = this._map, group = this._group, z = map.getZoom();
    var view = map.getBounds().pad(0.25), cells = {}, order = [], cell = this.options.cellPx;
    group.clearLayers();
    for (var i = 0; i < this._items.length; i++) {
      var item = this._items[i];
      if (item.hidden || !view.contains(item.latlng)) { continue; }
      var key = i;
      if (z < this.options.flatZoom) {
        var p = map.project(item.latlng, z);
        key = Math.floor(p.x / cell) + ':' + Math.floor(p.y / cell);
      }
      if (!cells[key]) { cells[key] = []; order.push(key); }
      cells[key].push(item);
    }
    for (var k = 0; k < order.length; k++) {
      var members = cells[order[k]];
      for (var m = 0; m < members.length; m++) { members[m].inCluster = members.length > 1; members[m].lead = false; }
      if (members.length === 1) {
        if (!members[0].layer) { members[0].layer = members[0].marker(); }
        group.addLayer(members[0].layer);
      } else {
        var bubble = this._bubble(members), lead = members[0];
        // the bubble is named after its busiest place (weight), "+N" for the others
        for (m = 1; m < members.length; m++) { if ((members[m].weight || 0) > (lead.weight || 0)) { lead = members[m]; } }
        lead.lead = true; lead.size = members.length; lead.at = bubble.getLatLng();
        group.addLayer(bubble);
      }
    }
  },
  _bubble: function (members) {
    var lat = 0, lng = 0, bounds = L.latLngBounds([]);
    for (var i = 0; i < members.length; i++) {
      lat += members[i].latlng.lat; lng += members[i].latlng.lng; bounds.extend(members[i].latlng);
    }
    var n = members.length, size = n < 10 ? 28 : n < 100 ? 34 : 40;
    var bubble = L.marker([lat / n, lng / n], {
      icon: L.divIcon({className: 'gm-cluster', html: '<span>' + n + '</span>', iconSize: [size, size]}),
      title: n + ' places'
    });
    var map = this._map;
    bubble.on('click', function () {
      if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
        map.setView(bounds.getCenter(), Math.min(map.getZoom() + 3, map.getMaxZoom()));
      } else {
        map.fitBounds(bounds.pad(0.2));
      }
    });
    return bubble;
  }
});
"""

CSS = r"""
.gm-cluster { background: rgba(37, 99, 160, .85); border: 2px solid #fff; border-radius: 50%;
  color: #fff; font: bold 12px/1 sans-serif; display: flex; align-items: center;
  justify-content: center; box-shadow: 0 0 0 3px rgba(37, 99, 160, .3); }
.gm-place { background: #fff; border: 2px solid #333; border-radius: 50%; display: flex;
  align-items: center; justify-content: center; box-sizing: border-box; }
.gm-place svg { width: 12px; height: 12px; fill: #222; }
.gm-place.gm-uncertain { border-style: dashed; }
"""
