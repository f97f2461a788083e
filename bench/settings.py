"""Production settings plus the floor view the benchmark measures everything against.

Without DATABASE_URL the benchmark uses its own database, ``ckm_bench``, in the
private cluster, so a 100,000-article corpus never mixes with the demo content.
``make bench`` passes that URL itself; this default serves the bench scripts run by hand.
"""

import os

from devtools import devdb

if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = devdb.default_database_url("ckm_bench")
from ckm_portal.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
