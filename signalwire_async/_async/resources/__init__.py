"""Namespaces and resources: generated from declarations, imported only when first used.

How to add an operation or a namespace: `CONTRIBUTING.md`, "Adding an operation".
"""
