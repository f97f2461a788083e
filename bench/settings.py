"""Production settings plus the floor view the benchmark measures everything against.

Without DATABASE_URL the benchmark uses its own database, ``ckm_bench``, in the
private cluster, so a 100,000-article corpus never mixes with the demo content.
"""

import os

from ckm_portal.settings import *  # noqa: F403
from ckm_portal.settings import DATABASES

ROOT_URLCONF = "bench.urls"

if not os.environ.get("DATABASE_URL"):
    DATABASES["default"]["NAME"] = "ckm_bench"
