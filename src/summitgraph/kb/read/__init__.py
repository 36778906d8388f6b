"""Reading the record: listings, dossiers, search, timelines, exports and the correction write path.

Everything here reads the ``kb_*`` tables that ``summitgraph.kb.build`` wrote; it may import build's table and
correction helpers, never the other way round.
"""
