// Helpers of the mention map (dashboard/maps.py inlines this file once per map).
// Every text in landmineData is HTML-escaped on the server; this code only
// concatenates those escaped fragments and never inserts anything else.
// A point: [lat, lon, mention_id, article, precision, place, excerpt, date,
// is_event_date, device, killed, injured, mines, reviewed] (trailing nulls
// dropped), one per event; landmineData.events[mention_id] describes the
// event's other reports when it has some (see dashboard/maps.py MapData).
function landmineEvent(row) {
  var events = landmineData.events;
  return (events && events[row[2]]) || null;
}

// The distinct articles (reports) of a point's event, its own first.
function landmineArticles(row) {
  var ev = landmineEvent(row), seen = {}, list = [];
  var refs = [[row[3], row[13] ? 1 : 0]];
  if (ev) ev[5].forEach(function (r) { refs.push([r[1], r[2]]); });
  refs.forEach(function (ref) {
    if (!(ref[0] in seen)) {
      seen[ref[0]] = list.length;
      list.push([ref[0], ref[1]]);
    } else if (ref[1]) {
      list[seen[ref[0]]][1] = 1;
    }
  });
  return list;
}

function landmineIcon(role, precision, reviewed, reports) {
  var s = landmineStyles[role], c = s[0], letter = s[1], size, css;
  if (precision === 1) {
    size = 20;
    css = "background:" + c + ";color:#fff;border:2px solid #fff;";
  } else if (precision === 2) {
    size = 20;
    css = "background:#fff;color:" + c + ";border:3px solid " + c + ";";
  } else {
    size = 42;
    css = "background:" + c + "55;color:#222;border:2px dashed " + c + ";";
  }
  var badge = "position:absolute;box-sizing:border-box;min-width:13px;height:13px;" +
    "padding:0 2px;border-radius:7px;font:bold 9px/11px sans-serif;text-align:center;" +
    "color:#fff;border:1px solid #fff;";
  var extra = "";
  if (reports > 1) {
    extra += '<span class="landmine-reports" style="' + badge +
      'top:-6px;right:-8px;background:#333">' + reports + "</span>";
  }
  if (reviewed) {
    extra += '<span class="landmine-reviewed" style="' + badge +
      "bottom:-5px;right:-6px;background:" + landmineStyles.reviewed + '">\u2713</span>';
  }
  return L.divIcon({
    className: "landmine-marker landmine-p" + precision +
      (reviewed ? " landmine-is-reviewed" : "") + (reports > 1 ? " landmine-event" : ""),
    iconSize: [size, size],
    html: '<div style="position:relative;box-sizing:border-box;width:' + size +
      "px;height:" + size +
      "px;border-radius:50%;display:flex;align-items:center;justify-content:center;" +
      "font:bold 11px sans-serif;box-shadow:0 0 2px rgba(0,0,0,.5);" + css + '">' +
      letter + extra + "</div>"
  });
}

function landmineSource(a) {
  return a[2]
    ? '<a href="' + a[2] + '" target="_blank" rel="noopener noreferrer">' + a[3] + "</a>"
    : a[3];
}

function landminePopup(row, role) {
  var d = landmineData, a = d.articles[row[3]], s = landmineStyles[role], facts = [];
  var ev = landmineEvent(row);
  var killed = ev ? ev[2] : row[10], injured = ev ? ev[3] : row[11];
  var mines = ev ? ev[4] : row[12];
  if (killed != null) facts.push(killed + " killed");
  if (injured != null) facts.push(injured + " injured");
  if (mines != null) facts.push(mines + " mines");
  if (row[9] != null) facts.push(d.devices[row[9]]);
  var date = row[7] ? row[7] + (row[8] ? "" : " (published)") : "date unknown";
  if (ev && ev[0] && ev[1] && ev[0] !== ev[1]) date = ev[0] + " to " + ev[1];
  var reports = landmineArticles(row), sources = "";
  if (reports.length > 1) {
    sources = '<div style="margin-top:4px;font-weight:600">' + reports.length +
      ' reports</div><ul class="landmine-sources" style="margin:2px 0 0 0;' +
      'padding-left:16px;max-height:120px;overflow:auto">' +
      reports.map(function (r) {
        var other = d.articles[r[0]];
        return "<li>" + (landmineSource(other) || "(no source)") +
          ' <span style="color:#555">· ' + other[0] + "</span>" +
          (r[1] ? ' <span style="color:' + landmineStyles.reviewed + '">\u2713</span>' : "") +
          "</li>";
      }).join("") + "</ul>";
  } else if (a[3]) {
    sources = '<div style="color:#555">Source: ' + landmineSource(a) + "</div>";
  }
  return '<div class="landmine-popup" style="max-width:320px">' +
    '<div style="font-weight:600;margin-bottom:2px">' + a[0] + "</div>" +
    '<div><span style="color:' + s[0] + ';font-weight:600">' + s[2] + "</span> · " +
    date + "</div>" +
    "<div>" + d.places[row[5]] + "</div>" +
    '<div style="margin:4px 0;font-style:italic">' + row[6] + "</div>" +
    (facts.length ? "<div>" + facts.join(" · ") + "</div>" : "") +
    '<div style="color:#555">Precision: ' + landmineStyles.precision[row[4]] + "</div>" +
    (row[13]
      ? '<div class="landmine-reviewed-note" style="color:' + landmineStyles.reviewed +
        ';font-weight:600">\u2713 reviewed</div>'
      : "") +
    sources +
    "</div>";
}

// The tooltip carries the mention id: streamlit-folium returns its text as
// last_object_clicked_tooltip, and the page shows that mention in the sidebar.
function landmineTooltip(row) {
  var n = landmineArticles(row).length;
  return landmineData.places[row[5]] + (n > 1 ? " · " + n + " reports" : "") +
    " · #" + row[2];
}

// Layers are made empty and filled when the data is there: at once when it
// is inline, or when the fetch of a large data file (served by the app)
// returns. Either way the layer control can list them from the start.
var landmineLayers = [];

// Until every layer holds its markers the map is not ready: markercluster adds
// a large data set in chunks, and a marker clicked meanwhile may be merged into
// a cluster a moment later, so the click opens nothing. The container says
// when it is ready (data-landmine-ready, which the browser tests wait for), and
// a large data set shows its progress meanwhile.
var landmineLoading = {pending: 0, total: 0, done: 0, control: null, map: null};

function landmineProgress(map) {
  var state = landmineLoading;
  if (!state.control && state.total >= 5000) {
    state.control = L.control({position: "topright"});
    state.control.onAdd = function () {
      var div = L.DomUtil.create("div", "landmine-loading");
      div.style.cssText = "background:rgba(255,255,255,.92);padding:4px 8px;" +
        "font:12px sans-serif;border-radius:4px;box-shadow:0 0 4px rgba(0,0,0,.3)";
      return div;
    };
    state.control.addTo(map);
  }
  if (state.control) {
    state.control.getContainer().textContent = "Placing " +
      state.total.toLocaleString("en") + " points: " +
      Math.floor(100 * state.done / Math.max(state.total, 1)) + "%";
  }
}

function landmineLayerReady() {
  var state = landmineLoading;
  state.pending -= 1;
  if (state.pending > 0) return;
  if (state.control) state.control.remove();
  state.control = null;
  if (state.map) state.map.getContainer().setAttribute("data-landmine-ready", "true");
}

function landmineFill(layer) {
  var rows = landmineData.layers[layer.role] || [];
  if (layer.heat) {
    var points = [];
    for (var r in landmineData.layers) {
      var all = landmineData.layers[r];
      for (var j = 0; j < all.length; j++) points.push([all[j][0], all[j][1], 1]);
    }
    layer.group.setLatLngs(points);
    landmineLayerReady();
    return;
  }
  var markers = new Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    var row = rows[i];
    var precision = row[4] === 1 || row[4] === 2 ? row[4] : 3;
    var reports = landmineEvent(row) ? landmineArticles(row).length : 1;
    var key = precision + (row[13] ? "r" : "") + (reports > 1 ? "n" + reports : "");
    var icon = layer.icons[key];
    if (!icon) icon = layer.icons[key] = landmineIcon(layer.role, precision, row[13], reports);
    markers[i] = L.marker([row[0], row[1]], {icon: icon});
    markers[i].landmineRow = row;
  }
  var group = layer.group;
  if (!group._map || !group.options.chunkedLoading) {
    group.addLayers(markers);
    landmineLayerReady();
    return;
  }
  var before = 0;
  group.options.chunkProgress = function (processed, total) {
    landmineLoading.done += processed - before;
    before = processed;
    landmineProgress(group._map);
    // markercluster redraws its clusters right after the last chunk's report
    if (processed >= total) setTimeout(landmineLayerReady, 0);
  };
  group.addLayers(markers);
}

function landmineLoad(map, url) {
  landmineLoading.map = map;
  landmineLoading.pending = landmineLayers.length;
  if (!landmineLayers.length) landmineLayerReady();
  var fill = function () {
    landmineLayers.forEach(function (layer) {
      landmineLoading.total += layer.heat ? 0 : (landmineData.layers[layer.role] || []).length;
    });
    landmineLayers.forEach(landmineFill);
  };
  if (!url) {
    landmineData = JSON.parse(document.getElementById("landmine-data").textContent);
    fill();
    return;
  }
  fetch(url, {credentials: "same-origin"})
    .then(function (response) {
      if (!response.ok) throw new Error("map data: HTTP " + response.status);
      return response.json();
    })
    .then(function (data) {
      landmineData = data;
      fill();
    })
    .catch(function (error) { console.error("landmine-map:", error); });
}

function landmineCluster(map, role, options) {
  var s = landmineStyles[role];
  var icons = {};  // made on first use, one per kind of marker
  options.iconCreateFunction = function (cluster) {
    var n = cluster.getChildCount();
    var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 50;
    return L.divIcon({
      className: "landmine-cluster",
      iconSize: [size, size],
      html: '<div style="box-sizing:border-box;width:' + size + "px;height:" + size +
        "px;border-radius:50%;display:flex;align-items:center;justify-content:center;" +
        "font:bold 12px sans-serif;color:#fff;background:" + s[0] + "cc;border:3px solid " +
        s[0] + '55;background-clip:padding-box">' + n + "</div>"
    });
  };
  var group = L.markerClusterGroup(options);
  landmineLayers.push({role: role, group: group, icons: icons});
  // Tooltips and popups are made on demand: 100,000 of them bound up front
  // would cost the browser seconds. This click handler is registered before
  // the one streamlit-folium adds, so the tooltip exists when it is read.
  function ensureTooltip(marker) {
    if (!marker.getTooltip()) marker.bindTooltip(landmineTooltip(marker.landmineRow));
  }
  group.on("mouseover", function (e) {
    if (e.layer && e.layer.landmineRow) {
      ensureTooltip(e.layer);
      e.layer.openTooltip();
    }
  });
  group.on("click", function (e) {
    var marker = e.layer;
    if (!marker || !marker.landmineRow) return;
    ensureTooltip(marker);
    L.popup({maxWidth: 340})
      .setLatLng(marker.getLatLng())
      .setContent(landminePopup(marker.landmineRow, role))
      .openOn(map);
  });
  return group;
}

function landmineHeat() {
  var heat = L.heatLayer([], {radius: 18, blur: 15, minOpacity: 0.35, maxZoom: 10});
  landmineLayers.push({heat: true, group: heat});
  return heat;
}

function landmineLegend(map, html) {
  var legend = L.control({position: "bottomright"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "landmine-legend");
    div.style.cssText = "background:rgba(255,255,255,.92);padding:6px 8px;" +
      "font:12px sans-serif;line-height:18px;border-radius:4px;" +
      "box-shadow:0 0 4px rgba(0,0,0,.3)";
    div.innerHTML = html;  // built from constants on the server
    return div;
  };
  legend.addTo(map);
}
