"""nnviz: the course *Introduction to Neural Networks*, one live tab per chapter."""

from nnviz._allocator import keep_freed_memory

__version__ = "0.1.0"
COURSE = "Introduction to Neural Networks"

keep_freed_memory()  # before any large array: big temporaries are reused, not mapped afresh each step
