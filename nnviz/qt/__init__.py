"""Everything that imports Qt: the main window, the chapter tabs, widgets and the training worker."""
