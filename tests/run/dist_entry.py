"""Entry point for the distributed-run tests: ``governed-tuning`` itself, with ``--fail-rank N`` the stage's
training step raises on rank N (a failure of one rank mid-training, while the others wait in a gradient
all-reduce with it); with ``--kill-rank N`` that process ends at once instead. Started by torchrun or
accelerate launch from test_distributed.py, never by pytest."""

import os
import sys

if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] in (["--fail-rank"], ["--kill-rank"]):
        how, fail_rank, args = args[0], args[1], args[2:]
        if os.environ.get("RANK", "0") == fail_rank:
            from transformers import Trainer

            def training_step(self, *a, **kw):
                if how == "--kill-rank":
                    os._exit(3)  # dies at once, as a process killed or out of memory would
                raise ValueError("planted failure quoting data: Jane Roe, jane.roe@example.com")

            Trainer.training_step = training_step
    from governed_tuning.cli import main

    sys.argv = ["governed-tuning", *args]
    main()
