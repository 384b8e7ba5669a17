"""`python -m helavb_desktop.cli`."""

import sys

from helavb_desktop.cli import main

sys.exit(main())
