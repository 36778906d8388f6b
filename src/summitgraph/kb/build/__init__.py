"""Building the record: articles' facts in, resolved meetings, people, documents and chair years out.

Stages, in the order ``rebuild`` composes them: sources (articles and their mentions) -> dedup (near-duplicate
articles) -> resolve_meetings / merge_meetings / infer / conflicts / chain -> resolve_people, documents, chairs ->
dossier, summary (each record's page, composed here once so reads are a row lookup) -> corrections (a user's
corrections applied on top) -> tables (the ``kb_*`` rows). Nothing here imports ``summitgraph.kb.read``.
"""
