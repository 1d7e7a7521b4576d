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
  G.geometries = {};        // incident id -> its geometry (claims placed where it is)
  G.feats = [];             // n -> {kind, key, props, area}: what the element of class
                            // "gm-k-n" draws (see bind)
  G.allIncidents = [];      // every incident's properties, located or not, in data order
  G.allClaims = [];         // every claim's properties, in data order

  // areas (an incident or claim placed only on a region or country) lie under every line
  // and point, so that a click on a point reaches the point
  // Borders are drawn over the incidents' and claims' lines ("borders"), which run along
  // border stretches and would hide them; their clickable twins stay under those lines
  // ("overlays"), so that a click on a line along a border opens the incident. The
  // proposed corridor is drawn above everything ("top"; only its clickable twin takes
  // the pointer there).
  var PANES = {base: 250, baselabels: 260, areas: 400, overlays: 405, places: 410,
               placelabels: 415, claims: 420, incidents: 430, borders: 433,
               clusters: 435, top: 440};

  G.init = function (map, cfg) {
    G.map = map;
    G.cfg = cfg;
    Object.keys(PANES).forEach(function (name) {
      var pane = map.createPane("gm-" + name);
      pane.style.zIndex = PANES[name];
      if (name === "base" || name === "baselabels" || name === "borders" ||
          name === "top" || name === "placelabels") {
        pane.style.pointerEvents = "none";
      }
    });
    G.home = function () {};
    homeControl().addTo(map);
    // the corridor's label names a line a few pixels long at world scale: only closer in;
    // country names show from the zoom their size allows (``features.LABEL_ZOOMS``)
    var zoomClasses = function () {
      var zoom = map.getZoom(), classes = map.getContainer().classList;
      classes.toggle("gm-far", zoom < LABEL_ZOOM);
      classes.toggle("gm-close", zoom >= WORLD_BORDERS_UNTIL);
      classes.toggle("gm-place-names", zoom >= G.cfg.symbols.place.labels_from);
      countryLabels.forEach(function (label) { showFrom(label, zoom); });
    };
    map.on("zoomend", zoomClasses);
    zoomClasses();
  };
  var LABEL_ZOOM = 6;
  // the base map's country names, each shown from the zoom its land's size allows
  var countryLabels = [];
  var showFrom = function (label, zoom) {
    label.setOpacity(zoom >= label.fromZoom ? 1 : 0);
  };
  // the world's 1:110m borders lie some 10 km off: from this zoom on they would put a
  // town on the wrong side, and only the land is drawn
  var WORLD_BORDERS_UNTIL = 7;

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
    if (max == null) { return "at least " + min; }
    if (max === min) { return String(min); }
    return min + "–" + max;
  }

  function casualties(p) {
    var parts = [];
    var killed = span(p.fatalities_min, p.fatalities_max);
    var injured = span(p.injured_min, p.injured_max);
    if (killed) { parts.push((killed === "0" ? "no one" : killed) + " killed"); }
    if (injured) { parts.push((injured === "0" ? "no one" : injured) + " injured"); }
    var whose = p.victims_country ? (G.cfg.countries[p.victims_country] ||
                                     p.victims_country) : "";
    return parts.join(", ") + (parts.length && whose ? " (" + whose + ")" : "");
  }

  function dateText(date, precision) {
    if (!date) { return "date unknown"; }
    return date + (precision ? " <span class=\"gm-muted\">(" + precision + ")</span>" : "");
  }

  /* A table row, or nothing when the value is missing or shows no text. */
  function row(label, value) {
    if (value == null || !/\S/.test(String(value).replace(/<[^>]*>/g, ""))) { return ""; }
    return "<tr><th>" + label + "</th><td>" + value + "</td></tr>";
  }

  /* "2 – near a place, …" for a geo_precision the table knows; null (no row) for none,
   * or for a number it does not know (a bare "4 –" would say nothing). */
  function located(precision) {
    var label = precision != null ? G.cfg.geo_precision[precision] : null;
    return label ? precision + " – " + label : null;
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
    var by = (a.source || "") + (a.published ? (a.source ? ", " : "") + a.published : "");
    if (by) { bits.push(by); }
    if (a.url) {
      bits.push("<a href=\"" + a.url + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
                "open article</a>");
    }
    bits.push("<span class=\"gm-muted\">" + (id || "") + "</span>");
    return "<div class=\"gm-source\"><span class=\"gm-key\">Source</span> " +
      bits.join(" · ") + "</div>";
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
    if (attributed.length && total && (attributed.length > 1 ||
                                       attributed[0].indexOf(total) !== 0)) {
      cas = total + " <span class=\"gm-muted\">in all</span><br>" + cas;  // sides add up
    }
    var html = "<div class=\"gm-popup gm-incident\" data-incident=\"" + p.id + "\">" +
      "<div class=\"gm-head\">" +
      swatch(colour(G.cfg.palette.event_type, p.event_type),
             p.event_type === "diplomatic" ? "diamond" : "dot") +
      "<b>" + p.event_type + "</b>" + (p.sub_event_type ? " · " + p.sub_event_type : "") +
      "</div><table class=\"gm-table\">" +
      row("Date", dateText(p.date, p.date_precision)) +
      row("Where", list(p.places) || null) +
      row("Located", located(p.geo_precision)) +
      row("Actors", list(p.actors, country) || null) +
      row("Claims", STANCES[p.stances] || null) +
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
    // "Zangezur corridor (proposed)" says it already
    var status = p.status || "proposed";
    var proposed = p.role === "corridor" && (p.name || "").indexOf(status) < 0 ?
      " <span class=\"gm-stance gm-stance-denies\">" + status + "</span>" : "";
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

  /* Each kind draws a feature by its geometry: a circle marker for a point (``marker``),
   * a line (``line``) or a light area (``area``). Leaflet applies a GeoJSON layer's style
   * to every part of a feature, points included, so ``style`` picks by geometry type and
   * the parts of a geometry collection are styled one by one (see bind). */
  function styleBy(kind) {
    return function (f) {
      var spec = KINDS[kind], type = f.geometry ? f.geometry.type : "";
      if (/Polygon/.test(type)) { return spec.area(f.properties); }
      if (/LineString/.test(type)) { return spec.line(f.properties); }
      if (/Point/.test(type)) { return spec.marker(f.properties); }
      return {};
    };
  }

  /* An incident nobody asserts (a denial of reports) is drawn dashed and pale, as the
   * denials among the claims are. */
  function onlyDenied(p) { return p.stances === "denies"; }
  var STANCES = {"asserts": "asserted", "asserts and denies": "disputed: asserted and denied",
                 "denies": "only denied"};

  var KINDS = {
    incidents: {
      pane: "gm-incidents",
      style: styleBy("incidents"),
      marker: function (p) {
        var s = G.cfg.symbols.incident;
        var denied = onlyDenied(p) ? s.denied : null;
        return {radius: s.radius, color: s.outline, weight: s.outline_weight,
                opacity: denied ? denied.opacity_scale : 1, lineCap: "butt",
                fill: true, dashArray: denied ? denied.dash : null,
                fillColor: colour(G.cfg.palette.event_type, p.event_type),
                fillOpacity: s.fill_opacity * (denied ? denied.fill_scale : 1)};
      },
      line: function (p) {
        var c = colour(G.cfg.palette.event_type, p.event_type);
        var s = G.cfg.symbols.incident;
        var denied = onlyDenied(p) ? s.denied : null;
        // round ends would close the gaps of a dashed line this wide
        return {color: c, weight: s.line_weight, fill: false,
                opacity: s.line_opacity * (denied ? denied.opacity_scale : 1),
                lineCap: denied ? "butt" : "round", dashArray: denied ? denied.dash : null};
      },
      area: function (p) {
        var c = colour(G.cfg.palette.event_type, p.event_type);
        var s = G.cfg.symbols.incident, a = s.area;
        var denied = onlyDenied(p) ? s.denied : null;
        // dotted: only a region or a country is known; dashed and pale: only denied
        return {color: c, weight: a.weight, fill: true, fillColor: c,
                dashArray: denied ? denied.dash : a.dash, lineCap: denied ? "butt" : "round",
                opacity: a.opacity * (denied ? denied.opacity_scale : 1),
                fillOpacity: a.fill_opacity * (denied ? denied.fill_scale : 1)};
      },
      point: function (f, latlng) {
        var p = f.properties;
        if (p.event_type === "diplomatic") {
          var s = G.cfg.symbols.incident;
          var c = colour(G.cfg.palette.event_type, p.event_type);
          return L.marker(latlng, {pane: "gm-incidents", icon: L.divIcon({
            className: "gm-diamond-icon", iconSize: [s.diplomatic_size, s.diplomatic_size],
            html: "<span class=\"gm-diamond\" style=\"background:" + c + ";border:" +
              s.diplomatic_outline_weight + "px solid " + s.outline + "\"></span>"})});
        }
        return L.circleMarker(latlng, L.extend({pane: "gm-incidents"},
                                               KINDS.incidents.marker(p)));
      },
      popup: function (p) { return G.incidentPopup(p); },
      tooltip: incidentTooltip
    },
    claims: {
      pane: "gm-claims",
      style: styleBy("claims"),
      marker: function (p) {
        var c = colour(G.cfg.palette.claimant_country, p.claimant_country);
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        return {radius: G.cfg.symbols.claim.radius, color: c, weight: st.weight, opacity: 1,
                dashArray: st.dash, fill: true, fillColor: c, fillOpacity: st.fill_opacity};
      },
      line: function (p) {
        var c = colour(G.cfg.palette.claimant_country, p.claimant_country);
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        return {color: c, weight: st.weight, dashArray: st.dash,
                opacity: G.cfg.symbols.claim.line_opacity, fill: false};
      },
      area: function (p) {
        var c = colour(G.cfg.palette.claimant_country, p.claimant_country);
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        var a = G.cfg.symbols.claim.area;
        return {color: c, weight: a.weight, dashArray: st.dash, opacity: a.opacity, fill: true,
                fillColor: c, fillOpacity: a.fill_opacity};
      },
      point: function (f, latlng) {
        return L.circleMarker(latlng, L.extend({pane: "gm-claims"},
                                               KINDS.claims.marker(f.properties)));
      },
      popup: function (p) { return G.claimPopup(p); },
      tooltip: function (p) {
        return (p.claimant || "claim") + " " + stanceClass(p.stance) +
          (p.date ? " · " + p.date : "");
      }
    },
    places: {
      pane: "gm-places",
      style: styleBy("places"),
      marker: function () {
        var s = G.cfg.symbols.place;
        return {radius: s.radius, color: s.outline, weight: s.outline_weight, opacity: 1,
                fill: true, fillColor: G.cfg.palette.place, fillOpacity: 1};
      },
      line: function () {
        return {color: G.cfg.palette.place, weight: G.cfg.symbols.place.line_weight,
                fill: false};
      },
      area: function () {
        var a = G.cfg.symbols.place.area;
        return {color: G.cfg.palette.place, weight: a.weight, fillColor: G.cfg.palette.place,
                fillOpacity: a.fill_opacity};
      },
      point: function (f, latlng) {
        return L.circleMarker(latlng, L.extend({pane: "gm-places"}, KINDS.places.marker()));
      },
      popup: function (p) { return G.placePopup(p); },
      tooltip: function (p) { return p.name || ""; }
    },
    overlays: {
      pane: "gm-overlays",
      style: styleBy("overlays"),
      marker: function (p) {
        var c = G.cfg.palette.overlay[p.role] || G.cfg.palette.overlay.user;
        var pt = G.cfg.symbols.overlay.point;
        return {radius: pt.radius, color: c, weight: pt.weight, opacity: 1, fill: true,
                fillColor: c, fillOpacity: pt.fill_opacity};
      },
      line: function (p) {
        var look = G.cfg.symbols.overlay[p.role] || G.cfg.symbols.overlay.user;
        var c = G.cfg.palette.overlay[p.role] || G.cfg.palette.overlay.user;
        return {color: c, weight: look.weight, dashArray: look.dash,
                opacity: G.cfg.symbols.overlay.opacity, fill: false};
      },
      area: function (p) {
        var look = G.cfg.symbols.overlay[p.role] || G.cfg.symbols.overlay.user;
        var c = G.cfg.palette.overlay[p.role] || G.cfg.palette.overlay.user;
        return {color: c, weight: look.weight, dashArray: look.dash,
                opacity: G.cfg.symbols.overlay.opacity, fillColor: c,
                fillOpacity: G.cfg.symbols.overlay.fill_opacity};
      },
      point: function (f, latlng) {
        return L.circleMarker(latlng, L.extend({pane: "gm-overlays"},
                                               KINDS.overlays.marker(f.properties)));
      },
      popup: function (p) { return G.overlayPopup(p); },
      tooltip: function (p) { return p.name || ""; }
    }
  };

  /* A dashed line can only be clicked on its dashes (browsers hit-test the painted
   * stroke), so it gets a transparent, wider twin that takes the pointer for it (as does
   * a line drawn where it cannot be clicked, the corridor). */
  function addHitLine(layer) {
    if (!(layer instanceof L.Polyline) || layer instanceof L.Polygon ||
        (!layer.options.dashArray && layer.options.interactive !== false)) {
      return;
    }
    var hit = L.polyline(layer.getLatLngs(), {
      pane: layer._gmHitPane || layer.options.pane, opacity: 0,
      className: layer.options.className,
      weight: Math.max(12, layer.options.weight + 8)});
    hit._gm = layer._gm;
    hit.on("click", function (e) { openPopup(hit, e); });
    hit.on("mouseover", function (e) { hover({propagatedFrom: hit, latlng: e.latlng}); });
    layer.on("add", function () { hit.addTo(layer._map); });
    layer.on("remove", function () { hit.remove(); });
  }

  /* Features often lie on top of one another (two incidents on one border stretch, a
   * claim where its incident is, the corridor along a border). A click therefore opens a
   * popup for every feature of the clicked kind drawn under the pointer, as the browser
   * hit-tests them (document.elementsFromPoint, a few pixels around the click; areas only
   * when no point or line is there), and lists what else lies there, one line each,
   * opening on a click. */
  var NEAR = [[0, 0], [-3, 0], [3, 0], [0, -3], [0, 3]];
  var ORDER = {incidents: 0, claims: 1, places: 2, overlays: 3};
  var NOUNS = {incidents: "incidents", claims: "claims", places: "places", overlays: "lines"};

  var FEATURE_CLASS = /(?:^|\s)gm-k-(\d+)(?:\s|$)/;
  var BORDER_ROLES = {border: true, iran_armenia_border: true};

  function featureOf(el) {
    var m = FEATURE_CLASS.exec(el.getAttribute && el.getAttribute("class") || "");
    return m ? G.feats[+m[1]] : null;
  }

  function hitsAt(event) {
    var found = [], seen = {};
    if (event.clientX == null) { return found; }  // a key press, not a click
    NEAR.forEach(function (d) {
      document.elementsFromPoint(event.clientX + d[0], event.clientY + d[1])
        .forEach(function (el) {
          var g = featureOf(el);
          if (!g || seen[g.key]) { return; }
          seen[g.key] = true;
          found.push(g);
        });
    });
    return found;
  }

  function byDate(a, b) {
    var x = a.date || "9999", y = b.date || "9999";
    return x < y ? -1 : x > y ? 1 : 0;
  }

  function alsoLine(g) {
    var spec = KINDS[g.kind], p = g.props;
    var line = (g.kind === "overlays" ? p.name || p.id : spec.tooltip(p)) || "";
    if (g.kind === "overlays" && p.length_km != null) { line += " · " + km(p.length_km); }
    return "<details class=\"gm-also-item\"><summary>" + line + "</summary>" +
      spec.popup(p) + "</details>";
  }

  function stackPopup(spec, kind, clicked, event) {
    var hits = event ? hitsAt(event) : [];
    var mine = hits.filter(function (g) { return g.kind === kind; });
    var sharp = mine.filter(function (g) { return !g.area; });
    var props = (sharp.length ? sharp : mine).map(function (g) { return g.props; });
    if (props.indexOf(clicked) < 0) { props.unshift(clicked); }
    var areasToo = !sharp.length;
    var shown = {};
    props.forEach(function (p) { shown[p.id] = true; });
    var others = hits.filter(function (g) {
      return g.kind !== kind && (areasToo || !g.area) &&
        !(g.kind === "claims" && kind === "incidents" && shown[g.props.incident_id]);
    }).sort(function (a, b) {
      return ORDER[a.kind] - ORDER[b.kind] || byDate(a.props, b.props);
    });
    var html;
    if (props.length === 1) {
      html = spec.popup(clicked);
    } else {
      props.sort(byDate);
      html = "<div class=\"gm-stack-head\">" + props.length + " " + NOUNS[kind] +
        " here</div>" + props.map(spec.popup).join("<hr class=\"gm-rule\">");
    }
    if (others.length) {
      html += "<div class=\"gm-also\"><div class=\"gm-stack-head\">Also here</div>" +
        others.map(alsoLine).join("") + "</div>";
    }
    return "<div class=\"gm-stack\">" + html + "</div>";
  }

  /* How far the panels along the map's sides reach into it, in pixels: the summary on
   * the left, the layer control, legend and minimap on the right, the time slider at the
   * bottom. */
  function panelInsets() {
    var map = G.map, box = map.getContainer().getBoundingClientRect();
    var inset = {left: 0, right: 0, bottom: 0, width: box.width, height: box.height};
    var each = function (sel, fn) {
      Array.prototype.forEach.call(map.getContainer().querySelectorAll(sel), function (el) {
        fn(el.getBoundingClientRect());
      });
    };
    each(".leaflet-top.leaflet-left .gm-panel", function (r) {
      inset.left = Math.max(inset.left, r.right - box.left);
    });
    each(".leaflet-right .leaflet-control:not(.leaflet-control-attribution)", function (r) {
      inset.right = Math.max(inset.right, box.right - r.left);
    });
    each(".leaflet-bottom.leaflet-left .leaflet-control", function (r) {
      inset.bottom = Math.max(inset.bottom, box.bottom - r.top);
    });
    return inset;
  }

  /* Each panel along the top as tall as the map leaves it: down to the first control
   * under it (the minimap under the legend, the time slider under the summary) or the
   * map's bottom edge, less a gap; at least PANEL_MIN px. A taller content scrolls
   * inside the panel (geomap.css shades the edge that hides more). */
  var PANEL_GAP = 10, PANEL_MIN = 120;
  function fitPanels() {
    var container = G.map.getContainer(), box = container.getBoundingClientRect();
    var below = Array.prototype.map.call(
      container.querySelectorAll(".leaflet-bottom .leaflet-control"),
      function (el) { return el.getBoundingClientRect(); });
    Array.prototype.forEach.call(container.querySelectorAll(".leaflet-top .gm-panel"),
      function (el) {
        var r = el.getBoundingClientRect(), limit = box.bottom;
        var cs = window.getComputedStyle(el);  // max-height leaves out padding and border
        var frame = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"]
          .reduce(function (sum, k) { return sum + (parseFloat(cs[k]) || 0); }, 0);
        below.forEach(function (b) {
          if (b.height && b.left < r.right && b.right > r.left && b.top > r.top) {
            limit = Math.min(limit, b.top);
          }
        });
        el.style.maxHeight = Math.max(PANEL_MIN,
                                      Math.floor(limit - PANEL_GAP - r.top - frame)) + "px";
      });
  }

  /* Keep an opening popup clear of the panels when the map is wide enough for that. */
  function panelPadding(popup) {
    var inset = panelInsets();
    var roomy = inset.width - inset.left - inset.right > popup.options.maxWidth + 60;
    popup.options.autoPanPaddingTopLeft = roomy ? [inset.left + 8, 8] : null;
    popup.options.autoPanPaddingBottomRight = roomy ? [inset.right + 8, 8] : null;
  }

  function leaves(layer, fn) {
    if (layer.eachLayer && !(layer instanceof L.Path)) {
      layer.eachLayer(function (l) { leaves(l, fn); });
    } else {
      fn(layer);
    }
  }

  /* Lines drawn with ``leaf`` (a casing under it, a halo further down), added and
   * removed with it. */
  function companions(leaf, lines) {
    leaf.on("add", function () {
      lines.forEach(function (l) { l.addTo(leaf._map); l.bringToBack(); });
    });
    leaf.on("remove", function () { lines.forEach(function (l) { l.remove(); }); });
  }

  function casingOf(leaf, pane, extra, dashed) {
    return L.polyline(leaf.getLatLngs(), {pane: pane, interactive: false, color: "#ffffff",
      opacity: 0.9, weight: leaf.options.weight + extra, lineCap: "butt",
      dashArray: dashed ? leaf.options.dashArray : null});
  }

  /* The corridor over every other line, with a white casing dashed as it is, so that it
   * reads apart from the incidents it runs along while the border under it shows
   * between its dashes; its transparent twin takes the clicks. */
  function onTop(leaf) {
    leaf.options.pane = "gm-top";
    leaf.options.interactive = false;
    leaf.options.lineCap = "butt";  // its dashes and their casing's end together
    var look = G.cfg.symbols.overlay.corridor;
    companions(leaf, [casingOf(leaf, "gm-top", look.casing || 0, true)]);
  }

  /* A border over the incidents' and claims' lines, in a white casing (symbols.yaml); the
   * Armenia–Iran border also with a wide pale halo under every line. Its twin, under
   * the incidents, takes the clicks. */
  function overLines(leaf, role) {
    var look = G.cfg.symbols.overlay[role] || {};
    leaf.options.pane = "gm-borders";
    leaf.options.interactive = false;
    leaf._gmHitPane = "gm-overlays";
    var lines = [casingOf(leaf, "gm-borders", look.casing || 0, false)];
    if (look.halo) {
      lines.push(L.polyline(leaf.getLatLngs(), {pane: "gm-overlays", interactive: false,
        color: leaf.options.color, opacity: look.halo.opacity, weight: look.halo.weight,
        lineCap: "round", lineJoin: "round"}));
    }
    companions(leaf, lines);
  }

  /* One popup for the whole map, opened by the layer groups (not one per feature: a map
   * of 10,000 incidents would build 30,000 of them). */
  function openPopup(leaf, e) {
    var g = leaf._gm;
    if (!g) { return; }
    if (!G.popup) {
      G.popup = L.popup({maxWidth: 400, minWidth: 260, maxHeight: 440,
                         autoPanPadding: [8, 8]});
    }
    panelPadding(G.popup);
    G.popup.setLatLng(e.latlng)
      .setContent(stackPopup(KINDS[g.kind], g.kind, g.props, e.originalEvent))
      .openOn(G.map);
  }

  function tooltipText(g) {
    if (g.kind === "overlays" && g.props.role === "corridor") { return null; }
    return KINDS[g.kind].tooltip(g.props) || null;
  }

  /* Tooltips are bound when the pointer first comes over a feature. */
  function hover(e) {
    var leaf = e.propagatedFrom || e.layer;
    if (!leaf || !leaf._gm || leaf.getTooltip()) { return; }
    var tip = tooltipText(leaf._gm);
    if (!tip) { return; }
    leaf.bindTooltip(tip, {sticky: true});
    leaf.openTooltip(e.latlng);
  }

  function listen(group) {
    group.on("click", function (e) {
      var leaf = e.propagatedFrom || e.layer;
      if (leaf && leaf._gm) { openPopup(leaf, e); }
    });
    group.on("mouseover", hover);
  }

  /* A feature's leaves (the parts of a multi-part geometry) carry what they draw, and
   * their elements the class "gm-k-n" that leads back to it from a click. */
  function bind(spec, kind) {
    var areaPane = kind === "incidents" || kind === "claims" ? "gm-areas" : null;
    return function (f, layer) {
      var p = f.properties;
      if (p.id) { G.layers[p.id] = layer; }
      var key = kind + ":" + (p.id || L.stamp(layer));
      var refs = {};
      var ref = function (area) {
        if (refs[area] === undefined) {
          refs[area] = G.feats.length;
          G.feats.push({kind: kind, key: key, props: p, area: area});
        }
        return refs[area];
      };
      var corridor = kind === "overlays" && p.role === "corridor";
      if (corridor) {
        var label = p.name || "corridor";
        if (!/proposed/i.test(label)) { label += " – " + (p.status || "proposed"); }
        layer.bindTooltip(label, {permanent: true, direction: "bottom", offset: [0, 12],
                                  className: "gm-label"});
      }
      leaves(layer, function (leaf) {
        var area = leaf instanceof L.Polygon;
        var n = ref(area);
        leaf._gm = G.feats[n];
        if (leaf.options.icon) {
          leaf.options.icon.options.className += " gm-k-" + n;
        } else {
          leaf.options.className = "gm-k-" + n;
        }
        if (area && areaPane) { leaf.options.pane = areaPane; }
        if (f.geometry.type === "GeometryCollection" && leaf.setStyle) {
          leaf.setStyle(area ? spec.area(p) : leaf instanceof L.Polyline ? spec.line(p) :
                        spec.marker(p));
        }
        var line = leaf instanceof L.Polyline && !area;
        if (corridor && line) { onTop(leaf); }
        if (kind === "overlays" && line && BORDER_ROLES[p.role]) { overLines(leaf, p.role); }
        if (kind === "places" && placeNames && leaf.getLatLng && p.name &&
            p.kind !== "country") {
          placeName(leaf, p.name);
        }
        addHitLine(leaf);
      });
    };
  }

  /* A place's name beside its dot, shown close in only (``gm-place-names``, from
   * symbols.yaml ``place.labels_from``) and only on a layer that is not clustered (of
   * a few places, so that names do not pile up); a country's dot needs none, the base map
   * names it. Hovering a dot shows its name at any zoom. */
  var placeNames = false;

  function placeName(leaf, name) {
    var label = L.marker(leaf.getLatLng(), {pane: "gm-placelabels", interactive: false,
      keyboard: false, icon: L.divIcon({className: "gm-place-label", iconSize: null,
                                        html: "<span>" + name + "</span>"})});
    leaf.on("add", function () { label.addTo(leaf._map); });
    leaf.on("remove", function () { label.remove(); });
  }

  /* A cluster of markers: a ring split by the colours of what it holds (event types of
   * incidents, claimant countries of claims) around the number of markers. */
  var CLUSTER_COLOUR = {
    incidents: function (p) { return colour(G.cfg.palette.event_type, p.event_type); },
    claims: function (p) { return colour(G.cfg.palette.claimant_country, p.claimant_country); },
    places: function () { return G.cfg.palette.place; },
    overlays: function (p) {
      return G.cfg.palette.overlay[p.role] || G.cfg.palette.overlay.user;
    }
  };

  G.ring = function (counts, n, size, width) {
    var r = size / 2 - width / 2 - 1, c = 2 * Math.PI * r, at = 0, mid = size / 2;
    var parts = Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || (a < b ? -1 : 1);
    }).map(function (colourKey) {
      var len = c * counts[colourKey] / n;
      var arc = "<circle cx=\"" + mid + "\" cy=\"" + mid + "\" r=\"" + r + "\" fill=\"none\" " +
        "stroke=\"" + colourKey + "\" stroke-width=\"" + width + "\" stroke-dasharray=\"" + len + " " +
        (c - len) + "\" stroke-dashoffset=\"" + (-at) + "\"/>";
      at += len;
      return arc;
    });
    return "<svg width=\"" + size + "\" height=\"" + size + "\" viewBox=\"0 0 " + size + " " +
      size + "\"><circle cx=\"" + mid + "\" cy=\"" + mid + "\" r=\"" + (mid - 0.5) +
      "\" fill=\"rgba(255,255,255,0.92)\" stroke=\"#444\" stroke-width=\"1\"/>" +
      "<g transform=\"rotate(-90 " + mid + " " + mid + ")\">" + parts.join("") + "</g>" +
      "<text x=\"" + mid + "\" y=\"" + mid + "\" dy=\"0.35em\" text-anchor=\"middle\">" + n +
      "</text></svg>";
  };

  function clusterIcon(kind) {
    var colourOf = CLUSTER_COLOUR[kind];
    return function (cluster) {
      var markers = cluster.getAllChildMarkers(), n = markers.length, counts = {};
      markers.forEach(function (m) {
        var c = m._gm ? colourOf(m._gm.props) : "#777777";
        counts[c] = (counts[c] || 0) + 1;
      });
      var small = kind === "places";
      var size = (small ? 22 : 30) + Math.min(4, Math.floor(Math.log10(n))) * 4;
      return L.divIcon({
        html: G.ring(counts, n, size, small ? 2.5 : 6),
        className: "gm-cluster gm-cluster-" + kind, iconSize: [size, size]});
    };
  }

  /* A layer's data as geomap.render packs it: {keys, rows}, each row the geometry (or 1:
   * the geometry of the claim's incident) followed by the property values in the order of
   * keys, trailing nulls cut. Nulls are left out of the properties. */
  G.unpack = function (packed) {
    var keys = packed.keys;
    return {type: "FeatureCollection", features: packed.rows.map(function (r) {
      var p = {};
      for (var i = 1; i < r.length; i++) {
        if (r[i] !== null) { p[keys[i - 1]] = r[i]; }
      }
      var g = r[0] === 1 ? G.geometries[p.incident_id] || null : r[0];
      return {type: "Feature", geometry: g, properties: p};
    })};
  };

  G.json = function (id) {
    return JSON.parse(document.getElementById(id).textContent);
  };

  function index(kind, data) {
    data.features.forEach(function (f) {
      var p = f.properties;
      if (kind === "incidents") {
        G.incidents[p.id] = p;
        G.geometries[p.id] = f.geometry;
        G.allIncidents.push({props: p, located: !!f.geometry});
      }
      if (kind === "claims") {
        (G.claimsByIncident[p.incident_id] = G.claimsByIncident[p.incident_id] || []).push(p);
        G.allClaims.push(p);
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

  /* Moves layers into and out of a group. A marker cluster group that is off the map
   * (switched off in the layer control) is only marked stale, and refilled from
   * ``source`` when it is switched on: markercluster files each marker added while it is
   * off the map with a linear search, which takes seconds for 20,000 claims. */
  function syncer(group, source) {
    var stale = false;
    group.on("add", function () {
      if (stale) {
        stale = false;
        group.clearLayers();
        addAll(group, source());
      }
    });
    return function (added, removed) {
      if (group.addLayers && !group._map) {
        stale = true;
        return;
      }
      removeAll(group, removed);
      addAll(group, added);
    };
  }

  /* One toggleable layer for a kind of feature. A timed layer keeps its features in an
   * L.timeline (leaflet.timeline, folium's Timeline plugin) that is never on the map: the
   * slider sets its time, and the features it shows are moved into the drawn group, a
   * marker cluster group when the layer holds many points. */
  G.layer = function (kind, packed, opts) {
    var spec = KINDS[kind];
    var data = G.unpack(packed);
    index(kind, data);
    var geo = {pane: spec.pane, style: spec.style, pointToLayer: spec.point,
               onEachFeature: bind(spec, kind)};
    var group = opts.cluster ? L.markerClusterGroup({
      chunkedLoading: false, showCoverageOnHover: false, maxClusterRadius: 40,
      spiderfyOnMaxZoom: true, disableClusteringAtZoom: 11,
      iconCreateFunction: clusterIcon(kind),
      // incidents' clusters over every line; claims' and places' in their own panes,
      // under the incidents' markers
      clusterPane: kind === "incidents" ? "gm-clusters" : spec.pane}) : L.featureGroup();
    G.groups[kind] = group;
    listen(group);
    placeNames = kind === "places" && !opts.cluster;
    if (!opts.timed) {
      var all = L.geoJSON(data, geo).getLayers();
      syncer(group, function () { return all; })(all, []);
      return group;
    }
    var time = G.cfg.time;
    geo.start = time.min;
    geo.end = time.max;
    geo.getInterval = function (f) {
      var t = f.properties.t;
      // an undated feature cannot be placed in time: shown only with everything
      return {start: t == null ? time.max : t, end: time.max};
    };
    var timeline = L.timeline(data, geo);
    var sync = syncer(group, function () { return timeline.getLayers(); });
    // a layer switched off draws nothing: it catches up with the slider when switched on
    var setTime = timeline.setTime, pending = null;
    timeline.setTime = function (t) {
      summaryAt(t);
      if (!group._map) {
        pending = t;
        return;
      }
      pending = null;
      setTime.call(timeline, t);
    };
    group.on("add", function () {
      if (pending !== null) { timeline.setTime(pending); }
    });
    var added = [], removed = [];
    timeline.on("layeradd", function (e) { added.push(e.layer); });
    timeline.on("layerremove", function (e) { removed.push(e.layer); });
    timeline.on("change", function () {
      sync(added, removed);
      added = [];
      removed = [];
    });
    group.timeline = timeline;
    G.timelines.push(timeline);
    return group;
  };

  /* ---- the summary panel: counts of what the time slider shows ---- */

  var summary = null;

  /* The summary panel ``elementId`` (elements.SummaryPanel) counts again, whenever the
   * slider moves, the incidents and claims shown up to its day (undated ones only with
   * everything, as the layers show them); places and articles are not timed. */
  G.summaryPanel = function (elementId, counts) {
    summary = {el: document.getElementById(elementId), counts: counts, time: null};
  };

  function plural(n, noun) { return n + " " + noun + (n === 1 ? "" : "s"); }

  /* [key, n] pairs, most first; ties in the order of their first appearance (as Python's
   * Counter.most_common). */
  function mostCommon(keys) {
    var n = {}, order = [];
    keys.forEach(function (k) {
      if (!(k in n)) { n[k] = 0; order.push(k); }
      n[k] += 1;
    });
    return order.map(function (k, i) { return [k, n[k], i]; }).sort(function (a, b) {
      return b[1] - a[1] || a[2] - b[2];
    });
  }

  function countTable(title, rows) {
    if (!rows.length) { return ""; }
    return "<div class=\"gm-leg-h\">" + title + "</div><table>" + rows.map(function (r) {
      return "<tr><td>" + (r.dot ? "<span class=\"gm-dot\" style=\"background:" + r.dot +
        "\"></span>" : "") + r.label + "</td><td class=\"gm-n\">" + r.n + "</td></tr>";
    }).join("") + "</table>";
  }

  function summaryAt(time) {
    if (!summary || !summary.el || time === summary.time) { return; }
    summary.time = time;
    var c = summary.counts, pal = G.cfg.palette, end = G.cfg.time.max;
    var shown = function (p) { return p.t == null ? time >= end : p.t <= time; };
    var incidents = G.allIncidents.filter(function (i) { return shown(i.props); });
    var claims = G.allClaims.filter(shown);
    var dates = incidents.map(function (i) { return i.props.date; })
      .filter(function (d) { return d; }).sort();
    var unlocated = incidents.filter(function (i) { return !i.located; }).length;
    var head = plural(incidents.length, "incident") + ", " + plural(claims.length, "claim") +
      ", " + plural(c.places, "place") + " from " + plural(c.articles, "article");
    if (dates.length) { head += "<br>" + dates[0] + " – " + dates[dates.length - 1]; }
    if (unlocated) { head += "<br>" + unlocated + " without a location (not drawn)"; }
    if (time < end) {
      head += "<br>up to " + new Date(time).toISOString().slice(0, 10) + " (the time " +
        "slider); in all " + plural(c.incidents, "incident") + ", " +
        plural(c.claims, "claim");
    }
    summary.el.querySelector(".gm-sum-counts").innerHTML = head;
    var byType = mostCommon(incidents.map(function (i) { return i.props.event_type; }));
    var byCountry = mostCommon(claims.map(function (p) {
      return p.claimant_country || "other";
    }));
    var byClaimant = mostCommon(claims.map(function (p) { return p.claimant; })
      .filter(function (k) { return k; }));
    var more = byClaimant.length - c.max_claimants;
    var tables = countTable("Incidents by type", byType.map(function (r) {
      return {dot: colour(pal.event_type, r[0]), label: r[0], n: r[1]};
    })) + countTable("Claims by claimant country", byCountry.map(function (r) {
      return {dot: colour(pal.claimant_country, r[0]), label: c.countries[r[0]] || r[0],
              n: r[1]};
    })) + countTable("Most cited claimants", byClaimant.slice(0, c.max_claimants)
      .map(function (r) { return {label: r[0], n: r[1]}; }));
    if (more > 0) {
      tables = tables.replace(/<\/table>$/, "<tr><td class=\"gm-muted\">" + more +
                              " more</td><td></td></tr></table>");
    }
    summary.el.querySelector(".gm-sum-tables").innerHTML = tables;
  }

  G.formatTime = function (t) {
    return "up to " + new Date(t).toISOString().slice(0, 10);
  };

  /* Land: a country the regional box cuts has its outline apart, without the box's edges
   * (``outlines``); any other draws its own. */
  function outline(weight) {
    return function (f) {
      return {color: G.cfg.palette.base.land_outline, weight: weight,
              className: f.properties.world ? "gm-world" : ""};
    };
  }

  function land(weight) {
    return function (f) {
      return L.extend(outline(weight)(f), {stroke: f.properties.outlined,
                                          fillColor: G.cfg.palette.base.land,
                                          fillOpacity: 1});
    };
  }

  /* The offline base layer: countries, lakes, rivers, disputed areas and country names. */
  G.baseLayer = function (data, interactive) {
    var pal = G.cfg.palette.base;
    var pane = "gm-base";
    var layers = [
      L.geoJSON(data.countries, {pane: pane, interactive: false, style: land(1)}),
      L.geoJSON(data.outlines, {pane: pane, interactive: false, style: outline(1)}),
      L.geoJSON(data.disputed, {pane: pane, interactive: false, style: {
        color: pal.land_outline, weight: 1, dashArray: "3 3", fillColor: pal.disputed,
        fillOpacity: 0.45}}),
      L.geoJSON(data.lakes, {pane: pane, interactive: false, style: {
        color: pal.river, weight: 0.5, fillColor: pal.water, fillOpacity: 1}}),
      L.geoJSON(data.rivers, {pane: pane, interactive: false, style: {
        color: pal.river, weight: 1.2}}),
      L.geoJSON(data.labels, {pane: "gm-baselabels", interactive: false,
        pointToLayer: function (f, latlng) {
          var label = L.marker(latlng, {pane: "gm-baselabels", interactive: false,
            keyboard: false, icon: L.divIcon({className: "gm-country-label", iconSize: null,
                             html: "<span>" + f.properties.name + "</span>"})});
          label.fromZoom = f.properties.zoom;
          countryLabels.push(label);
          if (G.map) { showFrom(label, G.map.getZoom()); }
          return label;
        }})
    ];
    return L.featureGroup(layers);
  };

  G.miniLayer = function (data) {
    var pal = G.cfg.palette.base;
    return L.featureGroup([
      L.geoJSON(data.countries, {interactive: false, style: land(0.5)}),
      L.geoJSON(data.outlines, {interactive: false, style: outline(0.5)}),
      L.geoJSON(data.lakes, {interactive: false, style: {
        stroke: false, fillColor: pal.water, fillOpacity: 1}})
    ]);
  };

  /* leaflet-minimap moves the main map to the minimap's centre after every move of the
   * minimap, telling its own moves from the user's with a flag; two quick moves of the
   * main map (a fitted view, then a click on a feature) fool the flag, and the main map
   * jumps to the minimap's centre, rounded at the minimap's zoom (some 100 px at zoom 9).
   * Only the user's drags of the minimap move the main map here. */
  G.miniMap = function (control) {
    var mini = control._miniMap;
    if (mini && control._onMiniMapMoved) {
      mini.off("moveend", control._onMiniMapMoved, control);
      mini.on("dragend", function () { G.map.panTo(mini.getCenter()); });
    }
    return control;
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
  /* A button under the zoom buttons that brings back the first view. */
  function homeControl() {
    var control = L.control({position: "topleft"});
    control.onAdd = function () {
      var bar = L.DomUtil.create("div", "leaflet-bar leaflet-control gm-home");
      var a = L.DomUtil.create("a", "", bar);
      a.href = "#";
      a.title = "Back to the whole map";
      a.setAttribute("role", "button");
      a.setAttribute("aria-label", a.title);
      a.innerHTML = "<svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\"><path d=\"M1.5 8.5 " +
        "8 2l6.5 6.5M3.5 7v7h3.5v-4h2v4h3.5V7\" fill=\"none\" stroke=\"#333\" " +
        "stroke-width=\"1.6\" stroke-linejoin=\"round\"/></svg>";
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.on(a, "click", function (e) { L.DomEvent.preventDefault(e); G.home(); });
      return bar;
    };
    return control;
  }

  G.start = function (map, slider, view) {
    fitPanels();
    map.on("resize", fitPanels);
    // fit the data into the part of the map the panels leave free, when there is one
    var inset = panelInsets(), pad = view.padding;
    var options = {padding: pad, maxZoom: view.maxZoom, animate: false};
    if (inset.width - inset.left - inset.right > 320 && inset.height - inset.bottom > 300) {
      options = {paddingTopLeft: [inset.left + pad[0], pad[1]],
                 paddingBottomRight: [inset.right + pad[0], inset.bottom + pad[1]],
                 maxZoom: view.maxZoom, animate: false};
    }
    G.home = function () { map.closePopup(); map.fitBounds(view.bounds, options); };
    G.home();
    // under the zoom buttons (folium adds those after geomap's script has started)
    var home = map.getContainer().querySelector(".gm-home");
    var zoom = map.zoomControl && map.zoomControl.getContainer();
    if (home && zoom && zoom.parentNode === home.parentNode) {
      zoom.parentNode.insertBefore(home, zoom.nextSibling);
    }
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
