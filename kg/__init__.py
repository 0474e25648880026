"""kg: diplomatic-event knowledge graphs from news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "0+unknown"
