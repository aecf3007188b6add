"""L.GeoInlineTiles: a tile layer whose tiles are data URIs written into the page (``--tiles``).

Tiles missing from the page (outside the data's area, or deeper than the source) draw
as nothing; nothing is ever requested.
"""

JS = r"""
L.GeoInlineTiles = L.GridLayer.extend({
  // tiles: {"z/x/y": "data:image/...;base64,..."}
  initialize: function (tiles, options) { L.setOptions(this, options); this._data = tiles; },
  createTile: function (coords) {
    var img = document.createElement('img'), uri = this._data[coords.z + '/' + coords.x + '/' + coords.y];
    img.alt = '';
    img.setAttribute('role', 'presentation');
    if (uri) { img.src = uri; }
    return img;
  }
});
"""
