// The workbench's own script: a small map to see a movement's route and candidates and to
// pick a point by clicking. No network: a graticule instead of tiles.
var geomoveWorkbench = (function () {
  'use strict';

  function graticule(map) {
    var lines = [];
    for (var lon = -180; lon <= 180; lon += 10) { lines.push([[-85, lon], [85, lon]]); }
    for (var lat = -80; lat <= 80; lat += 10) { lines.push([[lat, -180], [lat, 180]]); }
    L.polyline(lines, {color: '#9fb3c8', weight: 0.7, interactive: false}).addTo(map);
  }

  // Tooltips get DOM text nodes: a place name from a report is never read as HTML.
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  function pickMap(element, data) {
    if (!element || typeof L === 'undefined') { return; }
    var map = L.map(element, {worldCopyJump: true, preferCanvas: true}).setView([20, 20], 2);
    graticule(map);
    (data.borders || []).forEach(function (c) {
      L.polygon(c[2], {interactive: false, color: '#8a8a8a', weight: 0.8, fillColor: '#f3f0e8', fillOpacity: 1})
        .addTo(map);
    });
    map.attributionControl.addAttribution('Borders: Natural Earth');
    var bounds = [];
    var route = (data.route || []).map(function (p) { return [p.lat, p.lon]; });
    if (route.length > 1) { L.polyline(route, {color: '#1f5fa8', weight: 3}).addTo(map); }
    (data.route || []).forEach(function (p) {
      L.circleMarker([p.lat, p.lon], {radius: 7, color: '#1f5fa8', fillOpacity: 0.9})
        .bindTooltip(text(p.role + ': ' + p.name)).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    Object.keys(data.candidates || {}).forEach(function (role) {
      data.candidates[role].forEach(function (c) {
        if (!c) { return; }
        L.circleMarker([c.lat, c.lon], {radius: 4, color: '#6b7280', fillOpacity: 0.5})
          .bindTooltip(text(role + ' candidate: ' + c.name)).addTo(map);
      });
    });
    if (bounds.length) { map.fitBounds(bounds, {padding: [40, 40], maxZoom: 9}); }
    var picking = null, marker = null;
    document.querySelectorAll('button.pick').forEach(function (button) {
      button.addEventListener('click', function () {
        picking = button.getAttribute('data-role');
        element.classList.add('picking');
        document.getElementById('pick-hint').textContent = 'Click the map to set the ' + picking + '.';
      });
    });
    map.on('click', function (e) {
      var role = picking || 'destination';
      var form = document.querySelector('form.point-form[data-role="' + role + '"]');
      if (!form) { return; }
      var ll = e.latlng.wrap();
      form.elements.lat.value = ll.lat.toFixed(5);
      form.elements.lon.value = ll.lng.toFixed(5);
      if (marker) { map.removeLayer(marker); }
      marker = L.circleMarker(ll, {radius: 8, color: '#f59e0b', fillOpacity: 0.8}).addTo(map);
      element.classList.remove('picking');
      document.getElementById('pick-hint').textContent = role + ' point set to ' + ll.lat.toFixed(5) + ', ' +
        ll.lng.toFixed(5) + ': press "Set point" to record it.';
      picking = null;
    });
    return map;
  }

  return {pickMap: pickMap};
})();
