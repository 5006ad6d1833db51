"""French for the "What to try" panel (nnviz/qt/teacher.py) and the Conclusion's summary."""

FRENCH = {
    "Drag the Dosage slider and read the five lines of the hidden-layer math.": "Faites glisser le curseur Dosage et lisez les cinq lignes du calcul de la couche cachée.",
    "Change w1 or w2 and watch one bent curve of the squiggle move.": "Changez w1 ou w2 et regardez bouger une des courbes pliées qui forment la courbe du réseau.",
    "Switch the activation to ReLU, then pick the ReLU preset.": "Passez la fonction d’activation à ReLU, puis choisissez les valeurs de départ ReLU.",
    "Drag a data point: the straight line's SSR and the network's SSR both change.": "Déplacez un point de données : la SSR de la droite et celle du réseau changent toutes les deux.",
    "Press Step once: Step Size = −5.7 × 0.1 = −0.57 and the Intercept becomes 0.57.": "Appuyez une fois sur « Un pas » : taille du pas = −5,7 × 0,1 = −0,57 et l’ordonnée à l’origine devient 0,57.",
    "Set the Learning Rate to 1 and press Run: the steps overshoot and the SSR grows.": "Mettez le taux d’apprentissage à 1 et lancez : les pas dépassent le minimum et la SSR grandit.",
    "Slow the speed to one step a second and watch the steps shrink near the bottom.": "Ralentissez à un pas par seconde et regardez les pas rétrécir près du minimum.",
    "Switch on “Slope and Intercept together” and follow the path across the SSR landscape.": "Cochez « Pente et ordonnée à l’origine ensemble » et suivez le chemin sur le paysage de la SSR.",
    "Pick dSSR/dw1 and read each factor of the chain rule for each Dosage.": "Choisissez dSSR/dw1 et lisez chaque facteur de la règle de la chaîne pour chaque dosage.",
    "Click an edge of the network: its derivative's path lights up.": "Cliquez sur une arête du réseau : le chemin de sa dérivée s’allume.",
    "Train all seven parameters from a new random start and watch the squiggle fit.": "Entraînez les sept paramètres depuis un nouveau départ au hasard et regardez la courbe s’ajuster.",
    "Open the gradient check: the chain rule agrees with a finite difference.": "Ouvrez la vérification du gradient : la règle de la chaîne s’accorde avec une différence finie.",
    "Shift the “O” one pixel to the right: Max Pooling still finds the 1s.": "Décalez le « O » d’un pixel vers la droite : le max pooling trouve toujours les 1.",
    "Paint your own letter and read the Feature Map cell by cell.": "Dessinez votre propre lettre et lisez la carte de caractéristiques case par case.",
    "Step the filter over the image and check each dot product by hand.": "Faites avancer le filtre sur l’image et vérifiez chaque produit scalaire à la main.",
    "Compare the plain network and the CNN on the shifted letters.": "Comparez le réseau simple et le CNN sur les lettres décalées.",
    "Set w2 to 2 and unroll 4 times: Input₁ × 2⁴ = 16 × Input₁.": "Mettez w2 à 2 et déroulez 4 fois : Entrée₁ × 2⁴ = 16 × Entrée₁.",
    "Unroll 50 times with w2 = 0.5: the gradient vanishes.": "Déroulez 50 fois avec w2 = 0,5 : le gradient s’évanouit.",
    "Step Company A and Company B day by day: only Day 1 differs.": "Avancez jour par jour pour l’entreprise A et l’entreprise B : seul le jour 1 diffère.",
    "Train the LSTM and the plain RNN: which one remembers Day 1?": "Entraînez le LSTM et le RNN simple : lequel se souvient du jour 1 ?",
    "Click a chapter's picture to go back to it.": "Cliquez sur l’image d’un chapitre pour y revenir.",
    "A neural network bends activation functions into a squiggle that fits the data; gradient descent and backpropagation find its weights.": "Un réseau de neurones plie des fonctions d’activation en une courbe qui suit les données ; la descente "
    "de gradient et la rétropropagation trouvent ses poids.",
}
