"""L.Control.GeoTimeline: a play button and slider stepping through the period buckets.

At step k the movements of periods 0..k are shown, those of period k at full strength
and earlier ones faded, so playing it animates the build-up. The last step shows all.
It hides layers by taking them out of their period group, so it composes with the
layer control (a period switched off there stays off). Undated movements are left alone.
"""

JS = r"""
L.Control.GeoTimeline = L.Control.extend({
  options: {position: 'bottomleft', stepMs: 900},
  // labels: period labels in time order; items: [{layer, group, period, style}]
  initialize: function (labels, items, options) {
    L.setOptions(this, options);
    this._labels = labels; this._items = items; this._timer = null;
  },
  onAdd: function (map) {
    var box = L.DomUtil.create('div', 'gm-timeline leaflet-bar');
    var play = this._play = L.DomUtil.create('button', 'gm-play', box);
    play.type = 'button'; play.title = 'Play'; play.textContent = '\u25B6';
    var slider = this._slider = L.DomUtil.create('input', 'gm-slider', box);
    slider.type = 'range'; slider.min = 0; slider.max = this._labels.length; slider.step = 1;
    slider.value = this._labels.length; slider.setAttribute('aria-label', 'period');
    this._label = L.DomUtil.create('span', 'gm-period', box);
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    L.DomEvent.on(slider, 'input change', function () { this.show(+slider.value); }, this);
    L.DomEvent.on(play, 'click', this.toggle, this);
    this.show(this._labels.length);
    return box;
  },
  onRemove: function () { this.stop(); },
  show: function (step) {
    var all = step >= this._labels.length;
    this._slider.value = step;
    this._label.textContent = all ? 'all periods' : '\u2264 ' + this._labels[step];
    for (var i = 0; i < this._items.length; i++) {
      var it = this._items[i], visible = all || it.period <= step;
      if (visible && !it.group.hasLayer(it.layer)) { it.group.addLayer(it.layer); }
      if (!visible && it.group.hasLayer(it.layer)) { it.group.removeLayer(it.layer); }
      if (visible && it.layer.setStyle) {
        var faded = !all && it.period < step;
        if (it.faded !== faded) {
          it.faded = faded;
          it.layer.setStyle(faded ? {opacity: it.style.opacity * 0.3, fillOpacity: (it.style.fillOpacity || 0) * 0.3}
                                  : {opacity: it.style.opacity, fillOpacity: it.style.fillOpacity || 0});
        }
      }
    }
    this.step = step;
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
.gm-timeline { background: #fff; padding: 4px 8px; display: flex; align-items: center; gap: 8px;
  font: 12px sans-serif; }
.gm-timeline .gm-play { border: 0; background: #2563a0; color: #fff; width: 26px; height: 22px;
  border-radius: 3px; cursor: pointer; font-size: 11px; }
.gm-timeline .gm-slider { width: 220px; }
.gm-timeline .gm-period { min-width: 110px; white-space: nowrap; }
"""
