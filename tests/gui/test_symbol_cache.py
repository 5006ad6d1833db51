"""Chapter 5's memory grew about 2.8 MB a minute during a run (issue 24, item 7): its gate curves were drawn with
`symbolPen=None`, and pyqtgraph caches each symbol's image by the identity of its pen object, so every setData made
a new pen and a new image in the cache (up to a thousand per curve before it is rebuilt). Every plot item of every
chapter keeps the same cache entries however often it is redrawn."""

import numpy as np
import pyqtgraph as pg


def test_redrawing_a_symbol_curve_adds_nothing_to_its_symbol_cache(window):
    items = [item for tab in window.chapters for plot in tab.findChildren(pg.PlotWidget)
             for item in plot.getPlotItem().listDataItems()
             if isinstance(item, pg.PlotDataItem) and item.opts.get("symbol") is not None]
    assert len(items) > 10
    growing = []
    for item in items:
        xs, ys = item.getData()
        if xs is None or len(xs) == 0:
            xs, ys = np.arange(3.0), np.zeros(3)
        item.setData(xs, ys)
        before = len(item.scatter.fragmentAtlas)
        for _ in range(50):
            item.setData(xs, ys)
        if len(item.scatter.fragmentAtlas) != before:
            growing.append((item.name(), item.opts["symbolPen"], item.opts["symbolBrush"]))
    assert not growing
