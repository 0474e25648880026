"""The interactive HTML network of a knowledge graph: one offline page, vis-network inlined.

write_html(graph, "out/graph.html", level="actor")   # or level="country"
"""

from kg.view.render import ViewSummary, write_html

__all__ = ["ViewSummary", "write_html"]
