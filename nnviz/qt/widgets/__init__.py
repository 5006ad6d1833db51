"""Reusable widgets shared by the chapter tabs."""
