"""French for chapter 4's Digits page (nnviz/qt/chapters/cnn/digits_page.py, digits_views.py, digits_state.py)."""

FRENCH = {
    "Digits": "Chiffres",
    "All ten digits (0–9)": "Les dix chiffres (0–9)",
    "Two digits": "Deux chiffres",
    "Handwritten digits (UCI, 8×8)": "Chiffres manuscrits (UCI, 8×8)",
    "Learn all ten digits, or tell two of them apart": "Apprendre les dix chiffres, ou en distinguer deux",
    "The first of the two digits": "Le premier des deux chiffres",
    "The second of the two digits": "Le second des deux chiffres",
    "The share of each digit's images held out to test on: the network never trains on them":
        "La part des images de chaque chiffre gardée pour le test : le réseau ne s’entraîne jamais dessus",
    "How many 3×3 filters the network learns": "Combien de filtres 3×3 le réseau apprend",
    "Images per step: each step follows the slope of this many images":
        "Images par pas : chaque pas suit la pente de ce nombre d’images",
    "The random start and the order of the images: the same seed gives the same run":
        "Le départ aléatoire et l’ordre des images : la même graine donne le même entraînement",
    "Classes": "Classes",
    "and": "et",
    "Test share": "Part de test",
    "Batch size": "Taille du lot",
    "Mini-batch Cross Entropy": "Entropie croisée du mini-lot",
    "Accuracy": "Exactitude",
    "% right": "% de réponses justes",
    "training": "entraînement",
    "test": "test",
    "Test image": "Image de test",
    "Which test image the filters are shown on": "L’image de test sur laquelle les filtres sont montrés",
    "Next mistake": "Erreur suivante",
    "Show the next test image the network gets wrong": "Montrer la prochaine image de test où le réseau se trompe",
    "Clear": "Effacer",
    "Copy the test image": "Copier l’image de test",
    "Put the chosen test image on the grid, to change it pixel by pixel":
        "Mettre l’image de test choisie sur la grille, pour la modifier pixel par pixel",
    "Draw a digit: what does it say?": "Dessinez un chiffre : que répond-il ?",
    "Filter, Feature Map, Max Pooling": "Filtre, carte, max pooling",
    "Mistakes (true→answer)": "Erreurs (vrai→réponse)",
    "Mistakes: %1 of %2 (true→answer)": "Erreurs : %1 sur %2 (vrai→réponse)",
    "true %1, says %2 (%3)": "vrai %1, répond %2 (%3)",
    "Rows: true · columns: answer": "Lignes : vrai · colonnes : réponse",
    "Choose two different digits.": "Choisissez deux chiffres différents.",
    "Step %1 (epoch %2) · test accuracy %3 · training accuracy %4":
        "Pas %1 (époque %2) · exactitude en test %3 · exactitude en entraînement %4",
    "%1 training images, %2 test images; %3 parameters.":
        "%1 images d’entraînement, %2 images de test ; %3 paramètres.",
    "Paint a digit on the grid.": "Peignez un chiffre sur la grille.",
    "It says: %1 (%2 sure)": "Il répond : %1 (sûr à %2)",
    "%1 %": "%1 %",
    "Each learned filter slides over the test image: its Feature Map (blue below 0, red above), then ReLU and Max "
    "Pooling keep the strongest match of each 2×2 region.":
        "Chaque filtre appris glisse sur l’image de test : sa carte de caractéristiques (bleu sous 0, rouge "
        "au-dessus), puis ReLU et le max pooling gardent la meilleure correspondance de chaque région 2×2.",
    "Confusion matrix of the test images: each row is the true digit, each column the network's answer. The "
    "diagonal counts the right answers.":
        "Matrice de confusion des images de test : chaque ligne est le vrai chiffre, chaque colonne la réponse du "
        "réseau. La diagonale compte les bonnes réponses.",
    "Test images the network gets wrong: under each, the true digit → the network's answer.":
        "Images de test où le réseau se trompe : sous chacune, le vrai chiffre → la réponse du réseau.",
    "No mistakes.": "Aucune erreur.",
    "the Digits page's state must be a mapping": "l’état de la page Chiffres doit être un dictionnaire",
    "the Digits page's classes must be two different digits, or all ten":
        "les classes de la page Chiffres doivent être deux chiffres différents, ou les dix",
    "the Digits page's learning rate must be a number from 0.001 to 10":
        "le taux d’apprentissage de la page Chiffres doit être un nombre de 0,001 à 10",
    "the Digits page's drawing must be 8×8 numbers from 0 to 1":
        "le dessin de la page Chiffres doit être 8×8 nombres de 0 à 1",
    "the Digits page's %1 must be a whole number from %2 to %3":
        "la valeur %1 de la page Chiffres doit être un nombre entier de %2 à %3",
    "the Digits page's state must give exactly: %1": "l’état de la page Chiffres doit donner exactement : %1",
    "the Digits page needs %1 finite parameters for %2 filters and %3 classes":
        "la page Chiffres demande %1 paramètres finis pour %2 filtres et %3 classes",
}
