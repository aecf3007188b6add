"""L.Control.GeoLegend: what colours, line styles, icons and basemap lines mean; it folds away."""

JS = r"""
L.Control.GeoLegend = L.Control.extend({
  options: {position: 'bottomright'},
  // spec: {actors: [[name, colour]], statuses: [[status, label, dash, grey]], confidence: [[label, opacity]],
  //        kinds: [[label, svg]], notes, grey}
  initialize: function (spec, options) { L.setOptions(this, options); this._spec = spec; },
  onAdd: function (map) {
    var esc = geomove.esc, s = this._spec, html = [];
    var box = L.DomUtil.create('details', 'gm-legend');
    box.open = map.getSize().y > 900 && map.getSize().x > 1100;  // never a third of a small map
    function arrow(colour, dash, opacity, width) {
      return '<svg width="28" height="10" aria-hidden="true"><path d="M1 5H25M19 1L25 5L19 9" stroke="' + esc(colour) +
        '" stroke-width="' + (width || 3) + '" stroke-opacity="' + (opacity || 1) + '" fill="none"' +
        (dash ? ' stroke-dasharray="' + esc(dash) + '"' : '') + ' stroke-linecap="round"/></svg>';
    }
    html.push('<summary class="gm-legend-title">Legend</summary>');
    if (s.actors.length) {
      html.push('<div class="gm-legend-head">Actors</div>');
      s.actors.forEach(function (a) { html.push('<div>' + arrow(a[1]) + ' ' + esc(a[0]) + '</div>'); });
    }
    html.push('<div class="gm-legend-head">What the report says</div>');
    s.statuses.forEach(function (st) {
      html.push('<div class="gm-legend-status">' + arrow(st[3] ? s.grey : '#333', st[2]) + ' ' + esc(st[1]) + '</div>');
    });
    html.push('<div class="gm-legend-head">Certainty</div>');
    s.confidence.forEach(function (c) { html.push('<div>' + arrow('#333', null, c[1], c[2]) + ' ' + esc(c[0]) + ' confidence</div>'); });
    html.push('<div>' + arrow('#555', s.approxDash) + ' an end is approximate</div>');
    html.push('<div><svg width="28" height="14" aria-hidden="true"><circle cx="14" cy="7" r="6" stroke="#555" stroke-dasharray="3 2" ' +
              'fill="#555" fill-opacity=".15"/></svg> uncertainty radius</div>');
    html.push('<div><svg width="28" height="12" aria-hidden="true"><rect x="2" y="2" width="24" height="8" stroke="#d9480f" ' +
              'stroke-width="2" stroke-dasharray="4 2" fill="#d9480f" fill-opacity=".1"/></svg> country-level end</div>');
    if (s.kinds.length) {
      html.push('<div class="gm-legend-head">Places</div>');
      s.kinds.forEach(function (k) {
        html.push('<div><span class="gm-place gm-legend-icon">' + k[1] + '</span> ' + esc(k[0]) + '</div>');
      });
    }
    html.push('<div class="gm-legend-head">Basemap</div>');
    html.push('<div><svg width="28" height="10" aria-hidden="true"><path d="M1 5H27" stroke="#a89c8a" stroke-dasharray="5 3"/></svg> province border</div>');
    html.push('<div><svg width="28" height="10" aria-hidden="true"><path d="M1 5H27" stroke="#6f9fc6" stroke-width="1.6"/></svg> river</div>');
    html.push('<div><svg width="28" height="10" aria-hidden="true"><circle cx="14" cy="5" r="2.5" fill="#444"/></svg> town (by population)</div>');
    if (s.notes) { html.push('<div class="gm-legend-note">' + esc(s.notes) + '</div>'); }
    box.innerHTML = html.join('');
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  }
});
"""

CSS = r"""
.gm-legend { background: rgba(255,255,255,.94); padding: 4px 10px; font: 12px/1.5 sans-serif;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 230px; max-height: 42vh; overflow: auto; }
.gm-legend div { display: flex; align-items: center; gap: 6px; }
.gm-legend-title { font-weight: bold; font-size: 13px; cursor: pointer; }
.gm-legend-head { font-weight: bold; margin-top: 4px; }
.gm-legend-note { color: #555; font-size: 11px; display: block !important; }
.gm-legend .gm-legend-icon { width: 18px; height: 18px; flex: none; }
.gm-legend .gm-legend-icon svg { width: 10px; height: 10px; }
.gm-title { position: absolute; top: 8px; left: 50%; transform: translateX(-50%); z-index: 800;
  background: rgba(255,255,255,.92); padding: 4px 14px; border-radius: 4px; font: bold 15px sans-serif;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 50%; text-align: center; pointer-events: none; }
.gm-notice { position: absolute; top: 45%; left: 50%; transform: translate(-50%, -50%); z-index: 800;
  background: #fff8e6; border: 1px solid #d9a400; padding: 10px 16px; border-radius: 4px; font: 14px sans-serif;
  max-width: 60%; text-align: center; pointer-events: none; }
"""
