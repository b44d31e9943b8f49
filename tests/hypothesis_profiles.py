"""Hypothesis profiles for the property tests: a few hundred cases by default, thousands nightly.

Select with the environment variable HYPOTHESIS_PROFILE=nightly. The profile is applied per test
with `@PROPERTY_SETTINGS` rather than loaded globally, so other modules keep their own settings.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("unionbulletin", max_examples=300, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("nightly", max_examples=5000, **_COMMON)  # type: ignore[arg-type]

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "unionbulletin")
if PROFILE not in ("unionbulletin", "nightly"):
    PROFILE = "unionbulletin"
PROPERTY_SETTINGS = settings.get_profile(PROFILE)
# Cases that each import hundreds of kilobytes: fewer of them.
HUGE_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=400 if PROFILE == "nightly" else 25)
