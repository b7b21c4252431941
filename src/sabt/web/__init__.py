"""sabt.web (see ARCHITECTURE.md)."""
