"""Load geomap's exports in QGIS headless and print what QGIS sees, as one JSON object.

Run by tests/export/test_qgis.py with Debian's /usr/bin/python3 (where python3-qgis
lives), not with the project's Python:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_probe.py OUT_DIR

``--check-import`` only checks that QGIS can be imported and started.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LAYERS = ("places", "incidents", "claims", "overlays")


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def feature_colours(layer) -> dict:
    """The colour QGIS draws each feature in, by its ``id`` attribute."""
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    colours = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        symbols = renderer.symbolsForFeature(feature, context)
        colours[str(feature["id"])] = (symbols[0].color().name() if symbols else None)
    renderer.stopRender(context)
    return colours


def rendered_colours(layer, count: int = 40) -> dict:
    """The ``count`` most frequent pixel colours of the layer drawn alone on white."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    extent = layer.extent()
    extent.grow(max(extent.width(), extent.height(), 0.1) * 0.1)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(300, 300))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    histogram: dict[str, int] = {}
    for x in range(image.width()):
        for y in range(image.height()):
            name = QColor(image.pixel(x, y)).name()
            histogram[name] = histogram.get(name, 0) + 1
    return dict(sorted(histogram.items(), key=lambda kv: -kv[1])[:count])


def describe(layer) -> dict:
    from qgis.core import QgsRenderContext, QgsWkbTypes

    info = {"valid": layer.isValid()}
    if not layer.isValid():
        return info
    renderer = layer.renderer()
    info.update(
        crs=layer.crs().authid(),
        feature_count=layer.featureCount(),
        geometry_type=QgsWkbTypes.displayString(layer.wkbType()),
        fields={f.name(): {"type_name": f.typeName(), "variant": int(f.type())}
                for f in layer.fields()},
        renderer=renderer.type(),
        labels_enabled=layer.labelsEnabled(),
        label_field=(layer.labeling().settings().fieldName
                     if layer.labelsEnabled() and layer.labeling() else None),
        feature_colours=feature_colours(layer),
        rendered_colours=rendered_colours(layer),
    )
    if renderer.type() == "categorizedSymbol":
        info["class_attribute"] = renderer.classAttribute()
        info["categories"] = {c.value(): c.symbol().color().name()
                              for c in renderer.categories()}
    info["data_defined"] = sorted({
        prop.expressionString() for symbol in renderer.symbols(QgsRenderContext())
        for symbol_layer in symbol.symbolLayers()
        for key in symbol_layer.dataDefinedProperties().propertyKeys()
        if (prop := symbol_layer.dataDefinedProperties().property(key)).isActive()})
    if renderer.type() == "singleSymbol":
        info["symbol_colour"] = renderer.symbol().color().name()
    return info


def gdal_relationships(path: str) -> list:
    try:
        from osgeo import gdal
    except ImportError:
        return []
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    found = []
    for name in dataset.GetRelationshipNames() or []:
        rel = dataset.GetRelationship(name)
        found.append({"name": name, "left": rel.GetLeftTableName(),
                      "right": rel.GetRightTableName(),
                      "mapping": rel.GetMappingTableName()})
    return found


def describe_project(uri: str) -> dict:
    """Open a QGIS project (a .qgs file or ``geopackage:PATH?projectName=NAME``) and
    describe each of its layers, by name, in layer-tree order."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    info = {"read": project.read(uri), "crs": project.crs().authid(), "layers": {},
            "groups": [child.name() for child in project.layerTreeRoot().children()],
            "relations": sorted(
                (r.referencingLayerId(), r.referencedLayerId(), r.isValid())
                for r in project.relationManager().relations().values())}
    for layer in project.layerTreeRoot().layerOrder():
        info["layers"][layer.name()] = dict(describe(layer), source=layer.source())
    return info


def projects(out: str) -> dict:
    """The project stored in geomap.gpkg and geomap.qgs, opened from a copy of ``out``
    in another folder (their layer paths are relative)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="geomap-moved-") as parent:
        moved = os.path.join(parent, "elsewhere")
        shutil.copytree(out, moved)
        return _projects_in(moved)


def _projects_in(moved: str) -> dict:
    from qgis.core import QgsApplication, QgsProject

    found = {}
    gpkg = os.path.join(moved, "geomap.gpkg")
    if os.path.exists(gpkg):
        storage = QgsApplication.projectStorageRegistry().projectStorageFromUri(gpkg)
        names = storage.listProjects(gpkg) if storage else []
        found["gpkg"] = {"listed": names}
        if names:
            found["gpkg"].update(describe_project(f"geopackage:{gpkg}?projectName={names[0]}"))
    qgs = os.path.join(moved, "geomap.qgs")
    if os.path.exists(qgs):
        found["qgs"] = describe_project(qgs)
    for info in found.values():
        for layer in info.get("layers", {}).values():
            layer["source"] = layer["source"].replace(moved, "MOVED")
    QgsProject.instance().clear()  # lets the copy's GeoPackage be removed
    return found


def sublayers(out: str) -> dict:
    """What QGIS's "add layer" offers for the mixed incidents layer (one sublayer per
    geometry type), each loaded as the app loads it, with its stored default style."""
    from qgis.core import (Qgis, QgsProject, QgsProviderRegistry,
                           QgsProviderSublayerDetails, QgsWkbTypes)

    options = QgsProviderSublayerDetails.LayerOptions(QgsProject.instance().transformContext())
    found = {}
    for source, uri in (("gpkg", os.path.join(out, "geomap.gpkg") + "|layername=incidents"),
                        ("geojson", os.path.join(out, "incidents.geojson"))):
        if os.path.exists(uri.split("|")[0]):
            details = QgsProviderRegistry.instance().querySublayers(
                uri, Qgis.SublayerQueryFlag.ResolveGeometryType)
            found[source] = {QgsWkbTypes.displayString(d.wkbType()): describe(d.toLayer(options))
                             for d in details}
    return found


def main(argv: list[str]) -> int:
    if argv[1:] == ["--check-import"]:
        from qgis.core import Qgis
        app = start_qgis()  # noqa: F841
        print(json.dumps({"qgis": Qgis.QGIS_VERSION}))
        return 0
    out = argv[1]
    app = start_qgis()  # noqa: F841 (kept alive while layers exist)
    from qgis.core import Qgis, QgsVectorLayer

    try:
        from osgeo import gdal
        gdal_version = gdal.__version__
    except ImportError:  # python3-gdal comes with python3-qgis, but is not QGIS itself
        gdal_version = None
    report = {"qgis": Qgis.QGIS_VERSION, "gdal": gdal_version, "geojson": {}, "gpkg": {}}
    for name in LAYERS:
        path = os.path.join(out, f"{name}.geojson")
        if os.path.exists(path):
            report["geojson"][name] = describe(QgsVectorLayer(path, name, "ogr"))
    gpkg = os.path.join(out, "geomap.gpkg")
    if os.path.exists(gpkg):
        for name in LAYERS:
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
            report["gpkg"][name] = describe(layer)
        report["gpkg_relationships"] = gdal_relationships(gpkg)
    report["sublayers"] = sublayers(out)
    report["projects"] = projects(out)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    status = main(sys.argv)
    sys.stdout.flush()
    # QGIS may crash while tearing down layers and the application at exit; the
    # report is out, so leave without running those destructors.
    os._exit(status)
