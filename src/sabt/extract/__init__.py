"""sabt.extract (see ARCHITECTURE.md)."""
