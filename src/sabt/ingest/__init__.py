"""sabt.ingest (see ARCHITECTURE.md)."""
