"""The PySide6 desktop interface. Talks to services only, through the task runner.

Importing the package applies ``qt_compat.apply()`` first, so every window of the app (ours,
the briefing dialog, the sync screens) runs with the PySide6 work-arounds in place.
"""

from helavb_desktop.ui import qt_compat

qt_compat.apply()
