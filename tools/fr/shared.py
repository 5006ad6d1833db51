"""French for the shared widgets (number fields, training panel, data points, data import/export, the base tab)
and for the training controller's messages (nnviz/qt/training.py)."""

FRENCH = {
    # nnviz/qt/chapters/base.py
    "chapter %1 keeps no state": "le chapitre %1 ne garde aucun état",

    # nnviz/qt/widgets/number_field.py
    "please type a number": "veuillez taper un nombre",
    "the field is empty: please type a number": "le champ est vide : veuillez taper un nombre",
    "that is too long to be a number": "c’est trop long pour être un nombre",
    "“%1” is not a number": "« %1 » n’est pas un nombre",
    "that number is too large": "ce nombre est trop grand",
    "please choose a value from %1 to %2": "veuillez choisir une valeur de %1 à %2",
    "%1 slider": "curseur %1",
    "%1: type a number from %2 to %3 and press Enter": "%1 : tapez un nombre de %2 à %3 puis Entrée",
    "%1: %2. Kept %3.": "%1 : %2. Valeur gardée : %3.",

    # nnviz/qt/widgets/training_panel.py
    "▶ Run": "▶ Lancer",
    "Take steps until a stopping rule fires": "Faire des pas jusqu’à ce qu’une règle d’arrêt se déclenche",
    "❚❚ Pause": "❚❚ Pause",
    "Stop taking steps": "Arrêter de faire des pas",
    "Step ›": "Un pas ›",
    "Take exactly one step": "Faire un seul pas",
    "‹ Step back": "‹ Pas arrière",
    "Undo the last step": "Annuler le dernier pas",
    "⟲ Reset": "⟲ Réinitialiser",
    "Go back to the start values": "Revenir aux valeurs de départ",
    "as fast as possible": "aussi vite que possible",
    "1 step a second": "1 pas par seconde",
    "%1 steps a second": "%1 pas par seconde",
    "Speed: %1": "Vitesse : %1",
    "Use this stopping rule: %1": "Utiliser cette règle d’arrêt : %1",
    "%1 on": "%1 activé",
    "Training": "Entraînement",
    "Learning Rate": "Taux d’apprentissage",
    "Step Size = derivative × Learning Rate. Too large and the steps overshoot.":
        "Taille du pas = dérivée × taux d’apprentissage. Trop grand, et les pas dépassent le minimum.",
    "Speed: from one step a second (slow motion, for a class to follow) to as fast as possible":
        "Vitesse : d’un pas par seconde (au ralenti, pour qu’une classe suive) à aussi vite que possible",
    "Speed": "Vitesse",
    "Stop when %1 ≤": "Si %1 ≤",
    "Maximum steps": "Nombre maximal de pas",
    "Stop when |step size| ≤": "Si |taille du pas| ≤",
    "<b>When do we stop?</b>": "<b>Quand s’arrêter ?</b>",
    "Training…": "Entraînement…",
    "Paused.": "En pause.",
    "Step %1.": "Pas %1.",

    # nnviz/qt/training.py
    "Stopped: the {loss} is now ≤ {tolerance}, as small as we asked for.":
        "Arrêt : {loss} est maintenant ≤ {tolerance}, aussi petit que demandé.",
    "Stopped: the maximum of {max_steps} steps was reached. Raise “Maximum steps” to go on.":
        "Arrêt : le maximum de {max_steps} pas est atteint. Augmentez « Nombre maximal de pas » pour continuer.",
    "Stopped: every step size is now ≤ {min_step}, so the parameters barely move: we are at the bottom of the "
    "{loss} curve. The {loss} is still {value} — this is as good as it gets for this data.":
        "Arrêt : chaque taille du pas est ≤ {min_step}, les paramètres ne bougent presque plus : c’est le fond "
        "de la courbe de {loss}. {loss} vaut encore {value} — impossible de faire mieux avec ces données.",
    "Stopped: the {loss} grew step after step (the steps overshoot the bottom and get bigger each time). "
    "Try a smaller learning rate, then Reset.":
        "Arrêt : {loss} a augmenté pas après pas (les pas dépassent le fond et grandissent à chaque fois). "
        "Essayez un taux d’apprentissage plus petit, puis Réinitialiser.",
    "SSR": "SSR",
    "Cross Entropy": "Entropie croisée",
    "That cannot be computed: {error}": "Impossible de calculer cela : {error}",
    "Something went wrong in the calculation ({detail}). Your values are kept.":
        "Le calcul a échoué ({detail}). Vos valeurs sont gardées.",

    # nnviz/qt/widgets/data_points.py
    "At least %1 points are needed.": "Il faut au moins %1 points.",
    "With more than %1 points the data is fixed: import a table to change it.":
        "Avec plus de %1 points, les données sont figées : importez un tableau pour les changer.",
    "At most %1 points can be drawn by hand.": "On peut dessiner au plus %1 points à la main.",

    # nnviz/qt/chapters/data_tables.py (each chapter's Import data… / Export data…)
    "With more than %1 points the points cannot be dragged, added or removed.":
        "Avec plus de %1 points, on ne peut plus déplacer, ajouter ni supprimer de points.",
    "The plot shows %1 evenly chosen points; the maths uses all %2.":
        "Le graphique montre %1 points choisis régulièrement ; les calculs utilisent les %2.",
    "every %1 is %2: the values must differ to be scaled to 0…1":
        "toutes les valeurs de %1 valent %2 : elles doivent différer pour être ramenées à 0…1",
    "%1 scaled from %2…%3 to 0…1, as the deck does (lowest → 0, highest → 1).":
        "%1 ramené de %2…%3 à 0…1, comme dans le cours (la plus petite valeur → 0, la plus grande → 1).",
    "Dosage": "Dosage",
    "Efficacy": "Efficacité",
    "“Deck's data” brings the deck's three points back.":
        "« Données du cours » ramène les trois points du cours.",
    "dosage data": "données de dosage",
    "Read Dosage, Efficacy rows from a CSV table (up to %1); Dosages outside 0…1 are scaled to 0…1":
        "Lire des lignes Dosage, Efficacité dans un tableau CSV (jusqu’à %1) ; les dosages hors de 0…1 sont "
        "ramenés à 0…1",
    "Learning Rate %1: with %2 points the SSR is that many terms, so smaller steps keep it from overshooting.":
        "Taux d’apprentissage %1 : avec %2 points, la SSR a autant de termes, et des pas plus petits l’empêchent "
        "de dépasser le minimum.",
    "“Deck's example” brings the deck's three points back.":
        "« Exemple du cours » ramène les trois points du cours.",
    "data points": "points de données",
    "Read x, y rows from a CSV table (up to %1 points)":
        "Lire des lignes x, y dans un tableau CSV (jusqu’à %1 points)",
    "“Deck's start” brings the deck's three points back.":
        "« Départ du cours » ramène les trois points du cours.",
    "Read Dosage, Efficacy rows from a CSV table (up to %1); values outside the plot are scaled to 0…1":
        "Lire des lignes Dosage, Efficacité dans un tableau CSV (jusqu’à %1) ; les valeurs hors du graphique "
        "sont ramenées à 0…1",
    "the values of %1 go beyond ±100: scale them first (the deck uses 0 for low, 0.5 for medium and 1 for high)":
        "les valeurs de %1 dépassent ±100 : ramenez-les d’abord à une petite échelle (le cours utilise 0 pour bas, "
        "0,5 pour moyen et 1 pour haut)",
    "a series needs at least %1 days to train on (%2 days and the day after)":
        "une série doit compter au moins %1 jours pour l’entraînement (%2 jours et le jour suivant)",
    "%1 columns: one per company. Choose the one to import.":
        "%1 colonnes : une par entreprise. Choisissez celle à importer.",
    "“Deck's values” brings the deck's days back.": "« Valeurs du cours » ramène les jours du cours.",
    "days": "jours",
    "Read the days (oldest first) from a CSV table: one column, up to %1 days":
        "Lire les jours (le plus ancien d’abord) dans un tableau CSV : une colonne, jusqu’à %1 jours",
    "Choose Company A or B for the deck's days again.":
        "Choisissez l’entreprise A ou B pour retrouver les jours du cours.",
    "Read a company's days from a CSV table: one column per company, up to %1 days":
        "Lire les jours d’une entreprise dans un tableau CSV : une colonne par entreprise, jusqu’à %1 jours",
    "“Deck's companies” trains on Company A and B again.":
        "« Entreprises du cours » entraîne de nouveau sur les entreprises A et B.",
    "days to train on": "jours d’entraînement",
    "Train on your own series (up to %1 days): every 4 days in a row and the day after make one training pair":
        "S’entraîner sur votre propre série (jusqu’à %1 jours) : chaque suite de 4 jours et le jour suivant "
        "forment une paire d’entraînement",

    # nnviz/qt/widgets/table_import.py (the import preview and the messages under the buttons)
    "Tables (*.csv *.txt *.tsv);;All files (*)": "Tableaux (*.csv *.txt *.tsv);;Tous les fichiers (*)",
    "Import data: %1": "Importer des données : %1",
    "separated by commas": "séparées par des virgules",
    "separated by semicolons": "séparées par des points-virgules",
    "separated by tabs": "séparées par des tabulations",
    "Read <b>%1</b> × %2 (%3) from <b>%4</b><br>%5, %6, %7.":
        "<b>%1</b> × %2 (%3) lues dans <b>%4</b><br>%5, %6, %7.",
    "1 row": "1 ligne",
    "%1 rows": "%1 lignes",
    "1 column": "1 colonne",
    "%1 columns": "%1 colonnes",
    "decimal comma": "virgule décimale",
    "decimal point": "point décimal",
    "with a header line": "avec une ligne d’en-tête",
    "no header line": "sans ligne d’en-tête",
    "Column to import": "Colonne à importer",
    "The file has one column per company: choose the one to import":
        "Le fichier a une colonne par entreprise : choisissez celle à importer",
    "%1 (%2 values)": "%1 (%2 valeurs)",
    "<b>1 row could not be read</b> and will be left out:": "<b>1 ligne n’a pas pu être lue</b> et sera ignorée :",
    "<b>%1 rows could not be read</b> and will be left out:":
        "<b>%1 lignes n’ont pas pu être lues</b> et seront ignorées :",
    "Line %1: %2": "Ligne %1 : %2",
    "… and %1 more": "… et %1 de plus",
    "Every row could be read.": "Toutes les lignes ont pu être lues.",
    "<b>Import</b> replaces the current data; <b>Cancel</b> keeps it.":
        "<b>Importer</b> remplace les données actuelles ; <b>Annuler</b> les garde.",
    "Import": "Importer",
    "Import data…": "Importer…",
    "Read the %1 from a CSV table (a preview shows what was read first)":
        "Lire un tableau CSV (%1) ; un aperçu montre d’abord ce qui a été lu",
    "Export data…": "Exporter…",
    "Write the %1 to a CSV table (a header line, then one row per line)":
        "Écrire un tableau CSV (%1) : une ligne d’en-tête, puis une ligne par rangée",
    "Import %1": "Importer : %1",
    "Export %1": "Exporter : %1",
    "Could not import %1: %2. Nothing was replaced.": "Impossible d’importer %1 : %2. Rien n’a été remplacé.",
    "Imported 1 row from %2.": "1 ligne importée depuis %2.",
    "Imported %1 rows from %2.": "%1 lignes importées depuis %2.",
    "Import cancelled: the current %1 is unchanged.": "Importation annulée : rien n’a changé (%1).",
    "Could not write %1: %2": "Impossible d’écrire %1 : %2",
    "Exported %1 rows to %2.": "%1 lignes exportées dans %2.",

    # nnviz/qt/widgets/table_messages.py (nnviz.core.table's messages about a file)
    "a PNG image": "une image PNG",
    "a JPEG image": "une image JPEG",
    "a GIF image": "une image GIF",
    "a PDF document": "un document PDF",
    "a ZIP archive (an Excel .xlsx file is one: save it as CSV)":
        "une archive ZIP (un fichier Excel .xlsx en est une : enregistrez-le en CSV)",
    "an old Excel or Word file (save it as CSV)": "un ancien fichier Excel ou Word (enregistrez-le en CSV)",
    "a BMP image": "une image BMP",
    "a binary file": "un fichier binaire",
    "the file is %1, not a table of numbers (CSV text)":
        "le fichier est %1, pas un tableau de nombres (texte CSV)",
    "%1 is %2, not a table of numbers (CSV text)": "%1 est %2, pas un tableau de nombres (texte CSV)",
    "%1 (line %2: %3)": "%1 (ligne %2 : %3)",
    "the file is empty: there is no data in it": "le fichier est vide : il ne contient aucune donnée",
    "the file is binary, not a table of numbers (CSV text)":
        "le fichier est binaire, pas un tableau de nombres (texte CSV)",
    "the file has a header line but no rows of numbers":
        "le fichier a une ligne d’en-tête mais aucune ligne de nombres",
    "%1 is not an ordinary file (a pipe, a device or a socket): it cannot be read as a table":
        "%1 n’est pas un fichier ordinaire (un tube, un périphérique ou une socket) : il ne peut pas être lu comme "
        "un tableau",
    "line %1 is %2 characters long: a row of numbers has at most %3":
        "la ligne %1 fait %2 caractères : une ligne de nombres en a au plus %3",
    "the file has %1 lines: at most %2 rows can be read":
        "le fichier a %1 lignes : on peut en lire au plus %2",
    "the file has %1 rows: at most %2 rows can be read": "le fichier a %1 lignes : on peut en lire au plus %2",
    "the file has %1 columns: it needs %2 to %3": "le fichier a %1 colonnes : il en faut de %2 à %3",
    "only %1 row(s) of numbers could be read: at least %2 needed":
        "lignes de nombres lisibles : %1 seulement, il en faut au moins %2",
    "no row of numbers could be read: at least %1 needed":
        "aucune ligne de nombres n’a pu être lue : il en faut au moins %1",
    "cannot open %1: %2": "impossible d’ouvrir %1 : %2",
    "cannot read %1: %2": "impossible de lire %1 : %2",
    "%1 is %2 MB: data files can be at most %3 MB":
        "%1 fait %2 Mo : un fichier de données peut faire au plus %3 Mo",
    "%1 is larger than %2 MB: data files can be at most that":
        "%1 dépasse %2 Mo : un fichier de données ne peut pas être plus gros",
    "%1 is empty: there is no data in it": "%1 est vide : il ne contient aucune donnée",
    "an empty field": "un champ vide",
    "“%1” is not a finite number (NaN or infinity)": "« %1 » n’est pas un nombre fini (NaN ou infini)",
    "%1 is too large (at most ±%2)": "%1 est trop grand (au plus ±%2)",
    "expected %1 value(s), found %2": "nombre de valeurs attendu : %1, trouvé : %2",
}
# French typography: a non-breaking space before : ; ? ! and inside « », so a line never starts with one of them.
FRENCH = {source: text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;").replace(" ?", "\u00a0?")
          .replace(" !", "\u00a0!").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
          for source, text in FRENCH.items()}
