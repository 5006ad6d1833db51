"""French for chapter 1, "Why and How?" (nnviz/qt/chapters/why_how*.py): controls, plots, ledger, guided steps."""

FRENCH = {
    # the chapter's summary (shown by the window and the Conclusion)
    "No straight line fits the dosage data; two activation curves, scaled and added, make a squiggle that does.":
        "Aucune droite ne s’ajuste aux données de dosage ; deux courbes d’activation, mises à l’échelle puis "
        "additionnées, forment une courbe sinueuse qui s’y ajuste.",
    # controls (why_how.py)
    "Top: Y1 × w3": "Haut : Y1 × w3",
    "Bottom: Y2 × w4": "Bas : Y2 × w4",
    "Each node: Yₖ × vₖ": "Chaque nœud : Yₖ × vₖ",
    "Sum + b3": "Somme + b3",
    "Sum + b_out": "Somme + b_out",
    "Data": "Données",
    "Deck: Softplus network": "Cours : réseau Softplus",
    "Deck: ReLU network": "Cours : réseau ReLU",
    "Random weights (seed)": "Poids aléatoires (graine)",
    "Start from the deck's Softplus network, its ReLU network, or random weights":
        "Partir du réseau Softplus du cours, de son réseau ReLU ou de poids aléatoires",
    "Seed": "Graine",
    "The seed of the random weights: the same seed gives the same network":
        "La graine des poids aléatoires : la même graine donne le même réseau",
    "New random weights": "Poids au hasard",
    "Pick a new seed and draw the weights from a standard normal (biases 0)":
        "Choisir une nouvelle graine et tirer les poids d’une loi normale centrée réduite (biais à 0)",
    "The activation function of the hidden nodes": "La fonction d’activation des nœuds cachés",
    "An activation on the output (the ReLU network needs ReLU here)":
        "Une fonction d’activation sur la sortie (le réseau ReLU a besoin de ReLU ici)",
    "Deck's data": "Données du cours",
    "Back to the deck's three points: Dosage 0, 0.5, 1 with Efficacy 0, 1, 0":
        "Revenir aux trois points du cours : Dosage 0 ; 0,5 ; 1 avec Efficacité 0 ; 1 ; 0",
    "Click a weight or bias in the network to edit it; the mouse wheel over it nudges it.":
        "Cliquez sur un poids ou un biais du réseau pour le modifier ; la molette de la souris au-dessus le fait "
        "varier un peu.",
    "Preset": "Départ",
    "Hidden": "Cachée",
    "Output": "Sortie",
    "Show or hide “%1” on the squiggle": "Afficher ou masquer « %1 » sur la courbe sinueuse",
    "Show on the squiggle": "Afficher sur la courbe sinueuse",
    "Dosage (Input)": "Dosage (entrée)",
    "The Input of the network: a Dosage from 0 to 1": "L’entrée du réseau : un Dosage de 0 à 1",
    "The math behind the hidden layer": "Les calculs de la couche cachée",
    "Why? Line vs. network": "Pourquoi ? Droite ou réseau",
    "Activation functions": "Fonctions d’activation",
    # guided steps
    "The drug works at a medium Dosage, but not at a low or a high one.":
        "Le médicament agit à un Dosage moyen, mais pas à un Dosage faible ou élevé.",
    "The best straight line y = ax + b is flat: its SSR of 0.67 is as low as a line can go.":
        "La meilleure droite y = ax + b est horizontale : sa SSR de 0,67 est la plus basse qu’une droite puisse "
        "atteindre.",
    "A neural network: 1 input, 2 hidden nodes with Softplus, 1 output. Its SSR is almost 0.":
        "Un réseau de neurones : 1 entrée, 2 nœuds cachés avec Softplus, 1 sortie. Sa SSR vaut presque 0.",
    "The activation functions: Softplus f(x) = log(1 + eˣ), ReLU max(0, x), Sigmoid eˣ / (eˣ + 1).":
        "Les fonctions d’activation : Softplus f(x) = log(1 + eˣ), ReLU max(0, x), Sigmoïde eˣ / (eˣ + 1).",
    "Top node: X1 = w1 × Input + b1, Y1 = f(X1), then × w3 — one bent curve.":
        "Nœud du haut : X1 = w1 × Entrée + b1, Y1 = f(X1), puis × w3 — une courbe pliée.",
    "Bottom node: X2 = w2 × Input + b2, Y2 = f(X2), then × w4 — another bent curve.":
        "Nœud du bas : X2 = w2 × Entrée + b2, Y2 = f(X2), puis × w4 — une autre courbe pliée.",
    "Add both curves and b3: the squiggle goes through all three points.":
        "On additionne les deux courbes et b3 : la courbe sinueuse passe par les trois points.",
    "Low Dosage: Input 0 gives an Efficacy of about 0.":
        "Dosage faible : l’entrée 0 donne une Efficacité d’environ 0.",
    "Medium Dosage: Input 0.5 gives an Efficacy of about 1.":
        "Dosage moyen : l’entrée 0,5 donne une Efficacité d’environ 1.",
    "The same idea with ReLU: straight pieces bent at 0 (and ReLU on the output).":
        "La même idée avec ReLU : des morceaux droits pliés en 0 (et ReLU sur la sortie).",
    "A random start: weights from a standard normal, biases 0. Training finds good ones (chapter 3).":
        "Un départ aléatoire : des poids tirés d’une loi normale centrée réduite, des biais à 0. L’entraînement en "
        "trouve de bons (chapitre 3).",
    # more hidden nodes (why_how_nodes.py)
    "Hidden nodes: the deck's network has 2. A new node starts with a random input weight, bias 0 and output "
    "weight 0, so the squiggle is unchanged until you change it":
        "Nœuds cachés : le réseau du cours en a 2. Un nouveau nœud part d’un poids d’entrée aléatoire, d’un biais 0 "
        "et d’un poids de sortie 0 : la courbe sinueuse reste la même tant que vous ne le modifiez pas",
    "Input = Dosage = %1": "Entrée = Dosage = %1",
    " nodes": " nœuds",
    "number of hidden nodes": "nombre de nœuds cachés",
    "bias %1: type any number from −1e6 to 1e6, or drag the slider":
        "biais %1 : tapez un nombre de −1e6 à 1e6, ou faites glisser le curseur",
    "weight %1: type any number from −1e6 to 1e6, or drag the slider":
        "poids %1 : tapez un nombre de −1e6 à 1e6, ou faites glisser le curseur",
    # plots and the hidden-layer math (why_how_views.py)
    "Input": "Entrée",
    ("why_how_views", "Predicted"): "Prédiction",
    "Softplus": "Softplus",
    "ReLU": "ReLU",
    "Sigmoid": "Sigmoïde",
    "Tanh": "Tanh",
    "None": "Aucune",
    "Straight line vs. neural network": "Droite ou réseau de neurones",
    "Dosage": "Dosage",
    "Efficacy": "Efficacité",
    "Best straight line": "Meilleure droite",
    "Neural network": "Réseau de neurones",
    "Data (drag me)": "Données (à glisser)",
    "Drag a data point to move it, double-click to add one, right-click a point to remove it":
        "Faites glisser un point de données pour le déplacer, double-cliquez pour en ajouter un, cliquez droit sur "
        "un point pour le supprimer",
    "Line: SSR = %1": "SSR droite = %1",
    "Network: SSR = %1": "SSR réseau = %1",
    "The squiggle": "La courbe sinueuse",
    "The Dosage (Input) of the math on the right: drag me":
        "Le Dosage (entrée) des calculs de droite : faites-moi glisser",
    # lesson-file errors (why_how_state.py): the names in files (w1, seed, dose, efficacy, show …) stay as they are
    "{what} must be a number, not {kind}": "{what} doit être un nombre, pas {kind}",
    "{what} must be a finite number": "{what} doit être un nombre fini",
    "{what} must be from {lo} to {hi}, not {value}": "{what} doit être entre {lo} et {hi}, pas {value}",
    "{what} must be one of {choices}, not {value}": "{what} doit être l’un de ces choix : {choices}, pas {value}",
    "the chapter 1 state must be a dictionary": "l’état du chapitre 1 doit être un dictionnaire",
    "unknown entries in the chapter 1 state: {names}": "entrées inconnues dans l’état du chapitre 1 : {names}",
    "params must give exactly {names}": "params doit donner exactement {names}",
    "seed must be a whole number": "seed doit être un nombre entier",
    "data must give 'dose' and 'efficacy' lists": "data doit donner les listes 'dose' et 'efficacy'",
    "data 'dose' and 'efficacy' must be lists of the same length":
        "les listes 'dose' et 'efficacy' de data doivent avoir la même longueur",
    "data must have from 2 to {n} points": "data doit avoir de 2 à {n} points",
    "a dosage": "un dosage",
    "an efficacy": "une efficacité",
    "show must map some of {parts} to true or false": "show doit associer true ou false à certains de ces noms : {parts}",
}
