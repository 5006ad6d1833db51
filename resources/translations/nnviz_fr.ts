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
        <location filename="../../nnviz/qt/chapters/cnn.py" line="42" />
        <source>A filter finds a pattern anywhere in the image; Max Pooling keeps the strongest match, so small shifts don't matter.</source>
        <translation>Un filtre trouve un motif n’importe où dans l’image ; le max pooling garde la meilleure correspondance, si bien que de petits décalages ne comptent pas.</translation>
    </message>
</context>
<context>
    <name>cnn</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="33" />
        <source>Convolution, step by step</source>
        <translation>La convolution pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="33" />
        <source>The classifier, written out</source>
        <translation>Le classifieur en détail</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="34" />
        <source>Why a CNN?</source>
        <translation>Pourquoi un CNN ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="34" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="66" />
        <location filename="../../nnviz/qt/chapters/cnn.py" line="195" />
        <source>Input image (%1×%1 pixels)</source>
        <translation>Image d’entrée (%1×%1 pixels)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="70" />
        <source>Start from the deck's letter O, its letter X or a blank image</source>
        <translation>Partir de la lettre O du cours, de sa lettre X ou d’une image vide</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="71" />
        <source>Letter O</source>
        <translation>Lettre O</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="71" />
        <source>Letter X</source>
        <translation>Lettre X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="72" />
        <source>Blank</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="77" />
        <source>Shift:</source>
        <translation>Décaler :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="89" />
        <source>Ink (paint value)</source>
        <translation>Encre (valeur peinte)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="90" />
        <source>The value a click paints: 1 = black, 0.5 = grey</source>
        <translation>La valeur qu’un clic peint : 1 = noir, 0,5 = gris</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="93" />
        <location filename="../../nnviz/qt/chapters/cnn.py" line="328" />
        <source>Paint: click or drag on the picture. Erase: right-click.</source>
        <translation>Peindre : cliquer ou glisser sur l’image. Effacer : clic droit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="107" />
        <source>Cross Entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="110" />
        <source>Deck's values</source>
        <translation>Valeurs du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="112" />
        <source>The deck's O, its diagonal filter with bias −2 and the classifier's weights</source>
        <translation>Le O du cours, son filtre diagonal de biais −2 et les poids du classifieur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="134" />
        <source>ReLU, Max Pooling and the classifier</source>
        <translation>ReLU, max pooling et le classifieur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="206" />
        <source>Imported from %1: %2</source>
        <translation>Importée depuis %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="225" />
        <source>Reset.</source>
        <translation>Réinitialisé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="330" />
        <source>Paint: click or drag on the picture. Erase: right-click. Pixels too small for numbers: hover one for its value.</source>
        <translation>Peindre : cliquer ou glisser sur l’image. Effacer : clic droit. Pixels trop petits pour leurs nombres : survolez-en un pour voir sa valeur.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="335" />
        <source>The whole pipeline, written out</source>
        <translation>Toute la chaîne en détail</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="337" />
        <source>Each Feature Map cell = Σ pixel × filter value + bias (%1). Press &lt;b&gt;Step&lt;/b&gt; to move the filter one window at a time, or &lt;b&gt;Play&lt;/b&gt; to watch it fill the Feature Map cell by cell.</source>
        <translation>Chaque case de la carte de caractéristiques = Σ pixel × valeur du filtre + biais (%1). Appuyez sur &lt;b&gt;Un pas&lt;/b&gt; pour déplacer le filtre d’une fenêtre à la fois, ou sur &lt;b&gt;Lecture&lt;/b&gt; pour le voir remplir la carte de caractéristiques case par case.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn.py" line="342" />
        <source>The filter on one window</source>
        <translation>Le filtre sur une fenêtre</translation>
    </message>
</context>
<context>
    <name>cnn_editors</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="20" />
        <source>b1 (hidden)</source>
        <extracomment>Classifier field → (objectName, label on screen, translated when shown).</extracomment>
        <translation>b1 (caché)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="21" />
        <source>O weight</source>
        <translation>Poids O</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="22" />
        <source>O bias</source>
        <translation>Biais O</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="23" />
        <source>X weight</source>
        <translation>Poids X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="24" />
        <source>X bias</source>
        <translation>Biais X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="26" />
        <source>diagonal (the deck's)</source>
        <extracomment>The names of `cnn.FILTER_PRESETS` (the keys stay English; the list shows them translated).</extracomment>
        <translation>diagonale (celle du cours)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="27" />
        <source>vertical edge</source>
        <translation>bord vertical</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="27" />
        <source>horizontal edge</source>
        <translation>bord horizontal</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="28" />
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="37" />
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="112" />
        <source>Filter (3×3) and bias</source>
        <translation>Filtre (3×3) et biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="40" />
        <source>The filter's nine values: each Feature Map cell is Σ pixel × filter value + bias</source>
        <translation>Les neuf valeurs du filtre : chaque case de la carte de caractéristiques vaut Σ pixel × valeur du filtre + biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="49" />
        <source>Filter value, row %1, column %2</source>
        <translation>Valeur du filtre, ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="53" />
        <source>Filter row %1 column %2</source>
        <translation>Filtre ligne %1 colonne %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="57" />
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="58" />
        <source>Added to every Feature Map cell (the deck uses −2)</source>
        <translation>Ajouté à chaque case de la carte de caractéristiques (le cours utilise −2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="62" />
        <source>Put a ready-made filter in: the deck's diagonal, a vertical or horizontal edge, identity</source>
        <translation>Mettre un filtre tout prêt : la diagonale du cours, un bord vertical ou horizontal, l’identité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="64" />
        <source>Choose a filter…</source>
        <translation>Choisir un filtre…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="70" />
        <source>Which filter the nine fields and the bias show and edit</source>
        <translation>Le filtre que les neuf champs et le biais montrent et modifient</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="107" />
        <source>Filter %1 of %2</source>
        <translation>Filtre %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="111" />
        <source>Filters (3×3) and biases</source>
        <translation>Filtres (3×3) et biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="142" />
        <source>Classifier weights and biases</source>
        <translation>Poids et biais du classifieur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="150" />
        <source>%1: type a number from −20 to 20 and press Enter</source>
        <translation>%1 : tapez un nombre de −20 à 20 puis Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="166" />
        <source>Hidden = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1); O = O weight × Hidden + O bias.</source>
        <translation>Caché = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1) ; O = poids O × Caché + biais O.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="168" />
        <source>Hidden = ReLU(Σ of the %1 pooled values × their weights + b1): too many weights to type, so training sets them. O = O weight × Hidden + O bias.</source>
        <translation>Caché = ReLU(Σ des %1 valeurs après pooling × leurs poids + b1) : trop de poids à taper, c’est l’entraînement qui les fixe. O = poids O × Caché + biais O.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="203" />
        <source>the chapter 4 state must be a mapping</source>
        <translation>l’état du chapitre 4 doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="209" />
        <source>the chapter 4 state lacks %1</source>
        <translation>il manque %1 dans l’état du chapitre 4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="211" />
        <source>the image and the parameters must be lists of numbers</source>
        <translation>l’image et les paramètres doivent être des listes de nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="214" />
        <source>the image must be %1×%1 numbers (0 = white, 1 = black)</source>
        <translation>l’image doit compter %1×%1 nombres (0 = blanc, 1 = noir)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="216" />
        <source>there must be %1 finite parameters (classifier, filters, biases)</source>
        <translation>il faut %1 paramètres finis (classifieur, filtres, biais)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="220" />
        <source>a weight or filter value is out of range (classifier ±20, filter and bias ±10)</source>
        <translation>un poids ou une valeur de filtre sort des limites (classifieur ±20, filtre et biais ±10)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="224" />
        <source>unknown view %1; the views are %2</source>
        <translation>vue inconnue %1 ; les vues sont %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="229" />
        <source>the filter position must be a whole number from 0 to %1, or null</source>
        <translation>la position du filtre doit être un nombre entier de 0 à %1, ou null</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="233" />
        <source>train_filter and train_shifted must be true or false</source>
        <translation>train_filter et train_shifted doivent valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_editors.py" line="236" />
        <source>the learning rate must be a number from %1 to %2</source>
        <translation>le taux d’apprentissage doit être un nombre de %1 à %2</translation>
    </message>
</context>
<context>
    <name>cnn_pages</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="25" />
        <source>❚❚ Pause</source>
        <extracomment>Play speed slider positions → milliseconds per window position.</extracomment>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="25" />
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="44" />
        <source>&lt;b&gt;Window %1 of %2&lt;/b&gt; (orange frame): rows %3–%4, columns %5–%6; pixel × filter value:</source>
        <translation>&lt;b&gt;Fenêtre %1 sur %2&lt;/b&gt; (cadre orange) : lignes %3–%4, colonnes %5–%6 ; pixel × valeur du filtre :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="51" />
        <source>Filter %1: </source>
        <translation>Filtre %1 : </translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="53" />
        <source>→ Feature Map %1, row %2, column %3</source>
        <translation>→ carte de caractéristiques %1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="55" />
        <source>→ Feature Map, row %1, column %2</source>
        <translation>→ carte de caractéristiques, ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="57" />
        <source>Σ pixel × filter = %1</source>
        <translation>Σ pixel × filtre = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="58" />
        <source>plus the bias: %1 = &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>plus le biais : %1 = &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="73" />
        <source>Σ %1 pooled values × weights (%2)</source>
        <translation>Σ %1 valeurs après pooling × poids (%2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="75" />
        <source>%1 values, %2 above 0, largest %3</source>
        <translation>%1 valeurs, %2 au-dessus de 0, la plus grande %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="77" />
        <source>ReLU: %1 negative Feature Map cells → 0, %2 stay above 0. Max Pooling (largest of each 2×2 region): &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>ReLU : %1 cases négatives de la carte de caractéristiques → 0, %2 restent au-dessus de 0. Max pooling (la plus grande valeur de chaque zone 2×2) : &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="81" />
        <source>Hidden = ReLU(%1) = ReLU(%2) = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Caché = ReLU(%1) = ReLU(%2) = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="83" />
        <source>Hidden = %1</source>
        <translation>Caché = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="88" />
        <source>a tie: 50/50</source>
        <translation>égalité : 50/50</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="89" />
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="216" />
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="90" />
        <source>SoftMax: P(O) = e&lt;sup&gt;%1&lt;/sup&gt; / (e&lt;sup&gt;%1&lt;/sup&gt; + e&lt;sup&gt;%2&lt;/sup&gt;) = &lt;b&gt;%3&lt;/b&gt;, P(X) = &lt;b&gt;%4&lt;/b&gt;; ArgMax → %5</source>
        <translation>SoftMax : P(O) = e&lt;sup&gt;%1&lt;/sup&gt; / (e&lt;sup&gt;%1&lt;/sup&gt; + e&lt;sup&gt;%2&lt;/sup&gt;) = &lt;b&gt;%3&lt;/b&gt;, P(X) = &lt;b&gt;%4&lt;/b&gt; ; ArgMax → %5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="99" />
        <source>P(O) = %1, P(X) = %2</source>
        <translation>P(O) = %1 ; P(X) = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="110" />
        <source>Step ›</source>
        <translation>Un pas ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="111" />
        <source>Move the filter to the next window and compute that cell</source>
        <translation>Déplacer le filtre sur la fenêtre suivante et calculer cette case</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="113" />
        <source>Move the filter over the whole image, cell by cell</source>
        <translation>Promener le filtre sur toute l’image, case par case</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="114" />
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="115" />
        <source>Show the whole Feature Map at once</source>
        <translation>Afficher toute la carte de caractéristiques d’un coup</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="125" />
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="126" />
        <source>Play speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="128" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="131" />
        <source>The filter on one window</source>
        <translation>Le filtre sur une fenêtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="142" />
        <source>O shifted right</source>
        <translation>O décalé à droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="143" />
        <source>X shifted right</source>
        <translation>X décalé à droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="143" />
        <source>Your image</source>
        <translation>Votre image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="153" />
        <source>1) Fewer input nodes</source>
        <translation>1) Moins de nœuds d’entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="164" />
        <source>2) Tolerate small shifts</source>
        <translation>2) Tolère les petits décalages</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="167" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="167" />
        <source>Plain network</source>
        <translation>Réseau simple</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="169" />
        <source>The plain network: 36 inputs → O and X, trained on the unshifted O and X only</source>
        <translation>Le réseau simple : 36 entrées → O et X, entraîné seulement sur le O et le X non décalés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="183" />
        <source>3) Neighbouring pixels</source>
        <translation>3) Pixels voisins</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="201" />
        <source>After the filters and Max Pooling this CNN needs only &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après les filtres et le max pooling, ce CNN n’en nécessite que &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="203" />
        <source>After the filter and Max Pooling this CNN needs only &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après le filtre et le max pooling, ce CNN n’en nécessite que &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="205" />
        <source>After the filters and Max Pooling this CNN needs &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après les filtres et le max pooling, ce CNN en nécessite &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="207" />
        <source>After the filter and Max Pooling this CNN needs &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après le filtre et le max pooling, ce CNN en nécessite &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="208" />
        <source>A plain network needs &lt;b&gt;%1&lt;/b&gt; input nodes, one per pixel.</source>
        <translation>Un réseau simple a besoin de &lt;b&gt;%1&lt;/b&gt; nœuds d’entrée, un par pixel.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="213" />
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="225" />
        <source>The filter is a pattern of 3×3 &lt;i&gt;neighbouring&lt;/i&gt; pixels (■ = positive value). It matches best at rows %1–%2, columns %3–%4 (Feature Map %5). A plain network sees %6 separate numbers and does not know which pixels are neighbours.</source>
        <translation>Le filtre est un motif de 3×3 pixels &lt;i&gt;voisins&lt;/i&gt; (■ = valeur positive). Il correspond le mieux aux lignes %1–%2, colonnes %3–%4 (carte de caractéristiques %5). Un réseau simple voit %6 nombres séparés et ne sait pas quels pixels sont voisins.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="236" />
        <source>Cross Entropy after each step</source>
        <translation>Entropie croisée après chaque pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="237" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="237" />
        <source>Cross Entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="244" />
        <source>Train the filter too</source>
        <translation>Entraîner aussi le filtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="246" />
        <source>Also change the nine filter values and the filter bias by backpropagation</source>
        <translation>Modifier aussi les neuf valeurs du filtre et son biais par rétropropagation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="248" />
        <source>Add shifted copies (8 more letters)</source>
        <translation>Ajouter des copies décalées (8 lettres de plus)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="250" />
        <source>Train on O and X moved one pixel right, left, down and up as well</source>
        <translation>Entraîner aussi sur O et X décalés d’un pixel à droite, à gauche, en bas et en haut</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="255" />
        <source>Train on the letters O and X</source>
        <translation>Entraîner sur les lettres O et X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="269" />
        <source>Training the classifier and the filter on %1 letters.</source>
        <translation>Entraînement du classifieur et du filtre sur %1 lettres.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="270" />
        <source>Training the classifier only on %1 letters.</source>
        <translation>Entraînement du classifieur seul sur %1 lettres.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="272" />
        <source>Cross Entropy now: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Letters recognised: &lt;b&gt;%2 of %3&lt;/b&gt;</source>
        <translation>Entropie croisée actuelle : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Lettres reconnues : &lt;b&gt;%2 sur %3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="296" />
        <source>The letter “O” as 6×6 pixels: 1 = black, 0 = white</source>
        <translation>La lettre « O » en 6×6 pixels : 1 = noir, 0 = blanc</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="297" />
        <source>Shifted to the right 1 pixel: will a plain network still recognise the “O”?</source>
        <translation>Décalée d’un pixel vers la droite : un réseau simple reconnaîtra-t-il encore le « O » ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="299" />
        <source>A CNN: fewer input nodes (4, not 36), tolerates small shifts, uses neighbouring pixels</source>
        <translation>Un CNN : moins de nœuds d’entrée (4, pas 36), tolère les petits décalages, utilise les pixels voisins</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="301" />
        <source>The filter on the first window: 3 − 2 = 1</source>
        <translation>Le filtre sur la première fenêtre : 3 − 2 = 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="302" />
        <source>The next window: 1 − 2 = −1</source>
        <translation>La fenêtre suivante : 1 − 2 = −1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="303" />
        <source>The whole Feature Map, then ReLU: everything gets set to zero except for these two points</source>
        <translation>Toute la carte de caractéristiques, puis ReLU : tout passe à zéro sauf ces deux points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="305" />
        <source>Max Pooling: the maximum value of each 2×2 region</source>
        <translation>Max pooling : la valeur maximale de chaque zone 2×2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="306" />
        <source>The classifier: Hidden node, O and X, SoftMax and ArgMax say “O”</source>
        <translation>Le classifieur : nœud caché, O et X, SoftMax et ArgMax disent « O »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="308" />
        <source>The shifted “O”: Max Pooling still finds a 1, and the answer is still “O”</source>
        <translation>Le « O » décalé : le max pooling trouve encore un 1, et la réponse est toujours « O »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="310" />
        <source>The letter “X”: the filter matches along its diagonal</source>
        <translation>La lettre « X » : le filtre correspond le long de sa diagonale</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pages.py" line="312" />
        <source>Train the classifier on O and X: watch the Cross Entropy fall</source>
        <translation>Entraîner le classifieur sur O et X : regardez l’entropie croisée baisser</translation>
    </message>
</context>
<context>
    <name>cnn_picture</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="23" />
        <source>dark ink on light paper: dark = 1</source>
        <translation>encre foncée sur papier clair : foncé = 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="24" />
        <source>light on dark: light = 1</source>
        <translation>clair sur foncé : clair = 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="25" />
        <source>%1×%2 pixels averaged onto %3×%3 cells (%4).</source>
        <translation>%1×%2 pixels moyennés sur %3×%3 cases (%4).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="31" />
        <source>1 pixel value was outside 0…1 and clipped (0 = white, 1 = black).</source>
        <translation>1 valeur de pixel était hors de 0…1 et a été ramenée dans l’intervalle (0 = blanc, 1 = noir).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="32" />
        <source>%1 pixel values were outside 0…1 and clipped (0 = white, 1 = black).</source>
        <translation>%1 valeurs de pixels étaient hors de 0…1 et ont été ramenées dans l’intervalle (0 = blanc, 1 = noir).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="47" />
        <source>the clipboard holds no picture: copy a drawing (or a picture file) first</source>
        <translation>le presse-papiers ne contient pas d’image : copiez d’abord un dessin (ou un fichier image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="58" />
        <source>Your own picture, a bigger network</source>
        <translation>Votre image, un réseau plus grand</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="62" />
        <source> pixels</source>
        <translation> pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="64" />
        <source>The image is n×n pixels: 6 is the deck's, up to 28 for your own drawings.
The Feature Maps are (n−2)×(n−2), Max Pooling halves them.</source>
        <translation>L’image fait n×n pixels : 6 comme dans le cours, jusqu’à 28 pour vos dessins.
Les cartes de caractéristiques font (n−2)×(n−2), le max pooling les divise par deux.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="71" />
        <source>How many 3×3 filters: each makes its own Feature Map, ReLU and Max Pooling</source>
        <translation>Le nombre de filtres 3×3 : chacun a sa carte de caractéristiques, sa ReLU et son max pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="75" />
        <source>Import picture…</source>
        <translation>Importer une image…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="77" />
        <source>Read a PNG or JPEG drawing and average it onto the pixel grid</source>
        <translation>Lire un dessin PNG ou JPEG et le moyenner sur la grille de pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="80" />
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="82" />
        <source>Use a drawing copied to the clipboard (Ctrl+C in a drawing program)</source>
        <translation>Utiliser un dessin copié dans le presse-papiers (Ctrl+C dans un logiciel de dessin)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="97" />
        <source>Grid size</source>
        <translation>Taille de la grille</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="98" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="112" />
        <source>%1×%1 with %2 filters: %3 pooled values feed the hidden node. The deck's hand-set weights exist only for 6×6 with one filter, so the classifier starts from a seeded random start: train it (Training page) to fit O and X.</source>
        <translation>%1×%1 avec %2 filtres : %3 valeurs après pooling alimentent le nœud caché. Les poids réglés à la main du cours n’existent que pour 6×6 avec un filtre ; le classifieur part donc de valeurs aléatoires (graine fixe) : entraînez-le (page Entraînement) pour qu’il distingue O et X.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="116" />
        <source>%1×%1 with %2 filter: %3 pooled values feed the hidden node. The deck's hand-set weights exist only for 6×6 with one filter, so the classifier starts from a seeded random start: train it (Training page) to fit O and X.</source>
        <translation>%1×%1 avec %2 filtre : %3 valeurs après pooling alimentent le nœud caché. Les poids réglés à la main du cours n’existent que pour 6×6 avec un filtre ; le classifieur part donc de valeurs aléatoires (graine fixe) : entraînez-le (page Entraînement) pour qu’il distingue O et X.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="131" />
        <source>Import a picture</source>
        <translation>Importer une image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="132" />
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="142" />
        <source>Not imported: %1. The current image stays.</source>
        <translation>Non importée : %1. L’image actuelle est conservée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="151" />
        <source>Not pasted: %1. The current image stays.</source>
        <translation>Non collée : %1. L’image actuelle est conservée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_picture.py" line="153" />
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
</context>
<context>
    <name>cnn_pipeline</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="47" />
        <source>Filter</source>
        <extracomment>The panels' titles, in the order of PANELS (translated when shown).</extracomment>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="47" />
        <source>Feature Map</source>
        <translation>Carte de caractéristiques</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="48" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="48" />
        <source>Max Pooling</source>
        <translation>Max Pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="97" />
        <source>The filter slides over the image: each Feature Map cell = Σ pixel × filter + bias.
ReLU sets negative cells to 0; Max Pooling keeps the largest value of each 2×2 region.</source>
        <translation>Le filtre glisse sur l’image : chaque case de la carte de caractéristiques = Σ pixel × filtre + biais.
ReLU met les cases négatives à 0 ; le max pooling garde la plus grande valeur de chaque zone 2×2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="233" />
        <source>Cells too small for their numbers: hover a cell for its value.</source>
        <translation>Cases trop petites : survolez une case pour lire sa valeur.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="305" />
        <source>bias %1</source>
        <translation>biais %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="344" />
        <source>%1 (filter %2), row %3, column %4: %5</source>
        <translation>%1 (filtre %2), ligne %3, colonne %4 : %5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_pipeline.py" line="346" />
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
</context>
<context>
    <name>cnn_views</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="25" />
        <source>white = 0</source>
        <translation>blanc = 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="27" />
        <source>black = 1 or more</source>
        <translation>noir = 1 ou plus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="29" />
        <source>blue = below 0</source>
        <translation>bleu = sous 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="31" />
        <source>Max Pooling winner</source>
        <translation>gagnant du max pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="32" />
        <source>the filter's window</source>
        <translation>la fenêtre du filtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="104" />
        <source>Pooled</source>
        <translation>Après pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="106" />
        <source>Hidden (ReLU)</source>
        <translation>Caché (ReLU)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="110" />
        <source>SoftMax</source>
        <translation>SoftMax</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="114" />
        <source>ArgMax</source>
        <translation>ArgMax</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="158" />
        <source>×%1 weights</source>
        <translation>×%1 poids</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="166" />
        <source>%1 values</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="174" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="175" />
        <source>a tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn_views.py" line="176" />
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>picture_file</name>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="25" />
        <source>there is no picture to read</source>
        <translation>il n’y a pas d’image à lire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="38" />
        <source>“%1” cannot be opened: %2</source>
        <translation>« %1 » ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="41" />
        <source>“%1” is empty (0 bytes): there is no picture in it</source>
        <translation>« %1 » est vide (0 octet) : il ne contient pas d’image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="43" />
        <source>“%1” is %2 MB: pictures up to %3 MB can be imported (a drawing needs far less)</source>
        <translation>« %1 » pèse %2 Mo : on peut importer des images jusqu’à %3 Mo (un dessin en demande bien moins)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="49" />
        <source>“%1” is not a picture Qt can read (PNG, JPEG, BMP, GIF …)</source>
        <translation>« %1 » n’est pas une image que Qt sait lire (PNG, JPEG, BMP, GIF…)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="53" />
        <source>“%1” is %2×%3 pixels: at most %4 million pixels can be imported</source>
        <translation>« %1 » fait %2×%3 pixels : on peut importer au plus %4 millions de pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="61" />
        <source>“%1” could not be read as a picture: %2</source>
        <translation>« %1 » n’a pas pu être lu comme une image : %2</translation>
    </message>
</context>
<context>
    <name>pixel_grid</name>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="17" />
        <source>Move the picture one pixel left (arrow key on the picture)</source>
        <extracomment>objectName → (arrow, dx, dy, tooltip, accessible name); buttons beside the grid; the texts are translated when shown.</extracomment>
        <translation>Décaler l’image d’un pixel vers la gauche (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="18" />
        <source>shift left</source>
        <translation>décaler à gauche</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="19" />
        <source>Move the picture one pixel up (arrow key on the picture)</source>
        <translation>Décaler l’image d’un pixel vers le haut (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="20" />
        <source>shift up</source>
        <translation>décaler vers le haut</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="21" />
        <source>Move the picture one pixel down (arrow key on the picture)</source>
        <translation>Décaler l’image d’un pixel vers le bas (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="22" />
        <source>shift down</source>
        <translation>décaler vers le bas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="23" />
        <source>Move the picture one pixel right (arrow key on the picture)</source>
        <translation>Décaler l’image d’un pixel vers la droite (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="24" />
        <source>shift right</source>
        <translation>décaler à droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="41" />
        <source>Input image: click to paint a pixel, right-click to erase, arrow keys shift</source>
        <translation>Image d’entrée : cliquer pour peindre un pixel, clic droit pour effacer, flèches pour décaler</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="43" />
        <source>Click or drag to paint black pixels, right-click to erase.
Click the picture, then use the arrow keys to shift it one pixel.</source>
        <translation>Cliquez ou glissez pour peindre des pixels en noir, clic droit pour effacer.
Cliquez sur l’image, puis utilisez les flèches pour la décaler d’un pixel.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="63" />
        <source>the image must be %1×%2 pixels</source>
        <translation>l’image doit faire %1×%2 pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="65" />
        <source>pixel values must be numbers from 0 to 1</source>
        <translation>les valeurs des pixels doivent être des nombres de 0 à 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="133" />
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
</context>
</TS>