"""The RDF vocabulary and SHACL shapes of kg, installed as the package kg.ontology."""
