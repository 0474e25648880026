"""kg: diplomatic-event knowledge graphs from news articles."""

__version__ = "0.1.0"
