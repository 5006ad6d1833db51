"""French for chapter 5, RNN & LSTM: rnn.py, rnn_views.py, rnn_widgets.py, rnn_training.py, lstm_view.py, lstm_cell.py."""

FRENCH = {
    # --- the chapter (rnn.py) --------------------------------------------------------------
    "A feedback loop lets yesterday and today both count; unrolled, it multiplies by w2 again and again "
    "(exploding/vanishing gradient); LSTM's gates keep a Long-Term Memory instead.":
        "Une boucle de rétroaction fait compter hier et aujourd’hui ; déroulée, elle multiplie par w2 encore et "
        "encore (gradient qui explose / qui s’évanouit) ; les portes du LSTM gardent plutôt une mémoire à long terme.",
    "RNN": "RNN",
    "Exploding && Vanishing Gradient": "Gradient qui explose && qui s’évanouit",
    "LSTM": "LSTM",
    "Training": "Entraînement",
    "An RNN has weights and biases like any network: Yesterday × w1 + b1 = 0 × 1.8 + 0.0 = 0":
        "Un RNN a des poids et des biais comme tout réseau : Hier × w1 + b1 = 0 × 1,8 + 0,0 = 0",
    "The feedback loop lets yesterday's and today's values both influence the prediction":
        "La boucle de rétroaction permet aux valeurs d’hier et d’aujourd’hui d’influencer toutes deux la prédiction",
    "Unrolled: one copy of the network per day, the same weights in every copy":
        "Déroulé : une copie du réseau par jour, les mêmes poids dans chaque copie",
    "Unrolled 4 times with w2 = 2: Input₁ × 2 × 2 × 2 × 2 = Input₁ × 2⁴":
        "Déroulé 4 fois avec w2 = 2 : Entrée₁ × 2 × 2 × 2 × 2 = Entrée₁ × 2⁴",
    "Unroll 50 times and the gradient explodes: Input₁ × 2⁵⁰":
        "Déroulé 50 fois, le gradient explose : Entrée₁ × 2⁵⁰",
    "Limit w2 below 1 to stop the explosion… and the gradient vanishes instead":
        "Limiter w2 sous 1 pour arrêter l’explosion… et c’est le gradient qui s’évanouit",
    "LSTM: sigmoid gates say what percent to remember; tanh gives values between −1 and 1":
        "LSTM : les portes sigmoïdes disent quel pourcentage retenir ; tanh donne des valeurs entre −1 et 1",
    "Company A, day by day: the Day 5 prediction is about 0":
        "Entreprise A, jour après jour : la prédiction du Jour 5 vaut environ 0",
    "Company B differs only on Day 1; the Long-Term Memory keeps it: Day 5 is about 1":
        "L’Entreprise B ne diffère que le Jour 1 ; la mémoire à long terme le garde : le Jour 5 vaut environ 1",
    "Train the LSTM and the plain RNN from a random start: which one remembers Day 1?":
        "Entraînez le LSTM et le RNN simple depuis un départ aléatoire : lequel se souvient du Jour 1 ?",

    # lesson-file errors (set_state); the file's own keys (rnn, lstm, company, training) stay as written
    "%1 must be a finite number, not %2": "%1 doit être un nombre fini, et non %2",  # as in chapter 3
    "%1 must be between %2 and %3, not %4": "%1 doit être compris entre %2 et %3, et non %4",
    "%1 must give exactly: %2": "%1 : il faut exactement %2",
    "%1 must be a list of at most %2 numbers": "%1 : il faut une liste d’au plus %2 nombres",
    "a day of %1": "un jour (%1)",
    "the chapter 5 state must be a dictionary": "l’état du chapitre 5 doit être un dictionnaire",
    "unknown entries for chapter 5: %1": "entrées inconnues pour le chapitre 5 : %1",
    "unknown view %1; choose one of %2": "vue inconnue %1 ; choisissez parmi %2",
    "'%1' must be a dictionary": "« %1 » doit être un dictionnaire",
    "the RNN's days": "les jours du RNN",
    "the number of unrolls": "le nombre de déroulements",
    "the number of unrolls must be a whole number": "le nombre de déroulements doit être un nombre entier",
    "company must be one of %1, not %2": "« company » doit valoir l’une des valeurs %1, pas %2",
    "the LSTM's days": "les jours du LSTM",
    "the day": "le jour",
    "'training' must name a model: %1": "« training » doit nommer un modèle : %1",
    "the seed": "la graine",
    "the learning rate": "le taux d’apprentissage",
    "the training series": "la série d’entraînement",

    # --- the RNN and the gradient (rnn_views.py) ---------------------------------------------
    "low": "bas",
    "medium": "moyen",
    "high": "haut",
    "off the scale": "hors échelle",
    "w1: the weight on each day's input": "w1 : le poids de l’entrée de chaque jour",
    "b1: the bias on each day's input": "b1 : le biais de l’entrée de chaque jour",
    "w2: the weight on the feedback loop (yesterday's output)":
        "w2 : le poids de la boucle de rétroaction (la sortie d’hier)",
    "w3: the weight on the output": "w3 : le poids de la sortie",
    "b2: the bias on the output": "b2 : le biais de la sortie",
    "Day %1": "Jour %1",
    "Today": "Aujourd’hui",
    "Yesterday": "Hier",
    "Days, oldest first (low 0, medium 0.5, high 1)": "Jours, le plus ancien d’abord (bas 0, moyen 0,5, haut 1)",
    "Add a day with value %1 (%2)": "Ajouter un jour de valeur %1 (%2)",
    "Remove last day": "Retirer le dernier jour",
    "Weights and biases": "Poids et biais",
    "Deck's values": "Valeurs du cours",
    "w1 = 1.8, b1 = 0.0, w2 = −0.5, w3 = 1.1, b2 = 0.0; yesterday low, today medium":
        "w1 = 1,8 ; b1 = 0,0 ; w2 = −0,5 ; w3 = 1,1 ; b2 = 0,0 — hier bas, aujourd’hui moyen",
    "The math, day by day": "Le calcul, jour par jour",
    "The feedback loop": "La boucle de rétroaction",
    "Unrolled: one copy per day": "Déroulé : une copie par jour",
    "The values grow too large to compute (%1): make |w2| smaller or use fewer days.":
        "Les valeurs deviennent trop grandes pour être calculées : réduisez |w2| ou utilisez moins de jours.",
    "Unrolled: one copy per day — showing the last %1 of %2 days (the math uses every day)":
        "Déroulé : une copie par jour — les %1 derniers des %2 jours (le calcul les utilise tous)",
    "No days yet: add a day (low, medium or high) or type a sequence.":
        "Pas encore de jours : ajoutez un jour (bas, moyen ou haut) ou tapez une suite.",
    "With no days the output is just b2: Prediction = %1": "Sans aucun jour, la sortie vaut simplement b2 : "
                                                           "Prédiction = %1",
    "%1 × w1 + b1": "%1 × w1 + b1",
    " + %1's output × w2": " + sortie (%1) × w2",
    "Sum = %1\nReLU output = %2": "Somme = %1\nSortie de ReLU = %2",
    "Prediction for tomorrow = %1's output × w3 + b2 = %2 × %3 + %4 = <b>%5</b> (nearest: %6)":
        "Prédiction pour demain = sortie (%1) × w3 + b2 = %2 × %3 + %4 = <b>%5</b> (le plus proche : %6)",
    "Prediction = %1": "Prédiction = %1",
    "The feedback loop lets yesterday's and today's values both influence the prediction.":
        "La boucle de rétroaction permet aux valeurs d’hier et d’aujourd’hui d’influencer toutes deux la prédiction.",
    "w2 (feedback weight)": "w2 (poids de la boucle)",
    "The weight on the feedback loop: |w2| > 1 explodes, |w2| < 1 vanishes":
        "Le poids de la boucle de rétroaction : |w2| > 1 explose, |w2| < 1 s’évanouit",
    "Number of unrolls N": "Nombre de déroulements N",
    "How many times the network is unrolled (1 to %1)": "Combien de fois le réseau est déroulé (1 à %1)",
    "The gradient for Day 1 passes through the feedback loop once per unroll, so it is multiplied by w2 N times.":
        "Le gradient du Jour 1 traverse la boucle de rétroaction une fois par déroulement : il est donc multiplié "
        "N fois par w2.",
    "The deck: w2 = 2, unrolled 4 times": "Le cours : w2 = 2, déroulé 4 fois",
    "Explodes: w2 = 2, 50 unrolls": "Explose : w2 = 2 ; N = 50",
    "Vanishes: w2 = 0.5, 50 unrolls": "S’évanouit : w2 = 0,5 ; N = 50",
    "The Vanishing/Exploding Gradient Problem": "Le problème du gradient qui s’évanouit / qui explose",
    "|w2|ᴺ after each unroll": "|w2|ᴺ après chaque déroulement",
    "Number of unrolls": "Nombre de déroulements",
    "Exploding (|w2| > 1)": "Explose (|w2| > 1)",
    "Vanishing (|w2| < 1)": "S’évanouit (|w2| < 1)",
    "Real gradient for each day (BPTT)": "Gradient réel pour chaque jour (BPTT)",
    "Day": "Jour",
    "(%1 times)": "(%1 fois)",
    "Input₁ × %1 = Input₁ × %2 = Input₁ × <b>%3</b>": "Entrée₁ × %1 = Entrée₁ × %2 = Entrée₁ × <b>%3</b>",
    "= Input₁ × w2<sup>Num. Unroll</sup>": "= Entrée₁ × w2<sup>nb de déroulements</sup>",
    "Exploding Gradient</b>: |w2| = %1 &gt; 1, so each unroll makes it bigger: steps far too large, gradient "
    "descent cannot settle.":
        "Gradient qui explose</b> : |w2| = %1 &gt; 1, donc chaque déroulement l’agrandit : des pas bien trop "
        "grands, la descente de gradient ne peut pas se stabiliser.",
    "Vanishing Gradient</b>: |w2| = %1 &lt; 1, so each unroll shrinks it toward 0: Day 1 hardly changes anything, "
    "so it is never learned.":
        "Gradient qui s’évanouit</b> : |w2| = %1 &lt; 1, donc chaque déroulement le réduit vers 0 : le Jour 1 ne "
        "change presque rien, il n’est donc jamais appris.",
    "|w2| = 1: the gradient neither explodes nor vanishes (but w2 cannot stay exactly 1).":
        "|w2| = 1 : le gradient n’explose pas et ne s’évanouit pas (mais w2 ne peut pas rester exactement à 1).",
    "One way to prevent the Exploding Gradient Problem would be to limit w2 to values &lt; 1 — but then "
    "w2<sup>N</sup> shrinks toward 0 and the gradient vanishes instead. LSTM avoids both.":
        "Pour éviter le problème du gradient qui explose, on pourrait limiter w2 à des valeurs &lt; 1 — mais alors "
        "w2<sup>N</sup> tend vers 0 et c’est le gradient qui s’évanouit. Le LSTM évite les deux.",
    "; 0 on %1 day(s) where ReLU is off (not drawn)": " ; 0 sur %1 jour(s) où ReLU est éteinte (non tracé)",
    "; too large to display on %1 day(s) (not drawn)": " ; trop grand pour être affiché sur %1 jour(s) (non tracé)",
    "Backpropagation through time (%1 days, every day high = 1, w1 = %2, w3 = %3): "
    "|d Prediction / d Input₁| = <b>%4</b>%5":
        "Rétropropagation dans le temps (%1 jours, chaque jour haut = 1 ; w1 = %2 ; w3 = %3) : "
        "<nobr>|\u2060d Prédiction / d Entrée₁\u2060|</nobr> = <b>%4</b>%5",  # no line break in |d P / d E|
    "per day: %1": "par jour : %1",

    # --- the sequence field and the drawings (rnn_widgets.py) --------------------------------
    "undefined": "indéfini",
    "too large to display": "trop grand pour être affiché",
    "Type up to %1 values separated by commas or spaces (low 0, medium 0.5, high 1), then press Enter":
        "Tapez jusqu’à %1 valeurs séparées par des points-virgules ou des espaces (bas 0, moyen 0,5, haut 1), "
        "puis appuyez sur Entrée",
    "at most %1 days, please": "%1 jours au plus, s’il vous plaît",
    "“%1” is not a number from −100 to 100": "« %1 » n’est pas un nombre entre −100 et 100",
    "%1. Kept the previous days.": "%1. Les jours précédents sont conservés.",
    "Input": "Entrée",
    "Output": "Sortie",
    "feedback loop": "boucle de rétroaction",
    "Prediction\n%1": "Prédiction\n%1",
    "Shared weights: every copy uses w1 = %1, b1 = %2, w2 = %3":
        "Poids partagés : chaque copie utilise w1 = %1 ; b1 = %2 ; w2 = %3",
    "No days yet: type a sequence.": "Pas encore de jours : tapez une suite.",

    # --- training (rnn_training.py) ----------------------------------------------------------
    "Plain RNN": "RNN simple",
    "Which network the buttons below train (both keep their progress)":
        "Le réseau qu’entraînent les boutons ci-dessous (chacun garde sa progression)",
    "Train the %1": "Entraîner le %1",
    "Random start (seed)": "Graine (départ aléatoire)",
    "Weights from a standard normal distribution, biases 0; the same seed always gives the same start":
        "Poids tirés d’une loi normale centrée réduite, biais à 0 ; la même graine donne toujours le même départ",
    "New random start": "Départ aléatoire",
    "Training the %1": "Entraînement du %1",
    "Both start from the same seed. Train one, switch, train the other, and compare the SSR.":
        "Les deux partent de la même graine. Entraînez l’un, changez, entraînez l’autre, et comparez la SSR.",
    "Deck's companies": "Entreprises du cours",
    "Train on the deck's Company A and B again": "Entraîner de nouveau sur les Entreprises A et B du cours",
    "SSR after each step": "SSR pas à pas",
    "Step": "Pas",
    "Day 5 predictions": "Prédictions du Jour 5",
    "Pot.": "Pot.",
    "━ Long-Term Memory": "━ Mémoire à long terme",
    "<b>Company %1</b>: %2": "<b>Entreprise %1</b> %2",  # no colon: the legend just fits at 1280 px
    "Predictions for the day after": "Prédictions pour le jour suivant",
    "Training on the deck's Company A and B (Days 1–4 → Day 5).":
        "Entraînement sur les Entreprises A et B du cours (Jours 1–4 → Jour 5).",
    "Training on your series of %1 days: %2 pairs of 4 days → the day after.":
        "Entraînement sur votre série de %1 jours : %2 paires de 4 jours → le jour suivant.",
    "<b>%1</b>, step %2: Company A → <b>%3</b> (observed 0), Company B → <b>%4</b> (observed 1); SSR = <b>%5</b>":
        "<b>%1</b>, pas %2 : Entreprise A → <b>%3</b> (observé 0), Entreprise B → <b>%4</b> (observé 1) ; "
        "SSR = <b>%5</b>",
    "The %1 gives both companies about the same answer: it has not learned to remember Day 1.":
        "Le %1 donne à peu près la même réponse pour les deux entreprises : il n’a pas appris à retenir le Jour 1.",
    "The %1 remembers Day 1: it tells the two companies apart.":
        "Le %1 se souvient du Jour 1 : il distingue les deux entreprises.",
    "The companies differ only on Day 1; Days 2–4 are the same. To predict Day 5 the network must carry Day 1 "
    "through three more days.":
        "Les entreprises ne diffèrent que le Jour 1 ; les Jours 2–4 sont identiques. Pour prédire le Jour 5, le "
        "réseau doit porter le Jour 1 à travers trois jours de plus.",
    "<b>%1</b>, step %2: last 4 days → <b>%3</b> (observed %4); SSR over %5 pairs = <b>%6</b>":
        "<b>%1</b>, pas %2 : 4 derniers jours → <b>%3</b> (observé %4) ; SSR sur %5 paires = <b>%6</b>",
    "predicted: %1\nSSR: %2": "prédit : %1\nSSR : %2",
    "The gate plots still show the deck's Company A and B, so you can see what the trained gates do with them.":
        "Les graphiques des portes montrent toujours les Entreprises A et B du cours : on y voit ce qu’en font "
        "les portes entraînées.",

    # --- the LSTM (lstm_view.py, lstm_cell.py) -----------------------------------------------
    "Company A": "Entreprise A",
    "Company B": "Entreprise B",
    "Your own days": "Vos propres jours",
    "× Short-Term Memory": "× Mémoire à court terme",
    "× Input": "× Entrée",
    "Bias": "Biais",
    "Forget Gate": "Porte d’oubli",
    "Input Gate": "Porte d’entrée",
    "Potential Long-Term Memory": "Mémoire à long terme potentielle",
    "Output Gate": "Porte de sortie",
    "Potential Long-Term": "Mémoire potentielle",
    "Forget": "Oubli",
    "Potential": "Potentielle",
    "Company A and Company B differ only on Day 1": "Les Entreprises A et B ne diffèrent que le Jour 1",
    "Days 1, 2, 3, 4 (stock values)": "Jours 1, 2, 3, 4 (cours de l’action)",
    "‹ Back": "‹ Précédente",  # as in window.py (the guided-mode button)
    "Go back one day": "Revenir d’un jour",
    "▶ Play": "▶ Lecture",
    "Step through the days one by one": "Parcourir les jours un par un",
    "Step ›": "Un pas ›",
    "Go on to the next day": "Passer au jour suivant",
    "%1: %2": "%1 : %2",
    "The 12 weights and biases of the deck's (StatQuest) LSTM": "Les 12 poids et biais du LSTM du cours (StatQuest)",
    "Today's math": "Le calcul du jour",
    "Long-Term": "Long terme",
    "Short-Term": "Court terme",
    "Predicted": "Prédit",
    "Observed": "Observé",
    "❚❚ Pause": "❚❚ Pause",
    "Days %1 (stock values)": "Jours %1 (cours de l’action)",
    "Days (stock values): none yet": "Jours (cours de l’action) : aucun pour l’instant",
    "Day %1 of %2": "Jour %1 sur %2",
    "No days: type some or choose a company": "Aucun jour : tapez-en ou choisissez une entreprise",
    "No days yet: choose Company A or B, or type the days.":
        "Pas encore de jours : choisissez l’Entreprise A ou B, ou tapez les jours.",
    "Both memories start at 0.": "Les deux mémoires partent de 0.",
    "%1 of the Long-Term Memory is remembered": "On garde %1 de la mémoire à long terme",
    "%1 of the Potential Memory is added": "On ajoute %1 de la mémoire potentielle",
    "%1 of the Potential Short-Term Memory is kept": "On garde %1 de la mémoire à court terme potentielle",
    "sum = %1\nvalue = %2": "somme = %1\nvaleur = %2",
    "New Long-Term Memory = %1 × %2 + %3 × %4 = <b>%5</b>": "Nouvelle mémoire à long terme = %1 × %2 + %3 × %4 = <b>%5</b>",
    "Long-Term Memory = %1": "Mémoire à long terme = %1",
    "New Short-Term Memory = tanh(%1) × %2 = <b>%3</b>": "Nouvelle mémoire à court terme = tanh(%1) × %2 = <b>%3</b>",
    "Short-Term Memory = %1": "Mémoire à court terme = %1",
    " (observed: %1)": " (observé : %1)",
    "<b>Prediction for Day %1</b> = the Short-Term Memory = ":
        "<b>Prédiction pour le Jour %1</b> = la mémoire à court terme = ",
    "Input: no day yet": "Entrée : pas encore de jour",
    "Input (Day %1) = %2": "Entrée (Jour %1) = %2",
    "Long-Term Memory %1": "Mémoire à long terme %1",
    "new %1": "nouvelle %1",
    "Short-Term Memory %1": "Mémoire à court terme %1",
}

# French typography: a non-breaking space before « : ; ? ! » and inside « », so none of them begins or ends a line.
FRENCH = {source: text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;").replace(" ?", "\u00a0?")
          .replace(" !", "\u00a0!").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
          for source, text in FRENCH.items()}
FRENCH["%1: %2"] = "%1 : %2"  # as chapter 4 writes it (only in tooltips, where no line breaks before the colon)
