import sys

from beianrules.cli import main

sys.exit(main())
