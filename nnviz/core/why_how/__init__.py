"""Chapter 1, Why and How: the dosage network (two hidden nodes, as on the slides) and the same network grown to N
hidden nodes."""
