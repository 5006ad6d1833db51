"""French for the hand-drawn network diagram (chapters 1 and 3): node names, activation names, tooltips."""

FRENCH = {
    "Input": "Entrée",
    "then %1": "puis %1",
    "%1 = %2\n(weight; click to edit)": "%1 = %2\n(poids ; cliquer pour modifier)",
    "%1 = %2\n(bias; click to edit)": "%1 = %2\n(biais ; cliquer pour modifier)",
    "Softplus": "Softplus",
    "ReLU": "ReLU",
    "Sigmoid": "Sigmoïde",
    "Tanh": "Tanh",
}
