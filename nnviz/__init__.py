"""nnviz: the course *Introduction to Neural Networks*, one live tab per chapter."""

__version__ = "0.1.0"
COURSE = "Introduction to Neural Networks"
