<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChapterCard</name>
    <message>
        <location filename="../../nnviz/qt/chapters/conclusion.py" line="51" />
        <source>Open the chapter “%1”</source>
        <translation>Ouvrir le chapitre « %1 »</translation>
    </message>
</context>
<context>
    <name>ChapterWatcher</name>
    <message>
        <location filename="../../nnviz/qt/undo.py" line="88" />
        <source>Edit in %1</source>
        <translation>Modification dans %1</translation>
    </message>
</context>
<context>
    <name>ConclusionTab</name>
    <message>
        <location filename="../../nnviz/qt/chapters/conclusion.py" line="64" />
        <source>What each chapter showed. Click a picture to open that chapter; the pictures show each chapter as you left it.</source>
        <translation>Ce que chaque chapitre a montré. Cliquez sur une image pour ouvrir ce chapitre ; les images montrent chaque chapitre tel que vous l’avez laissé.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../nnviz/qt/export.py" line="110" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="112" />
        <source>Plot as &amp;PNG image…</source>
        <translation>Graphique en image &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="113" />
        <source>Plot as &amp;SVG drawing…</source>
        <translation>Graphique en dessin &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="114" />
        <source>Training &amp;history as CSV…</source>
        <translation>&amp;Historique de l’entraînement en CSV…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="115" />
        <source>&amp;Copy the chapter to the clipboard</source>
        <translation>&amp;Copier le chapitre dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="117" />
        <source>&amp;All chapters as PNG images…</source>
        <translation>&amp;Tous les chapitres en images PNG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="134" />
        <source>Save this plot as PNG…</source>
        <translation>Enregistrer ce graphique en PNG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="134" />
        <source>Save this plot as SVG…</source>
        <translation>Enregistrer ce graphique en SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="149" />
        <source>This chapter has no plot to export.</source>
        <translation>Ce chapitre n’a pas de graphique à exporter.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="154" />
        <location filename="../../nnviz/qt/export.py" line="159" />
        <source>Export a plot</source>
        <translation>Exporter un graphique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="154" />
        <source>Which plot?</source>
        <translation>Quel graphique ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="181" />
        <source>Export the training history</source>
        <translation>Exporter l’historique de l’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="192" />
        <source>The chapter is on the clipboard.</source>
        <translation>Le chapitre est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="197" />
        <source>Export all chapters to a folder</source>
        <translation>Exporter tous les chapitres dans un dossier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="204" />
        <source>%1 images written.</source>
        <translation>%1 images écrites.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="207" />
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
</context>
<context>
    <name>GuidedMode</name>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="52" />
        <source>‹ Back</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="53" />
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="54" />
        <source>Previous step (Page Up, Left)</source>
        <translation>Étape précédente (Page précédente, Gauche)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="55" />
        <source>Next step (Page Down, Right, Space)</source>
        <translation>Étape suivante (Page suivante, Droite, Espace)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="58" />
        <source>&amp;Guided mode</source>
        <translation>Mode &amp;guidé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="61" />
        <source>Walk through the chapter step by step, as the slides do</source>
        <translation>Parcourir le chapitre étape par étape, comme les diapositives</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="98" />
        <source>This chapter has no guided steps: explore it freely.</source>
        <translation>Ce chapitre n’a pas d’étapes guidées : explorez-le librement.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="105" />
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="108" />
        <source>This step could not be shown: %1</source>
        <translation>Cette étape n’a pas pu être montrée : %1</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../nnviz/qt/help.py" line="22" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="23" />
        <source>Guided mode: next step</source>
        <translation>Mode guidé : étape suivante</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="23" />
        <source>Page Down, Right or Space</source>
        <translation>Page suivante, Droite ou Espace</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="24" />
        <source>Guided mode: previous step</source>
        <translation>Mode guidé : étape précédente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="24" />
        <source>Page Up or Left</source>
        <translation>Page précédente ou Gauche</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="25" />
        <source>Move between controls</source>
        <translation>Passer d’une commande à l’autre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="25" />
        <source>Tab and Shift+Tab</source>
        <translation>Tab et Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="35" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="39" />
        <source>Action</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="39" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="57" />
        <source>&lt;p&gt;The course &lt;i&gt;%1&lt;/i&gt;, one live tab per chapter: every number editable, every formula shown with its values.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le cours &lt;i&gt;%1&lt;/i&gt;, un onglet vivant par chapitre : chaque nombre modifiable, chaque formule montrée avec ses valeurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="59" />
        <source>&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="63" />
        <source>About nnviz</source>
        <translation>À propos de nnviz</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="37" />
        <source>This lesson has a chapter that this nnviz does not have: %1</source>
        <translation>Cette leçon a un chapitre que ce nnviz n’a pas : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="59" />
        <source>No chapter “%1” here: the lesson opens on the current one.</source>
        <translation>Pas de chapitre « %1 » ici : la leçon s’ouvre sur le chapitre actuel.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="91" />
        <source>&amp;Open lesson…</source>
        <translation>&amp;Ouvrir une leçon…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="93" />
        <source>&amp;Save lesson</source>
        <translation>&amp;Enregistrer la leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="95" />
        <source>Save lesson &amp;as…</source>
        <translation>Enregistrer la leçon &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="96" />
        <source>Open &amp;recent</source>
        <translation>Leçons &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="99" />
        <source>&amp;Example lessons</source>
        <translation>Leçons d’e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../../nnviz/app.py" line="166" />
        <location filename="../../nnviz/qt/lesson_io.py" line="125" />
        <source>Cannot open this lesson</source>
        <translation>Impossible d’ouvrir cette leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="126" />
        <source>“%1” cannot be opened: %2. Nothing was changed.</source>
        <translation>« %1 » ne peut pas être ouvert : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="129" />
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="134" />
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="135" />
        <source>nnviz lessons (*.json);;All files (*)</source>
        <translation>Leçons nnviz (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="155" />
        <source>Save lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="156" />
        <source>nnviz lessons (*.json)</source>
        <translation>Leçons nnviz (*.json)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="167" />
        <source>Cannot save this lesson</source>
        <translation>Impossible d’enregistrer cette leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="168" />
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="171" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="202" />
        <source>No recent lessons</source>
        <translation>Aucune leçon récente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="216" />
        <source>No example lessons</source>
        <translation>Aucune leçon d’exemple</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="88" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="103" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="107" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="108" />
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="117" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="120" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="139" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="140" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="146" />
        <source>&amp;About nnviz</source>
        <translation>À &amp;propos de nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="158" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="159" />
        <source>nnviz will speak %1 the next time it starts.</source>
        <translation>nnviz parlera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="91" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="92" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="93" />
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="94" />
        <source>&amp;Blank screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="95" />
        <source>&amp;Laser pointer</source>
        <translation>Pointeur &amp;laser</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="99" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="99" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="99" />
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter.py" line="154" />
        <source>Press B or . to come back</source>
        <translation>Appuyez sur B ou . pour revenir</translation>
    </message>
</context>
<context>
    <name>TeacherView</name>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="76" />
        <source>&amp;Simple view (for a class)</source>
        <extracomment>objectNames of controls hidden in simple view, in every chapter. A few experiments per chapter (by key), in the deck's words.</extracomment>
        <translation>Vue &amp;simplifiée (pour la classe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="79" />
        <source>Hide the finer controls while you teach; untick for the full view</source>
        <translation>Masquer les réglages fins pendant le cours ; décocher pour la vue complète</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="81" />
        <source>&amp;What to try in this chapter</source>
        <translation>&amp;Que tester dans ce chapitre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="111" />
        <source>What to try: %1</source>
        <translation>Que tester : %1</translation>
    </message>
</context>
<context>
    <name>UndoManager</name>
    <message>
        <location filename="../../nnviz/qt/undo.py" line="118" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/undo.py" line="122" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>chapters</name>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="6" />
        <source>Why &amp; How</source>
        <translation>Pourquoi et comment</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="7" />
        <source>Why and How?</source>
        <translation>Pourquoi et comment ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="8" />
        <source>Why Neural Network?</source>
        <translation>Pourquoi les réseaux de neurones ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="9" />
        <source>Why Neural Networks?</source>
        <translation>Pourquoi les réseaux de neurones ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="10" />
        <source>Gradient Descent</source>
        <translation>Descente de gradient</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="11" />
        <source>Backpropagation</source>
        <translation>Rétropropagation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="12" />
        <source>CNN</source>
        <translation>Réseaux convolutifs</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="13" />
        <source>Convolutional Neural Network</source>
        <translation>Réseau de neurones convolutif</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="14" />
        <source>Convolutional Neural Networks</source>
        <translation>Réseaux de neurones convolutifs</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="15" />
        <source>CNNs</source>
        <translation>Réseaux convolutifs</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="16" />
        <source>RNN &amp; LSTM</source>
        <translation>RNN et LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="17" />
        <source>Recurrent Neural Networks</source>
        <translation>Réseaux de neurones récurrents</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="18" />
        <source>RNN and LSTM</source>
        <translation>RNN et LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="19" />
        <source>RNNs &amp; LSTM</source>
        <translation>RNN et LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/titles.py" line="20" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
</context>
<context>
    <name>network_diagram</name>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="32" />
        <source>Softplus</source>
        <extracomment>the activations' names (nnviz.core.activations labels), for the translation tools; shown with `_shown`</extracomment>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="32" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="33" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="33" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="131" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="183" />
        <source>then %1</source>
        <translation>puis %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="231" />
        <source>%1 = %2
(bias; click to edit)</source>
        <translation>%1 = %2
(biais ; cliquer pour modifier)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="232" />
        <source>%1 = %2
(weight; click to edit)</source>
        <translation>%1 = %2
(poids ; cliquer pour modifier)</translation>
    </message>
</context>
</TS>