"""French for the chapter as code: the Code button and view (base, code_view), File › Export › Python script."""

FRENCH = {
    # nnviz/qt/chapters/base.py
    "Code": "Code",
    "This chapter as a Python script (NumPy or PyTorch) that computes the numbers on screen and trains as Run does":
        "Ce chapitre en script Python (NumPy ou PyTorch) qui calcule les nombres affichés et s’entraîne comme "
        "Lancer",
    "Chapter %1 as code": "Le chapitre %1 en code",
    # nnviz/qt/widgets/code_view.py
    "The chapter as a script that needs only %1": "Le chapitre en un script qui n’a besoin que de %1",
    "Copy": "Copier",
    "Copy the whole script to the clipboard": "Copier tout le script dans le presse-papiers",
    "The code cannot follow this state: %1": "Le code ne peut pas suivre cet état : %1",
    "The script reads %1: File › Export writes it beside the script.":
        "Le script lit %1 : Fichier › Exporter l’écrit à côté du script.",
    # nnviz/qt/export.py
    "Python script (&NumPy)…": "Script Python (&NumPy)…",
    "Python script (Py&Torch)…": "Script Python (Py&Torch)…",
    "Only chapters 1 to 5 can be exported as a Python script.":
        "Seuls les chapitres 1 à 5 peuvent être exportés en script Python.",
    "This chapter cannot be written as a script: %1": "Ce chapitre ne peut pas être écrit en script : %1",
    "Export a NumPy script": "Exporter un script NumPy",
    "Export a PyTorch script": "Exporter un script PyTorch",
    "Python script (*.py)": "Script Python (*.py)",
    "The script could not be written: %1": "Le script n’a pas pu être écrit : %1",
    "%1 written.": "%1 écrit.",
}
