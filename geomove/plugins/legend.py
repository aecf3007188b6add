"""L.Control.GeoLegend: what the colours, line styles and icons on the map mean."""

JS = r"""
L.Control.GeoLegend = L.Control.extend({
  options: {position: 'bottomright'},
  // spec: {title, actors: [[name, colour]], kinds: [[label, svg]], notes}
  initialize: function (spec, options) { L.setOptions(this, options); this._spec = spec; },
  onAdd: function () {
    var esc = geomove.esc, s = this._spec, html = [];
    var box = L.DomUtil.create('div', 'gm-legend');
    if (s.title) { html.push('<div class="gm-legend-title">' + esc(s.title) + '</div>'); }
    if (s.actors.length) {
      html.push('<div class="gm-legend-head">Movements by actor</div>');
      s.actors.forEach(function (a) {
        html.push('<div><svg width="28" height="10"><path d="M1 5H25M19 1L25 5L19 9" stroke="' + esc(a[1]) +
                  '" stroke-width="3" fill="none"/></svg> ' + esc(a[0]) + '</div>');
      });
    }
    html.push('<div><svg width="28" height="10"><path d="M1 5H25M19 1L25 5L19 9" stroke="#555" stroke-width="3" ' +
              'stroke-dasharray="5 4" fill="none"/></svg> an end is approximate</div>');
    html.push('<div><svg width="28" height="14"><circle cx="14" cy="7" r="6" stroke="#555" stroke-dasharray="3 2" ' +
              'fill="#555" fill-opacity=".15"/></svg> uncertainty radius</div>');
    html.push('<div><svg width="28" height="12"><rect x="2" y="2" width="24" height="8" stroke="#d9480f" ' +
              'stroke-width="2" stroke-dasharray="4 2" fill="#d9480f" fill-opacity=".1"/></svg> country-level end</div>');
    if (s.kinds.length) {
      html.push('<div class="gm-legend-head">Places</div>');
      s.kinds.forEach(function (k) {
        html.push('<div><span class="gm-place gm-legend-icon">' + k[1] + '</span> ' + esc(k[0]) + '</div>');
      });
    }
    if (s.notes) { html.push('<div class="gm-legend-note">' + esc(s.notes) + '</div>'); }
    box.innerHTML = html.join('');
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  }
});
"""

CSS = r"""
.gm-legend { background: rgba(255,255,255,.92); padding: 6px 10px; font: 12px/1.5 sans-serif;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 240px; max-height: 45vh; overflow: auto; }
.gm-legend div { display: flex; align-items: center; gap: 6px; }
.gm-legend-title { font-weight: bold; font-size: 13px; }
.gm-legend-head { font-weight: bold; margin-top: 4px; }
.gm-legend-note { color: #555; font-size: 11px; display: block !important; }
.gm-legend .gm-legend-icon { width: 18px; height: 18px; flex: none; }
.gm-legend .gm-legend-icon svg { width: 10px; height: 10px; }
"""
