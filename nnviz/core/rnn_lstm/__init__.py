"""Chapter 5: the recurrent network unrolled, one LSTM unit day by day, and training pairs from a series."""
