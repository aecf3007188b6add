"""L.Control.GeoFilters: filter the movements in the page by actor, status, confidence, dates, text.

Built from DOM nodes with ``textContent`` (report strings never become markup). Every
change calls ``onChange(state)``; the map then calls ``setCounts`` with what is shown, so
each actor and status shows how many of its movements pass the other filters.
"""

JS = r"""
L.Control.GeoFilters = L.Control.extend({
  options: {position: 'topleft'},
  // spec: {actors: [[name, colour, count]], statuses: [[status, count]], shown: [status], labels: {status: text},
  //        minDay, maxDay}
  initialize: function (spec, onChange, options) {
    L.setOptions(this, options); this._spec = spec; this._onChange = onChange;
  },
  onAdd: function () {
    var s = this._spec, self = this;
    var box = L.DomUtil.create('details', 'gm-filters leaflet-bar');
    if (window.innerWidth > 700) { box.open = true; }
    var summary = L.DomUtil.create('summary', 'gm-filters-head', box);
    summary.textContent = 'Filters ';
    this._summary = L.DomUtil.create('span', 'gm-count', summary);
    var search = this._search = L.DomUtil.create('input', 'gm-search', box);
    search.type = 'search'; search.placeholder = 'Search places and actors'; search.setAttribute('aria-label', 'search');
    function group(title) {
      var g = L.DomUtil.create('fieldset', 'gm-fgroup', box);
      L.DomUtil.create('legend', '', g).textContent = title;
      return g;
    }
    function check(parent, value, text, colour, on) {
      var lab = L.DomUtil.create('label', 'gm-check', parent);
      var cb = L.DomUtil.create('input', '', lab);
      cb.type = 'checkbox'; cb.checked = on; cb.value = value;
      if (colour) { var sw = L.DomUtil.create('span', 'gm-swatch', lab); sw.style.background = colour; }
      L.DomUtil.create('span', 'gm-ftext', lab).textContent = text;
      var n = L.DomUtil.create('span', 'gm-n', lab);
      return {box: cb, n: n};
    }
    this._actors = [];
    if (s.actors.length) {
      var ga = group('Actor');
      s.actors.forEach(function (a, i) { self._actors.push(check(ga, String(i), a[0], a[1], true)); });
    }
    this._statuses = {};
    var gs = group('Status');
    s.statuses.forEach(function (st) {
      self._statuses[st[0]] = check(gs, st[0], s.labels[st[0]] || st[0], null, s.shown.indexOf(st[0]) >= 0);
    });
    var gc = group('Confidence at least');
    var conf = this._conf = L.DomUtil.create('select', 'gm-conf', gc);
    [['0', 'any'], ['0.5', 'medium (0.5)'], ['0.75', 'high (0.75)']].forEach(function (o) {
      var opt = L.DomUtil.create('option', '', conf); opt.value = o[0]; opt.textContent = o[1];
    });
    var gd = group('Dates');
    function day(n) { return n === null || n === undefined ? '' : new Date(n * 864e5).toISOString().slice(0, 10); }
    var from = this._from = L.DomUtil.create('input', 'gm-from', gd);
    from.type = 'date'; from.min = day(s.minDay); from.max = day(s.maxDay); from.setAttribute('aria-label', 'from');
    L.DomUtil.create('span', '', gd).textContent = ' to ';
    var to = this._to = L.DomUtil.create('input', 'gm-to', gd);
    to.type = 'date'; to.min = day(s.minDay); to.max = day(s.maxDay); to.setAttribute('aria-label', 'to');
    var reset = L.DomUtil.create('button', 'gm-reset', box);
    reset.type = 'button'; reset.textContent = 'Reset';
    L.DomEvent.on(reset, 'click', function () {
      search.value = ''; conf.value = '0'; from.value = ''; to.value = '';
      self._actors.forEach(function (a) { a.box.checked = true; });
      Object.keys(self._statuses).forEach(function (k) { self._statuses[k].box.checked = s.shown.indexOf(k) >= 0; });
      self.fire();
    });
    L.DomEvent.on(box, 'input change', function () { self.fire(); });
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  },
  state: function () {
    var self = this, st = {actors: {}, statuses: {}};
    this._actors.forEach(function (a, i) { st.actors[i] = a.box.checked; });
    Object.keys(this._statuses).forEach(function (k) { st.statuses[k] = self._statuses[k].box.checked; });
    st.minConf = parseFloat(this._conf.value) || 0;
    function day(v) { return v ? Math.round(Date.parse(v + 'T00:00:00Z') / 864e5) : null; }
    st.from = day(this._from.value); st.to = day(this._to.value);
    st.query = geomove.fold(this._search.value.trim());
    return st;
  },
  fire: function () { this._onChange(this.state()); },
  // set a filter from a script (tests, links): kind 'actor' (index) or 'status' (name)
  set: function (kind, key, on) {
    var item = kind === 'actor' ? this._actors[key] : this._statuses[key];
    if (item) { item.box.checked = on; this.fire(); }
  },
  setSearch: function (text) { this._search.value = text; this.fire(); },
  setCounts: function (shown, total, places, byActor, byStatus) {
    this._summary.textContent = '\u00b7 ' + shown + ' of ' + total + ' movements, ' + places + ' places';
    this._actors.forEach(function (a, i) { a.n.textContent = byActor[i] || 0; });
    var st = this._statuses;
    Object.keys(st).forEach(function (k) { st[k].n.textContent = byStatus[k] || 0; });
  }
});
"""

CSS = r"""
.gm-filters { background: #fff; padding: 4px 8px; font: 12px/1.4 sans-serif; max-width: 250px;
  max-height: 60vh; overflow: auto; }
.gm-filters summary { font-weight: bold; cursor: pointer; }
.gm-filters .gm-count { font-weight: normal; color: #555; }
.gm-filters .gm-search { width: 100%; box-sizing: border-box; margin: 4px 0; }
.gm-fgroup { border: 0; border-top: 1px solid #ddd; margin: 4px 0 0; padding: 2px 0; }
.gm-fgroup legend { font-weight: bold; padding: 0 2px; color: #333; }
.gm-check { display: flex; align-items: center; gap: 4px; }
.gm-check .gm-ftext { flex: 1; }
.gm-check .gm-n { color: #666; font-size: 11px; }
.gm-swatch { width: 12px; height: 12px; border-radius: 2px; flex: none; }
.gm-fgroup input[type=date] { width: 105px; font-size: 11px; }
.gm-reset { margin-top: 4px; }
"""
