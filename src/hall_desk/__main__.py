"""``hall-desk`` and ``python -m hall_desk``."""

from __future__ import annotations

import sys


def main() -> int:
    from hall_desk.cli import main as cli_main
    from hall_desk.config import restrict_umask

    # Everything the program creates (database, backups, logs, slips, exports) names
    # residents: readable by this account only, whatever umask the session was started with.
    restrict_umask()
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
