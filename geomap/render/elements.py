"""The map's elements, written the way folium writes its own: small ``MacroElement``
classes with a Jinja template, assets declared with ``JSCSSMixin``.

Two differences from folium, both for safety and speed: the templates autoescape (text
arrives as escaped ``Markup``, anything else is escaped), and the rendered macros go into
the page verbatim instead of being parsed a second time as Jinja templates, as branca's
``MacroElement.render`` does (that second pass would evaluate any ``{{ … }}`` in the data
and costs seconds on a 10 MB data block).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template
from markupsafe import Markup

from .assets import Verbatim
from .escape import js_literal
from .features import pack

TIMELINE_JS = ("timeline",
               "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.min.js")
MARKERCLUSTER_JS = [
    ("markerclusterjs",
     "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js"),
]
# (not MarkerCluster.Default.css: geomap draws its own cluster icons)
MARKERCLUSTER_CSS = [
    ("markerclustercss",
     "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css"),
]
MINIMAP_JS = [("Control_MiniMap_js",
               "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.js")]
MINIMAP_CSS = [("Control_MiniMap_css",
                "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.css")]


def template(source: str) -> Template:
    """A folium template that escapes every value not already ``Markup``."""
    return Template(source, autoescape=True)


@lru_cache(maxsize=None)
def _resource(name: str) -> str:
    return files("geomap.render").joinpath("templates", name).read_text(encoding="utf-8")


class GeomapElement(MacroElement):
    """A ``MacroElement`` whose rendered header, html and script go into the page as they
    are (see the module docstring)."""

    _template = template("")

    def render(self, **kwargs):
        figure = self.get_root()
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(Verbatim(str(macro(self, kwargs))),
                                                name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class Runtime(GeomapElement):
    """geomap's own script and stylesheet, and the configuration they read: palette,
    symbol sizes, country names, the article table and the time range (always inlined:
    it is geomap's code, a few kilobytes)."""

    _template = template("""
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
            <script>{{ this.js }}</script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            geomap.init({{ this._parent.get_name() }}, {{ this.config }});
        {% endmacro %}
    """)

    def __init__(self, config: dict):
        super().__init__()
        self._name = "GeomapRuntime"
        self.config = js_literal(config)
        self.css = Markup(_resource("geomap.css"))
        self.js = Markup(_resource("geomap.js"))


class FeatureLayer(JSCSSMixin, Layer, GeomapElement):
    """One kind of geomap feature (incidents, claims, places or overlays) as one layer
    in the layer control, styled in the browser from the features' properties.

    The data travels as JSON in a ``<script type="application/json">`` block, packed
    (``features.pack``) and read with ``JSON.parse``, which browsers do several times
    faster than running the same data as a script. ``timed``: the time slider filters it
    (leaflet.timeline). ``cluster``: its markers are clustered (Leaflet.markercluster).
    Either way the page holds one data block, not one folium object per feature.
    """

    _template = template("""
        {% macro html(this, kwargs) %}
            <script type="application/json" id="{{ this.get_name() }}_data">{{ this.data }}</script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = geomap.layer({{ this.kind|tojson }},
                geomap.json({{ (this.get_name() ~ "_data")|tojson }}),
                {{ this.layer_options|tojson }});
        {% endmacro %}
    """)

    def __init__(self, kind: str, data: dict, name: str, *, timed: bool = False,
                 cluster: bool = False, show: bool = True, shared: dict | None = None):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "FeatureLayer"
        self.kind = kind
        self.data = js_literal(pack(data, shared))
        self.n_features = len(data["features"])
        self.layer_options = {"timed": timed, "cluster": cluster}
        self.default_js = ([TIMELINE_JS] if timed else []) + (MARKERCLUSTER_JS if cluster else [])
        self.default_css = MARKERCLUSTER_CSS if cluster else []


class BaseLayer(Layer, GeomapElement):
    """The offline base map: country polygons, disputed areas, lakes, rivers and country
    names from the gazetteer's boundary set. A base layer in the layer control."""

    _template = template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }}_data = {{ this.data }};
            var {{ this.get_name() }} = geomap.baseLayer({{ this.get_name() }}_data);
        {% endmacro %}
    """)

    def __init__(self, data: dict, name: str, show: bool = True):
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "BaseLayer"
        self.data = js_literal(data)


class BaseMiniMap(JSCSSMixin, GeomapElement):
    """leaflet-minimap (as folium's ``MiniMap``) drawn from the offline base data, so the
    overview never asks for tiles; dragging it pans the map (``geomap.miniMap``)."""

    _template = template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = geomap.miniMap(new L.Control.MiniMap(
                geomap.miniLayer({{ this.base.get_name() }}_data),
                {{ this.options|tojson }}).addTo({{ this._parent.get_name() }}));
        {% endmacro %}
    """)

    default_js = MINIMAP_JS
    default_css = MINIMAP_CSS

    def __init__(self, base: BaseLayer, position: str = "bottomright"):
        super().__init__()
        self._name = "BaseMiniMap"
        self.base = base
        self.options = {"position": position, "width": 160, "height": 140,
                        "zoomLevelOffset": -4, "toggleDisplay": False,
                        "aimingRectOptions": {"color": "#c51b8a", "weight": 1}}


class TimeSlider(JSCSSMixin, GeomapElement):
    """folium's ``TimelineSlider`` (leaflet.timeline's slider control) over every timed
    layer; shows features dated up to the chosen day. Dates are formatted without
    moment.js, so the page does not carry it."""

    _template = template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.timelineSliderControl(Object.assign(
                {{ this.options|tojson }}, {formatOutput: geomap.formatTime})
            ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    default_js = [TIMELINE_JS]

    def __init__(self, start_ms: int, end_ms: int, steps: int):
        super().__init__()
        self._name = "TimeSlider"
        self.options = {"start": start_ms, "end": end_ms, "position": "bottomleft",
                        "enablePlayback": True, "enableKeyboardControls": False,
                        "showTicks": True, "steps": max(1, steps), "duration": 10000,
                        "autoPlay": False, "waitToUpdateMap": False}


class Panel(GeomapElement):
    """A block of HTML shown as a Leaflet control (base of the legend and summary)."""

    position = "topright"


class Legend(Panel):
    """What each symbol means, drawn with the same colours, sizes and dashes as the
    layers (from palette.yaml and symbols.yaml). Only what the map holds is listed. Its
    rows of event types, incidents' standings (symbols.yaml ``standings``: asserted,
    disputed, only denied, no claim), claimant countries (claimants that are no state by
    kind: armed groups, monitors …) and stances are filters, each a
    checkbox and an "only" button (geomap.js ``legendFilters``). Incidents placed only
    along a whole border or in a region are shown fainter (symbols.yaml ``coarse``)."""

    _template = template("""
        {% macro html(this, kwargs) %}
        {% set s = this.symbols %}{% set p = this.palette %}
        {% set ia = s.incident.area %}
        <div id="{{ this.get_name() }}" class="gm-panel gm-legend">
          <details open><summary>Legend</summary>
          <div class="gm-leg-h">Incidents <span class="gm-muted">by event type</span></div>
          <ul class="gm-leg gm-leg-f">
          {% for key, label in this.event_types %}
            {% call filter_row("event_type", key) %}
            {% if key == "diplomatic" %}
              <svg width="16" height="16"><rect x="4" y="4" width="8" height="8"
                transform="rotate(45 8 8)" fill="{{ p.event_type[key] }}" stroke="#222"
                stroke-width="1.5"/></svg>
            {% else %}
              <svg width="16" height="16"><circle cx="8" cy="8" r="{{ s.incident.radius - 1 }}"
                fill="{{ p.event_type.get(key, p.event_type.other) }}"
                fill-opacity="{{ s.incident.fill_opacity }}" stroke="{{ s.incident.outline }}"
                stroke-width="1"/></svg>
            {% endif %}
            <span>{{ label }}</span>
            {% endcall %}
          {% endfor %}
          {# how precisely an incident is placed: a border sector's band, and fainter (as
             symbols.yaml ``coarse`` draws them) a whole border's and a region's #}
          {% set co = s.coarse %}
            <li><svg width="16" height="16"><line x1="1" y1="8" x2="15" y2="8"
              stroke="#777" stroke-width="{{ s.incident.line_weight - 1 }}"
              stroke-opacity="{{ s.incident.line_opacity }}"
              stroke-linecap="round"/></svg><svg class="gm-coarse" width="16"
              height="16"><line x1="1" y1="8" x2="15" y2="8" stroke="#777"
              stroke-width="{{ [s.incident.line_weight, co.line_weight]|min }}"
              stroke-opacity="{{ s.incident.line_opacity * co.opacity_scale }}"
              stroke-linecap="round"/></svg>border stretch / whole border</li>
            <li><svg class="gm-coarse" width="16" height="16"><rect x="1.5" y="2.5"
              width="13" height="11" fill="#777" fill-opacity="{{ co.area_fill_opacity }}"
              stroke="#555"
              stroke-opacity="{{ ia.opacity * co.opacity_scale }}"
              stroke-width="{{ ia.weight }}" stroke-linecap="round"
              {% if ia.dash %}stroke-dasharray="{{ ia.dash|replace(' ', ',') }}"{% endif %}/></svg>only a region or country known</li>
          {# what the claims make of an incident (symbols.yaml ``standings``), also
             filters ("only" on "disputed" leaves what one side asserts and another
             denies), two to a line #}
          {% for standing in s.standings %}
            {% call filter_row("standing", standing.key, half=True) -%}
              {{ standing_swatch(s, p, standing.drawn) }}<span>{{ standing.label }}</span>
            {%- endcall %}
          {% endfor %}
          </ul>
          {% if this.claimants %}
          <div class="gm-leg-h">Claims <span class="gm-muted">by claimant country</span></div>
          <ul class="gm-leg gm-leg-2col gm-leg-f">
          {% for code, label in this.claimants %}
            {% set c = p.claimant_country.get(code, p.claimant_country.other) %}
            {# a label longer than a column ("no state: …") takes the whole row #}
            {% call filter_row("claimant_country", code, label|length > this.column_chars) -%}
              <svg width="16" height="16"><polygon points="{{ this.triangle }}"
              fill="{{ c }}" fill-opacity="{{ p.stance.asserts.fill_opacity }}"
              stroke="{{ c }}" stroke-width="2" stroke-linejoin="round"/></svg><span>{{ label }}</span>
            {%- endcall %}
          {% endfor %}
          </ul>
          <ul class="gm-leg gm-leg-f">
            {# claims are triangles (geomap.js ClaimMarker), incidents circles #}
            {% call filter_row("stance", "asserts", half=True) -%}
              <svg width="16" height="16"><polygon points="{{ this.triangle }}"
              fill="#555" fill-opacity="{{ p.stance.asserts.fill_opacity }}" stroke="#555"
              stroke-width="{{ p.stance.asserts.weight - 1 }}" stroke-linejoin="round"/></svg><span>asserts</span>
            {%- endcall %}
            {% call filter_row("stance", "denies", half=True) -%}
              <svg width="16" height="16"><polygon points="{{ this.triangle }}"
              fill="#555" fill-opacity="{{ p.stance.denies.fill_opacity }}" stroke="#555"
              stroke-width="{{ p.stance.denies.weight - 1 }}" stroke-linejoin="round"
              stroke-dasharray="{{ (p.stance.denies.dash or '3 3')|replace(' ', ',') }}"/></svg><span>denies</span>
            {%- endcall %}
            {# how a claim is placed (geometry/incident_geometry.py ``at_the_incident``) #}
            <li class="gm-muted gm-leg-how" title="A claim is drawn where its claimant
              puts the event; one that names no place, or only a country or a border, is
              drawn at its incident when that is placed closer.">no place of its own: drawn
              at its incident</li>
          </ul>
          {% endif %}
          <div class="gm-leg-h">Reference</div>
          <ul class="gm-leg">
            <li><svg width="16" height="16"><circle cx="8" cy="8" r="{{ s.place.radius }}"
              fill="{{ p.place }}" stroke="#fff"/></svg>place named in an article</li>
          {% for role, label in this.overlays %}
            {% set o = s.overlay[role] %}
            {# halo and casing as paths: the line is the swatch's shape (tests/export) #}
            <li><svg width="16" height="16">{% if o.halo %}<path d="M1 8H15"
              stroke="{{ p.overlay[role] }}" stroke-opacity="{{ o.halo.opacity }}"
              stroke-width="{{ [o.halo.weight, 14]|min }}"/>{% endif %}{% if o.casing %}<path
              d="M1 8H15" stroke="#fff" stroke-width="{{ o.weight + o.casing }}"
              {% if o.dash %}stroke-dasharray="{{ o.dash|replace(' ', ',') }}"{% endif %}/>{% endif %}<line
              x1="1" y1="8" x2="15" y2="8"
              stroke="{{ p.overlay[role] }}" stroke-width="{{ o.weight }}"
              {% if o.dash %}stroke-dasharray="{{ o.dash|replace(' ', ',') }}"{% endif %}/></svg>{{ label }}</li>
          {% endfor %}
            <li><svg width="16" height="16"><rect x="1.5" y="2.5" width="13" height="11"
              fill="{{ p.base.disputed }}" stroke="{{ p.base.land_outline }}"
              stroke-dasharray="3,3"/></svg>disputed area (base map)</li>
          {% if this.clustered %}
            <li><svg width="16" height="16"><circle cx="8" cy="8" r="6" fill="none"
              stroke="{{ p.event_type.Battles }}" stroke-width="3.5"
              stroke-dasharray="26 12"/><circle cx="8" cy="8" r="6" fill="none"
              stroke="{{ p.event_type.diplomatic }}" stroke-width="3.5"
              stroke-dasharray="12 26" stroke-dashoffset="-26"/></svg>cluster: its ring
              shows the colours of its markers; click to zoom in</li>
          {% endif %}
          </ul>
          </details>
        </div>
        {% endmacro %}
        {# the swatch of a standing drawn with the incident look ``drawn`` (none: the
           plain look): the marker first (tests/export reads a swatch's first shape),
           then the line, as a path #}
        {% macro standing_swatch(s, p, drawn) -%}
          {% set dn = s.incident.denied %}{% set dp = s.incident.disputed %}
          {% if drawn == "disputed" -%}
              <svg width="16" height="16"><circle cx="8" cy="11"
              r="4" fill="#777" fill-opacity="{{ s.incident.fill_opacity }}"
              stroke="{{ dp.outline }}" stroke-width="{{ dp.outline_weight }}"/><path
              d="M0 4H16" stroke="#777" stroke-width="{{ s.incident.line_weight - 2 }}"
              stroke-opacity="{{ s.incident.line_opacity }}"
              stroke-dasharray="7,2,2,2"/></svg>
          {%- elif drawn == "denied" -%}
              <svg width="16" height="16"><circle cx="8" cy="11"
              r="4" fill="#777" fill-opacity="{{ s.incident.fill_opacity * dn.fill_scale }}"
              stroke="{{ s.incident.outline }}" stroke-opacity="{{ dn.opacity_scale }}"
              stroke-width="{{ s.incident.outline_weight }}"
              stroke-dasharray="3,2"/><path d="M0 4H16" stroke="#777"
              stroke-width="{{ s.incident.line_weight - 2 }}"
              stroke-opacity="{{ s.incident.line_opacity * dn.opacity_scale }}"
              stroke-dasharray="4,3"/></svg>
          {%- else -%}
              <svg width="16" height="16"><circle cx="8" cy="8" r="{{ s.incident.radius - 1 }}"
                fill="{{ p.event_type.other }}" fill-opacity="{{ s.incident.fill_opacity }}"
                stroke="{{ s.incident.outline }}" stroke-width="{{ s.incident.outline_weight }}"
                /></svg>
          {%- endif %}
        {%- endmacro %}
        {# a row that filters: a checkbox before the row's swatch and label (the
           caller's), then its "only" button, which has no text: the legend's rows are
           read by their text (tests/export) #}
        {% macro filter_row(dimension, key, wide=False, half=False) -%}
            <li class="gm-filter{% if wide %} gm-wide{% endif %}{% if half %} gm-half{% endif %}"><label
              class="gm-filter-row"><input type="checkbox" class="gm-check" checked
              data-gm-filter="{{ dimension }}" value="{{ key }}">{{ caller() }}</label><button
              type="button" class="gm-only" title="Show only this"
              aria-label="Show only this"></button></li>
        {%- endmacro %}
        {% macro script(this, kwargs) %}
            geomap.panel({{ this._parent.get_name() }}, {{ this.get_name()|tojson }},
                         {{ this.position|tojson }});
            geomap.legendFilters({{ this.get_name()|tojson }});
        {% endmacro %}
    """)

    position = "topright"
    #: the longest claimant label that fits one of the two columns beside its checkbox
    #: and swatch (characters)
    column_chars = 12
    #: a claim's swatch: the triangle the map draws a claim at a point with (geomap.js
    #: ``ClaimMarker``), in a 16 px square
    triangle = "8,1.5 14.5,13.5 1.5,13.5"

    def __init__(self, palette: dict, symbols: dict, event_types, claimants, overlays,
                 clustered: bool = False):
        super().__init__()
        self._name = "Legend"
        self.clustered = clustered
        self.palette = palette
        self.symbols = symbols
        self.event_types = tuple(event_types)   # (palette key, escaped label)
        # (palette.claimant_key: a country's code, or the kind of claimants that are no
        # state, "armed group" …; escaped label)
        self.claimants = tuple(claimants)
        self.overlays = tuple(overlays)         # (overlay role, label)


class SummaryPanel(Panel):
    """The map's title and what it holds: counts by event type and by claimant, with
    the legend's colours."""

    _template = template("""
        {% macro html(this, kwargs) %}
        {% set s = this.summary %}{% set p = this.palette %}
        <div id="{{ this.get_name() }}" class="gm-panel gm-summary-panel">
          <details open><summary><h1>{{ this.title }}</h1><span class="gm-sum-outside"
            hidden></span></summary>
          <div class="gm-muted gm-sum-counts">
            {{ s.incidents }} incident{{ "" if s.incidents == 1 else "s" }},
            {{ s.claims }} claim{{ "" if s.claims == 1 else "s" }},
            {{ s.places }} place{{ "" if s.places == 1 else "s" }}
            from {{ s.articles }} article{{ "" if s.articles == 1 else "s" }}
            {% if s.first_date %}<br>{{ s.first_date }} – {{ s.last_date }}{% endif %}
            {% if s.incidents_unlocated %}<br>{{ s.incidents_unlocated }} without a location
            (not drawn){% endif %}
          </div>
          <div class="gm-sum-filter" hidden><span class="gm-sum-filter-text"></span>
            <button type="button" class="gm-show-all">show all</button></div>
          <div class="gm-sum-tables">
          {% if s.by_type %}
          <div class="gm-leg-h">Incidents by type</div>
          <table>{% for label, n in s.by_type %}
            <tr><td><span class="gm-dot" style="background:{{ p.event_type.get(label, p.event_type.other) }}"></span>{{ label }}</td><td class="gm-n">{{ n }}</td></tr>{% endfor %}</table>
          {% endif %}
          {% if this.by_country %}
          <div class="gm-leg-h">Claims by claimant country</div>
          <table>{% for code, label, n in this.by_country %}
            <tr><td><span class="gm-dot gm-dot-claim" style="background:{{ p.claimant_country.get(code, p.claimant_country.other) }}"></span>{{ label }}</td><td class="gm-n">{{ n }}</td></tr>{% endfor %}</table>
          {% endif %}
          {% if this.by_claimant %}
          <div class="gm-leg-h">Most cited claimants</div>
          <table>{% for label, n in this.by_claimant %}
            <tr><td>{{ label }}</td><td class="gm-n">{{ n }}</td></tr>{% endfor %}
          {% if this.more_claimants %}
            <tr><td class="gm-muted">{{ this.more_claimants }} more</td><td></td></tr>
          {% endif %}</table>
          {% endif %}
          </div>
          <div class="gm-muted gm-note">Click a symbol for its date, claims and sources.</div>
          </details>
        </div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            geomap.panel({{ this._parent.get_name() }}, {{ this.get_name()|tojson }},
                         {{ this.position|tojson }});
            geomap.summaryPanel({{ this.get_name()|tojson }}, {{ this.counts }});
        {% endmacro %}
    """)

    position = "topleft"

    def __init__(self, title, summary, by_country, palette: dict, max_claimants: int = 5):
        super().__init__()
        self._name = "SummaryPanel"
        self.title = title
        self.summary = summary
        self.palette = palette
        self.by_country = tuple(by_country)     # (code, escaped label, count)
        self.by_claimant = summary.by_claimant[:max_claimants]
        self.more_claimants = max(0, len(summary.by_claimant) - max_claimants)
        # what the page needs to count again what the time slider shows (geomap.js
        # ``summaryPanel``): the untimed counts and the claimant countries' labels
        self.counts = js_literal({
            "places": summary.places, "articles": summary.articles,
            "incidents": summary.incidents, "claims": summary.claims,
            "max_claimants": max_claimants,
            "countries": {code: label for code, label, _ in self.by_country}})


class SearchBox(GeomapElement):
    """A search field over the map: places (as written, canonical or another name the
    gazetteer knows), incidents (by the words of their summary, claims, places, date) and
    claimants; the matches list under it, and choosing one zooms to it and opens its
    popup (geomap.js ``searchBox``). The list is built in the page from the data's
    strings with ``textContent``."""

    _template = template("""
        {% macro html(this, kwargs) %}
        <div id="{{ this.get_name() }}" class="gm-search" role="search">
          <svg class="gm-search-icon" width="14" height="14" viewBox="0 0 14 14"
            aria-hidden="true"><circle cx="5.8" cy="5.8" r="4.3" fill="none" stroke="#555"
            stroke-width="1.6"/><path d="M9 9l3.8 3.8" stroke="#555" stroke-width="1.8"
            stroke-linecap="round"/></svg>
          <input type="search" class="gm-search-input" autocomplete="off"
            spellcheck="false" placeholder="{{ this.placeholder }}"
            title="Search places, incidents and claimants (press / to come here)"
            aria-label="Search places, incidents and claimants" role="combobox"
            aria-autocomplete="list" aria-expanded="false"
            aria-controls="{{ this.get_name() }}_list">
          <ul id="{{ this.get_name() }}_list" class="gm-search-list" role="listbox"
            hidden></ul>
        </div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            geomap.searchBox({{ this._parent.get_name() }}, {{ this.get_name()|tojson }},
                             {{ this.options|tojson }});
        {% endmacro %}
    """)

    placeholder = "Find a place, incident, claimant"

    def __init__(self, max_places: int = 5, max_incidents: int = 6, max_claimants: int = 4):
        super().__init__()
        self._name = "SearchBox"
        self.options = {"places": max_places, "incidents": max_incidents,
                        "claimants": max_claimants}


class Startup(GeomapElement):
    """Runs last: fits the view to the data (without animation, so the map is still when
    it reports ready), or to ``dense`` (where most incidents are,
    ``features.dense_bounds``) when the whole would show that too small, hands the timed
    layers to the slider, shows all dates, flags ready."""

    _template = template("""
        {% macro script(this, kwargs) %}
            geomap.start({{ this._parent.get_name() }},
                         {{ this.slider.get_name() if this.slider else "null" }},
                         {{ this.view|tojson }});
        {% endmacro %}
    """)

    def __init__(self, slider: TimeSlider | None, bounds, dense=None, padding: int = 30,
                 max_zoom: int = 8, closer_by: int = 2):
        super().__init__()
        self._name = "Startup"
        self.slider = slider
        self.view = {"bounds": bounds, "dense": dense, "padding": [padding, padding],
                     "maxZoom": max_zoom, "closerBy": closer_by}
