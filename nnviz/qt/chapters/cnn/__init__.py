"""Chapter 4, Convolutional Neural Networks — the tab, its pages, editors, picture import and pipeline views."""
