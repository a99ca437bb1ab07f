"""sayso: score every claim in a news article on whose say-so it rests.

>>> import sayso
>>> article = sayso.score("The minister said the bridge would reopen on Monday.")
>>> article.claims[0].label
'named'
"""

from __future__ import annotations

from sayso._core import (
    Article,
    Claim,
    ConfigError,
    NonClaim,
    Reason,
    SaysoError,
    __version__,
    score,
    score_many,
)
from sayso._scorer import Scorer

LABELS = ("named", "anonymous", "relayed", "unconfirmed")

__all__ = [
    "LABELS",
    "Article",
    "Claim",
    "ConfigError",
    "NonClaim",
    "Reason",
    "SaysoError",
    "Scorer",
    "__version__",
    "score",
    "score_many",
]
