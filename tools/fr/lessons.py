"""French for why a lesson file cannot be opened (nnviz/qt/lesson_messages.py)."""

FRENCH = {
    "a PNG image": "une image PNG",
    "a JPEG image": "une image JPEG",
    "a GIF image": "une image GIF",
    "a PDF document": "un document PDF",
    "a ZIP archive (or an office document)": "une archive ZIP (ou un document bureautique)",
    "a program": "un programme",
    "a Windows program": "un programme Windows",
    "the file is empty": "le fichier est vide",
    "the file is %1 MB; lesson files are at most %2 MB":
        "le fichier fait %1 Mo ; une leçon fait au plus %2 Mo",
    "the file is larger than %1 MB; lesson files are at most that":
        "le fichier dépasse %1 Mo, la taille maximale d’une leçon",
    "this file is %1, not a lesson file": "ce fichier est %1, pas une leçon",
    "this is a binary file, not a lesson file (lesson files are JSON text)":
        "c’est un fichier binaire, pas une leçon (une leçon est un texte JSON)",
    "the file is not UTF-8 text (bad byte at position %1)":
        "le fichier n’est pas du texte UTF-8 (octet invalide à la position %1)",
    "the file is nested too deeply (more than %1 levels)":
        "le fichier est trop imbriqué (plus de %1 niveaux)",
    "the file ends too early: it was probably cut off while being written (line %1)":
        "le fichier s’arrête trop tôt : il a sans doute été coupé pendant l’écriture (ligne %1)",
    "the file is not valid JSON (line %1, column %2)": "le fichier n’est pas du JSON valide (ligne %1, colonne %2)",
    "the file contains %1, which is not a number: lesson files hold only finite numbers":
        "le fichier contient %1, qui n’est pas un nombre : une leçon ne contient que des nombres finis",
    "this is not an nnviz lesson file": "ce n’est pas une leçon nnviz",
    "this lesson was written by a newer nnviz (format version %1); this nnviz reads version %2: please update nnviz":
        "cette leçon a été écrite par un nnviz plus récent (format version %1) ; ce nnviz lit la version %2 : "
        "mettez nnviz à jour",
    "a lesson file is a JSON object, but this file holds something else (%1)":
        "une leçon est un objet JSON, mais ce fichier contient autre chose (%1)",
    "there is no file “%1”": "il n’y a pas de fichier « %1 »",
    "nnviz is not allowed to read “%1”": "nnviz n’a pas le droit de lire « %1 »",
    "“%1” is a folder, not a lesson file": "« %1 » est un dossier, pas une leçon",
    "“%1” is not an ordinary file (a pipe, a device or a socket): it cannot be a lesson file":
        "« %1 » n’est pas un fichier ordinaire (un tube, un périphérique ou une socket) : ce ne peut pas être une "
        "leçon",
    "lesson files must be UTF-8 text (this one is UTF-16)":
        "une leçon doit être un texte UTF-8 (celle-ci est en UTF-16)",
    "this lesson would be a file of %1 MB; lesson files are at most %2 MB: remove some imported data first":
        "cette leçon ferait un fichier de %1 Mo ; une leçon fait au plus %2 Mo : retirez d’abord une partie des "
        "données importées",
}
