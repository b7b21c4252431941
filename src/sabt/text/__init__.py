"""sabt.text (see ARCHITECTURE.md)."""
