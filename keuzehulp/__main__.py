"""The ``keuzehulp`` process (``python -m keuzehulp`` and the installed command)."""

import atexit
import gc

from .cli import main


def run() -> None:
    """Run the command in a process of its own, without the cyclic garbage collector.

    The process ends when the command is done and its memory goes with it. A build holds millions of
    objects; the first collection after it would walk all of them (0.3 s at 10,000 instruments), and so
    would the collection at interpreter exit, which :func:`gc.freeze` skips.
    """
    gc.disable()
    atexit.register(gc.freeze)
    main()


if __name__ == "__main__":
    run()
