"""Read: articles from files, folders and standard input, decoded and cleaned, with clear errors."""
