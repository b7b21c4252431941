"""sabt.security (see ARCHITECTURE.md)."""
