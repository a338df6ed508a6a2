"""One palette: a verdict has the same colour in the terminal, report.html and the dashboard."""

from governed_tuning import palette
from governed_tuning.audit.html import badge
from governed_tuning.dashboard import ui


def test_every_renderer_takes_its_verdict_colours_from_the_palette():
    for verdict in ("pass", "fail", "review", "insufficient"):
        c = palette.colour(verdict)
        assert c.hex in badge(verdict) and c.hex in ui.VERDICT_CSS[verdict]
        assert ui.VERDICT_COLOURS[verdict] == c.badge
    assert palette.colour("review") != palette.colour("insufficient")  # the HTML report used to show both amber
    assert palette.colour("something else") == palette.OTHER
