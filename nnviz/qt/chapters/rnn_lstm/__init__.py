"""Chapter 5, Recurrent Neural Networks and LSTM — the tab, the RNN and LSTM views and their training page."""
