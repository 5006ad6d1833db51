"""Chapter 2, Gradient Descent — the tab, its state and its ledger."""
