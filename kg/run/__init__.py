"""Run: the pipeline over many articles, on worker processes or a Dask cluster, with progress."""
