"""Training the learned components from the annotated sets (`make model`).

It reads articles through ``summitgraph.ingest``, exactly as the pipeline sees them, so it sits above ingest;
what it trains ships in ``summitgraph.extract.learned`` and is used there without any of this.
"""
