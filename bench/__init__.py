"""Benchmarks for the figures of DESIGN.md section 6; run `python -m bench`, never inside the test suite."""
