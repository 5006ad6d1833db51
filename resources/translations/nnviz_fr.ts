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
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="39" />
        <source>No straight line fits the dosage data; two activation curves, scaled and added, make a squiggle that does.</source>
        <translation>Aucune droite ne s’ajuste aux données de dosage ; deux courbes d’activation, mises à l’échelle puis additionnées, forment une courbe sinueuse qui s’y ajuste.</translation>
    </message>
</context>
<context>
    <name>why_how</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="25" />
        <source>Top: Y1 × w3</source>
        <translation>Haut : Y1 × w3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="26" />
        <source>Bottom: Y2 × w4</source>
        <translation>Bas : Y2 × w4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="27" />
        <source>Each node: Yₖ × vₖ</source>
        <translation>Chaque nœud : Yₖ × vₖ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="28" />
        <source>Sum + b3</source>
        <translation>Somme + b3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="29" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="30" />
        <source>Deck: Softplus network</source>
        <translation>Cours : réseau Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="31" />
        <source>Deck: ReLU network</source>
        <translation>Cours : réseau ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="32" />
        <source>Random weights (seed)</source>
        <translation>Poids aléatoires (graine)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="63" />
        <source>Start from the deck's Softplus network, its ReLU network, or random weights</source>
        <translation>Partir du réseau Softplus du cours, de son réseau ReLU ou de poids aléatoires</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="66" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="67" />
        <source>The seed of the random weights: the same seed gives the same network</source>
        <translation>La graine des poids aléatoires : la même graine donne le même réseau</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="70" />
        <source>New random weights</source>
        <translation>Poids au hasard</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="72" />
        <source>Pick a new seed and draw the weights from a standard normal (biases 0)</source>
        <translation>Choisir une nouvelle graine et tirer les poids d’une loi normale centrée réduite (biais à 0)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="76" />
        <source>The activation function of the hidden nodes</source>
        <translation>La fonction d’activation des nœuds cachés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="79" />
        <source>An activation on the output (the ReLU network needs ReLU here)</source>
        <translation>Une fonction d’activation sur la sortie (le réseau ReLU a besoin de ReLU ici)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="83" />
        <source>Deck's data</source>
        <translation>Données du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="85" />
        <source>Back to the deck's three points: Dosage 0, 0.5, 1 with Efficacy 0, 1, 0</source>
        <translation>Revenir aux trois points du cours : Dosage 0 ; 0,5 ; 1 avec Efficacité 0 ; 1 ; 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="88" />
        <source>Click a weight or bias in the network to edit it; the mouse wheel over it nudges it.</source>
        <translation>Cliquez sur un poids ou un biais du réseau pour le modifier ; la molette de la souris au-dessus le fait varier un peu.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="92" />
        <source>Preset</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="94" />
        <source>Hidden</source>
        <translation>Cachée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="99" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="118" />
        <source>Show or hide “%1” on the squiggle</source>
        <translation>Afficher ou masquer « %1 » sur la courbe sinueuse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="126" />
        <source>Show on the squiggle</source>
        <translation>Afficher sur la courbe sinueuse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="145" />
        <source>Dosage (Input)</source>
        <translation>Dosage (entrée)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="146" />
        <source>The Input of the network: a Dosage from 0 to 1</source>
        <translation>L’entrée du réseau : un Dosage de 0 à 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="148" />
        <source>The math behind the hidden layer</source>
        <translation>Les calculs de la couche cachée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="156" />
        <source>Why? Line vs. network</source>
        <translation>Pourquoi ? Droite ou réseau</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="157" />
        <source>Activation functions</source>
        <translation>Fonctions d’activation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="337" />
        <source>The drug works at a medium Dosage, but not at a low or a high one.</source>
        <translation>Le médicament agit à un Dosage moyen, mais pas à un Dosage faible ou élevé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="339" />
        <source>The best straight line y = ax + b is flat: its SSR of 0.67 is as low as a line can go.</source>
        <translation>La meilleure droite y = ax + b est horizontale : sa SSR de 0,67 est la plus basse qu’une droite puisse atteindre.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="342" />
        <source>A neural network: 1 input, 2 hidden nodes with Softplus, 1 output. Its SSR is almost 0.</source>
        <translation>Un réseau de neurones : 1 entrée, 2 nœuds cachés avec Softplus, 1 sortie. Sa SSR vaut presque 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="345" />
        <source>The activation functions: Softplus f(x) = log(1 + eˣ), ReLU max(0, x), Sigmoid eˣ / (eˣ + 1).</source>
        <translation>Les fonctions d’activation : Softplus f(x) = log(1 + eˣ), ReLU max(0, x), Sigmoïde eˣ / (eˣ + 1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="348" />
        <source>Top node: X1 = w1 × Input + b1, Y1 = f(X1), then × w3 — one bent curve.</source>
        <translation>Nœud du haut : X1 = w1 × Entrée + b1, Y1 = f(X1), puis × w3 — une courbe pliée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="351" />
        <source>Bottom node: X2 = w2 × Input + b2, Y2 = f(X2), then × w4 — another bent curve.</source>
        <translation>Nœud du bas : X2 = w2 × Entrée + b2, Y2 = f(X2), puis × w4 — une autre courbe pliée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="354" />
        <source>Add both curves and b3: the squiggle goes through all three points.</source>
        <translation>On additionne les deux courbes et b3 : la courbe sinueuse passe par les trois points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="356" />
        <source>Low Dosage: Input 0 gives an Efficacy of about 0.</source>
        <translation>Dosage faible : l’entrée 0 donne une Efficacité d’environ 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="358" />
        <source>Medium Dosage: Input 0.5 gives an Efficacy of about 1.</source>
        <translation>Dosage moyen : l’entrée 0,5 donne une Efficacité d’environ 1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="360" />
        <source>The same idea with ReLU: straight pieces bent at 0 (and ReLU on the output).</source>
        <translation>La même idée avec ReLU : des morceaux droits pliés en 0 (et ReLU sur la sortie).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how.py" line="363" />
        <source>A random start: weights from a standard normal, biases 0. Training finds good ones (chapter 3).</source>
        <translation>Un départ aléatoire : des poids tirés d’une loi normale centrée réduite, des biais à 0. L’entraînement en trouve de bons (chapitre 3).</translation>
    </message>
</context>
<context>
    <name>why_how_nodes</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="25" />
        <source>Hidden nodes: the deck's network has 2. A new node starts with a random input weight, bias 0 and output weight 0, so the squiggle is unchanged until you change it</source>
        <translation>Nœuds cachés : le réseau du cours en a 2. Un nouveau nœud part d’un poids d’entrée aléatoire, d’un biais 0 et d’un poids de sortie 0 : la courbe sinueuse reste la même tant que vous ne le modifiez pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="33" />
        <source>Input = Dosage = %1</source>
        <translation>Entrée = Dosage = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="150" />
        <source> nodes</source>
        <translation> nœuds</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="152" />
        <source>number of hidden nodes</source>
        <translation>nombre de nœuds cachés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="202" />
        <source>bias %1: type any number from −1e6 to 1e6, or drag the slider</source>
        <translation>biais %1 : tapez un nombre de −1e6 à 1e6, ou faites glisser le curseur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="204" />
        <source>weight %1: type any number from −1e6 to 1e6, or drag the slider</source>
        <translation>poids %1 : tapez un nombre de −1e6 à 1e6, ou faites glisser le curseur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="237" />
        <source>Sum + b_out</source>
        <translation>Somme + b_out</translation>
    </message>
</context>
<context>
    <name>why_how_state</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="24" />
        <source>{what} must be a number, not {kind}</source>
        <translation>{what} doit être un nombre, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="28" />
        <source>{what} must be a finite number</source>
        <translation>{what} doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="30" />
        <source>{what} must be from {lo} to {hi}, not {value}</source>
        <translation>{what} doit être entre {lo} et {hi}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="38" />
        <source>{what} must be one of {choices}, not {value}</source>
        <translation>{what} doit être l’un de ces choix : {choices}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="46" />
        <source>the chapter 1 state must be a dictionary</source>
        <translation>l’état du chapitre 1 doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="49" />
        <source>unknown entries in the chapter 1 state: {names}</source>
        <translation>entrées inconnues dans l’état du chapitre 1 : {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="57" />
        <source>params must give exactly {names}</source>
        <translation>params doit donner exactement {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="69" />
        <source>seed must be a whole number</source>
        <translation>seed doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="76" />
        <source>data must give 'dose' and 'efficacy' lists</source>
        <translation>data doit donner les listes 'dose' et 'efficacy'</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="79" />
        <source>data 'dose' and 'efficacy' must be lists of the same length</source>
        <translation>les listes 'dose' et 'efficacy' de data doivent avoir la même longueur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="81" />
        <source>data must have from 2 to {n} points</source>
        <translation>data doit avoir de 2 à {n} points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="83" />
        <source>a dosage</source>
        <translation>un dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="83" />
        <source>an efficacy</source>
        <translation>une efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_state.py" line="89" />
        <source>show must map some of {parts} to true or false</source>
        <translation>show doit associer true ou false à certains de ces noms : {parts}</translation>
    </message>
</context>
<context>
    <name>why_how_views</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_nodes.py" line="43" />
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="259" />
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="274" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="27" />
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="28" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="29" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="30" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="31" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="111" />
        <source>Straight line vs. neural network</source>
        <translation>Droite ou réseau de neurones</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="112" />
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="150" />
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="259" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="112" />
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="151" />
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="265" />
        <source>Efficacy</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="116" />
        <source>Best straight line</source>
        <translation>Meilleure droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="118" />
        <source>Neural network</source>
        <translation>Réseau de neurones</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="119" />
        <source>Data (drag me)</source>
        <translation>Données (à glisser)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="121" />
        <source>Drag a data point to move it, double-click to add one, right-click a point to remove it</source>
        <translation>Faites glisser un point de données pour le déplacer, double-cliquez pour en ajouter un, cliquez droit sur un point pour le supprimer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="135" />
        <source>Line: SSR = %1</source>
        <translation>SSR droite = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="136" />
        <source>Network: SSR = %1</source>
        <translation>SSR réseau = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="150" />
        <source>The squiggle</source>
        <translation>La courbe sinueuse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="154" />
        <source>Top: Y1 × w3</source>
        <translation>Haut : Y1 × w3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="155" />
        <source>Bottom: Y2 × w4</source>
        <translation>Bas : Y2 × w4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="156" />
        <source>Sum + b3</source>
        <translation>Somme + b3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="158" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="163" />
        <source>The Dosage (Input) of the math on the right: drag me</source>
        <translation>Le Dosage (entrée) des calculs de droite : faites-moi glisser</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="201" />
        <source>Activation functions</source>
        <translation>Fonctions d’activation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how_views.py" line="266" />
        <source>Predicted</source>
        <translation>Prédiction</translation>
    </message>
</context>
</TS>