"""Thin Prefect flows over the harvester library (the library itself never imports Prefect)."""
