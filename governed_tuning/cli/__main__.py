"""``python -m governed_tuning.cli``: the same as the ``governed-tuning`` console script."""

from .commands import main

main()
