"""Chapter 3, Backpropagation — the tab, its lesson steps, its network nodes and its views."""
