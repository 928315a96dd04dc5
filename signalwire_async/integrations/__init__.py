"""Optional integrations with web frameworks (each needs its framework installed)."""
