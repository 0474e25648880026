"""Exit statuses of the `kg` commands that read articles (documented in docs/reliability.md).

2 is left to click, which uses it for usage errors; 1 is any other error.
"""

EXIT_OK = 0  # every input article went in
EXIT_SOME_SKIPPED = 3  # the run finished, but some input was skipped (see the summary on stderr)
EXIT_NOTHING_READ = 4  # no article could be read at all: nothing was done
