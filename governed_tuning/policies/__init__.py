"""Shipped policies. This file only makes the folder importable, so the installed CLI finds the YAML files."""
