"""French for chapter 2, Gradient Descent (nnviz/qt/chapters/gradient_descent/: tab.py, ledger.py, state.py)."""

FRENCH = {
    # The chapter's summary (the Conclusion and the tab's tooltip)
    "Take steps downhill on the SSR curve: Step Size = derivative × Learning Rate.":
        "Descendre la courbe de la SSR pas à pas : taille du pas = dérivée × taux d’apprentissage.",

    # Controls
    "Intercept only (Slope fixed)": "Ordonnée à l’origine (pente fixe)",
    "Slope and Intercept together": "Pente et ordonnée à l’origine",
    "Fit only the Intercept (the deck's example) or the Slope and the Intercept together":
        "Ajuster seulement l’ordonnée à l’origine (l’exemple du cours), ou la pente et l’ordonnée à l’origine "
        "ensemble",
    "Intercept": "Ordonnée à l’origine",
    "The Intercept of the line; type a value to start from there":
        "L’ordonnée à l’origine de la droite ; tapez une valeur pour partir de là",
    "Slope": "Pente",
    "Slope (fixed)": "Pente (fixe)",
    "The Slope of the line (fixed at 0.64 in the deck's example)":
        "La pente de la droite (fixée à 0,64 dans l’exemple du cours)",
    "Deck's example": "Exemple du cours",
    "Back to the deck's points, Slope 0.64, Intercept 0 and Learning Rate 0.1":
        "Revenir aux points du cours, pente 0,64, ordonnée à l’origine 0 et taux d’apprentissage 0,1",
    "Drag a point to move it, double-click the plot to add one, right-click a point to remove it.":
        "Faites glisser un point pour le déplacer, double-cliquez sur le graphique pour en ajouter un, cliquez "
        "droit sur un point pour le supprimer.",
    "Reset.": "Réinitialisé.",

    # Plots
    "The data and the line": "Les données et la droite",
    "Predicted (the line)": "Prédit (la droite)",
    "Residuals": "Résidus",
    "Observed": "Observé",
    "SSR for each Intercept": "SSR pour chaque ordonnée à l’origine",
    "Tangent (derivative)": "Tangente (dérivée)",
    "Steps taken": "Pas effectués",
    "Current Intercept": "Ordonnée à l’origine actuelle",
    "SSR for each Intercept and Slope": "SSR selon (ordonnée à l’origine, pente)",
    "SSR after each step": "SSR pas à pas",
    "Step": "Pas",
    "The math of this step": "Les calculs de ce pas",

    # Guided steps
    "The data: three points we want a line to fit": "Les données : trois points qu’une droite doit approcher",
    "The line y = 0.64 × x + Intercept, starting at Intercept = 0":
        "La droite y = 0,64 × x + ordonnée à l’origine, en partant de l’ordonnée à l’origine 0",
    "The residuals: Observed − Predicted, about 1.1, 0.4 and 1.3":
        "Les résidus : observé − prédit, environ 1,1 ; 0,4 et 1,3",
    "Square them and add them up: the SSR is about 3.1":
        "On les élève au carré et on les additionne : la SSR vaut environ 3,1",
    "Plug in a bunch of Intercepts: the SSR curve, with its lowest point":
        "Essayons plein d’ordonnées à l’origine : la courbe de la SSR, avec son point le plus bas",
    "The derivative d SSR / d Intercept = −5.7 is the slope of the tangent":
        "La dérivée d SSR / d ordonnée à l’origine = −5,7 est la pente de la tangente",
    "Step Size = −5.7 × Learning Rate 0.1 = −0.57": "Taille du pas = −5,7 × taux d’apprentissage 0,1 = −0,57",
    "New Intercept = 0 − (−0.57) = 0.57": "Nouvelle ordonnée à l’origine = 0 − (−0,57) = 0,57",
    "Keep stepping: the steps shrink as the curve flattens":
        "On continue : les pas raccourcissent à mesure que la courbe s’aplatit",
    "When do we stop? SSR ≤ 0.001, a maximum number of steps, or a tiny step size":
        "Quand s’arrêter ? SSR ≤ 0,001, un nombre maximal de pas, ou une toute petite taille du pas",
    "Now fit the Slope and the Intercept together: the path across the SSR landscape":
        "Ajustons maintenant la pente et l’ordonnée à l’origine ensemble : le chemin à travers le paysage de la SSR",

    # The ledger (gradient_descent/ledger.py)
    " + … (%1 terms)": " + … (%1 termes)",
    "<b>Step %1</b>: Intercept = %2, Slope = %3": "<b>Pas %1</b> : ordonnée à l’origine = %2, pente = %3",
    "<b>Step %1</b>: Intercept = %2, Slope = %3 (fixed)":
        "<b>Pas %1</b> : ordonnée à l’origine = %2, pente = %3 (fixe)",
    ", … (%1 in all)": ", … (%1 en tout)",
    "Intercept = %1\nSlope = %2": "Ordonnée à l’origine = %1\nPente = %2",
    "Residuals (Observed − Predicted): %1": "Résidus (observé − prédit) : %1",
    "d SSR / d Intercept = %1 = <b>%2</b>": "d SSR / d ordonnée à l’origine = %1 = <b>%2</b>",
    "d SSR / d Intercept = %1": "d SSR / d ordonnée à l’origine = %1",
    "d SSR / d Slope = %1 = <b>%2</b>": "d SSR / d pente = %1 = <b>%2</b>",
    "d SSR / d Slope = %1": "d SSR / d pente = %1",
    "Step Size = %1 × %2 = <b>%3</b>": "Taille du pas = %1 × %2 = <b>%3</b>",
    "Step Size (Intercept) = %1 × %2 = <b>%3</b>": "Taille du pas (ordonnée à l’origine) = %1 × %2 = <b>%3</b>",
    "Step Size (Slope) = %1 × %2 = <b>%3</b>": "Taille du pas (pente) = %1 × %2 = <b>%3</b>",
    "Step Size = %1": "Taille du pas = %1",
    "New Intercept = %1 − %2 = <b>%3</b>": "Nouvelle ordonnée à l’origine = %1 − %2 = <b>%3</b>",
    "New Slope = %1 − %2 = <b>%3</b>": "Nouvelle pente = %1 − %2 = <b>%3</b>",
    "New Intercept = %1": "Nouvelle ordonnée à l’origine = %1",
    "New Slope = %1": "Nouvelle pente = %1",
    "Lowest SSR possible with this Slope: %1 (Intercept %2)":
        "Plus petite SSR possible avec cette pente : %1 (ordonnée à l’origine %2)",
    "The bottom of the SSR curve: no Intercept does better with this Slope.":
        "Le fond de la courbe de la SSR : aucune ordonnée à l’origine ne fait mieux avec cette pente.",

    # Lesson files (gradient_descent/state.py); the names of the file's fields (x, slope, rules…) stay as written
    "%1 must hold numbers, not %2": "%1 doit contenir des nombres, pas %2",
    "%1 must be finite numbers from %2 to %3, not %4": "%1 doit contenir des nombres finis de %2 à %3, pas %4",
    "%1 must be a number, not %2": "%1 doit être un nombre, pas %2",
    "the Gradient Descent state must be an object": "l’état de la descente de gradient doit être un objet",
    "mode must be one of %1": "mode doit valoir l’un de ces choix : %1",
    "x and y must be lists of the same length, 2 to %1 points":
        "x et y doivent être des listes de même longueur, de 2 à %1 points",
    "start and current must each hold %1 number(s) in this mode":
        "start et current doivent contenir chacun %1 nombre(s) dans ce mode",
    "rules must be an object": "rules doit être un objet",
    "the Gradient Descent state has no %1": "l’état de la descente de gradient n’a pas de %1",
}
# French typography: a non-breaking space before : ; ? ! and inside « », so a line never starts with one of them.
FRENCH = {source: text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;").replace(" ?", "\u00a0?")
          .replace(" !", "\u00a0!").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
          for source, text in FRENCH.items()}
