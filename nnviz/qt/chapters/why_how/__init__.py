"""Chapter 1, Why and How? — the tab and its views."""
