"""The underthesea NER baseline for people, as a script (the code lives in summitgraph.baseline).

    python bench/baseline_ner.py --gold ../shared/gold/dev --corpus ../shared/corpus/dev
"""
from __future__ import annotations

import sys

from summitgraph.baseline import main

if __name__ == "__main__":
    sys.exit(main())
