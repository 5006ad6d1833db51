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
        <location filename="../../nnviz/qt/chapters/rnn.py" line="50" />
        <source>A feedback loop lets yesterday and today both count; unrolled, it multiplies by w2 again and again (exploding/vanishing gradient); LSTM's gates keep a Long-Term Memory instead.</source>
        <translation>Une boucle de rétroaction fait compter hier et aujourd’hui ; déroulée, elle multiplie par w2 encore et encore (gradient qui explose / qui s’évanouit) ; les portes du LSTM gardent plutôt une mémoire à long terme.</translation>
    </message>
</context>
<context>
    <name>lstm_cell</name>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="23" />
        <source>Forget Gate</source>
        <translation>Porte d’oubli</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="24" />
        <source>Input Gate</source>
        <translation>Porte d’entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="25" />
        <source>Potential Long-Term</source>
        <translation>Mémoire potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="26" />
        <source>Output Gate</source>
        <translation>Porte de sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="127" />
        <source>Input: no day yet</source>
        <translation>Entrée : pas encore de jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="131" />
        <source>Input (Day %1) = %2</source>
        <translation>Entrée (Jour %1) = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="133" />
        <source>Long-Term Memory %1</source>
        <translation>Mémoire à long terme %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="134" />
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="136" />
        <source>new %1</source>
        <translation>nouvelle %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_cell.py" line="135" />
        <source>Short-Term Memory %1</source>
        <translation>Mémoire à court terme %1</translation>
    </message>
</context>
<context>
    <name>lstm_view</name>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="27" />
        <source>Company A</source>
        <translation>Entreprise A</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="27" />
        <source>Company B</source>
        <translation>Entreprise B</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="28" />
        <source>Your own days</source>
        <translation>Vos propres jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="30" />
        <source>× Short-Term Memory</source>
        <translation>× Mémoire à court terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="31" />
        <source>× Input</source>
        <translation>× Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="31" />
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="32" />
        <source>Forget Gate</source>
        <translation>Porte d’oubli</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="33" />
        <source>Input Gate</source>
        <translation>Porte d’entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="34" />
        <source>Potential Long-Term Memory</source>
        <translation>Mémoire à long terme potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="35" />
        <source>Output Gate</source>
        <translation>Porte de sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="36" />
        <source>Forget</source>
        <translation>Oubli</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="36" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="37" />
        <source>Potential</source>
        <translation>Potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="38" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="93" />
        <source>Company A and Company B differ only on Day 1</source>
        <translation>Les Entreprises A et B ne diffèrent que le Jour 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="97" />
        <source>Days 1, 2, 3, 4 (stock values)</source>
        <translation>Jours 1, 2, 3, 4 (cours de l’action)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="106" />
        <source>‹ Back</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="107" />
        <source>Go back one day</source>
        <translation>Revenir d’un jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="108" />
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="260" />
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="109" />
        <source>Step through the days one by one</source>
        <translation>Parcourir les jours un par un</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="111" />
        <source>Step ›</source>
        <translation>Un pas ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="112" />
        <source>Go on to the next day</source>
        <translation>Passer au jour suivant</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="132" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="141" />
        <source>Deck's values</source>
        <translation>Valeurs du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="143" />
        <source>The 12 weights and biases of the deck's (StatQuest) LSTM</source>
        <translation>Les 12 poids et biais du LSTM du cours (StatQuest)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="161" />
        <source>Today's math</source>
        <translation>Le calcul du jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="162" />
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="170" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="188" />
        <source>Long-Term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="189" />
        <source>Short-Term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="190" />
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="191" />
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="256" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="291" />
        <source>Days %1 (stock values)</source>
        <translation>Jours %1 (cours de l’action)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="292" />
        <source>Days (stock values): none yet</source>
        <translation>Jours (cours de l’action) : aucun pour l’instant</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="306" />
        <source>Day %1 of %2</source>
        <translation>Jour %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="307" />
        <source>No days: type some or choose a company</source>
        <translation>Aucun jour : tapez-en ou choisissez une entreprise</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="330" />
        <source>No days yet: choose Company A or B, or type the days.</source>
        <translation>Pas encore de jours : choisissez l’Entreprise A ou B, ou tapez les jours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="331" />
        <source>Both memories start at 0.</source>
        <translation>Les deux mémoires partent de 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="334" />
        <source>%1 of the Long-Term Memory is remembered</source>
        <translation>On garde %1 de la mémoire à long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="335" />
        <source>%1 of the Potential Memory is added</source>
        <translation>On ajoute %1 de la mémoire potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="336" />
        <source>%1 of the Potential Short-Term Memory is kept</source>
        <translation>On garde %1 de la mémoire à court terme potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="347" />
        <source>sum = %1
value = %2</source>
        <translation>somme = %1
valeur = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="350" />
        <source>New Long-Term Memory = %1 × %2 + %3 × %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Nouvelle mémoire à long terme = %1 × %2 + %3 × %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="353" />
        <source>Long-Term Memory = %1</source>
        <translation>Mémoire à long terme = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="354" />
        <source>New Short-Term Memory = tanh(%1) × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Nouvelle mémoire à court terme = tanh(%1) × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="356" />
        <source>Short-Term Memory = %1</source>
        <translation>Mémoire à court terme = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="359" />
        <source> (observed: %1)</source>
        <translation> (observé : %1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="360" />
        <source>&lt;b&gt;Prediction for Day %1&lt;/b&gt; = the Short-Term Memory = </source>
        <translation>&lt;b&gt;Prédiction pour le Jour %1&lt;/b&gt; = la mémoire à court terme = </translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/lstm_view.py" line="363" />
        <source>Prediction = %1</source>
        <translation>Prédiction = %1</translation>
    </message>
</context>
<context>
    <name>rnn</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="20" />
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="21" />
        <source>Exploding &amp;&amp; Vanishing Gradient</source>
        <translation>Gradient qui explose &amp;&amp; qui s’évanouit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="22" />
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="22" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="27" />
        <source>%1 must be a finite number, not %2</source>
        <translation>%1 doit être un nombre fini, et non %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="29" />
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 doit être compris entre %2 et %3, et non %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="36" />
        <source>%1 must give exactly: %2</source>
        <translation>%1 : il faut exactement %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="42" />
        <source>%1 must be a list of at most %2 numbers</source>
        <translation>%1 : il faut une liste d’au plus %2 nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="43" />
        <source>a day of %1</source>
        <translation>un jour (%1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="109" />
        <source>the chapter 5 state must be a dictionary</source>
        <translation>l’état du chapitre 5 doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="112" />
        <source>unknown entries for chapter 5: %1</source>
        <translation>entrées inconnues pour le chapitre 5 : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="115" />
        <source>unknown view %1; choose one of %2</source>
        <translation>vue inconnue %1 ; choisissez parmi %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="119" />
        <location filename="../../nnviz/qt/chapters/rnn.py" line="124" />
        <location filename="../../nnviz/qt/chapters/rnn.py" line="132" />
        <source>'%1' must be a dictionary</source>
        <translation>« %1 » doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="121" />
        <source>the RNN's days</source>
        <translation>les jours du RNN</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="126" />
        <source>the number of unrolls</source>
        <translation>le nombre de déroulements</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="128" />
        <source>the number of unrolls must be a whole number</source>
        <translation>le nombre de déroulements doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="136" />
        <source>company must be one of %1, not %2</source>
        <translation>« company » doit valoir l’une des valeurs %1, pas %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="138" />
        <source>the LSTM's days</source>
        <translation>les jours du LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="140" />
        <source>the day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="143" />
        <source>'training' must name a model: %1</source>
        <translation>« training » doit nommer un modèle : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="144" />
        <source>the seed</source>
        <translation>la graine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="145" />
        <source>the learning rate</source>
        <translation>le taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="149" />
        <source>the training series</source>
        <translation>la série d’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="200" />
        <source>An RNN has weights and biases like any network: Yesterday × w1 + b1 = 0 × 1.8 + 0.0 = 0</source>
        <translation>Un RNN a des poids et des biais comme tout réseau : Hier × w1 + b1 = 0 × 1,8 + 0,0 = 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="202" />
        <source>The feedback loop lets yesterday's and today's values both influence the prediction</source>
        <translation>La boucle de rétroaction permet aux valeurs d’hier et d’aujourd’hui d’influencer toutes deux la prédiction</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="204" />
        <source>Unrolled: one copy of the network per day, the same weights in every copy</source>
        <translation>Déroulé : une copie du réseau par jour, les mêmes poids dans chaque copie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="206" />
        <source>Unrolled 4 times with w2 = 2: Input₁ × 2 × 2 × 2 × 2 = Input₁ × 2⁴</source>
        <translation>Déroulé 4 fois avec w2 = 2 : Entrée₁ × 2 × 2 × 2 × 2 = Entrée₁ × 2⁴</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="208" />
        <source>Unroll 50 times and the gradient explodes: Input₁ × 2⁵⁰</source>
        <translation>Déroulé 50 fois, le gradient explose : Entrée₁ × 2⁵⁰</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="210" />
        <source>Limit w2 below 1 to stop the explosion… and the gradient vanishes instead</source>
        <translation>Limiter w2 sous 1 pour arrêter l’explosion… et c’est le gradient qui s’évanouit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="213" />
        <source>LSTM: sigmoid gates say what percent to remember; tanh gives values between −1 and 1</source>
        <translation>LSTM : les portes sigmoïdes disent quel pourcentage retenir ; tanh donne des valeurs entre −1 et 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="215" />
        <source>Company A, day by day: the Day 5 prediction is about 0</source>
        <translation>Entreprise A, jour après jour : la prédiction du Jour 5 vaut environ 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="216" />
        <source>Company B differs only on Day 1; the Long-Term Memory keeps it: Day 5 is about 1</source>
        <translation>L’Entreprise B ne diffère que le Jour 1 ; la mémoire à long terme le garde : le Jour 5 vaut environ 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn.py" line="218" />
        <source>Train the LSTM and the plain RNN from a random start: which one remembers Day 1?</source>
        <translation>Entraînez le LSTM et le RNN simple depuis un départ aléatoire : lequel se souvient du Jour 1 ?</translation>
    </message>
</context>
<context>
    <name>rnn_training</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="29" />
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="29" />
        <source>Plain RNN</source>
        <translation>RNN simple</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="62" />
        <source>Which network the buttons below train (both keep their progress)</source>
        <translation>Le réseau qu’entraînent les boutons ci-dessous (chacun garde sa progression)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="65" />
        <source>Train the %1</source>
        <translation>Entraîner le %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="66" />
        <source>Random start (seed)</source>
        <translation>Graine (départ aléatoire)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="68" />
        <source>Weights from a standard normal distribution, biases 0; the same seed always gives the same start</source>
        <translation>Poids tirés d’une loi normale centrée réduite, biais à 0 ; la même graine donne toujours le même départ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="71" />
        <source>New random start</source>
        <translation>Départ aléatoire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="78" />
        <source>Training the %1</source>
        <translation>Entraînement du %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="83" />
        <source>Both start from the same seed. Train one, switch, train the other, and compare the SSR.</source>
        <translation>Les deux partent de la même graine. Entraînez l’un, changez, entraînez l’autre, et comparez la SSR.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="96" />
        <source>Deck's companies</source>
        <translation>Entreprises du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="98" />
        <source>Train on the deck's Company A and B again</source>
        <translation>Entraîner de nouveau sur les Entreprises A et B du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="113" />
        <source>SSR after each step</source>
        <translation>SSR pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="114" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="120" />
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="183" />
        <source>Day 5 predictions</source>
        <translation>Prédictions du Jour 5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="122" />
        <source>Pot.</source>
        <translation>Pot.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="125" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="126" />
        <source>━ Long-Term Memory</source>
        <translation>━ Mémoire à long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="127" />
        <source>&lt;b&gt;Company %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Entreprise %1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="184" />
        <source>Predictions for the day after</source>
        <translation>Prédictions pour le jour suivant</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="186" />
        <source>Training on the deck's Company A and B (Days 1–4 → Day 5).</source>
        <translation>Entraînement sur les Entreprises A et B du cours (Jours 1–4 → Jour 5).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="189" />
        <source>Training on your series of %1 days: %2 pairs of 4 days → the day after.</source>
        <translation>Entraînement sur votre série de %1 jours : %2 paires de 4 jours → le jour suivant.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="240" />
        <source>&lt;b&gt;%1&lt;/b&gt;, step %2: Company A → &lt;b&gt;%3&lt;/b&gt; (observed 0), Company B → &lt;b&gt;%4&lt;/b&gt; (observed 1); SSR = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, pas %2 : Entreprise A → &lt;b&gt;%3&lt;/b&gt; (observé 0), Entreprise B → &lt;b&gt;%4&lt;/b&gt; (observé 1) ; SSR = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="245" />
        <source>The %1 gives both companies about the same answer: it has not learned to remember Day 1.</source>
        <translation>Le %1 donne à peu près la même réponse pour les deux entreprises : il n’a pas appris à retenir le Jour 1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="249" />
        <source>The %1 remembers Day 1: it tells the two companies apart.</source>
        <translation>Le %1 se souvient du Jour 1 : il distingue les deux entreprises.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="252" />
        <source>The companies differ only on Day 1; Days 2–4 are the same. To predict Day 5 the network must carry Day 1 through three more days.</source>
        <translation>Les entreprises ne diffèrent que le Jour 1 ; les Jours 2–4 sont identiques. Pour prédire le Jour 5, le réseau doit porter le Jour 1 à travers trois jours de plus.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="264" />
        <source>&lt;b&gt;%1&lt;/b&gt;, step %2: last 4 days → &lt;b&gt;%3&lt;/b&gt; (observed %4); SSR over %5 pairs = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, pas %2 : 4 derniers jours → &lt;b&gt;%3&lt;/b&gt; (observé %4) ; SSR sur %5 paires = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="267" />
        <source>predicted: %1
SSR: %2</source>
        <translation>prédit : %1
SSR : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_training.py" line="269" />
        <source>The gate plots still show the deck's Company A and B, so you can see what the trained gates do with them.</source>
        <translation>Les graphiques des portes montrent toujours les Entreprises A et B du cours : on y voit ce qu’en font les portes entraînées.</translation>
    </message>
</context>
<context>
    <name>rnn_views</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="27" />
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="27" />
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="28" />
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="28" />
        <source>off the scale</source>
        <translation>hors échelle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="29" />
        <source>w1: the weight on each day's input</source>
        <translation>w1 : le poids de l’entrée de chaque jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="30" />
        <source>b1: the bias on each day's input</source>
        <translation>b1 : le biais de l’entrée de chaque jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="31" />
        <source>w2: the weight on the feedback loop (yesterday's output)</source>
        <translation>w2 : le poids de la boucle de rétroaction (la sortie d’hier)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="32" />
        <source>w3: the weight on the output</source>
        <translation>w3 : le poids de la sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="33" />
        <source>b2: the bias on the output</source>
        <translation>b2 : le biais de la sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="52" />
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="54" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="56" />
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="80" />
        <source>Days, oldest first (low 0, medium 0.5, high 1)</source>
        <translation>Jours, le plus ancien d’abord (bas 0, moyen 0,5, haut 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="89" />
        <source>Add a day with value %1 (%2)</source>
        <translation>Ajouter un jour de valeur %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="95" />
        <source>Remove last day</source>
        <translation>Retirer le dernier jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="99" />
        <source>Weights and biases</source>
        <translation>Poids et biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="109" />
        <source>Deck's values</source>
        <translation>Valeurs du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="111" />
        <source>w1 = 1.8, b1 = 0.0, w2 = −0.5, w3 = 1.1, b2 = 0.0; yesterday low, today medium</source>
        <translation>w1 = 1,8 ; b1 = 0,0 ; w2 = −0,5 ; w3 = 1,1 ; b2 = 0,0 — hier bas, aujourd’hui moyen</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="122" />
        <source>The math, day by day</source>
        <translation>Le calcul, jour par jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="123" />
        <source>The feedback loop</source>
        <translation>La boucle de rétroaction</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="124" />
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="184" />
        <source>Unrolled: one copy per day</source>
        <translation>Déroulé : une copie par jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="175" />
        <source>The values grow too large to compute (%1): make |w2| smaller or use fewer days.</source>
        <translation>Les valeurs deviennent trop grandes pour être calculées : réduisez |w2| ou utilisez moins de jours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="185" />
        <source>Unrolled: one copy per day — showing the last %1 of %2 days (the math uses every day)</source>
        <translation>Déroulé : une copie par jour — les %1 derniers des %2 jours (le calcul les utilise tous)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="192" />
        <source>No days yet: add a day (low, medium or high) or type a sequence.</source>
        <translation>Pas encore de jours : ajoutez un jour (bas, moyen ou haut) ou tapez une suite.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="193" />
        <source>With no days the output is just b2: Prediction = %1</source>
        <translation>Sans aucun jour, la sortie vaut simplement b2 : Prédiction = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="202" />
        <source>%1 × w1 + b1</source>
        <translation>%1 × w1 + b1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="205" />
        <source> + %1's output × w2</source>
        <translation> + sortie (%1) × w2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="208" />
        <source>Sum = %1
ReLU output = %2</source>
        <translation>Somme = %1
Sortie de ReLU = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="210" />
        <source>Prediction for tomorrow = %1's output × w3 + b2 = %2 × %3 + %4 = &lt;b&gt;%5&lt;/b&gt; (nearest: %6)</source>
        <translation>Prédiction pour demain = sortie (%1) × w3 + b2 = %2 × %3 + %4 = &lt;b&gt;%5&lt;/b&gt; (le plus proche : %6)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="213" />
        <source>Prediction = %1</source>
        <translation>Prédiction = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="215" />
        <source>The feedback loop lets yesterday's and today's values both influence the prediction.</source>
        <translation>La boucle de rétroaction permet aux valeurs d’hier et d’aujourd’hui d’influencer toutes deux la prédiction.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="227" />
        <source>w2 (feedback weight)</source>
        <translation>w2 (poids de la boucle)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="228" />
        <source>The weight on the feedback loop: |w2| &gt; 1 explodes, |w2| &lt; 1 vanishes</source>
        <translation>Le poids de la boucle de rétroaction : |w2| &gt; 1 explose, |w2| &lt; 1 s’évanouit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="230" />
        <source>Number of unrolls N</source>
        <translation>Nombre de déroulements N</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="231" />
        <source>How many times the network is unrolled (1 to %1)</source>
        <translation>Combien de fois le réseau est déroulé (1 à %1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="235" />
        <source>The gradient for Day 1 passes through the feedback loop once per unroll, so it is multiplied by w2 N times.</source>
        <translation>Le gradient du Jour 1 traverse la boucle de rétroaction une fois par déroulement : il est donc multiplié N fois par w2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="241" />
        <source>The deck: w2 = 2, unrolled 4 times</source>
        <translation>Le cours : w2 = 2, déroulé 4 fois</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="242" />
        <source>Explodes: w2 = 2, 50 unrolls</source>
        <translation>Explose : w2 = 2 ; N = 50</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="244" />
        <source>Vanishes: w2 = 0.5, 50 unrolls</source>
        <translation>S’évanouit : w2 = 0,5 ; N = 50</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="254" />
        <source>The Vanishing/Exploding Gradient Problem</source>
        <translation>Le problème du gradient qui s’évanouit / qui explose</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="35" />
        <source>|w2|ᴺ after each unroll</source>
        <translation>|w2|ᴺ après chaque déroulement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="36" />
        <source>Number of unrolls</source>
        <translation>Nombre de déroulements</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="265" />
        <source>Exploding (|w2| &gt; 1)</source>
        <translation>Explose (|w2| &gt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="267" />
        <source>Vanishing (|w2| &lt; 1)</source>
        <translation>S’évanouit (|w2| &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="37" />
        <source>Real gradient for each day (BPTT)</source>
        <translation>Gradient réel pour chaque jour (BPTT)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="38" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="354" />
        <source>(%1 times)</source>
        <translation>(%1 fois)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="356" />
        <source>Input₁ × %1 = Input₁ × %2 = Input₁ × &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Entrée₁ × %1 = Entrée₁ × %2 = Entrée₁ × &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="358" />
        <source>= Input₁ × w2&lt;sup&gt;Num. Unroll&lt;/sup&gt;</source>
        <translation>= Entrée₁ × w2&lt;sup&gt;nb de déroulements&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="360" />
        <source>Exploding Gradient&lt;/b&gt;: |w2| = %1 &amp;gt; 1, so each unroll makes it bigger: steps far too large, gradient descent cannot settle.</source>
        <translation>Gradient qui explose&lt;/b&gt; : |w2| = %1 &amp;gt; 1, donc chaque déroulement l’agrandit : des pas bien trop grands, la descente de gradient ne peut pas se stabiliser.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="364" />
        <source>Vanishing Gradient&lt;/b&gt;: |w2| = %1 &amp;lt; 1, so each unroll shrinks it toward 0: Day 1 hardly changes anything, so it is never learned.</source>
        <translation>Gradient qui s’évanouit&lt;/b&gt; : |w2| = %1 &amp;lt; 1, donc chaque déroulement le réduit vers 0 : le Jour 1 ne change presque rien, il n’est donc jamais appris.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="368" />
        <source>|w2| = 1: the gradient neither explodes nor vanishes (but w2 cannot stay exactly 1).</source>
        <translation>|w2| = 1 : le gradient n’explose pas et ne s’évanouit pas (mais w2 ne peut pas rester exactement à 1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="370" />
        <source>One way to prevent the Exploding Gradient Problem would be to limit w2 to values &amp;lt; 1 — but then w2&lt;sup&gt;N&lt;/sup&gt; shrinks toward 0 and the gradient vanishes instead. LSTM avoids both.</source>
        <translation>Pour éviter le problème du gradient qui explose, on pourrait limiter w2 à des valeurs &amp;lt; 1 — mais alors w2&lt;sup&gt;N&lt;/sup&gt; tend vers 0 et c’est le gradient qui s’évanouit. Le LSTM évite les deux.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="376" />
        <source>; 0 on %1 day(s) where ReLU is off (not drawn)</source>
        <translation> ; 0 sur %1 jour(s) où ReLU est éteinte (non tracé)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="378" />
        <source>; too large to display on %1 day(s) (not drawn)</source>
        <translation> ; trop grand pour être affiché sur %1 jour(s) (non tracé)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="379" />
        <source>Backpropagation through time (%1 days, every day high = 1, w1 = %2, w3 = %3): |d Prediction / d Input₁| = &lt;b&gt;%4&lt;/b&gt;%5</source>
        <translation>Rétropropagation dans le temps (%1 jours, chaque jour haut = 1 ; w1 = %2 ; w3 = %3) : &lt;nobr&gt;|⁠d Prédiction / d Entrée₁⁠|&lt;/nobr&gt; = &lt;b&gt;%4&lt;/b&gt;%5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_views.py" line="382" />
        <source>per day: %1</source>
        <translation>par jour : %1</translation>
    </message>
</context>
<context>
    <name>rnn_widgets</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="33" />
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="35" />
        <source>too large to display</source>
        <translation>trop grand pour être affiché</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="91" />
        <source>Type up to %1 values separated by commas or spaces (low 0, medium 0.5, high 1), then press Enter</source>
        <translation>Tapez jusqu’à %1 valeurs séparées par des points-virgules ou des espaces (bas 0, moyen 0,5, haut 1), puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="119" />
        <source>at most %1 days, please</source>
        <translation>%1 jours au plus, s’il vous plaît</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="125" />
        <source>“%1” is not a number from −100 to 100</source>
        <translation>« %1 » n’est pas un nombre entre −100 et 100</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="133" />
        <source>%1. Kept the previous days.</source>
        <translation>%1. Les jours précédents sont conservés.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="176" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="177" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="181" />
        <source>feedback loop</source>
        <translation>boucle de rétroaction</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="245" />
        <source>Prediction
%1</source>
        <translation>Prédiction
%1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="248" />
        <source>Shared weights: every copy uses w1 = %1, b1 = %2, w2 = %3</source>
        <translation>Poids partagés : chaque copie utilise w1 = %1 ; b1 = %2 ; w2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_widgets.py" line="250" />
        <source>No days yet: type a sequence.</source>
        <translation>Pas encore de jours : tapez une suite.</translation>
    </message>
</context>
</TS>