"""sabt.resolve (see ARCHITECTURE.md)."""
