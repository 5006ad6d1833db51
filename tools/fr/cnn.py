"""French for chapter 4, Convolutional Neural Networks: the chapter, its pages, editors, pipeline and classifier
views, the pixel grid and picture import."""

FRENCH = {
    # the chapter's one sentence (Conclusion, tab tooltip)
    "A filter finds a pattern anywhere in the image; Max Pooling keeps the strongest match, so small shifts don't "
    "matter.":
        "Un filtre trouve un motif n’importe où dans l’image ; le max pooling garde la meilleure correspondance, "
        "si bien que de petits décalages ne comptent pas.",

    # cnn.py
    "Convolution, step by step": "La convolution pas à pas",
    "The classifier, written out": "Le classifieur en détail",
    "Why a CNN?": "Pourquoi un CNN ?",
    "Training": "Entraînement",
    "Input image (%1×%1 pixels)": "Image d’entrée (%1×%1 pixels)",
    "Start from the deck's letter O, its letter X or a blank image":
        "Partir de la lettre O du cours, de sa lettre X ou d’une image vide",
    "Letter O": "Lettre O",
    "Letter X": "Lettre X",
    "Blank": "Vide",
    "Shift:": "Décaler :",
    "Ink (paint value)": "Encre (valeur peinte)",
    "The value a click paints: 1 = black, 0.5 = grey": "La valeur qu’un clic peint : 1 = noir, 0,5 = gris",
    "Paint: click or drag on the picture. Erase: right-click.":
        "Peindre : cliquer ou glisser sur l’image. Effacer : clic droit.",
    "Paint: click or drag on the picture. Erase: right-click. Pixels too small for numbers: hover one for its value.":
        "Peindre : cliquer ou glisser sur l’image. Effacer : clic droit. Pixels trop petits pour leurs nombres : "
        "survolez-en un pour voir sa valeur.",
    "Cross Entropy": "Entropie croisée",
    "Deck's values": "Valeurs du cours",
    "The deck's O, its diagonal filter with bias −2 and the classifier's weights":
        "Le O du cours, son filtre diagonal de biais −2 et les poids du classifieur",
    "ReLU, Max Pooling and the classifier": "ReLU, max pooling et le classifieur",
    "Imported from %1: %2": "Importée depuis %1 : %2",
    "Reset.": "Réinitialisé.",
    "The whole pipeline, written out": "Toute la chaîne en détail",
    "Each Feature Map cell = Σ pixel × filter value + bias (%1). Press <b>Step</b> to move the filter one window at "
    "a time, or <b>Play</b> to watch it fill the Feature Map cell by cell.":
        "Chaque case de la carte de caractéristiques = Σ pixel × valeur du filtre + biais (%1). Appuyez sur "
        "<b>Un pas</b> pour déplacer le filtre d’une fenêtre à la fois, ou sur <b>Lecture</b> pour le voir remplir "
        "la carte de caractéristiques case par case.",
    "The filter on one window": "Le filtre sur une fenêtre",

    # cnn_editors.py
    "b1 (hidden)": "b1 (caché)",
    "O weight": "Poids O",
    "O bias": "Biais O",
    "X weight": "Poids X",
    "X bias": "Biais X",
    "diagonal (the deck's)": "diagonale (celle du cours)",
    "vertical edge": "bord vertical",
    "horizontal edge": "bord horizontal",
    "identity": "identité",
    "Filter (3×3) and bias": "Filtre (3×3) et biais",
    "The filter's nine values: each Feature Map cell is Σ pixel × filter value + bias":
        "Les neuf valeurs du filtre : chaque case de la carte de caractéristiques vaut Σ pixel × valeur du filtre "
        "+ biais",
    "Filter value, row %1, column %2": "Valeur du filtre, ligne %1, colonne %2",
    "Filter row %1 column %2": "Filtre ligne %1 colonne %2",
    "Bias": "Biais",
    "Added to every Feature Map cell (the deck uses −2)":
        "Ajouté à chaque case de la carte de caractéristiques (le cours utilise −2)",
    "Put a ready-made filter in: the deck's diagonal, a vertical or horizontal edge, identity":
        "Mettre un filtre tout prêt : la diagonale du cours, un bord vertical ou horizontal, l’identité",
    "Choose a filter…": "Choisir un filtre…",
    "Which filter the nine fields and the bias show and edit":
        "Le filtre que les neuf champs et le biais montrent et modifient",
    "Filter %1 of %2": "Filtre %1 sur %2",
    "Filters (3×3) and biases": "Filtres (3×3) et biais",
    "Classifier weights and biases": "Poids et biais du classifieur",
    "%1: type a number from −20 to 20 and press Enter": "%1 : tapez un nombre de −20 à 20 puis Entrée",
    "Hidden = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1); O = O weight × Hidden + O bias.":
        "Caché = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1) ; O = poids O × Caché + biais O.",
    "Hidden = ReLU(Σ of the %1 pooled values × their weights + b1): too many weights to type, so training sets them. "
    "O = O weight × Hidden + O bias.":
        "Caché = ReLU(Σ des %1 valeurs après pooling × leurs poids + b1) : trop de poids à taper, c’est "
        "l’entraînement qui les fixe. O = poids O × Caché + biais O.",
    "the chapter 4 state must be a mapping": "l’état du chapitre 4 doit être un dictionnaire",
    "the chapter 4 state lacks %1": "il manque %1 dans l’état du chapitre 4",
    "the image and the parameters must be lists of numbers":
        "l’image et les paramètres doivent être des listes de nombres",
    "the image must be %1×%1 numbers (0 = white, 1 = black)":
        "l’image doit compter %1×%1 nombres (0 = blanc, 1 = noir)",
    "there must be %1 finite parameters (classifier, filters, biases)":
        "il faut %1 paramètres finis (classifieur, filtres, biais)",
    "a weight or filter value is out of range (classifier ±20, filter and bias ±10)":
        "un poids ou une valeur de filtre sort des limites (classifieur ±20, filtre et biais ±10)",
    "unknown view %1; the views are %2": "vue inconnue %1 ; les vues sont %2",
    "the filter position must be a whole number from 0 to %1, or null":
        "la position du filtre doit être un nombre entier de 0 à %1, ou null",
    "train_filter and train_shifted must be true or false": "train_filter et train_shifted doivent valoir true ou false",
    "the learning rate must be a number from %1 to %2":
        "le taux d’apprentissage doit être un nombre de %1 à %2",

    # cnn_pages.py
    "❚❚ Pause": "❚❚ Pause",
    "▶ Play": "▶ Lecture",
    "<b>Window %1 of %2</b> (orange frame): rows %3–%4, columns %5–%6; pixel × filter value:":
        "<b>Fenêtre %1 sur %2</b> (cadre orange) : lignes %3–%4, colonnes %5–%6 ; pixel × valeur du filtre :",
    "Filter %1: ": "Filtre %1 : ",
    "→ Feature Map %1, row %2, column %3": "→ carte de caractéristiques %1, ligne %2, colonne %3",
    "→ Feature Map, row %1, column %2": "→ carte de caractéristiques, ligne %1, colonne %2",
    "Σ pixel × filter = %1": "Σ pixel × filtre = %1",
    "plus the bias: %1 = <b>%2</b> %3": "plus le biais : %1 = <b>%2</b> %3",
    "Σ %1 pooled values × weights (%2)": "Σ %1 valeurs après pooling × poids (%2)",
    "%1 values, %2 above 0, largest %3": "%1 valeurs, %2 au-dessus de 0, la plus grande %3",
    "ReLU: %1 negative Feature Map cells → 0, %2 stay above 0. Max Pooling (largest of each 2×2 region): <b>%3</b>":
        "ReLU : %1 cases négatives de la carte de caractéristiques → 0, %2 restent au-dessus de 0. "
        "Max pooling (la plus grande valeur de chaque zone 2×2) : <b>%3</b>",
    "Hidden = ReLU(%1) = ReLU(%2) = <b>%3</b>": "Caché = ReLU(%1) = ReLU(%2) = <b>%3</b>",
    "Hidden = %1": "Caché = %1",
    "a tie: 50/50": "égalité : 50/50",
    "“%1”": "« %1 »",
    "SoftMax: P(O) = e<sup>%1</sup> / (e<sup>%1</sup> + e<sup>%2</sup>) = <b>%3</b>, P(X) = <b>%4</b>; ArgMax → %5":
        "SoftMax : P(O) = e<sup>%1</sup> / (e<sup>%1</sup> + e<sup>%2</sup>) = <b>%3</b>, P(X) = <b>%4</b> ; "
        "ArgMax → %5",
    "P(O) = %1, P(X) = %2": "P(O) = %1 ; P(X) = %2",
    "Step ›": "Un pas ›",
    "Move the filter to the next window and compute that cell":
        "Déplacer le filtre sur la fenêtre suivante et calculer cette case",
    "Move the filter over the whole image, cell by cell": "Promener le filtre sur toute l’image, case par case",
    "Show all": "Tout afficher",
    "Show the whole Feature Map at once": "Afficher toute la carte de caractéristiques d’un coup",
    "Play speed": "Vitesse de lecture",
    "Speed": "Vitesse",
    "O shifted right": "O décalé à droite",
    "X shifted right": "X décalé à droite",
    "Your image": "Votre image",
    "1) Fewer input nodes": "1) Moins de nœuds d’entrée",
    "2) Tolerate small shifts": "2) Tolère les petits décalages",
    "Image": "Image",
    "Plain network": "Réseau simple",
    "The plain network: 36 inputs → O and X, trained on the unshifted O and X only":
        "Le réseau simple : 36 entrées → O et X, entraîné seulement sur le O et le X non décalés",
    "3) Neighbouring pixels": "3) Pixels voisins",
    "After the filters and Max Pooling this CNN needs only <b>%1</b>.":
        "Après les filtres et le max pooling, ce CNN n’en nécessite que <b>%1</b>.",
    "After the filter and Max Pooling this CNN needs only <b>%1</b>.":
        "Après le filtre et le max pooling, ce CNN n’en nécessite que <b>%1</b>.",
    "After the filters and Max Pooling this CNN needs <b>%1</b>.":
        "Après les filtres et le max pooling, ce CNN en nécessite <b>%1</b>.",
    "After the filter and Max Pooling this CNN needs <b>%1</b>.":
        "Après le filtre et le max pooling, ce CNN en nécessite <b>%1</b>.",
    "A plain network needs <b>%1</b> input nodes, one per pixel.":
        "Un réseau simple a besoin de <b>%1</b> nœuds d’entrée, un par pixel.",
    "tie": "égalité",
    "The filter is a pattern of 3×3 <i>neighbouring</i> pixels (■ = positive value). It matches best at rows %1–%2, "
    "columns %3–%4 (Feature Map %5). A plain network sees %6 separate numbers and does not know which pixels are "
    "neighbours.":
        "Le filtre est un motif de 3×3 pixels <i>voisins</i> (■ = valeur positive). Il correspond le mieux aux "
        "lignes %1–%2, colonnes %3–%4 (carte de caractéristiques %5). Un réseau simple voit %6 nombres séparés et "
        "ne sait pas quels pixels sont voisins.",
    "Cross Entropy after each step": "Entropie croisée après chaque pas",
    "Step": "Pas",
    "Train the filter too": "Entraîner aussi le filtre",
    "Also change the nine filter values and the filter bias by backpropagation":
        "Modifier aussi les neuf valeurs du filtre et son biais par rétropropagation",
    "Add shifted copies (8 more letters)": "Ajouter des copies décalées (8 lettres de plus)",
    "Train on O and X moved one pixel right, left, down and up as well":
        "Entraîner aussi sur O et X décalés d’un pixel à droite, à gauche, en bas et en haut",
    "Train on the letters O and X": "Entraîner sur les lettres O et X",
    "Training the classifier and the filter on %1 letters.":
        "Entraînement du classifieur et du filtre sur %1 lettres.",
    "Training the classifier only on %1 letters.": "Entraînement du classifieur seul sur %1 lettres.",
    "Cross Entropy now: <b>%1</b><br>Letters recognised: <b>%2 of %3</b>":
        "Entropie croisée actuelle : <b>%1</b><br>Lettres reconnues : <b>%2 sur %3</b>",
    # guided steps
    "The letter “O” as 6×6 pixels: 1 = black, 0 = white": "La lettre « O » en 6×6 pixels : 1 = noir, 0 = blanc",
    "Shifted to the right 1 pixel: will a plain network still recognise the “O”?":
        "Décalée d’un pixel vers la droite : un réseau simple reconnaîtra-t-il encore le « O » ?",
    "A CNN: fewer input nodes (4, not 36), tolerates small shifts, uses neighbouring pixels":
        "Un CNN : moins de nœuds d’entrée (4, pas 36), tolère les petits décalages, utilise les pixels voisins",
    "The filter on the first window: 3 − 2 = 1": "Le filtre sur la première fenêtre : 3 − 2 = 1",
    "The next window: 1 − 2 = −1": "La fenêtre suivante : 1 − 2 = −1",
    "The whole Feature Map, then ReLU: everything gets set to zero except for these two points":
        "Toute la carte de caractéristiques, puis ReLU : tout passe à zéro sauf ces deux points",
    "Max Pooling: the maximum value of each 2×2 region": "Max pooling : la valeur maximale de chaque zone 2×2",
    "The classifier: Hidden node, O and X, SoftMax and ArgMax say “O”":
        "Le classifieur : nœud caché, O et X, SoftMax et ArgMax disent « O »",
    "The shifted “O”: Max Pooling still finds a 1, and the answer is still “O”":
        "Le « O » décalé : le max pooling trouve encore un 1, et la réponse est toujours « O »",
    "The letter “X”: the filter matches along its diagonal":
        "La lettre « X » : le filtre correspond le long de sa diagonale",
    "Train the classifier on O and X: watch the Cross Entropy fall":
        "Entraîner le classifieur sur O et X : regardez l’entropie croisée baisser",

    # cnn_picture.py
    "dark ink on light paper: dark = 1": "encre foncée sur papier clair : foncé = 1",
    "light on dark: light = 1": "clair sur foncé : clair = 1",
    "%1×%2 pixels averaged onto %3×%3 cells (%4).": "%1×%2 pixels moyennés sur %3×%3 cases (%4).",
    "1 pixel value was outside 0…1 and clipped (0 = white, 1 = black).":
        "1 valeur de pixel était hors de 0…1 et a été ramenée dans l’intervalle (0 = blanc, 1 = noir).",
    "%1 pixel values were outside 0…1 and clipped (0 = white, 1 = black).":
        "%1 valeurs de pixels étaient hors de 0…1 et ont été ramenées dans l’intervalle (0 = blanc, 1 = noir).",
    "the clipboard holds no picture: copy a drawing (or a picture file) first":
        "le presse-papiers ne contient pas d’image : copiez d’abord un dessin (ou un fichier image)",
    "Your own picture, a bigger network": "Votre image, un réseau plus grand",
    " pixels": " pixels",
    "The image is n×n pixels: 6 is the deck's, up to 28 for your own drawings.\n"
    "The Feature Maps are (n−2)×(n−2), Max Pooling halves them.":
        "L’image fait n×n pixels : 6 comme dans le cours, jusqu’à 28 pour vos dessins.\n"
        "Les cartes de caractéristiques font (n−2)×(n−2), le max pooling les divise par deux.",
    "How many 3×3 filters: each makes its own Feature Map, ReLU and Max Pooling":
        "Le nombre de filtres 3×3 : chacun a sa carte de caractéristiques, sa ReLU et son max pooling",
    "Import picture…": "Importer une image…",
    "Read a PNG or JPEG drawing and average it onto the pixel grid":
        "Lire un dessin PNG ou JPEG et le moyenner sur la grille de pixels",
    "Paste": "Coller",
    "Use a drawing copied to the clipboard (Ctrl+C in a drawing program)":
        "Utiliser un dessin copié dans le presse-papiers (Ctrl+C dans un logiciel de dessin)",
    "Grid size": "Taille de la grille",
    "Filters": "Filtres",
    "%1×%1 with %2 filters: %3 pooled values feed the hidden node. The deck's hand-set weights exist only for 6×6 "
    "with one filter, so the classifier starts from a seeded random start: train it (Training page) to fit O and X.":
        "%1×%1 avec %2 filtres : %3 valeurs après pooling alimentent le nœud caché. Les poids réglés à la main du "
        "cours n’existent que pour 6×6 avec un filtre ; le classifieur part donc de valeurs aléatoires (graine "
        "fixe) : entraînez-le (page Entraînement) pour qu’il distingue O et X.",
    "%1×%1 with %2 filter: %3 pooled values feed the hidden node. The deck's hand-set weights exist only for 6×6 "
    "with one filter, so the classifier starts from a seeded random start: train it (Training page) to fit O and X.":
        "%1×%1 avec %2 filtre : %3 valeurs après pooling alimentent le nœud caché. Les poids réglés à la main du "
        "cours n’existent que pour 6×6 avec un filtre ; le classifieur part donc de valeurs aléatoires (graine "
        "fixe) : entraînez-le (page Entraînement) pour qu’il distingue O et X.",
    "Import a picture": "Importer une image",
    "Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)":
        "Images (*.png *.jpg *.jpeg *.bmp *.gif);;Tous les fichiers (*)",
    "Not imported: %1. The current image stays.": "Non importée : %1. L’image actuelle est conservée.",
    "Not pasted: %1. The current image stays.": "Non collée : %1. L’image actuelle est conservée.",
    "the clipboard": "le presse-papiers",

    # cnn_pipeline.py
    "Filter": "Filtre",
    "Feature Map": "Carte de caractéristiques",
    "ReLU": "ReLU",
    "Max Pooling": "Max Pooling",
    "The filter slides over the image: each Feature Map cell = Σ pixel × filter + bias.\n"
    "ReLU sets negative cells to 0; Max Pooling keeps the largest value of each 2×2 region.":
        "Le filtre glisse sur l’image : chaque case de la carte de caractéristiques = Σ pixel × filtre + biais.\n"
        "ReLU met les cases négatives à 0 ; le max pooling garde la plus grande valeur de chaque zone 2×2.",
    "Cells too small for their numbers: hover a cell for its value.":
        "Cases trop petites : survolez une case pour lire sa valeur.",
    "bias %1": "biais %1",
    "%1 (filter %2), row %3, column %4: %5": "%1 (filtre %2), ligne %3, colonne %4 : %5",
    "%1, row %2, column %3: %4": "%1, ligne %2, colonne %3 : %4",

    # cnn_views.py
    "white = 0": "blanc = 0",
    "black = 1 or more": "noir = 1 ou plus",
    "blue = below 0": "bleu = sous 0",
    "Max Pooling winner": "gagnant du max pooling",
    "the filter's window": "la fenêtre du filtre",
    "Pooled": "Après pooling",
    "Hidden (ReLU)": "Caché (ReLU)",
    "SoftMax": "SoftMax",
    "ArgMax": "ArgMax",
    "×%1 weights": "×%1 poids",
    "%1 values": "%1 valeurs",
    "%1: %2": "%1 : %2",
    "a tie": "égalité",

    # widgets/picture_file.py
    "there is no picture to read": "il n’y a pas d’image à lire",
    "“%1” cannot be opened: %2": "« %1 » ne peut pas être ouvert : %2",
    "“%1” is empty (0 bytes): there is no picture in it": "« %1 » est vide (0 octet) : il ne contient pas d’image",
    "“%1” is %2 MB: pictures up to %3 MB can be imported (a drawing needs far less)":
        "« %1 » pèse %2 Mo : on peut importer des images jusqu’à %3 Mo (un dessin en demande bien moins)",
    "“%1” is not a picture Qt can read (PNG, JPEG, BMP, GIF …)":
        "« %1 » n’est pas une image que Qt sait lire (PNG, JPEG, BMP, GIF…)",
    "“%1” is %2×%3 pixels: at most %4 million pixels can be imported":
        "« %1 » fait %2×%3 pixels : on peut importer au plus %4 millions de pixels",
    "“%1” could not be read as a picture: %2": "« %1 » n’a pas pu être lu comme une image : %2",

    # widgets/pixel_grid.py
    "Move the picture one pixel left (arrow key on the picture)":
        "Décaler l’image d’un pixel vers la gauche (touche fléchée sur l’image)",
    "shift left": "décaler à gauche",
    "Move the picture one pixel up (arrow key on the picture)":
        "Décaler l’image d’un pixel vers le haut (touche fléchée sur l’image)",
    "shift up": "décaler vers le haut",
    "Move the picture one pixel down (arrow key on the picture)":
        "Décaler l’image d’un pixel vers le bas (touche fléchée sur l’image)",
    "shift down": "décaler vers le bas",
    "Move the picture one pixel right (arrow key on the picture)":
        "Décaler l’image d’un pixel vers la droite (touche fléchée sur l’image)",
    "shift right": "décaler à droite",
    "Input image: click to paint a pixel, right-click to erase, arrow keys shift":
        "Image d’entrée : cliquer pour peindre un pixel, clic droit pour effacer, flèches pour décaler",
    "Click or drag to paint black pixels, right-click to erase.\n"
    "Click the picture, then use the arrow keys to shift it one pixel.":
        "Cliquez ou glissez pour peindre des pixels en noir, clic droit pour effacer.\n"
        "Cliquez sur l’image, puis utilisez les flèches pour la décaler d’un pixel.",
    "the image must be %1×%2 pixels": "l’image doit faire %1×%2 pixels",
    "pixel values must be numbers from 0 to 1": "les valeurs des pixels doivent être des nombres de 0 à 1",
    "Row %1, column %2: %3": "Ligne %1, colonne %2 : %3",
}
