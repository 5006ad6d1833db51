"""The maths of every chapter, in pure NumPy. Nothing here imports Qt."""
