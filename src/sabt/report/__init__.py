"""sabt.report (see ARCHITECTURE.md)."""
