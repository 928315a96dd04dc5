"""Namespaces and resources; each module is imported only when first used."""
