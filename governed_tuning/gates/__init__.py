"""Policy gates. Each returns a GateResult; none edits data it does not own."""
