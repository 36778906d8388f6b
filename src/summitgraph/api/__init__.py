"""The REST API (FastAPI) over the knowledge base and the store."""
