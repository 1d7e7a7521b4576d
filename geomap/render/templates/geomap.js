/* geomap's map runtime: styles, popups, clustering, the time filter, the legend's filters
 * and the search box of geomap's layers.
 *
 * Every string in the data was HTML-escaped by geomap.render (Python) before it reached
 * this page, so strings are inserted as HTML here and never escaped a second time; only
 * numbers and the palette's colours are formatted by this file. Class names and styles
 * are chosen from fixed tables, never taken from the data. Where text is needed as text
 * (to match what a user types, or to show in the search list and the filter note), it
 * is decoded with ``plainText`` and written with ``textContent`` only: never as HTML,
 * and never is what the user types put into HTML.
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
  G.allPlaces = [];         // every place: {props, geometry}
  G.claimGeometries = {};   // claim id -> its geometry (or null)
  G.syncs = {};             // layer kind -> its syncer (what its group holds now)
  G.now = null;             // the time slider's time (ms), once it has one

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
      classes.toggle("gm-near", zoom >= BORDER_LABEL_ZOOM);
      classes.toggle("gm-place-names", zoom >= G.cfg.symbols.place.labels_from);
      countryLabels.forEach(function (label) { showFrom(label, zoom); });
    };
    map.on("zoomend", zoomClasses);
    zoomClasses();
  };
  var LABEL_ZOOM = 6;
  // the Armenia–Iran border (some 40 km) is named from this zoom on, where it is long
  // enough to carry its name without hiding the incidents along it
  var BORDER_LABEL_ZOOM = 8;
  // the base map's country names, each shown from the zoom its land's size allows
  var countryLabels = [];
  var showFrom = function (label, zoom) {
    label.setOpacity(zoom >= label.fromZoom ? 1 : 0);
  };
  // the world's 1:110m borders lie some 10 km off: from this zoom on they would put a
  // town on the wrong side, and the world's 1:10m land borders (those the build needs,
  // ``features.world_borders``) are drawn instead (geomap.css)
  var WORLD_BORDERS_UNTIL = 7;

  /* ---- small formatting helpers (inputs are escaped strings or numbers) ---- */

  function colour(table, key) { return table[key] || table.other; }

  /* The legend row a claim is counted, coloured and filtered in, as palette.claimant_key
   * gave it (features.py): its claimant's country, else its kind, else "other". */
  function claimantKey(p) { return plainText(p.claimant_key) || "other"; }

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

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];

  /* A date as precise as it is known: "2022-09-12", "the week of 2022-09-12",
   * "July 2022", "2022" (the first of the month of a month-precision date says nothing). */
  function dateText(date, precision) {
    if (!date) { return "date unknown"; }
    var month = MONTHS[parseInt(date.slice(5, 7), 10) - 1];
    if (precision === "month" && month) { return month + " " + date.slice(0, 4); }
    if (precision === "year") { return date.slice(0, 4); }
    if (precision === "week") { return "the week of " + date; }
    return date;
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
      "\" style=\"background:" + c + ";border-color:" + c + ";--c:" + c + "\"></span>";
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
      swatch(colour(G.cfg.palette.claimant_country, claimantKey(c)), s + " gm-swatch-claim") +
      "<b class=\"gm-claimant\">" + (c.claimant || "unnamed claimant") + "</b> " +
      // the country of a state's claimant, the kind of one that is no state
      "<span class=\"gm-muted\">" + (country(c.claimant_country) || c.claimant_kind || "") +
      "</span> " +
      "<span class=\"gm-stance gm-stance-" + s + "\">" + s + "</span>";
    if (c.text) { html += "<blockquote class=\"gm-sentence\">" + c.text + "</blockquote>"; }
    var facts = [];
    if (c.date) { facts.push(dateText(c.date, c.date_precision)); }
    if (c.places && c.places.length) { facts.push(list(c.places)); }
    var cas = casualties(c);
    if (cas) { facts.push("claims " + cas); }
    if (facts.length) { html += "<div class=\"gm-facts\">" + facts.join(" · ") + "</div>"; }
    if (c.location) {  // the placing rule's own words: there for who asks
      html += "<details class=\"gm-how\"><summary>how it is placed</summary>" + c.location +
        "</details>";
    }
    if (withIncident) {
      var inc = G.incidents[c.incident_id];
      if (inc) {
        html += "<div class=\"gm-facts\">about the incident: " + inc.event_type +
          ", " + dateText(inc.date, inc.date_precision) +
          (inc.places && inc.places.length ? ", " + list(inc.places) : "") +
          " <span class=\"gm-muted\">" + inc.id + "</span></div>";
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
      row("Claims", standingOf(p).claims || null) +
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

  G.claimPopup = function (c) {  // one claim: no number before it
    return "<div class=\"gm-popup gm-claim-popup\"><ul class=\"gm-claims gm-one\">" +
      claimBlock(c, true) + "</ul></div>";
  };

  G.placePopup = function (p) {
    return "<div class=\"gm-popup gm-place\"><div class=\"gm-head\">" +
      swatch(G.cfg.palette.place) + "<b>" + (p.name || "") + "</b></div>" +
      "<table class=\"gm-table\">" +
      row("Kind", p.kind) +
      row("Drawn as", p.overlay || null) +
      row("Country", country(p.country_code)) +
      row("As written", list(p.mentions) || null) +
      row("Also called", list((p.aliases || []).slice(0, 8)) || null) +
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
    return dateText(p.date, p.date_precision) + " · " + p.event_type +
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

  /* What an incident's claims make of it (symbols.yaml ``standings``, the table the
   * legend's rows and the QGIS styles read too), by its ``stances``: the standing of no
   * claim when it has none. */
  var standingTable = null;
  function standings() {
    if (!standingTable) {
      standingTable = {byStances: {}, byKey: {}};
      G.cfg.symbols.standings.forEach(function (s) {
        standingTable.byStances[s.stances || ""] = s;
        standingTable.byKey[s.key] = s;
      });
    }
    return standingTable;
  }
  function standingOf(p) {
    var table = standings().byStances;
    return table[plainText(p.stances)] || table[""];
  }
  /* An incident nobody asserts (a denial of reports) is drawn dashed and pale, as the
   * denials among the claims are. */
  function onlyDenied(p) { return standingOf(p).drawn === "denied"; }
  /* One side asserts it and another denies it: a black ring, a dash-dot band. */
  function disputed(p) { return standingOf(p).drawn === "disputed"; }

  /* Placed only along a whole border, over a region or a country (symbols.yaml
   * ``coarse``): drawn weaker than what is placed closer, as in the legend and QGIS. */
  function coarse(p) {
    return p.geo_precision != null && +p.geo_precision === G.cfg.symbols.coarse.geo_precision;
  }
  /* Coarse features of one layer drawn on one geometry (four incidents "on the
   * Georgia–Russia border", eleven claims "in Iran"): a stack of n is drawn as faint as
   * one, each at the opacity whose n layers add up to one's. */
  var coarseStacks = {incidents: {}, claims: {}};
  var coarseShape = {};     // kind:id -> the signature of its geometry
  function signature(g) {
    var nums = [];
    var walk = function (c) {
      if (typeof c === "number") { nums.push(c); } else if (c) { c.forEach(walk); }
    };
    walk(g.coordinates || (g.geometries || []).map(function (x) { return x.coordinates; }));
    return g.type + ":" + nums.length + ":" + nums.slice(0, 4).join(",") + ":" +
      nums.slice(-4).join(",");
  }
  function countCoarse(kind, f) {
    if (!coarseStacks[kind] || !f.geometry || !coarse(f.properties)) { return; }
    var sig = signature(f.geometry);
    coarseShape[kind + ":" + f.properties.id] = sig;
    coarseStacks[kind][sig] = (coarseStacks[kind][sig] || 0) + 1;
  }
  function stackOf(kind, p) {
    var sig = coarseShape[kind + ":" + p.id];
    return sig ? coarseStacks[kind][sig] : 1;
  }
  /* A style of a feature of ``kind`` as drawn when ``p`` is coarse: lines at most the
   * coarse width (an incident's band narrower; a claim's thin line stays as it is) and
   * fainter, areas unfilled inside a fainter outline, points' fill and outline
   * fainter. */
  function weakened(style, p, shape, kind) {
    if (!coarse(p)) { return style; }
    var c = G.cfg.symbols.coarse, n = stackOf(kind, p);
    var alone = function (o) { return n > 1 ? 1 - Math.pow(1 - o, 1 / n) : o; };
    style.opacity = alone((style.opacity == null ? 1 : style.opacity) * c.opacity_scale);
    if (shape === "line") { style.weight = Math.min(style.weight, c.line_weight); }
    if (shape === "area") { style.fillOpacity = c.area_fill_opacity; }
    if (shape === "marker") { style.fillOpacity = alone(style.fillOpacity * c.fill_scale); }
    return style;
  }

  /* A claim at a point is a triangle (symbols.yaml ``claim.shape``), an incident a
   * circle: told apart by shape, not only by colour (a Turkish claim beside a battle).
   * A circle marker in all else (radius, style, events, clusters); ``radius`` is the
   * triangle's circumradius times ``claim.triangle_scale`` over the circle's. */
  var ClaimMarker = L.CircleMarker.extend({
    _updatePath: function () {
      var renderer = this._renderer;
      if (G.cfg.symbols.claim.shape !== "triangle" || !renderer._setPath || this._empty()) {
        return L.CircleMarker.prototype._updatePath.call(this);
      }
      var p = this._point, r = this._radius * G.cfg.symbols.claim.triangle_scale;
      var dx = r * 0.866, dy = r * 0.5;
      renderer._setPath(this, "M" + p.x + "," + (p.y - r) + "L" + (p.x + dx) + "," +
                        (p.y + dy) + "L" + (p.x - dx) + "," + (p.y + dy) + "z");
    }
  });

  var KINDS = {
    incidents: {
      pane: "gm-incidents",
      style: styleBy("incidents"),
      marker: function (p) {
        var s = G.cfg.symbols.incident;
        var denied = onlyDenied(p) ? s.denied : null;
        var ring = disputed(p) ? s.disputed : null;
        return weakened({radius: s.radius, color: ring ? ring.outline : s.outline,
                weight: ring ? ring.outline_weight : s.outline_weight,
                opacity: denied ? denied.opacity_scale : 1, lineCap: "butt",
                fill: true, dashArray: denied ? denied.dash : null,
                fillColor: colour(G.cfg.palette.event_type, p.event_type),
                fillOpacity: s.fill_opacity * (denied ? denied.fill_scale : 1)},
                        p, "marker", "incidents");
      },
      line: function (p) {
        var c = colour(G.cfg.palette.event_type, p.event_type);
        var s = G.cfg.symbols.incident;
        var denied = onlyDenied(p) ? s.denied : null;
        // round ends would close the gaps of a dashed line this wide
        var dash = denied ? denied.dash : disputed(p) ? s.disputed.dash : null;
        return weakened({color: c, weight: s.line_weight, fill: false,
                opacity: s.line_opacity * (denied ? denied.opacity_scale : 1),
                lineCap: dash ? "butt" : "round", dashArray: dash},
                        p, "line", "incidents");
      },
      area: function (p) {
        var c = colour(G.cfg.palette.event_type, p.event_type);
        var s = G.cfg.symbols.incident, a = s.area;
        var denied = onlyDenied(p) ? s.denied : null;
        // dotted: only a region or a country is known; dashed and pale: only denied
        return weakened({color: c, weight: disputed(p) ? s.disputed.area_weight : a.weight,
                fill: true, fillColor: c,
                dashArray: denied ? denied.dash : a.dash, lineCap: denied ? "butt" : "round",
                opacity: a.opacity * (denied ? denied.opacity_scale : 1),
                fillOpacity: a.fill_opacity * (denied ? denied.fill_scale : 1)},
                        p, "area", "incidents");
      },
      point: function (f, latlng) {
        var p = f.properties;
        if (p.event_type === "diplomatic") {
          var s = G.cfg.symbols.incident;
          var c = colour(G.cfg.palette.event_type, p.event_type);
          return L.marker(latlng, {pane: "gm-incidents",
                                   opacity: coarse(p) ? G.cfg.symbols.coarse.opacity_scale : 1,
                                   icon: L.divIcon({
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
        var c = colour(G.cfg.palette.claimant_country, claimantKey(p));
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        return weakened({radius: G.cfg.symbols.claim.radius, color: c, weight: st.weight,
                         opacity: 1, dashArray: st.dash, fill: true, fillColor: c,
                         fillOpacity: st.fill_opacity}, p, "marker", "claims");
      },
      line: function (p) {
        var c = colour(G.cfg.palette.claimant_country, claimantKey(p));
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        return weakened({color: c, weight: st.weight, dashArray: st.dash,
                         opacity: G.cfg.symbols.claim.line_opacity, fill: false},
                        p, "line", "claims");
      },
      area: function (p) {
        var c = colour(G.cfg.palette.claimant_country, claimantKey(p));
        var st = G.cfg.palette.stance[stanceClass(p.stance)];
        var a = G.cfg.symbols.claim.area;
        return weakened({color: c, weight: a.weight, dashArray: st.dash, opacity: a.opacity,
                         fill: true, fillColor: c, fillOpacity: a.fill_opacity},
                        p, "area", "claims");
      },
      point: function (f, latlng) {
        return new ClaimMarker(latlng, L.extend({pane: "gm-claims"},
                                                KINDS.claims.marker(f.properties)));
      },
      popup: function (p) { return G.claimPopup(p); },
      tooltip: function (p) {
        return (p.claimant || "claim") + " " + stanceClass(p.stance) +
          (p.date ? " · " + dateText(p.date, p.date_precision) : "");
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

  var STACK_OPEN = 3;  // features under a click shown whole; more are listed by line

  function stackPopup(spec, kind, clicked, event) {
    var hits = event ? hitsAt(event) : [];
    var mine = hits.filter(function (g) { return g.kind === kind; });
    var sharp = mine.filter(function (g) { return !g.area; });
    // what lies only somewhere along a whole border or in a region (geo_precision 3)
    // is listed under "also here" when something placed closer is under the pointer:
    // a click on Sotk's dot is about Sotk, not about the border's 27 incidents
    var close = sharp.filter(function (g) { return +g.props.geo_precision !== 3; });
    var chosen = close.length ? close : sharp.length ? sharp : mine;
    var props = chosen.map(function (g) { return g.props; });
    // (a border-wide line's wide hit line may take the click meant for the town on it)
    if (props.indexOf(clicked) < 0 && !(close.length && +clicked.geo_precision === 3)) {
      props.unshift(clicked);
    }
    var areasToo = !sharp.length;
    var shown = {};
    props.forEach(function (p) { shown[p.id] = true; });
    var others = hits.filter(function (g) {
      return (areasToo || !g.area) && !shown[g.props.id] &&
        !(g.kind === "claims" && kind === "incidents" && shown[g.props.incident_id]);
    }).sort(function (a, b) {
      return ORDER[a.kind] - ORDER[b.kind] || byDate(a.props, b.props);
    });
    var html;
    if (props.length === 1) {
      html = spec.popup(props[0]);
    } else {
      props.sort(byDate);
      html = "<div class=\"gm-stack-head\">" + props.length + " " + NOUNS[kind] +
        " here</div>" + (props.length <= STACK_OPEN ? props.map(spec.popup).join(
          "<hr class=\"gm-rule\">") : props.map(function (p, i) {
          // an index of one line each, the first opened: 18 whole popups are a scroll
          return "<details class=\"gm-also-item\"" + (i ? "" : " open") + "><summary>" +
            spec.tooltip(p) + "</summary>" + spec.popup(p) + "</details>";
        }).join(""));
    }
    if (others.length) {
      html += "<div class=\"gm-also\"><div class=\"gm-stack-head\">Also here</div>" +
        others.map(alsoLine).join("") + "</div>";
    }
    return "<div class=\"gm-stack\">" + html + "</div>";
  }

  /* How far the panels along the map's sides reach into it, in pixels: the summary on
   * the left, the layer control, legend and minimap on the right, the time slider at the
   * bottom, and all the controls along the top. */
  function panelInsets() {
    var map = G.map, box = map.getContainer().getBoundingClientRect();
    var inset = {left: 0, right: 0, top: 0, bottom: 0, width: box.width,
                 height: box.height};
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
    each(".leaflet-top .leaflet-control", function (r) {   // all controls along the top
      inset.top = Math.max(inset.top, r.bottom - box.top);
    });
    return inset;
  }

  /* Each panel along the top as tall as the map leaves it: down to the first control
   * under it (the minimap under the legend, the time slider under the summary) or the
   * map's bottom edge, less a gap; at least PANEL_MIN px. A taller content scrolls
   * inside the panel (geomap.css shades the edge that hides more). */
  var PANEL_GAP = 10, PANEL_MIN = 120, POPUP_HEIGHT = 440;
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
    popup.options.maxHeight = POPUP_HEIGHT;
    if (!roomy) {
      // a phone: no room beside the panels, so below the controls along the top and
      // above the time slider, and no taller than what is left between them
      var free = inset.height - inset.top - inset.bottom - 60;  // less the tip and frame
      if (free > 200) {
        popup.options.autoPanPaddingTopLeft = [8, inset.top + 8];
        popup.options.autoPanPaddingBottomRight = [8, inset.bottom + 8];
        popup.options.maxHeight = Math.min(POPUP_HEIGHT, free);
      }
    }
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
    showPopup(e.latlng, stackPopup(KINDS[g.kind], g.kind, g.props, e.originalEvent),
              {kind: g.kind, props: g.props});
  }

  /* Opens the map's popup; ``subject`` ({kind, props}) is the incident or claim it is
   * about, if any: a filter that hides it closes the popup (``closeHiddenPopup``). */
  function showPopup(latlng, html, subject) {
    G.popupSubject = subject || null;
    if (!G.popup) {
      G.popup = L.popup({maxWidth: 400, minWidth: 260, maxHeight: POPUP_HEIGHT,
                         autoPanPadding: [8, 8]});
    }
    // no wider than a phone's screen leaves room for
    var room = G.map.getContainer().clientWidth - 70;
    G.popup.options.maxWidth = Math.max(180, Math.min(400, room));
    G.popup.options.minWidth = Math.min(260, G.popup.options.maxWidth);
    panelPadding(G.popup);
    G.popup.setLatLng(latlng).setContent(html).openOn(G.map);
  }

  /* A popup left open over a feature the filters just hid would tell of what the map no
   * longer shows. */
  function closeHiddenPopup() {
    var subject = G.popupSubject;
    if (subject && G.popup && G.map.hasLayer(G.popup) && !G.shows(subject.kind, subject.props)) {
      G.map.closePopup(G.popup);
    }
  }

  function tooltipText(g) {
    if (g.kind === "overlays" && g.props.role === "corridor") { return null; }
    return KINDS[g.kind].tooltip(g.props) || null;
  }

  /* What last moved or pressed the pointer: "touch", "pen" or "mouse". A tap makes the
   * browser send the mouse's events too, but no "mouse out" after them: a tooltip a tap
   * opens would stay over the map. */
  var pointerType = "mouse";
  ["pointerdown", "pointermove", "pointerover"].forEach(function (type) {
    document.addEventListener(type, function (e) { pointerType = e.pointerType || "mouse"; },
                              true);
  });
  function touched() { return pointerType === "touch"; }

  /* A tooltip a touch opened (through a tooltip bound under the mouse before) closes at
   * once: on a touch screen the popup a tap opens says it all. */
  function noTooltipOnTouch(map) {
    map.on("tooltipopen", function (e) {
      if (touched() && !e.tooltip.options.permanent) { map.closeTooltip(e.tooltip); }
    });
  }

  /* Tooltips are bound when the mouse first comes over a feature; not on a touch. */
  function hover(e) {
    var leaf = e.propagatedFrom || e.layer;
    if (touched() || !leaf || !leaf._gm || leaf.getTooltip()) { return; }
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
      // the Armenia–Iran border is named on the map as the corridor is, above the line
      // (the corridor's name is below it, where they run together at Meghri)
      if (kind === "overlays" && p.role === "iran_armenia_border" && f.geometry) {
        borderName(layer, anchorOf(f.geometry), p.name || "Armenia–Iran border",
                   G.cfg.palette.overlay[p.role]);
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

  /* A border's name over its middle, in its colour, shown close in only
   * (``gm-near``), added and removed with it. */
  function borderName(layer, at, name, colour) {
    var label = L.marker(at, {pane: "gm-placelabels", interactive: false, keyboard: false,
      icon: L.divIcon({className: "gm-border-label", iconSize: null,
                       html: "<span style=\"color:" + colour + ";border-color:" + colour +
                         "\">" + name + "</span>"})});
    layer.on("add", function () { label.addTo(layer._map); });
    layer.on("remove", function () { label.remove(); });
  }

  /* A cluster of markers: a ring split by the colours of what it holds (event types of
   * incidents, claimant countries of claims) around the number of markers. */
  var CLUSTER_COLOUR = {
    incidents: function (p) { return colour(G.cfg.palette.event_type, p.event_type); },
    claims: function (p) { return colour(G.cfg.palette.claimant_country, claimantKey(p)); },
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
      countCoarse(kind, f);
      if (kind === "incidents") {
        G.incidents[p.id] = p;
        G.geometries[p.id] = f.geometry;
        G.allIncidents.push({props: p, located: !!f.geometry});
      }
      if (kind === "claims") {
        (G.claimsByIncident[p.incident_id] = G.claimsByIncident[p.incident_id] || []).push(p);
        G.allClaims.push(p);
        G.claimGeometries[p.id] = f.geometry;
      }
      if (kind === "places") { G.allPlaces.push({props: p, geometry: f.geometry}); }
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

  /* Moves layers into and out of a group, keeping count of what it holds. A marker
   * cluster group that is off the map (switched off in the layer control) is only
   * marked stale, and refilled from ``source`` (the layers it should hold now: shown by
   * the slider and the filters) when it is switched on: markercluster files each marker
   * added while it is off the map with a linear search, which takes seconds for 20,000
   * claims. ``sync.refresh()`` brings the group to ``source()`` after a filter changed. */
  function syncer(group, source) {
    var stale = false, members = {};
    group.on("add", function () {
      if (stale) {
        stale = false;
        group.clearLayers();
        var all = source();
        members = {};
        all.forEach(function (l) { members[L.stamp(l)] = l; });
        addAll(group, all);
      }
    });
    var sync = function (added, removed) {
      removed = removed.filter(function (l) { return members[L.stamp(l)]; });
      added = added.filter(function (l) { return !members[L.stamp(l)]; });
      removed.forEach(function (l) { delete members[L.stamp(l)]; });
      added.forEach(function (l) { members[L.stamp(l)] = l; });
      if (group.addLayers && !group._map) {
        stale = true;
        return;
      }
      removeAll(group, removed);
      addAll(group, added);
    };
    sync.refresh = function () {
      var want = source(), wanted = {};
      want.forEach(function (l) { wanted[L.stamp(l)] = true; });
      var removed = Object.keys(members).filter(function (k) { return !wanted[k]; })
        .map(function (k) { return members[k]; });
      sync(want, removed);
    };
    sync.has = function (layer) { return !!(layer && members[L.stamp(layer)]); };
    return sync;
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
    var filtered = kind === "incidents" || kind === "claims";
    var pass = function (l) { return !filtered || G.shows(kind, l.feature.properties); };
    if (kind === "places") {
      // a place an overlay draws (the corridor) is that line, not also a labelled dot;
      // the search still finds it
      pass = function (l) { return !l.feature.properties.overlay; };
    }
    var sync;
    if (!opts.timed) {
      var all = L.geoJSON(data, geo).getLayers();
      sync = G.syncs[kind] = syncer(group, function () { return all.filter(pass); });
      sync(all.filter(pass), []);
      if (filtered) { refreshers.push(sync.refresh); }
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
    sync = G.syncs[kind] = syncer(group, function () {
      return timeline.getLayers().filter(pass);
    });
    if (filtered) { refreshers.push(sync.refresh); }
    // a layer switched off draws nothing: it catches up with the slider when switched on
    var setTime = timeline.setTime, pending = null;
    timeline.setTime = function (t) {
      G.now = t;
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
      sync(added.filter(pass), removed);
      added = [];
      removed = [];
    });
    group.timeline = timeline;
    G.timelines.push(timeline);
    return group;
  };

  /* ---- the summary panel: counts of what the time slider and the filters show ---- */

  var summary = null;

  /* The summary panel ``elementId`` (elements.SummaryPanel) counts again, whenever the
   * slider moves or a filter changes, the incidents and claims shown (up to the slider's
   * day, undated ones only with everything, as the layers show them; of the types,
   * claimant countries and stances the legend leaves ticked); places and articles are
   * neither timed nor filtered. While a filter hides something the panel says what, with
   * a button that shows all again. Incidents outside the view are told in its header
   * line too, which is all a folded panel (a phone's) shows. */
  G.summaryPanel = function (elementId, counts) {
    summary = {el: document.getElementById(elementId), counts: counts, time: null};
    if (summary.el) {
      L.DomEvent.on(summary.el, "click", function (e) {
        // (the folded header's button is in the <summary>: stopping the click also keeps
        // the panel folded)
        if (e.target.closest && e.target.closest(".gm-fit-all, .gm-fit-outside")) {
          L.DomEvent.stop(e);
          fitAllShown();
        }
      });
    }
    var button = summary.el && summary.el.querySelector(".gm-show-all");
    if (button) {
      L.DomEvent.on(button, "click", function (e) {
        L.DomEvent.stop(e);
        G.showAll();
      });
    }
  };

  function plural(n, noun) { return n + " " + noun + (n === 1 ? "" : "s"); }

  /* The bounds of a located incident's geometry, computed once. */
  function incidentBounds(i) {
    if (i.bounds === undefined) {
      var g = G.geometries[i.props.id];
      i.bounds = g ? L.geoJSON(g).getBounds() : null;
      if (i.bounds && !i.bounds.isValid()) { i.bounds = null; }
    }
    return i.bounds;
  }

  /* The shown incidents the map's view leaves out: the first view frames the region
   * most incidents are in, and a meeting in a far capital may lie beyond it. */
  function outsideTheView(incidents) {
    if (!G.map || !G.ready) { return []; }
    // under the panels too, where the view is framed to keep clear of them (a phone's
    // panels are folded, and opened over the map at will)
    var view = G.map.getBounds();
    var panels = G.fitOptions && G.fitOptions.paddingTopLeft ? panelRects() : [];
    return incidents.filter(function (i) {
      var b = i.located && incidentBounds(i);
      return b && (!view.intersects(b) || underPanels(b, panels));
    });
  }

  /* The container-pixel boxes of the panels drawn over the map (summary, legend, layer
   * control, time slider, minimap …; not the attribution line). */
  function panelRects() {
    var box = G.map.getContainer().getBoundingClientRect();
    return Array.prototype.filter.call(
      G.map.getContainer().querySelectorAll(".leaflet-control:not(.leaflet-control-attribution)"),
      function (el) { return el.offsetWidth > 0 && el.offsetHeight > 0; }
    ).map(function (el) {
      var r = el.getBoundingClientRect();
      return {left: r.left - box.left, right: r.right - box.left, top: r.top - box.top,
              bottom: r.bottom - box.top};
    });
  }

  /* Whether what lies in ``bounds`` is hidden under the panels: its whole box, as drawn
   * now, under one panel (an incident at a point: that point). */
  function underPanels(bounds, panels) {
    var map = G.map;
    var a = map.latLngToContainerPoint(bounds.getNorthWest());
    var b = map.latLngToContainerPoint(bounds.getSouthEast());
    return panels.some(function (r) {
      return a.x >= r.left && b.x <= r.right && a.y >= r.top && b.y <= r.bottom;
    });
  }

  /* The bounds of every shown, located incident, or null. */
  function shownBounds() {
    var all = null;
    shownIncidents().forEach(function (i) {
      var b = i.located && incidentBounds(i);
      if (b) {
        all = all ? all.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
      }
    });
    return all;
  }

  /* Whether the map, at its farthest zoom, can frame ``bounds`` in the room the fit
   * leaves it (a phone cannot frame Colombia and Korea at once). */
  function framable(bounds) {
    var map = G.map, zoom = map.getMinZoom(), o = G.fitOptions || {padding: [20, 20]};
    var pad = L.point(o.paddingTopLeft || o.padding)
      .add(L.point(o.paddingBottomRight || o.padding));
    var size = map.project(bounds.getSouthEast(), zoom)
      .subtract(map.project(bounds.getNorthWest(), zoom));
    var room = map.getSize().subtract(pad);
    return size.x <= room.x && size.y <= room.y;
  }

  /* True from a fit to every incident ("show them", or a first view of them all) until
   * the reader moves the map: what that view leaves out is too far apart to show. */
  var framedAll = false, framing = false;

  /* Fit the map to ``bounds``; ``all``: they hold every incident. */
  function frame(bounds, all) {
    framing = true;
    framedAll = all;
    G.map.fitBounds(bounds, G.fitOptions || {padding: [20, 20]});
    framing = false;
  }

  function movedByReader() {
    if (!framing) { framedAll = false; }
  }

  /* Frame every shown incident (the summary's "show them"). */
  function fitAllShown() {
    var all = shownBounds();
    if (all) { frame(all, true); }
  }

  /* Whether the shown incidents ``outside`` the view are out of it because they are too
   * far apart: the view frames them all, and at its farthest zoom this map cannot. */
  function tooFarApart(outside) {
    if (!framedAll || !outside.length) { return false; }
    var all = shownBounds();
    return Boolean(all) && !framable(all);
  }

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
      return "<tr><td>" + (r.dot ? "<span class=\"gm-dot" + (r.claim ? " gm-dot-claim" : "") +
        "\" style=\"background:" + r.dot + "\"></span>" : "") + r.label +
        "</td><td class=\"gm-n\">" + r.n + "</td></tr>";
    }).join("") + "</table>";
  }

  function summaryAt(time) {
    if (!summary || time === summary.time) { return; }
    summary.time = time;
    renderSummary();
  }

  /* Whether a feature of ``kind`` shows now: up to the time slider's day (undated ones
   * only with everything), and let through by the filters. */
  function shownNow(kind, p) {
    var end = G.cfg.time.max, time = summary.time == null ? end : summary.time;
    return (p.t == null ? time >= end : p.t <= time) && G.shows(kind, p);
  }

  function shownIncidents() {
    return G.allIncidents.filter(function (i) { return shownNow("incidents", i.props); });
  }

  /* The folded panel's header line: "· 2 out of view · show them" after the title (shown only
   * while folded, geomap.css), so that a phone's first view, framing where most incidents
   * are, still says that some lie beyond it; "· 12 out of view, too far apart" (``apart``)
   * where a view of them all leaves some out, which no button would bring in. */
  function outsideInHeader(n, apart) {
    var span = summary.el.querySelector(".gm-sum-outside");
    if (!span) { return; }
    span.hidden = !n;
    span.innerHTML = !n ? "" : apart ? " \u00b7 " + n + " out of view, too far apart" :
      " \u00b7 " + n + " out of view \u00b7 <button type=\"button\" " +
      "class=\"gm-fit-outside\" title=\"Frame every incident shown\">show them</button>";
  }

  function renderSummary() {
    if (!summary || !summary.el) { return; }
    var c = summary.counts, pal = G.cfg.palette, end = G.cfg.time.max;
    var time = summary.time == null ? end : summary.time;
    var incidents = shownIncidents();
    var claims = G.allClaims.filter(function (p) { return shownNow("claims", p); });
    var dates = incidents.map(function (i) { return i.props.date; })
      .filter(function (d) { return d; }).sort();
    var unlocated = incidents.filter(function (i) { return !i.located; }).length;
    var head = plural(incidents.length, "incident") + ", " + plural(claims.length, "claim") +
      ", " + plural(c.places, "place") + " from " + plural(c.articles, "article");
    if (dates.length) { head += "<br>" + dates[0] + " – " + dates[dates.length - 1]; }
    if (unlocated) { head += "<br>" + unlocated + " without a location (not drawn)"; }
    var outside = outsideTheView(incidents), apart = tooFarApart(outside);
    if (apart) {
      head += "<br>" + outside.length + " outside this view: too far apart to show " +
        "them all at once on a map this size";
    } else if (outside.length) {
      head += "<br>" + outside.length + " outside this view <button type=\"button\" " +
        "class=\"gm-fit-all\">show them</button>";
    }
    var narrowed = isFiltered();
    if (time < end) {
      head += "<br>up to " + new Date(time).toISOString().slice(0, 10) + " (the time " +
        "slider)" + (narrowed ? " and filtered" : "") + "; in all " +
        plural(c.incidents, "incident") + ", " + plural(c.claims, "claim");
    } else if (narrowed) {
      head += "<br>filtered; in all " + plural(c.incidents, "incident") + ", " +
        plural(c.claims, "claim");
    }
    summary.el.querySelector(".gm-sum-counts").innerHTML = head;
    outsideInHeader(outside.length, apart);
    layerCounts({incidents: [incidents.length, c.incidents], claims: [claims.length, c.claims]});
    var note = summary.el.querySelector(".gm-sum-filter");
    if (note) {
      note.hidden = !narrowed;
      note.querySelector(".gm-sum-filter-text").textContent = narrowed ? filterNote() : "";
    }
    var byType = mostCommon(incidents.map(function (i) { return i.props.event_type; }));
    var byCountry = mostCommon(claims.map(function (p) {
      return claimantKey(p);
    }));
    var byClaimant = mostCommon(claims.map(function (p) { return p.claimant; })
      .filter(function (k) { return k; }));
    var more = byClaimant.length - c.max_claimants;
    var tables = countTable("Incidents by type", byType.map(function (r) {
      return {dot: colour(pal.event_type, r[0]), label: r[0], n: r[1]};
    })) + countTable("Claims by claimant country", byCountry.map(function (r) {
      return {dot: colour(pal.claimant_country, r[0]), label: c.countries[r[0]] || r[0],
              n: r[1], claim: true};
    })) + countTable("Most cited claimants", byClaimant.slice(0, c.max_claimants)
      .map(function (r) { return {label: r[0], n: r[1]}; }));
    if (more > 0) {
      tables = tables.replace(/<\/table>$/, "<tr><td class=\"gm-muted\">" + more +
                              " more</td><td></td></tr></table>");
    }
    summary.el.querySelector(".gm-sum-tables").innerHTML = tables;
  }

  /* ---- filters: the legend's rows show and hide incidents by event type and by what
   * their claims make of them (asserted, disputed, only denied, no claim), claims by
   * claimant country (by kind for claimants that are no state: ``claimantKey``) and
   * stance; a claim about a hidden incident is hidden with it. The layers, their clusters and the summary count only what is shown. ---- */

  var DIMENSIONS = ["event_type", "standing", "claimant_country", "stance"];
  var FILTER_WORDS = {event_type: "incidents of type", standing: "incidents",
                      claimant_country: "claims by", stance: "claims that"};
  var hidden = {};          // dimension -> {key: true} for each key not shown
  var refreshers = [];      // re-fill each filtered layer from what it should show
  var legendEl = null;
  DIMENSIONS.forEach(function (d) { hidden[d] = Object.create(null); });

  /* The key a legend row filters ``p`` by; the rows' checkboxes carry the same keys as
   * their value (the browser decodes the escaped attribute, so keys are plain text). */
  function filterKey(dimension, p) {
    if (dimension === "event_type") { return plainText(p.event_type); }
    if (dimension === "claimant_country") { return claimantKey(p); }
    if (dimension === "standing") { return standingOf(p).key; }
    return stanceClass(p.stance);
  }

  function incidentShown(p) {
    return !hidden.event_type[filterKey("event_type", p)] &&
      !hidden.standing[filterKey("standing", p)];
  }

  /* Whether the filters let a feature of ``kind`` with properties ``p`` show. */
  G.shows = function (kind, p) {
    if (kind === "incidents") { return incidentShown(p); }
    if (kind === "claims") {
      if (hidden.claimant_country[filterKey("claimant_country", p)] ||
          hidden.stance[filterKey("stance", p)]) {
        return false;
      }
      var incident = G.incidents[p.incident_id];
      return !incident || incidentShown(incident);
    }
    return true;
  };

  function isFiltered() {
    return DIMENSIONS.some(function (d) { return Object.keys(hidden[d]).length > 0; });
  }

  function filterInputs(dimension) {
    if (!legendEl) { return []; }
    return Array.prototype.filter.call(legendEl.querySelectorAll("input[data-gm-filter]"),
      function (input) {
        return !dimension || input.getAttribute("data-gm-filter") === dimension;
      });
  }

  function rowLabel(input) {
    var span = input.parentNode.querySelector("span");
    return (span ? span.textContent : input.value).replace(/\s+/g, " ").trim();
  }

  /* "Hidden: incidents of type Battles · claims by Armenia, Iran · claims that deny."
   * (text, for textContent) */
  /* The layer control's names say how many of a layer's features the filters and the
   * time slider leave: "Incidents (5 of 7)"; "Incidents (7)" when all are shown. */
  function layerCounts(counts) {
    var inputs = document.querySelectorAll(".leaflet-control-layers-overlays input");
    Object.keys(counts).forEach(function (kind) {
      var group = G.groups[kind];
      if (!group) { return; }
      var id = L.stamp(group);
      Array.prototype.forEach.call(inputs, function (input) {
        if (input.layerId !== id) { return; }
        var label = input.nextElementSibling;
        if (!label) { return; }
        if (label.gmName == null) {     // the name folium wrote, without its count
          label.gmName = label.textContent.replace(/\s*\(\d+\)\s*$/, "");
        }
        var shown = counts[kind][0], all = counts[kind][1];
        label.textContent = label.gmName + " (" + (shown === all ? all : shown + " of " +
          all) + ")";
      });
    });
  }

  function filterNote() {
    var parts = [];
    DIMENSIONS.forEach(function (d) {
      var off = filterInputs(d).filter(function (i) { return hidden[d][i.value]; });
      if (!off.length) { return; }
      var names = d === "stance" ? off.map(function (i) {
        return i.value === "denies" ? "deny" : "assert";
      }) : d === "standing" ? off.map(function (i) {
        var standing = standings().byKey[i.value];
        return standing ? standing.hidden : rowLabel(i);
      }) : off.map(rowLabel);
      parts.push(FILTER_WORDS[d] + " " + names.join(", "));
    });
    return "Hidden: " + parts.join(" · ") + ".";
  }

  function applyFilters() {
    filterInputs().forEach(function (input) {
      var on = !hidden[input.getAttribute("data-gm-filter")][input.value];
      input.checked = on;
      var row = input.closest("li");
      if (row) { row.classList.toggle("gm-off", !on); }
    });
    refreshers.forEach(function (refresh) { refresh(); });
    closeHiddenPopup();
    renderSummary();
    writeHash();
  }

  /* The filters live in the page address ("map.html#hide=event_type:Battles;stance:denies")
   * so that a reload keeps them and a link passes the same view on. Keys are written
   * with encodeURIComponent and read back only as keys of the legend's rows. */
  var HASH_KEY = "hide=";

  function writeHash() {
    var parts = [];
    DIMENSIONS.forEach(function (d) {
      Object.keys(hidden[d]).sort().forEach(function (key) {
        parts.push(encodeURIComponent(d) + ":" + encodeURIComponent(key));
      });
    });
    var hash = parts.length ? "#" + HASH_KEY + parts.join(";") : "";
    if ((location.hash || "") === hash) { return; }
    try {
      history.replaceState(null, "", hash || location.pathname + location.search);
    } catch (e) {
      location.hash = hash;     // (an address history.replaceState refuses)
    }
  }

  function readHash() {
    var hash = (location.hash || "").replace(/^#/, "");
    if (hash.indexOf(HASH_KEY) !== 0) { return false; }
    var wanted = {};
    DIMENSIONS.forEach(function (d) { wanted[d] = Object.create(null); });
    hash.slice(HASH_KEY.length).split(";").forEach(function (part) {
      var at = part.indexOf(":");
      if (at < 0) { return; }
      try {
        var d = decodeURIComponent(part.slice(0, at));
        var key = decodeURIComponent(part.slice(at + 1));
      } catch (e) { return; }
      if (wanted[d] && filterInputs(d).some(function (i) { return i.value === key; })) {
        wanted[d][key] = true;
      }
    });
    hidden = wanted;
    return true;
  }

  /* The address's filters; an address without them (Back to the map as first opened, a
   * "#hide=" removed by hand) shows everything again. */
  G.filtersFromAddress = function () {
    if (readHash()) {
      applyFilters();
    } else if (isFiltered()) {
      G.showAll();
    }
  };

  G.setFilter = function (dimension, key, shown) {
    if (!hidden[dimension]) { return; }
    if (shown) { delete hidden[dimension][key]; } else { hidden[dimension][key] = true; }
    applyFilters();
  };

  /* Only the row ``key`` of its kind shown; when it already is the only one, all again. */
  G.showOnly = function (dimension, key) {
    if (!hidden[dimension]) { return; }
    var inputs = filterInputs(dimension);
    var alone = !hidden[dimension][key] && inputs.every(function (i) {
      return i.value === key || hidden[dimension][i.value];
    });
    hidden[dimension] = Object.create(null);
    if (!alone) {
      inputs.forEach(function (i) { if (i.value !== key) { hidden[dimension][i.value] = true; } });
    }
    applyFilters();
  };

  G.showAll = function () {
    DIMENSIONS.forEach(function (d) { hidden[d] = Object.create(null); });
    applyFilters();
  };

  /* The legend ``elementId`` (elements.Legend): its rows' checkboxes and "only" buttons. */
  G.legendFilters = function (elementId) {
    legendEl = document.getElementById(elementId);
    if (!legendEl) { return; }
    legendEl.addEventListener("change", function (e) {
      var input = e.target;
      if (!input.hasAttribute || !input.hasAttribute("data-gm-filter")) { return; }
      G.setFilter(input.getAttribute("data-gm-filter"), input.value, input.checked);
    });
    legendEl.addEventListener("click", function (e) {
      var button = e.target.closest ? e.target.closest(".gm-only") : null;
      if (!button) { return; }
      var input = button.parentNode.querySelector("input[data-gm-filter]");
      if (input) { G.showOnly(input.getAttribute("data-gm-filter"), input.value); }
    });
  };

  /* ---- search: places, incidents and claimants, from the box over the map ---- */

  var ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#x27;": "'",
                  "&#39;": "'", "&#123;": "{", "&#125;": "}"};

  /* An escaped string of the data as the text it stands for: only compared, or written
   * with textContent, never inserted as HTML. */
  function plainText(s) {
    return s == null ? "" : String(s).replace(/&(?:amp|lt|gt|quot|#x27|#39|#123|#125);/g,
                                             function (m) { return ENTITIES[m]; });
  }

  /* Letters whose decomposition leads to no ASCII letter (as gazetteer/normalize.py). */
  var FOLD_LETTERS = {"ə": "e", "ǝ": "e", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d",
                      "þ": "t", "ß": "s", "æ": "a", "œ": "o", "ħ": "h", "ŋ": "n", "ɨ": "i"};
  var DROPPED = /['’ʻʼʿʾ`´′.]/;
  var folded1 = Object.create(null);

  /* One character as matched: lower case, without diacritics; "" for an apostrophe, a
   * dot (K'arvachar, St. are one word) or a lone combining accent, " " for anything
   * between words. */
  function foldChar(ch) {
    var out = folded1[ch];
    if (out !== undefined) { return out; }
    var lower = ch.toLowerCase();
    if (FOLD_LETTERS[lower]) {
      out = FOLD_LETTERS[lower];
    } else if (DROPPED.test(ch) || /\p{M}/u.test(ch)) {
      out = "";  // also a combining accent typed apart from its letter
    } else {
      var base = lower.normalize("NFD").charAt(0);
      out = /[a-z0-9]/.test(base) ? base : /[\p{L}\p{N}]/u.test(lower) ? lower : " ";
    }
    folded1[ch] = out;
    return out;
  }

  /* ``s`` as matched: case and diacritics folded, one space between words. With ``map``
   * (an array), map[i] is the position in ``s`` of the folded string's i-th character. */
  function fold(s, map) {
    if (!map) {  // the same, with the browser's own loops: the index folds every text
      return s.replace(/[^\x00-\x7f]/g, foldChar).toLowerCase().replace(/['.`]/g, "")
        .replace(/[^a-z0-9\u0080-\uffff]+/g, " ").trim();
    }
    var out = "", space = true;
    for (var i = 0; i < s.length; i++) {
      var c = foldChar(s.charAt(i));
      if (!c || (c === " " && space)) { continue; }
      space = c === " ";
      out += c;
      if (map) { map.push(i); }
    }
    if (space && out) {
      out = out.slice(0, -1);
      if (map) { map.pop(); }
    }
    return out;
  }

  /* A lossy key that lets transliterations meet (gazetteer/normalize.py skeleton_key):
   * Kalbajar, Kelbajar and Kəlbəcər are all "klbjr". */
  var SKELETON = /dzh|tch|kh|gh|ch|zh|dj|sh|ph|th|ts|x|q|c|w|y|h/g;
  var SKELETON_MAP = {dzh: "j", tch: "c", kh: "k", gh: "g", ch: "j", zh: "j", dj: "j",
                      sh: "s", ph: "f", th: "t", ts: "c", x: "k", q: "k", c: "j", w: "v",
                      y: "i", h: ""};

  function skeleton(key) {
    return key.split(" ").map(function (w) {
      w = w.replace(SKELETON, function (m) { return SKELETON_MAP[m]; });
      if (!w) { return ""; }
      return (w.charAt(0) + w.slice(1).replace(/[aeiou]/g, "")).replace(/(.)\1+/g, "$1");
    }).filter(function (w) { return w; }).join(" ");
  }

  /* How well the folded text ``key`` holds the folded query ``q``: 0 the whole of it, 1
   * its start, 2 the start of a word, 3 inside a word; -1 not at all. */
  function rank(key, q) {
    if (!key) { return -1; }
    var at = key.indexOf(q);
    if (at < 0) { return -1; }
    if (key === q) { return 0; }
    if (at === 0) { return 1; }
    return key.indexOf(" " + q) >= 0 ? 2 : 3;
  }

  var records = null;       // built on the first search

  function buildRecords() {
    var names = {};         // escaped place name -> incidents naming it
    G.allIncidents.forEach(function (i) {
      (i.props.places || []).forEach(function (n) { names[n] = (names[n] || 0) + 1; });
    });
    var places = G.allPlaces.filter(function (pl) { return pl.geometry; }).map(function (pl) {
      var p = pl.props, seen = {}, forms = [];
      [p.name].concat(p.mentions || [], p.aliases || []).forEach(function (form, n) {
        var text = plainText(form), key = fold(text);
        if (!key || seen[key]) { return; }
        seen[key] = true;
        forms.push({text: text, key: key, skeleton: skeleton(key), canonical: n === 0});
      });
      return {kind: "places", props: p, geometry: pl.geometry, forms: forms,
              incidents: Object.prototype.hasOwnProperty.call(names, p.name) ?
                names[p.name] : 0};
    });
    var incidents = G.allIncidents.map(function (i) {
      var p = i.props;
      var fields = [
        // places, date and type show in the list's line anyway: no snippet of them
        {text: (p.places || []).map(plainText).join(", "), weight: 0, shown: true},
        {text: plainText(p.date), weight: 0, shown: true},
        {text: plainText(p.summary), weight: 0.5},
        {text: plainText(p.event_type) + " " + plainText(p.sub_event_type), weight: 1,
         shown: true}
      ].concat((G.claimsByIncident[p.id] || []).map(function (c) {
        return {text: plainText(c.text), weight: 1.5};
      })).filter(function (f) { return f.text; });
      fields.forEach(function (f) { f.key = fold(f.text); });
      return {kind: "incidents", props: p, geometry: G.geometries[p.id] || null,
              fields: fields, all: fields.map(function (f) { return f.key; }).join(" ")};
    });
    var byName = {}, claimants = [];
    G.allClaims.forEach(function (c) {
      var text = plainText(c.claimant);
      if (!text) { return; }
      var record = Object.prototype.hasOwnProperty.call(byName, text) ? byName[text] : null;
      if (!record) {
        record = byName[text] = {kind: "claimants", name: c.claimant, text: text,
                                 key: fold(text), claims: []};
        claimants.push(record);
      }
      record.claims.push(c);
    });
    records = {places: places, incidents: incidents, claimants: claimants};
  }

  /* The matches of the folded query ``q``: per kind a list of {record, score, form}
   * (best first), each kind's list with its best score. */
  function findMatches(q) {
    if (!records) { buildRecords(); }
    var words = q.split(" "), qs = q.length >= 3 ? skeleton(q) : "";
    if (qs.replace(/ /g, "").length < 3) { qs = ""; }
    var places = [], incidents = [], claimants = [];
    var allWords = function (key) {
      return words.length > 1 && words.every(function (w) { return key.indexOf(w) >= 0; });
    };
    // spellings (Kəlbəcər for Kalbajar) only when no place is written as typed: the lossy
    // key would also find Transcaucasia for Tehran
    [false, true].forEach(function (loose) {
      if (loose && (places.length || !qs)) { return; }
      records.places.forEach(function (r) {
        var best = null;
        r.forms.forEach(function (f) {
          var score = -1;
          if (!loose) {
            score = rank(f.key, q);
            score = score >= 0 ? score + (f.canonical ? 0 : 0.5) : allWords(f.key) ? 5 : -1;
          } else if (f.skeleton.indexOf(qs) === 0 || f.skeleton.indexOf(" " + qs) >= 0) {
            score = 4;
          }
          if (score >= 0 && (!best || score < best.score)) {
            best = {record: r, score: score, form: f};
          }
        });
        if (best) { places.push(best); }
      });
    });
    records.incidents.forEach(function (r) {
      var best = null;
      r.fields.forEach(function (f) {
        var score = rank(f.key, q);
        if (score >= 0 && (!best || score + f.weight < best.score)) {
          best = {record: r, score: score + f.weight, field: f, q: q};
        }
      });
      // every word somewhere ("shelling Sotk"): the field with the first word shows
      if (!best && words.length > 1 && words.every(function (w) {
        return r.all.indexOf(w) >= 0;
      })) {
        var field = null, word = words[0];
        r.fields.some(function (f) {
          return !f.shown && words.some(function (w) {
            if (f.key.indexOf(w) < 0) { return false; }
            field = f;
            word = w;
            return true;
          });
        });
        best = {record: r, score: 5, field: field, q: word};
      }
      if (best) { incidents.push(best); }
    });
    records.claimants.forEach(function (r) {
      var score = rank(r.key, q);
      if (score < 0 && allWords(r.key)) { score = 5; }
      if (score >= 0) { claimants.push({record: r, score: score, q: score < 5 ? q : words[0]}); }
    });
    var newest = function (a, b) {
      var x = a.record.props.date || "", y = b.record.props.date || "";
      return a.score - b.score || (x < y ? 1 : x > y ? -1 : 0);
    };
    places.sort(function (a, b) {
      return a.score - b.score || b.record.incidents - a.record.incidents ||
        a.form.text.length - b.form.text.length;
    });
    incidents.sort(newest);
    claimants.sort(function (a, b) {
      return a.score - b.score || b.record.claims.length - a.record.claims.length;
    });
    return [["places", "Places", places], ["incidents", "Incidents", incidents],
            ["claimants", "Claimants", claimants]];
  }

  /* Text into ``el``, the part that matches the folded query ``q`` in a <mark>;
   * ``around`` (characters) cuts a long text to the match and that much either side. */
  function highlight(el, text, q, around) {
    var map = [], key = fold(text, map), at = q ? key.indexOf(q) : -1;
    if (at < 0 || !q) {
      el.textContent = around && text.length > 2 * around ? text.slice(0, 2 * around) + "…" :
        text;
      return;
    }
    var start = map[at], end = map[at + q.length - 1] + 1;
    var from = 0, to = text.length;
    if (around) {
      from = Math.max(0, start - around);
      to = Math.min(text.length, end + around);
      if (from > 0) { from = text.indexOf(" ", from) + 1 || from; }
    }
    var mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    el.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, start)));
    el.appendChild(mark);
    el.appendChild(document.createTextNode(text.slice(end, to) + (to < text.length ? "…" : "")));
  }

  function countryText(code) {
    var name = code ? G.cfg.countries[code] : null;
    return plainText(name || code || "");
  }

  /* Why a feature the search found is not drawn now, or "". */
  function whyHidden(kind, p, located) {
    if (!located) { return "no location"; }
    if (!G.shows(kind, p)) { return "hidden by a filter"; }
    var end = G.cfg.time.max;
    if (G.now != null && (p.t == null ? G.now < end : p.t > G.now)) {
      return "after the time slider's day";
    }
    var group = G.groups[kind];
    if (group && !group._map) { return "layer switched off"; }
    return "";
  }

  /* A point of ``geometry`` to open its popup at: a point, the middle vertex of its
   * longest line, the centre of its areas. */
  function anchorOf(geometry) {
    var g = geometry, c = g.coordinates, ll = function (xy) { return L.latLng(xy[1], xy[0]); };
    if (g.type === "Point") { return ll(c); }
    if (g.type === "MultiPoint") { return ll(c[0]); }
    if (g.type === "LineString") { return ll(c[Math.floor(c.length / 2)]); }
    if (g.type === "MultiLineString") {
      var longest = c.reduce(function (a, b) { return b.length > a.length ? b : a; });
      return ll(longest[Math.floor(longest.length / 2)]);
    }
    if (g.type === "GeometryCollection") {
      var parts = g.geometries.filter(function (x) { return !/Polygon/.test(x.type); });
      return anchorOf(parts[0] || g.geometries[0]);
    }
    return L.geoJSON(g).getBounds().getCenter();
  }

  /* Padding that keeps a view clear of the panels when the map leaves room for that. */
  function fitOptions(pad, maxZoom) {
    var inset = panelInsets();
    if (inset.width - inset.left - inset.right > 320 && inset.height - inset.bottom > 300) {
      return {paddingTopLeft: [inset.left + pad[0], pad[1]],
              paddingBottomRight: [inset.right + pad[0], inset.bottom + pad[1]],
              maxZoom: maxZoom, animate: false};
    }
    return {padding: pad, maxZoom: maxZoom, animate: false};
  }

  /* Shows ``geometries`` (at ``zoom`` at least when they are one spot, else fitted up to
   * ``maxZoom``) and opens ``html`` as the map's popup at ``at``. */
  function showAt(geometries, at, zoom, maxZoom, html, subject) {
    var map = G.map, bounds = L.latLngBounds([]);
    geometries.forEach(function (g) { if (g) { bounds.extend(L.geoJSON(g).getBounds()); } });
    if (bounds.isValid() && bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 500) {
      map.fitBounds(bounds, fitOptions([30, 30], maxZoom));
    } else if (at) {
      map.setView(at, Math.max(map.getZoom(), zoom), {animate: false});
    }
    showPopup(at || map.getCenter(), html, subject);
  }

  /* How close a search takes the map to a place of each kind: near enough to tell it
   * from its neighbours, not so near that the offline base map (borders, rivers, lakes)
   * is blank around it. */
  var PLACE_ZOOM = {country: 6, region: 7, province: 8, district: 9, city: 9, town: 10,
                    village: 11};

  var GO = {
    places: function (m) {
      var r = m.record, p = r.props;
      var naming = G.allIncidents.filter(function (i) {
        return (i.props.places || []).indexOf(p.name) >= 0;
      }).map(function (i) { return i.props; }).sort(byDate);
      var html = G.placePopup(p);
      if (naming.length) {
        html += "<div class=\"gm-also\"><div class=\"gm-stack-head\">" +
          plural(naming.length, "incident") + " naming it</div>" +
          naming.slice(0, 20).map(function (q) {
            return alsoLine({kind: "incidents", props: q});
          }).join("") + "</div>";
      }
      var zoom = PLACE_ZOOM[plainText(p.kind)] || 10;
      showAt([r.geometry], anchorOf(r.geometry), zoom, zoom, "<div class=\"gm-stack\">" +
             html + "</div>");
    },
    incidents: function (m) {
      var r = m.record;
      var html = "<div class=\"gm-stack\">" + G.incidentPopup(r.props) + "</div>";
      showAt([r.geometry], r.geometry ? anchorOf(r.geometry) : null, 10, 10, html,
             {kind: "incidents", props: r.props});
    },
    claimants: function (m) {
      var r = m.record, claims = r.claims.slice().sort(byDate), limit = 25;
      var located = claims.filter(function (c) { return G.claimGeometries[c.id]; });
      var html = "<div class=\"gm-stack\"><div class=\"gm-stack-head\">" +
        plural(claims.length, "claim") + " by " + r.name + "</div>" +
        "<ol class=\"gm-claims\">" + claims.slice(0, limit).map(function (c) {
          return claimBlock(c, true);
        }).join("") + "</ol>" + (claims.length > limit ? "<div class=\"gm-muted\">and " +
        (claims.length - limit) + " more</div>" : "") + "</div>";
      var at = located.length ? anchorOf(G.claimGeometries[located[0].id]) : null;
      showAt(located.map(function (c) { return G.claimGeometries[c.id]; }), at, 9, 9, html);
    }
  };

  function describe(kind, m) {
    var r = m.record, bits;
    if (kind === "places") {
      var p = r.props;
      bits = [plainText(p.kind) || "place", countryText(plainText(p.country_code))];
      if (r.incidents) { bits.push(plural(r.incidents, "incident")); }
      return {title: plainText(p.name), q: m.form.canonical ? m.q : "",
              also: m.form.canonical ? "" : m.form.text, meta: bits.filter(Boolean).join(" · "),
              colour: G.cfg.palette.place, note: ""};
    }
    if (kind === "incidents") {
      var q = r.props;
      return {title: (plainText(q.date) || "date unknown") + " · " + plainText(q.event_type),
              meta: (q.places || []).map(plainText).join(", "),
              snippet: m.field && !m.field.shown ? m.field.text : "",
              colour: colour(G.cfg.palette.event_type, q.event_type),
              note: whyHidden("incidents", q, !!r.geometry)};
    }
    var codes = {}, denied = 0;
    r.claims.forEach(function (c) {
      codes[plainText(c.claimant_country)] = true;
      if (c.stance === "denies") { denied += 1; }
    });
    var first = r.claims[0];
    return {title: r.text, q: m.q,
            meta: Object.keys(codes).map(countryText).filter(Boolean).concat(
              [plural(r.claims.length, "claim") + (denied ? ", " + denied + " denying" : "")])
              .join(" · "),
            colour: colour(G.cfg.palette.claimant_country, claimantKey(first)),
            note: ""};
  }

  /* The search box ``elementId`` (elements.SearchBox), placed over the map beside the
   * zoom buttons; ``limits``: how many matches of each kind the list shows. */
  G.searchBox = function (map, elementId, limits) {
    var box = document.getElementById(elementId);
    if (!box) { return null; }
    var corner = map._controlCorners.gmsearch;
    if (!corner) {
      // first among the controls: the first stop of the Tab key on the map
      corner = map._controlCorners.gmsearch = L.DomUtil.create(
        "div", "leaflet-top gm-search-corner");
      map._controlContainer.insertBefore(corner, map._controlContainer.firstChild);
    }
    var control = L.control({position: "gmsearch"});
    control.onAdd = function () {
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(map);

    var input = box.querySelector("input"), list = box.querySelector("ul");
    var options = [], active = -1, timer = null, lastQuery = null;

    function setActive(n) {
      if (active >= 0 && options[active]) {
        options[active].el.classList.remove("gm-active");
        options[active].el.setAttribute("aria-selected", "false");
      }
      active = n;
      if (n >= 0 && options[n]) {
        options[n].el.classList.add("gm-active");
        options[n].el.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[n].el.id);
        options[n].el.scrollIntoView({block: "nearest"});
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open(shown) {
      list.hidden = !shown;
      input.setAttribute("aria-expanded", shown ? "true" : "false");
      if (!shown) { setActive(-1); }
    }

    function line(cls, text) {
      var li = document.createElement("li");
      li.className = cls;
      li.setAttribute("role", "presentation");
      li.textContent = text;
      list.appendChild(li);
    }

    function option(kind, m) {
      var d = describe(kind, m), li = document.createElement("li");
      li.className = "gm-opt gm-opt-" + kind;
      li.id = elementId + "_opt" + options.length;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var dot = document.createElement("span");
      dot.className = "gm-opt-dot";
      dot.style.background = d.colour;
      li.appendChild(dot);
      var body = document.createElement("span");
      body.className = "gm-opt-body";
      var title = document.createElement("span");
      title.className = "gm-opt-title";
      highlight(title, d.title, d.q);
      body.appendChild(title);
      if (d.also) {
        var also = document.createElement("span");
        also.className = "gm-opt-also";
        also.appendChild(document.createTextNode(" as "));
        var written = document.createElement("span");
        highlight(written, d.also, m.q);
        also.appendChild(written);
        body.appendChild(also);
      }
      [[d.meta, "gm-opt-meta"], [d.note, "gm-opt-note"]].forEach(function (part) {
        if (!part[0]) { return; }
        var el = document.createElement("span");
        el.className = part[1];
        el.textContent = part[0];
        body.appendChild(el);
      });
      if (d.snippet) {
        var snip = document.createElement("span");
        snip.className = "gm-opt-snippet";
        highlight(snip, d.snippet, m.q, 40);
        body.appendChild(snip);
      }
      li.appendChild(body);
      var n = options.length;
      // mousedown would take the focus from the box before the click chooses
      li.addEventListener("mousedown", function (e) { e.preventDefault(); });
      li.addEventListener("mousemove", function () { if (active !== n) { setActive(n); } });
      li.addEventListener("click", function () { choose(n); });
      options.push({kind: kind, match: m, title: d.title, el: li});
      list.appendChild(li);
    }

    function update() {
      var q = fold(input.value);
      if (q === lastQuery) { return; }
      lastQuery = q;
      list.textContent = "";
      options = [];
      active = -1;
      if (q.length < 2) {
        open(false);
        return;
      }
      var groups = findMatches(q).filter(function (g) { return g[2].length; });
      groups.forEach(function (g) { g[2].forEach(function (m) { m.q = m.q || q; }); });
      groups.sort(function (a, b) { return a[2][0].score - b[2][0].score; });
      if (!groups.length) {
        line("gm-opt-none", "Nothing found for “" + input.value.trim() + "”");
      }
      groups.forEach(function (g) {
        var kind = g[0], matches = g[2], limit = limits[kind] || 5;
        line("gm-opt-head", g[1]);
        matches.slice(0, limit).forEach(function (m) { option(kind, m); });
        if (matches.length > limit) {
          line("gm-opt-more", (matches.length - limit) + " more: type more to narrow");
        }
      });
      open(true);
      if (options.length) { setActive(0); }
    }

    function choose(n) {
      var o = options[n];
      if (!o) { return; }
      open(false);
      input.value = o.title;
      lastQuery = fold(o.title);
      GO[o.kind](o.match);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 80);
    });
    input.addEventListener("focus", function () {
      if (!records) { buildRecords(); }
      if (options.length && fold(input.value) === lastQuery) { open(true); }
    });
    input.addEventListener("keydown", function (e) {
      e.stopPropagation();  // the map's own keys (arrows, +, -) stay with the map
      var key = e.key;
      if (key === "ArrowDown" || key === "ArrowUp") {
        e.preventDefault();
        clearTimeout(timer);
        update();
        if (!options.length) { return; }
        open(true);
        var step = key === "ArrowDown" ? 1 : -1;
        setActive((active + step + options.length) % options.length);
      } else if (key === "Enter") {
        e.preventDefault();
        clearTimeout(timer);
        update();
        choose(active >= 0 ? active : 0);
      } else if (key === "Escape") {
        e.preventDefault();
        if (!list.hidden) {
          open(false);
        } else if (input.value) {
          input.value = "";
          update();
        } else {
          input.blur();
        }
      }
    });
    // a press anywhere else closes the list (captured: panels stop the event's bubbling)
    document.addEventListener("pointerdown", function (e) {
      if (!box.contains(e.target)) { open(false); }
    }, true);
    // "/" goes to the search box from anywhere but a field
    document.addEventListener("keydown", function (e) {
      var t = e.target, tag = t && t.tagName;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || tag === "INPUT" ||
          tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) {
        return;
      }
      e.preventDefault();
      input.focus();
      input.select();
    });
    return control;
  };

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

  /* Lines packed by ``features.delta_lines`` as a FeatureCollection of MultiLineStrings:
   * per row its ``key`` property, then per line integer coordinates (1/scale degrees),
   * each point a step from the one before. */
  function deltaLines(packed, key) {
    var features = ((packed && packed.rows) || []).map(function (row) {
      var lines = row.slice(1).map(function (steps) {
        var x = 0, y = 0, line = [];
        for (var i = 0; i + 1 < steps.length; i += 2) {
          x += steps[i];
          y += steps[i + 1];
          line.push([x / packed.scale, y / packed.scale]);
        }
        return line;
      });
      var properties = {};
      properties[key] = row[0];
      return {type: "Feature", properties: properties,
              geometry: {type: "MultiLineString", coordinates: lines}};
    });
    return {type: "FeatureCollection", features: features};
  }
  G.deltaLines = deltaLines;

  /* The offline base layer: countries, borders, lakes, rivers, disputed areas and country
   * names. */
  G.baseLayer = function (data, interactive) {
    var pal = G.cfg.palette.base;
    var pane = "gm-base";
    var layers = [
      L.geoJSON(data.countries, {pane: pane, interactive: false, style: land(1)}),
      L.geoJSON(data.outlines, {pane: pane, interactive: false, style: outline(1)}),
      // the world's 1:10m borders, shown close in only (where the 1:110m ones are not)
      L.geoJSON(deltaLines(data.borders, "countries"), {
        pane: pane, interactive: false, style: {color: pal.land_outline, weight: 1,
                                                className: "gm-world-10m"}}),
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

  /* On a phone-sized map the panels start folded and the layer list behind its button
   * (a tap on the map folds it again): open, they cover most of the map, and a tap meant
   * for the map lands on a legend row. */
  var SMALL_MAP = 600;
  function foldPanelsOnASmallMap(map) {
    var container = map.getContainer();
    if (container.clientWidth >= SMALL_MAP) { return; }
    Array.prototype.forEach.call(container.querySelectorAll(".gm-panel > details"),
                                 function (d) { d.open = false; });
    var layers = container.querySelector(".leaflet-control-layers");
    if (layers) {
      var fold = function () { layers.classList.remove("leaflet-control-layers-expanded"); };
      fold();
      map.on("click popupopen", fold);      // a tap on the map or on a feature
    }
  }

  /* Online tiles that cannot load (no network: the usual case, geomap works offline)
   * leave a blank grey base; say so once, over the map, and how to get the offline base
   * back. */
  function sayWhenTilesFail(map) {
    var note = null, watched = [];
    function tell() {
      if (note) { return; }
      note = L.control({position: "bottomright"});
      note.onAdd = function () {
        var el = L.DomUtil.create("div", "leaflet-control gm-tile-note");
        el.textContent = "Online tiles did not load (no network?): choose " +
          "\u201cBoundaries (offline)\u201d in the layer list.";
        return el;
      };
      note.addTo(map);
    }
    function watch(layer) {
      if (layer instanceof L.TileLayer && watched.indexOf(layer) < 0) {
        watched.push(layer);
        layer.on("tileerror", tell);
      }
    }
    map.eachLayer(watch);
    map.on("baselayerchange", function (e) {
      if (note) { note.remove(); note = null; }
      watch(e.layer);
    });
  }

  /* What the first view frames: everything, or where most incidents are (``dense``)
   * when everything would show that ``closerBy`` zoom steps (or more) too far out (a
   * phone's view of incidents across continents); the summary's "outside this view"
   * leads to the rest. */
  function firstView(map, view, options) {
    if (!view.dense) { return view.bounds; }
    var zoomOf = function (bounds) {
      var tl = options.paddingTopLeft || options.padding;
      var br = options.paddingBottomRight || options.padding;
      return Math.min(view.maxZoom, map.getBoundsZoom(L.latLngBounds(bounds), false,
                                                      L.point(tl).add(br)));
    };
    return zoomOf(view.dense) - zoomOf(view.bounds) >= view.closerBy ? view.dense :
      view.bounds;
  }

  /* A note under a layer's name in the layer control (``layer_notes``: why the Places
   * layer of a map of thousands of places starts switched off). */
  function noteLayers(map) {
    var notes = G.cfg.layer_notes || {};
    Array.prototype.forEach.call(map.getContainer().querySelectorAll(
      ".leaflet-control-layers-overlays label"), function (label) {
      var name = label.textContent.trim();
      Object.keys(notes).forEach(function (key) {
        if (name.indexOf(key + " (") === 0 && !label.querySelector(".gm-layer-note")) {
          var note = document.createElement("span");
          note.className = "gm-layer-note";
          note.textContent = notes[key];
          label.appendChild(note);
        }
      });
    });
  }

  G.start = function (map, slider, view) {
    noteLayers(map);
    foldPanelsOnASmallMap(map);
    noTooltipOnTouch(map);
    sayWhenTilesFail(map);
    fitPanels();
    map.on("resize", fitPanels);
    // fit the data into the part of the map the panels leave free, when there is one
    var options = G.fitOptions = fitOptions(view.padding, view.maxZoom);
    var first = firstView(map, view, options);
    map.on("movestart", movedByReader);
    G.home = function () { map.closePopup(); frame(first, first === view.bounds); };
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
    G.filtersFromAddress();
    window.addEventListener("hashchange", G.filtersFromAddress);
    G.ready = true;
    renderSummary();      // now that the view is set: what lies outside it
    map.on("moveend", renderSummary);
    document.documentElement.setAttribute("data-geomap-ready", "1");
  };
})();
