// Helpers of the mention map (dashboard/maps.py inlines this file once per map).
// Every text in landmineData is HTML-escaped on the server; this code only
// concatenates those escaped fragments and never inserts anything else.
function landmineIcon(role, precision) {
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
  return L.divIcon({
    className: "landmine-marker landmine-p" + precision,
    iconSize: [size, size],
    html: '<div style="box-sizing:border-box;width:' + size + "px;height:" + size +
      "px;border-radius:50%;display:flex;align-items:center;justify-content:center;" +
      "font:bold 11px sans-serif;box-shadow:0 0 2px rgba(0,0,0,.5);" + css + '">' +
      letter + "</div>"
  });
}

function landminePopup(row, role) {
  var d = landmineData, a = d.articles[row[3]], s = landmineStyles[role], facts = [];
  if (row[10] != null) facts.push(row[10] + " killed");
  if (row[11] != null) facts.push(row[11] + " injured");
  if (row[12] != null) facts.push(row[12] + " mines");
  if (row[9] != null) facts.push(d.devices[row[9]]);
  var date = row[7] ? row[7] + (row[8] ? "" : " (published)") : "date unknown";
  var source = a[2]
    ? '<a href="' + a[2] + '" target="_blank" rel="noopener noreferrer">' + a[3] + "</a>"
    : a[3];
  return '<div class="landmine-popup" style="max-width:320px">' +
    '<div style="font-weight:600;margin-bottom:2px">' + a[0] + "</div>" +
    '<div><span style="color:' + s[0] + ';font-weight:600">' + s[2] + "</span> · " +
    date + "</div>" +
    "<div>" + d.places[row[5]] + "</div>" +
    '<div style="margin:4px 0;font-style:italic">' + row[6] + "</div>" +
    (facts.length ? "<div>" + facts.join(" · ") + "</div>" : "") +
    '<div style="color:#555">Precision: ' + landmineStyles.precision[row[4]] + "</div>" +
    (source ? '<div style="color:#555">Source: ' + source + "</div>" : "") +
    "</div>";
}

// The tooltip carries the mention id: streamlit-folium returns its text as
// last_object_clicked_tooltip, and the page shows that mention in the sidebar.
function landmineTooltip(row) {
  return landmineData.places[row[5]] + " · #" + row[2];
}

// Layers are made empty and filled when the data is there: at once when it
// is inline, or when the fetch of a large data file (served by the app)
// returns. Either way the layer control can list them from the start.
var landmineLayers = [];

function landmineFill(layer) {
  var rows = landmineData.layers[layer.role] || [];
  if (layer.heat) {
    var points = [];
    for (var r in landmineData.layers) {
      var all = landmineData.layers[r];
      for (var j = 0; j < all.length; j++) points.push([all[j][0], all[j][1], 1]);
    }
    layer.group.setLatLngs(points);
    return;
  }
  var markers = new Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    var row = rows[i];
    markers[i] = L.marker([row[0], row[1]], {icon: layer.icons[row[4]] || layer.icons[3]});
    markers[i].landmineRow = row;
  }
  layer.group.addLayers(markers);
}

function landmineLoad(url) {
  if (!url) {
    landmineData = JSON.parse(document.getElementById("landmine-data").textContent);
    landmineLayers.forEach(landmineFill);
    return;
  }
  fetch(url, {credentials: "same-origin"})
    .then(function (response) {
      if (!response.ok) throw new Error("map data: HTTP " + response.status);
      return response.json();
    })
    .then(function (data) {
      landmineData = data;
      landmineLayers.forEach(landmineFill);
    })
    .catch(function (error) { console.error("landmine-map:", error); });
}

function landmineCluster(map, role, options) {
  var s = landmineStyles[role];
  var icons = {1: landmineIcon(role, 1), 2: landmineIcon(role, 2), 3: landmineIcon(role, 3)};
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
