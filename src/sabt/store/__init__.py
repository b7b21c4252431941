"""sabt.store (see ARCHITECTURE.md)."""
