"""sabt.legal (see ARCHITECTURE.md)."""
