"""Benchmarks for briefreader: ``python -m benchmarks.run`` (see benchmarks/RESULTS.md)."""
