"""The data kg reads (word lists, gazetteers, sample articles), installed as the package kg.data."""
