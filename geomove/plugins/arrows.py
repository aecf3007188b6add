"""L.GeoArrow: a polyline with an arrowhead drawn at its last point.

The head is computed in screen pixels whenever Leaflet re-clips the line (zoom, pan),
so it keeps its size at every zoom and works with both the SVG and the Canvas renderer:
it is just one more part of the path. Its tip stops ``tipGapPx`` short of the last
point so the destination's marker does not hide it.
"""

JS = r"""
L.GeoArrow = L.Polyline.extend({
  options: {headPx: 12, headDeg: 27, tipGapPx: 12},
  _update: function () {
    if (!this._map) { return; }
    this._clipPoints();
    this._simplifyPoints();
    this._addHead();
    this._updatePath();
  },
  _addHead: function () {
    var rings = this._rings, ring = rings && rings[rings.length - 1], parts = this._parts;
    if (!ring || ring.length < 2 || !parts.length) { return; }
    var end = ring[ring.length - 1], i = ring.length - 2;
    while (i > 0 && ring[i].distanceTo(end) < 1) { i--; }
    var from = ring[i], dx = end.x - from.x, dy = end.y - from.y;
    var len = Math.sqrt(dx * dx + dy * dy);
    if (len < 1) { return; }
    var gap = Math.min(this.options.tipGapPx, len * 0.4);
    var tip = L.point(end.x - dx / len * gap, end.y - dy / len * gap);
    var last = parts[parts.length - 1];
    if (last[last.length - 1].equals(end)) { last[last.length - 1] = tip; }
    var h = Math.min(this.options.headPx, (len - gap) * 0.6), a = Math.atan2(dy, dx);
    var s = this.options.headDeg * Math.PI / 180;
    parts.push([L.point(tip.x - h * Math.cos(a - s), tip.y - h * Math.sin(a - s)), tip,
                L.point(tip.x - h * Math.cos(a + s), tip.y - h * Math.sin(a + s))]);
  }
});
"""
