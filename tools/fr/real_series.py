"""French for chapter 5's Real series view (nnviz/qt/chapters/rnn_lstm/real_series_page.py)."""

FRENCH = {
    "Real series": "Série réelle",
    "The Nile at Aswan: its flow each year from 1871 to 1970 (10⁸ m³). Each window of years predicts the year "
    "after; the networks train on 1871–1950 and are tested on 1951–1970.":
        "Le Nil à Assouan : son débit chaque année de 1871 à 1970 (10⁸ m³). Chaque fenêtre d’années prédit "
        "l’année suivante ; les réseaux s’entraînent sur 1871–1950 et sont testés sur 1951–1970.",
    "How many years in a row the networks read to predict the next one; changing it starts both again":
        "Combien d’années de suite les réseaux lisent pour prédire la suivante ; la changer fait tout repartir",
    "The Nile's flow: observed, and predicted for 1951–1970 (drag right to see 1871–1920)":
        "Le débit du Nil : observé, et prédit pour 1951–1970 (glisser à droite pour voir 1871–1920)",
    "Year": "Année",
    "Flow (10⁸ m³)": "Débit (10⁸ m³)",
    "Year predicted": "Année prédite",
    "Gate value": "Valeur de la porte",
    "Years in a window": "Années par fenêtre",
    "observed": "observé",
    "this year": "cette année",
    "<b>Gates</b>: %1": "<b>Portes</b> : %1",
    "Test error (root mean square, 10⁸ m³), 1951–1970: “next year = this year” %1 · LSTM %2 · plain RNN %3":
        "Erreur de test (moyenne quadratique, 10⁸ m³), 1951–1970 : « l’an prochain = cette année » %1 · LSTM %2 · "
        "RNN simple %3",
    "the Real series state must give exactly: %1": "l’état de la série réelle doit donner exactement : %1",
    "the Real series model must be one of %1": "le modèle de la série réelle doit être l’un de : %1",
    "the Real series window must be a whole number from %1 to %2":
        "la fenêtre de la série réelle doit être un nombre entier de %1 à %2",
    "the Real series learning rates must be from 0.0001 to 10":
        "les taux d’apprentissage de la série réelle doivent aller de 0,0001 à 10",
    "the Real series needs %1 finite parameters for the %2, each within ±%3":
        "la série réelle demande %1 paramètres finis pour le %2, chacun dans ±%3",
    "LSTM units": "Unités LSTM",
    "1: the deck's LSTM unit. More: units side by side, read out by a weighted sum (unit 1 starts as the deck's); "
    "changing it starts the LSTM again":
        "1 : l’unité LSTM du cours. Plus : des unités côte à côte, lues par une somme pondérée (l’unité 1 part de "
        "celle du cours) ; la changer fait repartir le LSTM",
    "the Real series LSTM units must be a whole number from 1 to %1":
        "les unités LSTM de la série réelle doivent être un nombre entier de 1 à %1",
}
