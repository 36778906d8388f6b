"""Server-rendered web pages over the knowledge base and the store."""
