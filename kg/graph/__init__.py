"""Graph: events as RDF, the Oxigraph-backed store, serialisation, SHACL validation and pushing."""
