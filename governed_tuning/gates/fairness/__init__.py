"""The fairness gate: group gaps in a model's outputs, measured with fairlearn, with intervals.

gate.py runs the gate; metrics.py calls fairlearn; chart.py draws the groups with their intervals.
"""

from .chart import write_chart
from .gate import FairnessGate

__all__ = ["FairnessGate", "write_chart"]
