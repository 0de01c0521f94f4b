"""What every ingest worker process needs, loaded once: import it to warm up.

Importing this module imports the reading, extraction and service modules and
loads langdetect's language profiles and the extractor's word lists (~0.8 s
CPU in all). The ingest pipeline has its forkserver import it, so that each
worker forked from that server starts with all of it in memory instead of
loading it again; a worker started otherwise (spawn) imports it in its
initializer. Nothing else should import it.
"""

from __future__ import annotations

import filelock  # noqa: F401 - loaded for the workers (ensure_gazetteer)
import sqlalchemy.dialects.sqlite  # noqa: F401 - loaded for the workers
from langdetect.detector_factory import init_factory

import dashboard.aliases  # noqa: F401 - loaded for the workers
import dashboard.extraction  # noqa: F401 - loaded for the workers
import dashboard.readers  # noqa: F401 - loaded for the workers
import dashboard.services  # noqa: F401 - loaded for the workers
import geodata.gazetteer  # noqa: F401 - loaded for the workers
import geodata.geoparser  # noqa: F401 - loaded for the workers
from geodata import wordlists

# Each is loaded on first use and kept; a no-op once loaded.
init_factory()
wordlists.common_words()
wordlists.given_names()
