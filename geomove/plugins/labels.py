"""L.GeoLabels: names as DOM text on the map, placed without overlapping.

Each item has a point, a text, a category, a priority and a minimum zoom. On every
zoom or pan the labels in view are placed in priority order; one whose box would overlap
a placed one tries the other side of its point, else waits for a closer zoom. Labels are
plain ``div`` elements holding text (``textContent``), so screen readers and browser
tests read them, and report strings cannot become markup. Widths are measured once with
a canvas context in the label's own font.
"""

JS = r"""
L.GeoLabels = L.Layer.extend({
  options: {pane: 'gmLabels', max: 450, cell: 80},
  // items: [{latlng, text (string or function), cat, pri, minZoom, maxZoom?, anchor: 'center'|'right',
  //          dx? (number or function), on?: function, at?: function -> latlng to label instead}]
  initialize: function (items, options) {
    L.setOptions(this, options);
    this._items = items.slice().sort(function (a, b) { return b.pri - a.pri; });
    this._off = {};
    this._ctx = document.createElement('canvas').getContext('2d');
  },
  onAdd: function (map) {
    if (!map.getPane(this.options.pane)) {
      var pane = map.createPane(this.options.pane);
      pane.style.zIndex = 620;
      pane.style.pointerEvents = 'none';
    }
    this._box = L.DomUtil.create('div', 'gm-labels', map.getPane(this.options.pane));
    map.on('zoomstart', this._hide, this);
    map.on('zoomend moveend resize', this.update, this);
    this.update();
  },
  onRemove: function (map) {
    map.off('zoomstart', this._hide, this);
    map.off('zoomend moveend resize', this.update, this);
    L.DomUtil.remove(this._box);
  },
  setCategory: function (cat, on) { this._off[cat] = !on; this.update(); },
  _hide: function () { if (this._box) { this._box.style.display = 'none'; } },
  _width: function (it, text) {
    if (it.wText !== text) {
      this._ctx.font = L.GeoLabels.FONTS[it.cat + (it.size || '')] || L.GeoLabels.FONTS[it.cat] || L.GeoLabels.FONTS.place;
      it.w = Math.ceil(this._ctx.measureText(text).width) + 6;
      it.wText = text;
    }
    return it.w;
  },
  update: function () {
    var map = this._map;
    if (!map || !this._box) { return; }
    var z = map.getZoom(), size = map.getSize(), grid = {}, cell = this.options.cell, n = 0;
    var frag = document.createDocumentFragment();
    this._box.textContent = '';
    this._box.style.display = '';
    function keys(b) {
      var out = [];
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) { out.push(gx + ':' + gy); }
      }
      return out;
    }
    function free(b) {
      var ks = keys(b);
      for (var k = 0; k < ks.length; k++) {
        var list = grid[ks[k]];
        if (!list) { continue; }
        for (var j = 0; j < list.length; j++) {
          var o = list[j];
          if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) { return false; }
        }
      }
      return true;
    }
    function take(b) { keys(b).forEach(function (k) { (grid[k] = grid[k] || []).push(b); }); }
    for (var i = 0; i < this._items.length && n < this.options.max; i++) {
      var it = this._items[i];
      if (this._off[it.cat] || z < it.minZoom || (it.maxZoom !== undefined && z > it.maxZoom)) { continue; }
      if (it.on && !it.on()) { continue; }
      var p = map.latLngToContainerPoint(it.at ? it.at() || it.latlng : it.latlng);
      if (p.x < -60 || p.y < -20 || p.x > size.x + 60 || p.y > size.y + 20) { continue; }
      var text = typeof it.text === 'function' ? it.text() : it.text;
      var w = this._width(it, text), h = it.cat === 'country' ? 16 : 14, x, y, side = '';
      var dx = typeof it.dx === 'function' ? it.dx() : (it.dx || 6);
      if (it.anchor === 'center') { x = p.x - w / 2; y = p.y - h / 2; } else { x = p.x + dx; y = p.y - h / 2; }
      var b = [x - 1, y - 1, x + w + 1, y + h + 1];
      if (!free(b)) {
        if (it.anchor === 'center') { continue; }
        x = p.x - dx - w; b = [x - 1, y - 1, x + w + 1, y + h + 1]; side = ' gm-left';
        if (!free(b)) { continue; }
      }
      take(b);
      var el = document.createElement('div');
      el.className = 'gm-label gm-l-' + it.cat + side + (it.size ? ' gm-size-' + it.size : '');
      el.textContent = text;
      L.DomUtil.setPosition(el, map.containerPointToLayerPoint([x, y]));
      frag.appendChild(el);
      n++;
    }
    this._box.appendChild(frag);
    this.shown = n;
  }
});
L.GeoLabels.FONTS = {
  place: 'bold 12px sans-serif', country: 'bold 12px sans-serif', province: 'italic 11px sans-serif',
  town: '11px sans-serif', townl: 'bold 13px sans-serif', townm: '12px sans-serif', water: 'italic 12px serif', river: 'italic 11px serif', arrow: '10px sans-serif'
};
"""

CSS = r"""
.gm-label { position: absolute; white-space: nowrap; pointer-events: none; line-height: 14px; }
.gm-l-place { font: bold 12px sans-serif; color: #111;
  text-shadow: -1px -1px 0 #fff, 1px -1px 0 #fff, -1px 1px 0 #fff, 1px 1px 0 #fff, 0 0 3px #fff; }
.gm-l-country { font: bold 12px sans-serif; color: #6b6258; letter-spacing: .12em; text-transform: uppercase;
  line-height: 16px; text-shadow: 0 0 3px #f3f0e8, 0 0 2px #f3f0e8; }
.gm-l-province { font: italic 11px sans-serif; color: #8a7d6c; text-shadow: 0 0 3px #f3f0e8; }
.gm-l-town { font: 11px sans-serif; color: #333; text-shadow: 0 0 3px #fff, 0 0 2px #fff; }
.gm-l-town::before { content: ''; position: absolute; left: -5px; top: 5px; width: 4px; height: 4px;
  border-radius: 50%; background: #444; }
.gm-l-town.gm-left::before { left: auto; right: -5px; }
.gm-l-town.gm-size-l { font: bold 13px sans-serif; }
.gm-l-town.gm-size-m { font-size: 12px; }
.gm-l-town.gm-size-l::before { width: 7px; height: 7px; left: -8px; top: 4px; background: #222; }
.gm-l-town.gm-size-l.gm-left::before { left: auto; right: -8px; }
.gm-l-town.gm-size-m::before { width: 5px; height: 5px; left: -6px; top: 5px; }
.gm-l-town.gm-size-m.gm-left::before { left: auto; right: -6px; }
.gm-l-water, .gm-l-river { font: italic 12px serif; color: #3f6f98; text-shadow: 0 0 3px #fff; }
.gm-l-river { font-size: 11px; }
.gm-l-arrow { font: 10px sans-serif; color: #222; background: rgba(255,255,255,.75); padding: 0 2px; border-radius: 2px; }
"""
