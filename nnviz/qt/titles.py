"""The chapter titles, listed once for Qt's translation tools (lupdate reads them here; chapters keep English)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CHAPTER_TITLES = (
    QT_TRANSLATE_NOOP("chapters", "Why & How"),
    QT_TRANSLATE_NOOP("chapters", "Why and How?"),
    QT_TRANSLATE_NOOP("chapters", "Why Neural Network?"),
    QT_TRANSLATE_NOOP("chapters", "Why Neural Networks?"),
    QT_TRANSLATE_NOOP("chapters", "Gradient Descent"),
    QT_TRANSLATE_NOOP("chapters", "Backpropagation"),
    QT_TRANSLATE_NOOP("chapters", "CNN"),
    QT_TRANSLATE_NOOP("chapters", "Convolutional Neural Network"),
    QT_TRANSLATE_NOOP("chapters", "Convolutional Neural Networks"),
    QT_TRANSLATE_NOOP("chapters", "CNNs"),
    QT_TRANSLATE_NOOP("chapters", "RNN & LSTM"),
    QT_TRANSLATE_NOOP("chapters", "Recurrent Neural Networks"),
    QT_TRANSLATE_NOOP("chapters", "RNN and LSTM"),
    QT_TRANSLATE_NOOP("chapters", "RNNs & LSTM"),
    QT_TRANSLATE_NOOP("chapters", "Conclusion"),
)
