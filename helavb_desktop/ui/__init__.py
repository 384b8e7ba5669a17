"""The PySide6 desktop interface. Talks to services only, through the task runner."""
