"""Fill resources/translations/nnviz_fr.ts with the French translations below, then run pyside6-lrelease.

Run from the repository root after `pyside6-lupdate` has added new source strings:
    pyside6-lupdate nnviz/qt/*.py nnviz/qt/chapters/conclusion.py -ts resources/translations/nnviz_fr.ts
    python tools/translate_fr.py && pyside6-lrelease resources/translations/nnviz_fr.ts
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FRENCH = {
    "&Simple view (for a class)": "Vue &simplifiée (pour la classe)",
    "Hide the finer controls while you teach; untick for the full view":
        "Masquer les réglages fins pendant le cours ; décocher pour la vue complète",
    "&What to try in this chapter": "&Que tester dans ce chapitre",
    "What to try: %1": "Que tester : %1",
    " or ": " ou ",
    "Guided mode: next step": "Mode guidé : étape suivante",
    "Page Down, Right or Space": "Page suivante, Droite ou Espace",
    "Guided mode: previous step": "Mode guidé : étape précédente",
    "Page Up or Left": "Page précédente ou Gauche",
    "Move between controls": "Passer d’une commande à l’autre",
    "Tab and Shift+Tab": "Tab et Maj+Tab",
    "Keyboard shortcuts": "Raccourcis clavier",
    "Action": "Commande",
    "Keys": "Touches",
    "<p>The course <i>%1</i>, one live tab per chapter: every number editable, every formula shown with its values.</p>":
        "<p>Le cours <i>%1</i>, un onglet vivant par chapitre : chaque nombre modifiable, chaque formule "
        "montrée avec ses valeurs.</p>",
    "<p>Free software under the MIT licence.</p>": "<p>Logiciel libre sous licence MIT.</p>",
    "About nnviz": "À propos de nnviz",
    "Open the chapter “%1”": "Ouvrir le chapitre « %1 »",
    "Edit in %1": "Modification dans %1",
    "What each chapter showed. Click a picture to open that chapter; the pictures show each chapter as you left it.":
        "Ce que chaque chapitre a montré. Cliquez sur une image pour ouvrir ce chapitre ; les images montrent "
        "chaque chapitre tel que vous l’avez laissé.",
    "&Export": "E&xporter",
    "Plot as &PNG image…": "Graphique en image &PNG…",
    "Plot as &SVG drawing…": "Graphique en dessin &SVG…",
    "Training &history as CSV…": "&Historique de l’entraînement en CSV…",
    "&Copy the chapter to the clipboard": "&Copier le chapitre dans le presse-papiers",
    "&All chapters as PNG images…": "&Tous les chapitres en images PNG…",
    "Save this plot as PNG…": "Enregistrer ce graphique en PNG…",
    "Save this plot as SVG…": "Enregistrer ce graphique en SVG…",
    "This chapter has no plot to export.": "Ce chapitre n’a pas de graphique à exporter.",
    "Export a plot": "Exporter un graphique",
    "Which plot?": "Quel graphique ?",
    "Export the training history": "Exporter l’historique de l’entraînement",
    "The chapter is on the clipboard.": "Le chapitre est dans le presse-papiers.",
    "Export all chapters to a folder": "Exporter tous les chapitres dans un dossier",
    "%1 images written.": "%1 images écrites.",
    "Export": "Exportation",
    "Previous step (Page Up, Left)": "Étape précédente (Page précédente, Gauche)",
    "Next step (Page Down, Right, Space)": "Étape suivante (Page suivante, Droite, Espace)",
    "&Guided mode": "Mode &guidé",
    "Walk through the chapter step by step, as the slides do": "Parcourir le chapitre étape par étape, comme les diapositives",
    "This chapter has no guided steps: explore it freely.": "Ce chapitre n’a pas d’étapes guidées : explorez-le librement.",
    "Step %1 of %2: %3": "Étape %1 sur %2 : %3",
    "‹ Back": "‹ Précédente",
    "Next ›": "Suivante ›",
    "This step could not be shown: %1": "Cette étape n’a pas pu être montrée : %1",
    "This lesson has a chapter that this nnviz does not have: %1": "Cette leçon a un chapitre que ce nnviz n’a pas : %1",
    "No chapter “%1” here: the lesson opens on the current one.":
        "Pas de chapitre « %1 » ici : la leçon s’ouvre sur le chapitre actuel.",
    "&Open lesson…": "&Ouvrir une leçon…",
    "&Save lesson": "&Enregistrer la leçon",
    "Save lesson &as…": "Enregistrer la leçon &sous…",
    "Open &recent": "Leçons &récentes",
    "&Example lessons": "Leçons d’e&xemple",
    "Cannot open this lesson": "Impossible d’ouvrir cette leçon",
    "“%1” cannot be opened: %2. Nothing was changed.": "« %1 » ne peut pas être ouvert : %2. Rien n’a été modifié.",
    "Opened %1": "%1 ouvert",
    "Open lesson": "Ouvrir une leçon",
    "nnviz lessons (*.json);;All files (*)": "Leçons nnviz (*.json);;Tous les fichiers (*)",
    "Save lesson": "Enregistrer la leçon",
    "nnviz lessons (*.json)": "Leçons nnviz (*.json)",
    "Cannot save this lesson": "Impossible d’enregistrer cette leçon",
    "“%1” could not be written: %2": "« %1 » n’a pas pu être écrit : %2",
    "Saved %1": "%1 enregistré",
    "No recent lessons": "Aucune leçon récente",
    "No example lessons": "Aucune leçon d’exemple",
    "&File": "&Fichier",
    "&Quit": "&Quitter",
    "&Edit": "É&dition",
    "&View": "&Affichage",
    "&Full screen": "&Plein écran",
    "&Theme": "&Thème",
    "&Language": "&Langue",
    "&Help": "Ai&de",
    "&Keyboard shortcuts": "&Raccourcis clavier",
    "&About nnviz": "À &propos de nnviz",
    "Language": "Langue",
    "nnviz will speak %1 the next time it starts.": "nnviz parlera %1 au prochain démarrage.",
    "Zoom &in": "&Agrandir",
    "Zoom &out": "&Réduire",
    "&Normal size": "Taille &normale",
    "&Blank screen": "Écran &noir",
    "&Laser pointer": "Pointeur &laser",
    "&Light": "&Clair",
    "&Dark": "&Sombre",
    "&High contrast": "&Contraste élevé",
    "Press B or . to come back": "Appuyez sur B ou . pour revenir",
    "&Undo": "&Annuler",
    "&Redo": "&Rétablir",
    "Why & How": "Pourquoi et comment",
    "Why and How?": "Pourquoi et comment ?",
    "Why Neural Network?": "Pourquoi les réseaux de neurones ?",
    "Why Neural Networks?": "Pourquoi les réseaux de neurones ?",
    "Gradient Descent": "Descente de gradient",
    "Backpropagation": "Rétropropagation",
    "CNN": "Réseaux convolutifs",
    "Convolutional Neural Network": "Réseau de neurones convolutif",
    "Convolutional Neural Networks": "Réseaux de neurones convolutifs",
    "CNNs": "Réseaux convolutifs",
    "RNN & LSTM": "RNN et LSTM",
    "Recurrent Neural Networks": "Réseaux de neurones récurrents",
    "RNN and LSTM": "RNN et LSTM",
    "RNNs & LSTM": "RNN et LSTM",
    "Conclusion": "Conclusion",
}


def main(path: str = "resources/translations/nnviz_fr.ts") -> int:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in FRENCH:
            translation.text = FRENCH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no French for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
