"""L.Control.GeoTimeline: a histogram of movements per period, a play button and a slider.

The periods are an even calendar (empty weeks included), so the slider moves through
time at a constant pace and gaps show as empty bars. At step k the map shows what
happened up to period k (``onStep(k)``: the map hides later movements and the places
only they touch); the last step shows all. ``setCounts`` redraws the bars when the
filters change.
"""

JS = r"""
L.Control.GeoTimeline = L.Control.extend({
  options: {position: 'bottomleft', stepMs: 900, width: 280, height: 34},
  initialize: function (labels, onStep, options) {
    L.setOptions(this, options);
    this._labels = labels; this._onStep = onStep; this._timer = null; this._counts = labels.map(function () { return 0; });
  },
  onAdd: function (map) {
    var box = L.DomUtil.create('div', 'gm-timeline leaflet-bar');
    var svgNS = 'http://www.w3.org/2000/svg';
    var hist = this._hist = document.createElementNS(svgNS, 'svg');
    hist.setAttribute('class', 'gm-histogram');
    hist.setAttribute('width', this.options.width); hist.setAttribute('height', this.options.height);
    hist.setAttribute('role', 'img'); hist.setAttribute('aria-label', 'movements per period');
    box.appendChild(hist);
    var row = L.DomUtil.create('div', 'gm-timeline-row', box);
    var play = this._play = L.DomUtil.create('button', 'gm-play', row);
    play.type = 'button'; play.title = 'Play'; play.textContent = '\u25B6';
    var slider = this._slider = L.DomUtil.create('input', 'gm-slider', row);
    slider.type = 'range'; slider.min = 0; slider.max = this._labels.length; slider.step = 1;
    slider.value = this._labels.length; slider.setAttribute('aria-label', 'period');
    slider.style.width = (this.options.width - 36) + 'px';
    this._label = L.DomUtil.create('div', 'gm-period', box);
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    L.DomEvent.on(slider, 'input change', function () { this.show(+slider.value); }, this);
    L.DomEvent.on(play, 'click', this.toggle, this);
    this.step = this._labels.length;
    this._label.textContent = 'all periods';
    this._draw();
    return box;
  },
  onRemove: function () { this.stop(); },
  setCounts: function (counts) { this._counts = counts; this._draw(); },
  _draw: function () {
    var svg = this._hist, n = this._labels.length, W = this.options.width, H = this.options.height;
    if (!svg) { return; }
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var max = Math.max.apply(null, this._counts.concat([1])), bw = W / Math.max(n, 1), all = this.step >= n;
    for (var i = 0; i < n; i++) {
      var c = this._counts[i] || 0, h = c ? Math.max(2, Math.round((H - 2) * c / max)) : 0;
      var r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      r.setAttribute('x', (i * bw + (bw > 3 ? 0.5 : 0)).toFixed(1));
      r.setAttribute('width', Math.max(bw - (bw > 3 ? 1 : 0), 0.5).toFixed(1));
      r.setAttribute('y', H - h); r.setAttribute('height', h);
      r.setAttribute('class', 'gm-bar' + (!all && i === this.step ? ' gm-bar-now' : (!all && i > this.step ? ' gm-bar-later' : '')));
      var t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      t.textContent = this._labels[i] + ': ' + c;
      r.appendChild(t);
      svg.appendChild(r);
    }
  },
  show: function (step) {
    var all = step >= this._labels.length;
    this.step = step;
    this._slider.value = step;
    this._label.textContent = all ? 'all periods' : '\u2264 ' + this._labels[step];
    this._onStep(step);
    this._draw();
  },
  toggle: function () { if (this._timer) { this.stop(); } else { this.start(); } },
  start: function () {
    var self = this;
    if (this.step >= this._labels.length) { this.show(0); }
    this._play.textContent = '\u275A\u275A'; this._play.title = 'Pause';
    this._timer = setInterval(function () {
      if (self.step >= self._labels.length) { self.stop(); return; }
      self.show(self.step + 1);
    }, this.options.stepMs);
  },
  stop: function () {
    clearInterval(this._timer); this._timer = null;
    this._play.textContent = '\u25B6'; this._play.title = 'Play';
  }
});
"""

CSS = r"""
.gm-timeline { background: #fff; padding: 4px 8px; font: 12px sans-serif; }
.gm-timeline-row { display: flex; align-items: center; gap: 6px; }
.gm-timeline .gm-play { border: 0; background: #2563a0; color: #fff; width: 26px; height: 22px;
  border-radius: 3px; cursor: pointer; font-size: 11px; }
.gm-histogram { display: block; }
.gm-histogram .gm-bar { fill: #6d8fb3; }
.gm-histogram .gm-bar-now { fill: #c2410c; }
.gm-histogram .gm-bar-later { fill: #d5dde6; }
.gm-timeline .gm-period { white-space: nowrap; color: #333; }
"""
