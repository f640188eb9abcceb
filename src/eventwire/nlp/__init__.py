"""spaCy components that turn a parsed Doc into eventwire records.

``pipeline.py`` builds the ``Language`` and turns each ``Doc`` into an ``ArticleResult``;
``extensions.py`` lists the ``Doc._`` attributes the stages read and write; ``windows.py`` splits
long articles and merges their results; ``parse.py`` holds the parse helpers several stages share
(it imports no stage); ``paragraphs.py`` is the component before the parser that ends a sentence
at each blank line. Each stage is a package with its component, its helpers and its ``data/``:
``actors``, ``times``, ``places`` (also event places and place demonyms), ``events``,
``casualties`` and ``quotes``. A stage uses another only through that package's ``__init__``.
"""
