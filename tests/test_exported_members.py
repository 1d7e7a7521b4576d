"""The public API users and notebooks depend on: names may be added, never removed."""

import geomap

PUBLIC = {
    "ActorMention", "Article", "BuildOptions", "Candidate", "Claim", "EncodingError",
    "GeomapError", "Incident", "InputError", "Location", "Mention", "OnlineGeocoderError",
    "OutputError", "OverrideError", "Place", "Resolution", "Result", "Sentence",
    "UnknownPlaceError", "build", "resolve", "write_outputs",
}


def test_public_names_are_exported():
    assert PUBLIC <= set(geomap.__all__)
    for name in PUBLIC:
        assert hasattr(geomap, name), name


def test_errors_form_one_hierarchy_with_matching_builtins():
    assert issubclass(geomap.InputError, (geomap.GeomapError, ValueError))
    assert issubclass(geomap.OutputError, OSError)
    assert issubclass(geomap.UnknownPlaceError, LookupError)
    assert issubclass(geomap.EncodingError, geomap.InputError)
    assert issubclass(geomap.OverrideError, geomap.InputError)
