"""Sync with the central hub (DESIGN.md §3): protocol, client engine, bundle files. Qt-free."""
