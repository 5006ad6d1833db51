"""Chapter 6, Conclusion — the recap cards."""
