"""The actor knowledge base: states, organisations, aliases and the COW crosswalk, as data."""
