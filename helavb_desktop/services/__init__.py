"""Use cases: one function or method per user action, each owning its transaction."""
