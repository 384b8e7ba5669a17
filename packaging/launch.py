"""Entry point of the frozen app: the same `helavb` command as the installed package."""

import multiprocessing
import sys

from helavb_desktop.cli import main

if __name__ == "__main__":
    # uvicorn and PyInstaller: child processes must not re-run the app.
    multiprocessing.freeze_support()
    sys.exit(main())
