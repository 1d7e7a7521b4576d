/* geomap's map runtime: styles, popups, clustering and the time filter of geomap's layers.
 *
 * Every string in the data was HTML-escaped by geomap.render (Python) before it reached
 * this page, so strings are inserted as HTML here and never escaped a second time; only
 * numbers and the palette's colours are formatted by this file. Class names and styles
 * are chosen from fixed tables, never taken from the data.
 */
(function () {
  "use strict";

  var G = window.geomap = window.geomap || {};
  G.ready = false;
  G.layers = {};            // feature id -> the Leaflet layer drawing it now
  G.incidents = {};         // incident id -> properties
  G.claimsByIncident = {};  // incident id -> [claim properties]
  G.timelines = [];
  G.groups = {};            // layer kind -> the layer the layer control toggles

  var PANES = {base: 250, overlays: 405, places: 410, claims: 420, incidents: 430};

  G.init = function (map, cfg) {
    G.map = map;
    G.cfg = cfg;
    Object.keys(PANES).forEach(function (name) {
      var pane = map.createPane("gm-" + name);
      pane.style.zIndex = PANES[name];
      if (name === "base") { pane.style.pointerEvents = "none"; }
    });
  };

  /* ---- small formatting helpers (inputs are escaped strings or numbers) ---- */

  function colour(table, key) { return table[key] || table.other; }

  function country(code) {
    if (!code) { return ""; }
    var name = G.cfg.countries[code];
    return name ? name + " (" + code + ")" : code;
  }

  function list(items, fmt) {
    return (items || []).map(fmt || function (x) { return x; }).join(", ");
  }

  function span(min, max) {
    if (min == null && max == null) { return ""; }
    if (min == null) { return "up to " + max; }
    if (max == null || max === min) { return String(min); }
    return min + "–" + max;
  }

  function casualties(p) {
    var parts = [];
    var killed = span(p.fatalities_min, p.fatalities_max);
    var injured = span(p.injured_min, p.injured_max);
    if (killed) { parts.push(killed + " killed"); }
    if (injured) { parts.push(injured + " injured"); }
    return parts.join(", ");
  }

  function dateText(date, precision) {
    if (!date) { return "date unknown"; }
    return date + (precision ? " <span class=\"gm-muted\">(" + precision + ")</span>" : "");
  }

  function row(label, value) {
    if (value == null || value === "") { return ""; }
    return "<tr><th>" + label + "</th><td>" + value + "</td></tr>";
  }

  function km(value) { return value == null ? null : value.toFixed(1) + " km"; }

  function swatch(c, shape) {
    return "<span class=\"gm-swatch gm-swatch-" + (shape || "dot") +
      "\" style=\"background:" + c + ";border-color:" + c + "\"></span>";
  }

  function stanceClass(stance) { return stance === "denies" ? "denies" : "asserts"; }

  function articleLine(id) {
    var a = G.cfg.articles[id] || {};
    var bits = [];
    if (a.title) { bits.push("<span class=\"gm-title\">" + a.title + "</span>"); }
    if (a.source) { bits.push(a.source); }
    if (a.url) {
      bits.push("<a href=\"" + a.url + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
                "link</a>");
    }
    bits.push("<span class=\"gm-muted\">" + (id || "") + "</span>");
    return "<div class=\"gm-source\">" + bits.join(" · ") + "</div>";
  }

  function claimBlock(c, withIncident) {
    var s = stanceClass(c.stance);
    var html = "<li class=\"gm-claim gm-" + s + "\">" +
      swatch(colour(G.cfg.palette.claimant_country, c.claimant_country), s) +
      "<b class=\"gm-claimant\">" + (c.claimant || "unnamed claimant") + "</b> " +
      "<span class=\"gm-muted\">" + country(c.claimant_country) + "</span> " +
      "<span class=\"gm-stance gm-stance-" + s + "\">" + s + "</span>";
    if (c.text) { html += "<blockquote class=\"gm-sentence\">" + c.text + "</blockquote>"; }
    var facts = [];
    if (c.date) { facts.push(dateText(c.date, c.date_precision)); }
    if (c.places && c.places.length) { facts.push(list(c.places)); }
    if (c.location) { facts.push("placed by: " + c.location); }
    var cas = casualties(c);
    if (cas) { facts.push("claims " + cas); }
    if (facts.length) { html += "<div class=\"gm-facts\">" + facts.join(" · ") + "</div>"; }
    if (withIncident) {
      var inc = G.incidents[c.incident_id];
      if (inc) {
        html += "<div class=\"gm-facts\">about incident " + inc.id + ": " + inc.event_type +
          (inc.date ? ", " + inc.date : "") + "</div>";
      }
    }
    return html + articleLine(c.article) + "</li>";
  }

  /* ---- popups and tooltips ---- */

  G.incidentPopup = function (p) {
    var claims = G.claimsByIncident[p.id] || [];
    var attributed = claims.filter(function (c) { return casualties(c); }).map(function (c) {
      return casualties(c) + " <span class=\"gm-muted\">per " +
        (c.claimant || "unnamed claimant") + "</span>";
    });
    var total = casualties(p);
    var cas = attributed.length ? attributed.join("<br>") :
      (total ? total + " <span class=\"gm-muted\">(not attributed)</span>" : "");
    var html = "<div class=\"gm-popup gm-incident\" data-incident=\"" + p.id + "\">" +
      "<div class=\"gm-head\">" +
      swatch(colour(G.cfg.palette.event_type, p.event_type),
             p.event_type === "diplomatic" ? "diamond" : "dot") +
      "<b>" + p.event_type + "</b>" + (p.sub_event_type ? " · " + p.sub_event_type : "") +
      "</div><table class=\"gm-table\">" +
      row("Date", dateText(p.date, p.date_precision)) +
      row("Where", list(p.places) || null) +
      row("Precision", p.geo_precision ? p.geo_precision + " – " +
          (G.cfg.geo_precision[p.geo_precision] || "") : null) +
      row("Actors", list(p.actors, country) || null) +
      row("Casualties", cas || null) +
      row("Territory", p.territory ? country(p.territory) +
          (p.near_border ? " · within 5 km of a border" : "") : null) +
      "</table>";
    if (p.summary) { html += "<p class=\"gm-summary\">" + p.summary + "</p>"; }
    html += "<div class=\"gm-claims-head\">" + claims.length +
      (claims.length === 1 ? " claim" : " claims") + "</div>";
    if (claims.length) {
      html += "<ol class=\"gm-claims\">" + claims.map(function (c) {
        return claimBlock(c, false);
      }).join("") + "</ol>";
    }
    if (!claims.length && p.articles && p.articles.length) {
      html += p.articles.map(articleLine).join("");
    }
    return html + "</div>";
  };

  G.claimPopup = function (c) {
    return "<div class=\"gm-popup gm-claim-popup\"><ol class=\"gm-claims\">" +
      claimBlock(c, true) + "</ol></div>";
  };

  G.placePopup = function (p) {
    return "<div class=\"gm-popup gm-place\"><div class=\"gm-head\">" +
      swatch(G.cfg.palette.place) + "<b>" + (p.name || "") + "</b></div>" +
      "<table class=\"gm-table\">" +
      row("Kind", p.kind) +
      row("Country", country(p.country_code)) +
      row("As written", list(p.mentions) || null) +
      row("Population", p.population ? p.population.toLocaleString("en") : null) +
      row("Source", p.source) +
      row("Resolved", p.score != null ? p.score + (p.reason ? " – " + p.reason : "") :
          p.reason) +
      row("Articles", list(p.articles) || null) +
      "</table></div>";
  };

  G.overlayPopup = function (p) {
    var proposed = p.role === "corridor" ?
      " <span class=\"gm-stance gm-stance-denies\">" + (p.status || "proposed") + "</span>" : "";
    return "<div class=\"gm-popup gm-overlay\"><div class=\"gm-head\"><b>" +
      (p.name || p.id || "") + "</b>" + proposed + "</div><table class=\"gm-table\">" +
      row("Kind", p.kind) +
      row("Status", p.status) +
      row("Countries", list(p.countries, country) || null) +
      row("Length", km(p.length_km)) +
      row("In Armenia", km(p.length_in_armenia_km)) +
      row("Distance to border", p.min_distance_to_border_km == null &&
          p.max_distance_to_border_km == null ? null :
          "min " + (km(p.min_distance_to_border_km) || "?") + ", max " +
          (km(p.max_distance_to_border_km) || "?")) +
      row("Connectivity", p.connectivity) +
      row("Source", p.source) +
      row("Note", p.note) +
      "</table></div>";
  };

  function incidentTooltip(p) {
    return (p.date || "date unknown") + " · " + p.event_type +
      (p.places && p.places.length ? " · " + list(p.places) : "");
  }

  /* ---- styles: chosen from the palette by the feature's properties ---- */

  function isPolygon(f) {
    return f.geometry && /Polygon/.test(f.geometry.type);
  }

  var KINDS = {
    incidents: {
      pane: "gm-incidents",
      style: function (f) {
        var c = colour(G.cfg.palette.event_type, f.properties.event_type);
        var s = G.cfg.symbols.incident;
        if (isPolygon(f)) {
          return {color: c, weight: 2, dashArray: "4 4", fillColor: c,
                  fillOpacity: s.polygon_fill_opacity};
        }
        return {color: c, weight: s.line_weight, opacity: 0.85, lineCap: "round"};
      },
      point: function (f, latlng) {
        var p = f.properties;
        var c = colour(G.cfg.palette.event_type, p.event_type);
        var s = G.cfg.symbols.incident;
        if (p.event_type === "diplomatic") {
          var size = s.diplomatic_size;
          return L.marker(latlng, {pane: "gm-incidents", icon: L.divIcon({
            className: "gm-diamond-icon", iconSize: [size, size],
            html: "<span class=\"gm-diamond\" style=\"background:" + c + "\"></span>"})});
        }
        return L.circleMarker(latlng, {pane: "gm-incidents", radius: s.radius,
          color: s.outline, weight: 1, fillColor: c, fillOpacity: s.fill_opacity});
      },
      popup: function (p) { return G.incidentPopup(p); },
      tooltip: incidentTooltip
    },
    claims: {
      pane: "gm-claims",
      style: function (f) {
        var p = f.properties;
        var c = colour(G.cfg.palette.claimant_country, p.claimant_country);
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        return {color: c, weight: st.weight, dashArray: st.dash, opacity: 0.9,
                fillColor: c, fillOpacity: isPolygon(f) ? st.fill_opacity / 3 :
                st.fill_opacity};
      },
      point: function (f, latlng) {
        var p = f.properties;
        var c = colour(G.cfg.palette.claimant_country, p.claimant_country);
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        return L.circleMarker(latlng, {pane: "gm-claims", radius: G.cfg.symbols.claim.radius,
          color: c, weight: st.weight, dashArray: st.dash, fillColor: c,
          fillOpacity: st.fill_opacity});
      },
      popup: function (p) { return G.claimPopup(p); },
      tooltip: function (p) {
        return (p.claimant || "claim") + " " + stanceClass(p.stance) +
          (p.date ? " · " + p.date : "");
      }
    },
    places: {
      pane: "gm-places",
      style: function () {
        return {color: G.cfg.palette.place, weight: 1, fillOpacity: 0.1};
      },
      point: function (f, latlng) {
        return L.circleMarker(latlng, {pane: "gm-places", radius: G.cfg.symbols.place.radius,
          color: "#ffffff", weight: 1, fillColor: G.cfg.palette.place, fillOpacity: 1});
      },
      popup: function (p) { return G.placePopup(p); },
      tooltip: function (p) { return p.name || ""; }
    },
    overlays: {
      pane: "gm-overlays",
      style: function (f) {
        var role = f.properties.role;
        var look = G.cfg.symbols.overlay[role] || G.cfg.symbols.overlay.user;
        var c = G.cfg.palette.overlay[role] || G.cfg.palette.overlay.user;
        return {color: c, weight: look.weight, dashArray: look.dash, opacity: 0.95,
                fillColor: c, fillOpacity: 0.08};
      },
      point: function (f, latlng) {
        var c = G.cfg.palette.overlay[f.properties.role] || G.cfg.palette.overlay.user;
        return L.circleMarker(latlng, {pane: "gm-overlays", radius: 5, color: c, weight: 2,
          fillOpacity: 0.2});
      },
      popup: function (p) { return G.overlayPopup(p); },
      tooltip: function (p) { return p.name || ""; }
    }
  };

  /* A dashed line can only be clicked on its dashes (browsers hit-test the painted
   * stroke), so it gets a transparent, wider twin that takes the pointer for it. */
  function addHitLine(layer, tooltip) {
    if (!(layer instanceof L.Polyline) || layer instanceof L.Polygon ||
        !layer.options.dashArray) {
      return;
    }
    var hit = L.polyline(layer.getLatLngs(), {pane: layer.options.pane, opacity: 0,
                                              weight: Math.max(12, layer.options.weight + 8)});
    hit.on("click", function (e) { layer.openPopup(e.latlng); });
    if (tooltip) { hit.bindTooltip(tooltip, {sticky: true}); }
    layer.on("add", function () { hit.addTo(layer._map); });
    layer.on("remove", function () { hit.remove(); });
  }

  function bind(spec, kind) {
    return function (f, layer) {
      var p = f.properties;
      if (p.id) { G.layers[p.id] = layer; }
      layer.bindPopup(function () { return spec.popup(p); },
                      {maxWidth: 400, minWidth: 240, maxHeight: 420});
      var tooltip = null;
      if (kind === "overlays" && p.role === "corridor") {
        layer.bindTooltip((p.name || "corridor") + " – " + (p.status || "proposed"),
                          {permanent: true, direction: "center", className: "gm-label"});
      } else {
        tooltip = spec.tooltip(p);
        layer.bindTooltip(tooltip, {sticky: true});
      }
      addHitLine(layer, tooltip);
    };
  }

  function index(kind, data) {
    data.features.forEach(function (f) {
      var p = f.properties;
      if (kind === "incidents") { G.incidents[p.id] = p; }
      if (kind === "claims") {
        (G.claimsByIncident[p.incident_id] = G.claimsByIncident[p.incident_id] || []).push(p);
      }
    });
  }

  function addAll(group, layers) {
    if (!layers.length) { return; }
    if (group.addLayers) { group.addLayers(layers); } else { layers.forEach(group.addLayer, group); }
  }

  function removeAll(group, layers) {
    if (!layers.length) { return; }
    if (group.removeLayers) { group.removeLayers(layers); } else { layers.forEach(group.removeLayer, group); }
  }

  /* One toggleable layer for a kind of feature. A timed layer keeps its features in an
   * L.timeline (leaflet.timeline, folium's Timeline plugin) that is never on the map: the
   * slider sets its time, and the features it shows are moved into the drawn group, a
   * marker cluster group when the layer holds many points. */
  G.layer = function (kind, data, opts) {
    var spec = KINDS[kind];
    index(kind, data);
    var geo = {pane: spec.pane, style: spec.style, pointToLayer: spec.point,
               onEachFeature: bind(spec, kind)};
    var group = opts.cluster ? L.markerClusterGroup({
      chunkedLoading: false, showCoverageOnHover: false, maxClusterRadius: 40,
      spiderfyOnMaxZoom: true, disableClusteringAtZoom: 11}) : L.featureGroup();
    G.groups[kind] = group;
    if (!opts.timed) {
      addAll(group, L.geoJSON(data, geo).getLayers());
      return group;
    }
    var time = G.cfg.time;
    geo.start = time.min;
    geo.end = time.max;
    geo.getInterval = function (f) {
      var t = f.properties.t;
      return {start: t == null ? time.min : t, end: time.max};
    };
    var timeline = L.timeline(data, geo);
    var added = [], removed = [];
    timeline.on("layeradd", function (e) { added.push(e.layer); });
    timeline.on("layerremove", function (e) { removed.push(e.layer); });
    timeline.on("change", function () {
      removeAll(group, removed);
      addAll(group, added);
      added = [];
      removed = [];
    });
    group.timeline = timeline;
    G.timelines.push(timeline);
    return group;
  };

  G.formatTime = function (t) {
    return "up to " + new Date(t).toISOString().slice(0, 10);
  };

  /* The offline base layer: countries, lakes, rivers, disputed areas and country names. */
  G.baseLayer = function (data, interactive) {
    var pal = G.cfg.palette.base;
    var pane = "gm-base";
    var layers = [
      L.geoJSON(data.countries, {pane: pane, interactive: false, style: {
        color: pal.land_outline, weight: 1, fillColor: pal.land, fillOpacity: 1}}),
      L.geoJSON(data.disputed, {pane: pane, interactive: false, style: {
        color: pal.land_outline, weight: 1, dashArray: "3 3", fillColor: pal.disputed,
        fillOpacity: 0.45}}),
      L.geoJSON(data.lakes, {pane: pane, interactive: false, style: {
        color: pal.river, weight: 0.5, fillColor: pal.water, fillOpacity: 1}}),
      L.geoJSON(data.rivers, {pane: pane, interactive: false, style: {
        color: pal.river, weight: 1.2}}),
      L.geoJSON(data.labels, {pane: pane, interactive: false,
        pointToLayer: function (f, latlng) {
          return L.marker(latlng, {pane: pane, interactive: false, keyboard: false,
            icon: L.divIcon({className: "gm-country-label", iconSize: null,
                             html: "<span>" + f.properties.name + "</span>"})});
        }})
    ];
    return L.featureGroup(layers);
  };

  G.miniLayer = function (data) {
    var pal = G.cfg.palette.base;
    return L.featureGroup([
      L.geoJSON(data.countries, {interactive: false, style: {
        color: pal.land_outline, weight: 0.5, fillColor: pal.land, fillOpacity: 1}}),
      L.geoJSON(data.lakes, {interactive: false, style: {
        stroke: false, fillColor: pal.water, fillOpacity: 1}})
    ]);
  };

  /* Mount an element written by the page's HTML (legend, summary) as a Leaflet control. */
  G.panel = function (map, elementId, position) {
    var control = L.control({position: position});
    control.onAdd = function () {
      var el = document.getElementById(elementId);
      L.DomEvent.disableClickPropagation(el);
      L.DomEvent.disableScrollPropagation(el);
      return el;
    };
    return control.addTo(map);
  };

  /* Fit the view, show every feature (the slider starts at the last date), flag ready. */
  G.start = function (map, slider, view) {
    map.fitBounds(view.bounds, {padding: view.padding, maxZoom: view.maxZoom,
                                animate: false});
    if (slider && G.timelines.length) {
      slider.addTimelines.apply(slider, G.timelines);
      slider.setTime(G.cfg.time.max);
    } else {
      G.timelines.forEach(function (t) { t.setTime(G.cfg.time.max); });
    }
    G.ready = true;
    document.documentElement.setAttribute("data-geomap-ready", "1");
  };
})();
