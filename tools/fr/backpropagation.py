"""French for chapter 3, Backpropagation: the chapter, its views, the hidden-nodes control, the guided
steps and the chain-rule ledger (nnviz/qt/chapters/backprop*.py, nnviz/qt/widgets/chain_ledger.py)."""

FRENCH = {
    # the chapter (summary: used by the tab's tooltip and the Conclusion)
    "The chain rule gives dSSR/d every weight and bias; gradient descent then trains them all.":
        "La règle de la chaîne donne dSSR/d de chaque poids et de chaque biais ; la descente de gradient "
        "les entraîne ensuite tous.",
    "Softplus": "Softplus",
    "ReLU": "ReLU",
    "Sigmoid": "Sigmoïde",
    "Tanh": "Tanh",
    "Which parameters are trained, from which start (the deck's examples)":
        "Quels paramètres sont entraînés, et depuis quel départ (les exemples du cours)",
    "The activation function of the hidden nodes": "La fonction d’activation des nœuds cachés",
    "The parameter whose derivative the chain rule writes out (or click the network)":
        "Le paramètre dont la règle de la chaîne détaille la dérivée (ou cliquez sur le réseau)",
    "Seed": "Graine",
    "The same seed gives the same random start, so a class can reproduce a run":
        "La même graine donne le même départ aléatoire : toute la classe peut refaire le même entraînement",
    "New random start": "Départ aléatoire",
    "The deck's rule: weights from a standard normal distribution, biases 0 (all are trained). The seed goes up "
    "by one each time.":
        "La règle du cours : poids tirés d’une loi normale centrée réduite, biais à 0 (tous sont entraînés). "
        "La graine augmente de un à chaque fois.",
    "Deck's start": "Départ du cours",
    "Back to this mode's start values, learning rate and the deck's data":
        "Revenir aux valeurs de départ de ce mode, à son taux d’apprentissage et aux données du cours",
    "Train": "Entraîner",
    "Hidden nodes": "Nœuds cachés",
    "Chain rule for": "Règle de la chaîne :",
    "Data": "Données",
    "The chain rule for %1": "Règle de la chaîne pour %1",
    "Gradient check": "Vérification du gradient",
    "SSR after each step": "SSR pas à pas",
    "Parameters after each step": "Paramètres pas à pas",
    "Reset.": "Réinitialisé.",
    "Cannot train to the end: every stopping rule is off. Switch one on.":
        "Impossible d’entraîner jusqu’au bout : toutes les règles d’arrêt sont désactivées. Activez-en une.",
    "Random start from seed %1: weights from a standard normal, biases 0.":
        "Départ aléatoire avec la graine %1 : poids tirés d’une loi normale, biais à 0.",
    "<b>Step %1</b> (SSR = %2): %3": "<b>Pas %1</b> (SSR = %2) : %3",

    # the hidden-nodes control and the training modes
    "Hidden nodes: the deck's network has 2. New nodes start with a random input weight, bias 0 and output "
    "weight 0, so the squiggle is unchanged until they are trained":
        "Nœuds cachés : le réseau du cours en a 2. Un nouveau nœud part d’un poids d’entrée aléatoire, d’un "
        "biais 0 et d’un poids de sortie 0 : la courbe ne change pas tant qu’il n’est pas entraîné",
    "Main ideas: only b3": "Idées clés : b3 seul",
    "w3, w4 and b3": "w3, w4 et b3",
    "All seven parameters": "Les sept paramètres",
    "Main ideas: only b_out": "Idées clés : b_out seul",
    "%1 and b_out": "%1 et b_out",
    "All %1 parameters": "Les %1 paramètres",
    "number of hidden nodes": "nombre de nœuds cachés",

    # the views: weights and biases, gradient check, plots, the step in words
    "Weights and biases": "Poids et biais",
    "Ticked: trained. Empty: frozen.": "Coché : entraîné. Vide : figé.",
    "train": "entraîner",
    "Train %1 (ticked) or keep it frozen at its value (empty)":
        "Entraîner %1 (coché) ou le garder figé à sa valeur (vide)",
    "train %1": "entraîner %1",
    "%1: type a value from −100 to 100 and press Enter (a new run starts there)":
        "%1 : tapez une valeur de −100 à 100 puis Entrée (un nouvel entraînement part de là)",
    "Parameter": "Paramètre",
    "Backpropagation\n(chain rule)": "Rétropropagation\n(règle de la chaîne)",
    "Finite difference\n(h = 0.00001)": "Différence finie\n(h = 0,00001)",
    "Relative\ndifference": "Différence\nrelative",
    "Agree?": "Accord ?",
    "(SSR(p + h) − SSR(p − h)) / 2h: the slope of the SSR curve measured over a tiny step h on each side, "
    "without the chain rule":
        "(SSR(p + h) − SSR(p − h)) / 2h : la pente de la courbe de la SSR mesurée sur un tout petit pas h "
        "de chaque côté, sans la règle de la chaîne",
    "✓ yes": "✓ oui",
    "relative difference ≤ 0.00001": "différence relative ≤ 0,00001",
    "✗ no": "✗ non",
    "they differ": "elles diffèrent",
    "ReLU kink": "coude de ReLU",
    "x = 0 for a data point: ReLU's derivative jumps there (0 on the left, 1 on the right), so the finite "
    "difference lands in between":
        "x = 0 pour un point de données : la dérivée de ReLU y saute (0 à gauche, 1 à droite), donc la "
        "différence finie tombe entre les deux",
    "Data and squiggle": "Données et courbe",
    "Dosage": "Dosage",
    "Efficacy": "Efficacité",
    "Predicted": "Prédit",
    "Residuals": "Résidus",
    "SSR for each %1": "SSR selon %1",
    "Tangent": "Tangente",
    "Steps": "Pas",
    "Now": "Actuel",
    "Step": "Pas",
    "Each parameter after each step": "Chaque paramètre après chaque pas",
    "Value": "Valeur",
    "Each parameter after each step (colour: hidden node; solid w, dotted b, dashed v)":
        "Chaque paramètre après chaque pas (couleur : nœud caché ; w plein, b pointillé, v tireté)",
    "%1 is frozen: it keeps its value %2.": "%1 est figé : il garde sa valeur %2.",
    "Step Size = %1 × %2 = %3;  New %4 = %5 − %6 = <b>%7</b>":
        # no-break spaces (\u00a0): a line too long for the ledger breaks after « ; », not inside the new value
        "Taille du pas = %1 × %2 = %3 ;  nouveau\u00a0%4\u00a0=\u00a0%5\u00a0−\u00a0%6\u00a0=\u00a0<b>%7</b>",

    # the chain-rule ledger
    "(1 if x > 0, else 0)": "(1 si x > 0, sinon 0)",
    "1 if x > 0": "1 si x > 0",
    "dSSR/dPredicted": "dSSR/dPrédit",
    "−2 × (Observedᵢ − Predictedᵢ)": "−2 × (Observéᵢ − Préditᵢ)",
    "−2 × (Obs − Pred)": "−2 × (Obs − Préd)",
    "dPredicted/d%1": "dPrédit/d%1",
    "Inputᵢ": "Entréeᵢ",
    "Observed": "Observé",
    "Product": "Produit",
    "data point": "point de données",
    "product = %1": "produit = %1",
    " + … (%1 terms)": " + … (%1 termes)",

    # the guided steps
    "Main ideas: only b3 is trained; the other six parameters are already good.":
        "Idées clés : seul b3 est entraîné ; les six autres paramètres sont déjà bons.",
    "dSSR/db3 = Σ −2 × (Observed − Predicted) × 1 = −15.7 at b3 = 0: the tangent's slope.":
        "dSSR/db3 = Σ −2 × (Observé − Prédit) × 1 = −15,7 en b3 = 0 : la pente de la tangente.",
    "Step Size = −15.7 × 0.1 = −1.57, so the new b3 = 0 − (−1.57) = 1.57.":
        "Taille du pas = −15,7 × 0,1 = −1,57, donc le nouveau b3 = 0 − (−1,57) = 1,57.",
    "Step after step the squiggle rises; b3 stops near 2.61, at the bottom of the SSR curve.":
        "Pas après pas, la courbe monte ; b3 s’arrête vers 2,61, au fond de la courbe de la SSR.",
    "dSSR/dw3 = dSSR/dPredicted × dPredicted/dw3 = Σ −2 × (Observed − Predicted) × y₁.":
        "dSSR/dw3 = dSSR/dPrédit × dPrédit/dw3 = Σ −2 × (Observé − Prédit) × y₁.",
    "dSSR/dw1 needs four factors: back through w3 and the top node's softplus, eˣ / (1 + eˣ), to the Input.":
        "dSSR/dw1 demande quatre facteurs : on remonte par w3 et la softplus du nœud du haut, eˣ / (1 + eˣ), "
        "jusqu’à l’entrée.",
    "dSSR/db1: the same chain, but dx₁/db1 = 1.": "dSSR/db1 : la même chaîne, mais dx₁/db1 = 1.",
    "Gradient check: for every parameter, the chain rule agrees with a finite difference.":
        "Vérification du gradient : pour chaque paramètre, la règle de la chaîne concorde avec une "
        "différence finie.",
    "Initial values: weights from a standard normal distribution, biases 0 (seed 0).":
        "Valeurs initiales : poids tirés d’une loi normale centrée réduite, biais à 0 (graine 0).",
    "Training all seven parameters: the SSR falls while the squiggle fits the data.":
        "Entraînement des sept paramètres : la SSR baisse tandis que la courbe s’ajuste aux données.",

    # a lesson file's chapter-3 part refused (the names of the file's fields — mode, params, data … — stay as written)
    "%1 must be a finite number, not %2": "%1 doit être un nombre fini, et non %2",
    "%1 must be between %2 and %3, not %4": "%1 doit être compris entre %2 et %3, et non %4",
    "%1 must be one of %2, not %3": "%1 doit être l’une de ces valeurs : %2, et non %3",
    "%1 must give a value for each of %2": "%1 doit donner une valeur pour chacun de : %2",
    "%1 must be true or false, not %2": "%1 doit valoir true ou false, et non %2",
    "the chapter 3 state must be a dictionary": "l’état du chapitre 3 doit être un dictionnaire",
    "missing %1": "il manque %1",
    "unknown %1": "inconnu : %1",
    "chapter 3 state: %1": "état du chapitre 3 : %1",
    "data must have a 'dose' list and an 'efficacy' list": "data doit avoir une liste 'dose' et une liste 'efficacy'",
    "data needs two lists of the same length, with 2 to %1 points":
        "data demande deux listes de même longueur, de 2 à %1 points",
    "seed must be a whole number from 0 to %1, not %2": "seed doit être un nombre entier de 0 à %1, et non %2",
    "a dose": "une dose",
    "an efficacy": "une efficacité",
}
