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
    <name>base</name>
    <message>
        <location filename="../../nnviz/qt/chapters/base.py" line="82" />
        <source>chapter %1 keeps no state</source>
        <translation>le chapitre %1 ne garde aucun état</translation>
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
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="79" />
        <source>Take steps downhill on the SSR curve: Step Size = derivative × Learning Rate.</source>
        <translation>Descendre la courbe de la SSR pas à pas : taille du pas = dérivée × taux d’apprentissage.</translation>
    </message>
</context>
<context>
    <name>data_points</name>
    <message>
        <location filename="../../nnviz/qt/widgets/data_points.py" line="121" />
        <source>At least %1 points are needed.</source>
        <translation>Il faut au moins %1 points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/data_points.py" line="131" />
        <source>With more than %1 points the data is fixed: import a table to change it.</source>
        <translation>Avec plus de %1 points, les données sont figées : importez un tableau pour les changer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/data_points.py" line="135" />
        <source>At most %1 points can be drawn by hand.</source>
        <translation>On peut dessiner au plus %1 points à la main.</translation>
    </message>
</context>
<context>
    <name>data_tables</name>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="41" />
        <source>With more than %1 points the points cannot be dragged, added or removed.</source>
        <translation>Avec plus de %1 points, on ne peut plus déplacer, ajouter ni supprimer de points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="44" />
        <source>The plot shows %1 evenly chosen points; the maths uses all %2.</source>
        <translation>Le graphique montre %1 points choisis régulièrement ; les calculs utilisent les %2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="57" />
        <source>every %1 is %2: the values must differ to be scaled to 0…1</source>
        <translation>toutes les valeurs de %1 valent %2 : elles doivent différer pour être ramenées à 0…1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="60" />
        <source>%1 scaled from %2…%3 to 0…1, as the deck does (lowest → 0, highest → 1).</source>
        <translation>%1 ramené de %2…%3 à 0…1, comme dans le cours (la plus petite valeur → 0, la plus grande → 1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="69" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="69" />
        <source>Efficacy</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="92" />
        <source>“Deck's data” brings the deck's three points back.</source>
        <translation>« Données du cours » ramène les trois points du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="93" />
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="129" />
        <source>dosage data</source>
        <translation>données de dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="94" />
        <source>Read Dosage, Efficacy rows from a CSV table (up to %1); Dosages outside 0…1 are scaled to 0…1</source>
        <translation>Lire des lignes Dosage, Efficacité dans un tableau CSV (jusqu’à %1) ; les dosages hors de 0…1 sont ramenés à 0…1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="108" />
        <source>Learning Rate %1: with %2 points the SSR is that many terms, so smaller steps keep it from overshooting.</source>
        <translation>Taux d’apprentissage %1 : avec %2 points, la SSR a autant de termes, et des pas plus petits l’empêchent de dépasser le minimum.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="112" />
        <source>“Deck's example” brings the deck's three points back.</source>
        <translation>« Exemple du cours » ramène les trois points du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="113" />
        <source>data points</source>
        <translation>points de données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="114" />
        <source>Read x, y rows from a CSV table (up to %1 points)</source>
        <translation>Lire des lignes x, y dans un tableau CSV (jusqu’à %1 points)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="128" />
        <source>“Deck's start” brings the deck's three points back.</source>
        <translation>« Départ du cours » ramène les trois points du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="130" />
        <source>Read Dosage, Efficacy rows from a CSV table (up to %1); values outside the plot are scaled to 0…1</source>
        <translation>Lire des lignes Dosage, Efficacité dans un tableau CSV (jusqu’à %1) ; les valeurs hors du graphique sont ramenées à 0…1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="137" />
        <source>the values of %1 go beyond ±100: scale them first (the deck uses 0 for low, 0.5 for medium and 1 for high)</source>
        <translation>les valeurs de %1 dépassent ±100 : ramenez-les d’abord à une petite échelle (le cours utilise 0 pour bas, 0,5 pour moyen et 1 pour haut)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="140" />
        <source>%1 columns: one per company. Choose the one to import.</source>
        <translation>%1 colonnes : une par entreprise. Choisissez celle à importer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="155" />
        <source>“Deck's values” brings the deck's days back.</source>
        <translation>« Valeurs du cours » ramène les jours du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="157" />
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="171" />
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="158" />
        <source>Read the days (oldest first) from a CSV table: one column, up to %1 days</source>
        <translation>Lire les jours (le plus ancien d’abord) dans un tableau CSV : une colonne, jusqu’à %1 jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="169" />
        <source>Choose Company A or B for the deck's days again.</source>
        <translation>Choisissez l’entreprise A ou B pour retrouver les jours du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="172" />
        <source>Read a company's days from a CSV table: one column per company, up to %1 days</source>
        <translation>Lire les jours d’une entreprise dans un tableau CSV : une colonne par entreprise, jusqu’à %1 jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="189" />
        <source>“Deck's companies” trains on Company A and B again.</source>
        <translation>« Entreprises du cours » entraîne de nouveau sur les entreprises A et B.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="191" />
        <source>days to train on</source>
        <translation>jours d’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="192" />
        <source>Train on your own series (up to %1 days): every 4 days in a row and the day after make one training pair</source>
        <translation>S’entraîner sur votre propre série (jusqu’à %1 jours) : chaque suite de 4 jours et le jour suivant forment une paire d’entraînement</translation>
    </message>
</context>
<context>
    <name>gradient_descent</name>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="25" />
        <source>Intercept only (Slope fixed)</source>
        <translation>Ordonnée à l’origine (pente fixe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="26" />
        <source>Slope and Intercept together</source>
        <translation>Pente et ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="34" />
        <source>The data and the line</source>
        <extracomment>The texts of the plots and the ledger's title.</extracomment>
        <translation>Les données et la droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="35" />
        <source>Predicted (the line)</source>
        <translation>Prédit (la droite)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="36" />
        <source>Residuals</source>
        <translation>Résidus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="37" />
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="38" />
        <source>SSR for each Intercept</source>
        <translation>SSR pour chaque ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="39" />
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="103" />
        <source>Intercept</source>
        <translation>Ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="40" />
        <source>Tangent (derivative)</source>
        <translation>Tangente (dérivée)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="41" />
        <source>Steps taken</source>
        <translation>Pas effectués</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="42" />
        <source>Current Intercept</source>
        <translation>Ordonnée à l’origine actuelle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="43" />
        <source>SSR for each Intercept and Slope</source>
        <translation>SSR selon (ordonnée à l’origine, pente)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="44" />
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="185" />
        <source>Slope</source>
        <translation>Pente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="45" />
        <source>SSR after each step</source>
        <translation>SSR pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="46" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="47" />
        <source>The math of this step</source>
        <translation>Les calculs de ce pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="51" />
        <source>The data: three points we want a line to fit</source>
        <extracomment>The guided steps' captions, in the deck's order (translated when the steps are made).</extracomment>
        <translation>Les données : trois points qu’une droite doit approcher</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="52" />
        <source>The line y = 0.64 × x + Intercept, starting at Intercept = 0</source>
        <translation>La droite y = 0,64 × x + ordonnée à l’origine, en partant de l’ordonnée à l’origine 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="53" />
        <source>The residuals: Observed − Predicted, about 1.1, 0.4 and 1.3</source>
        <translation>Les résidus : observé − prédit, environ 1,1 ; 0,4 et 1,3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="54" />
        <source>Square them and add them up: the SSR is about 3.1</source>
        <translation>On les élève au carré et on les additionne : la SSR vaut environ 3,1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="55" />
        <source>Plug in a bunch of Intercepts: the SSR curve, with its lowest point</source>
        <translation>Essayons plein d’ordonnées à l’origine : la courbe de la SSR, avec son point le plus bas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="56" />
        <source>The derivative d SSR / d Intercept = −5.7 is the slope of the tangent</source>
        <translation>La dérivée d SSR / d ordonnée à l’origine = −5,7 est la pente de la tangente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="57" />
        <source>Step Size = −5.7 × Learning Rate 0.1 = −0.57</source>
        <translation>Taille du pas = −5,7 × taux d’apprentissage 0,1 = −0,57</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="58" />
        <source>New Intercept = 0 − (−0.57) = 0.57</source>
        <translation>Nouvelle ordonnée à l’origine = 0 − (−0,57) = 0,57</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="59" />
        <source>Keep stepping: the steps shrink as the curve flattens</source>
        <translation>On continue : les pas raccourcissent à mesure que la courbe s’aplatit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="60" />
        <source>When do we stop? SSR ≤ 0.001, a maximum number of steps, or a tiny step size</source>
        <translation>Quand s’arrêter ? SSR ≤ 0,001, un nombre maximal de pas, ou une toute petite taille du pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="61" />
        <source>Now fit the Slope and the Intercept together: the path across the SSR landscape</source>
        <translation>Ajustons maintenant la pente et l’ordonnée à l’origine ensemble : le chemin à travers le paysage de la SSR</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="98" />
        <source>Fit only the Intercept (the deck's example) or the Slope and the Intercept together</source>
        <translation>Ajuster seulement l’ordonnée à l’origine (l’exemple du cours), ou la pente et l’ordonnée à l’origine ensemble</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="104" />
        <source>The Intercept of the line; type a value to start from there</source>
        <translation>L’ordonnée à l’origine de la droite ; tapez une valeur pour partir de là</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="107" />
        <source>The Slope of the line (fixed at 0.64 in the deck's example)</source>
        <translation>La pente de la droite (fixée à 0,64 dans l’exemple du cours)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="115" />
        <source>Deck's example</source>
        <translation>Exemple du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="117" />
        <source>Back to the deck's points, Slope 0.64, Intercept 0 and Learning Rate 0.1</source>
        <translation>Revenir aux points du cours, pente 0,64, ordonnée à l’origine 0 et taux d’apprentissage 0,1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="120" />
        <source>Drag a point to move it, double-click the plot to add one, right-click a point to remove it.</source>
        <translation>Faites glisser un point pour le déplacer, double-cliquez sur le graphique pour en ajouter un, cliquez droit sur un point pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="184" />
        <source>Slope (fixed)</source>
        <translation>Pente (fixe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent.py" line="203" />
        <source>Reset.</source>
        <translation>Réinitialisé.</translation>
    </message>
</context>
<context>
    <name>gradient_descent_ledger</name>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="35" />
        <source> + … (%1 terms)</source>
        <translation> + … (%1 termes)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="43" />
        <source>&lt;b&gt;Step %1&lt;/b&gt;: Intercept = %2, Slope = %3</source>
        <translation>&lt;b&gt;Pas %1&lt;/b&gt; : ordonnée à l’origine = %2, pente = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="44" />
        <source>&lt;b&gt;Step %1&lt;/b&gt;: Intercept = %2, Slope = %3 (fixed)</source>
        <translation>&lt;b&gt;Pas %1&lt;/b&gt; : ordonnée à l’origine = %2, pente = %3 (fixe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="45" />
        <source>, … (%1 in all)</source>
        <translation>, … (%1 en tout)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="48" />
        <source>Intercept = %1
Slope = %2</source>
        <translation>Ordonnée à l’origine = %1
Pente = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="50" />
        <source>Residuals (Observed − Predicted): %1</source>
        <translation>Résidus (observé − prédit) : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="52" />
        <source>d SSR / d Intercept = %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>d SSR / d ordonnée à l’origine = %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="54" />
        <source>d SSR / d Intercept = %1</source>
        <translation>d SSR / d ordonnée à l’origine = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="57" />
        <source>d SSR / d Slope = %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>d SSR / d pente = %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="59" />
        <source>d SSR / d Slope = %1</source>
        <translation>d SSR / d pente = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="60" />
        <source>Step Size (Intercept) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Taille du pas (ordonnée à l’origine) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="61" />
        <source>Step Size (Slope) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Taille du pas (pente) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="62" />
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="69" />
        <source>New Intercept = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Nouvelle ordonnée à l’origine = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="63" />
        <source>New Slope = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Nouvelle pente = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="64" />
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="70" />
        <source>New Intercept = %1</source>
        <translation>Nouvelle ordonnée à l’origine = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="65" />
        <source>New Slope = %1</source>
        <translation>Nouvelle pente = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="68" />
        <source>Step Size = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Taille du pas = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="74" />
        <source>Step Size = %1</source>
        <translation>Taille du pas = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="80" />
        <source>Lowest SSR possible with this Slope: %1 (Intercept %2)</source>
        <translation>Plus petite SSR possible avec cette pente : %1 (ordonnée à l’origine %2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_ledger.py" line="83" />
        <source>The bottom of the SSR curve: no Intercept does better with this Slope.</source>
        <translation>Le fond de la courbe de la SSR : aucune ordonnée à l’origine ne fait mieux avec cette pente.</translation>
    </message>
</context>
<context>
    <name>gradient_descent_state</name>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="20" />
        <source>%1 must hold numbers, not %2</source>
        <translation>%1 doit contenir des nombres, pas %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="25" />
        <source>%1 must be finite numbers from %2 to %3, not %4</source>
        <translation>%1 doit contenir des nombres finis de %2 à %3, pas %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="36" />
        <source>%1 must be a number, not %2</source>
        <translation>%1 doit être un nombre, pas %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="46" />
        <source>the Gradient Descent state must be an object</source>
        <translation>l’état de la descente de gradient doit être un objet</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="50" />
        <source>mode must be one of %1</source>
        <translation>mode doit valoir l’un de ces choix : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="53" />
        <source>x and y must be lists of the same length, 2 to %1 points</source>
        <translation>x et y doivent être des listes de même longueur, de 2 à %1 points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="58" />
        <source>start and current must each hold %1 number(s) in this mode</source>
        <translation>start et current doivent contenir chacun %1 nombre(s) dans ce mode</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="62" />
        <source>rules must be an object</source>
        <translation>rules doit être un objet</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent_state.py" line="73" />
        <source>the Gradient Descent state has no %1</source>
        <translation>l’état de la descente de gradient n’a pas de %1</translation>
    </message>
</context>
<context>
    <name>number_field</name>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="18" />
        <source>please type a number</source>
        <extracomment>The core's refusals (nnviz.core.numbers.parse_number), matched to be said in the interface language.</extracomment>
        <translation>veuillez taper un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="20" />
        <source>the field is empty: please type a number</source>
        <translation>le champ est vide : veuillez taper un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="21" />
        <source>that is too long to be a number</source>
        <translation>c’est trop long pour être un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="22" />
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="23" />
        <source>that number is too large</source>
        <translation>ce nombre est trop grand</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="25" />
        <source>please choose a value from %1 to %2</source>
        <translation>veuillez choisir une valeur de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="99" />
        <source>%1 slider</source>
        <translation>curseur %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="104" />
        <source>%1: type a number from %2 to %3 and press Enter</source>
        <translation>%1 : tapez un nombre de %2 à %3 puis Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="148" />
        <source>%1: %2. Kept %3.</source>
        <translation>%1 : %2. Valeur gardée : %3.</translation>
    </message>
</context>
<context>
    <name>table_import</name>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="25" />
        <source>Tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="55" />
        <source>Import data: %1</source>
        <translation>Importer des données : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="60" />
        <source>separated by commas</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="61" />
        <source>separated by semicolons</source>
        <translation>séparées par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="62" />
        <source>separated by tabs</source>
        <translation>séparées par des tabulations</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="65" />
        <source>Read &lt;b&gt;%1&lt;/b&gt; × %2 (%3) from &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5, %6, %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2 (%3) lues dans &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5, %6, %7.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="66" />
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="66" />
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="67" />
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="67" />
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="69" />
        <source>decimal comma</source>
        <translation>virgule décimale</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="69" />
        <source>decimal point</source>
        <translation>point décimal</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="70" />
        <source>with a header line</source>
        <translation>avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="70" />
        <source>no header line</source>
        <translation>sans ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="77" />
        <source>Column to import</source>
        <translation>Colonne à importer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="80" />
        <source>The file has one column per company: choose the one to import</source>
        <translation>Le fichier a une colonne par entreprise : choisissez celle à importer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="82" />
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 valeurs)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="99" />
        <source>&lt;b&gt;1 row could not be read&lt;/b&gt; and will be left out:</source>
        <translation>&lt;b&gt;1 ligne n’a pas pu être lue&lt;/b&gt; et sera ignorée :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="100" />
        <source>&lt;b&gt;%1 rows could not be read&lt;/b&gt; and will be left out:</source>
        <translation>&lt;b&gt;%1 lignes n’ont pas pu être lues&lt;/b&gt; et seront ignorées :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="103" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="105" />
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="112" />
        <source>Every row could be read.</source>
        <translation>Toutes les lignes ont pu être lues.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="113" />
        <source>&lt;b&gt;Import&lt;/b&gt; replaces the current data; &lt;b&gt;Cancel&lt;/b&gt; keeps it.</source>
        <translation>&lt;b&gt;Importer&lt;/b&gt; remplace les données actuelles ; &lt;b&gt;Annuler&lt;/b&gt; les garde.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="115" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="158" />
        <source>Import data…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="160" />
        <source>Read the %1 from a CSV table (a preview shows what was read first)</source>
        <translation>Lire un tableau CSV (%1) ; un aperçu montre d’abord ce qui a été lu</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="163" />
        <source>Export data…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="165" />
        <source>Write the %1 to a CSV table (a header line, then one row per line)</source>
        <translation>Écrire un tableau CSV (%1) : une ligne d’en-tête, puis une ligne par rangée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="183" />
        <source>Import %1</source>
        <translation>Importer : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="189" />
        <source>Export %1</source>
        <translation>Exporter : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="201" />
        <source>Could not import %1: %2. Nothing was replaced.</source>
        <translation>Impossible d’importer %1 : %2. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="221" />
        <source>Imported 1 row from %2.</source>
        <translation>1 ligne importée depuis %2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="222" />
        <source>Imported %1 rows from %2.</source>
        <translation>%1 lignes importées depuis %2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="227" />
        <source>Import cancelled: the current %1 is unchanged.</source>
        <translation>Importation annulée : rien n’a changé (%1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="236" />
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="238" />
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées dans %2.</translation>
    </message>
</context>
<context>
    <name>table_messages</name>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="21" />
        <source>a PNG image</source>
        <extracomment>What a file that is not a table is (nnviz.core.table.MAGIC), as the core names it.</extracomment>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="22" />
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="23" />
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="24" />
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="26" />
        <source>a ZIP archive (an Excel .xlsx file is one: save it as CSV)</source>
        <translation>une archive ZIP (un fichier Excel .xlsx en est une : enregistrez-le en CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="28" />
        <source>an old Excel or Word file (save it as CSV)</source>
        <translation>un ancien fichier Excel ou Word (enregistrez-le en CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="29" />
        <source>a BMP image</source>
        <translation>une image BMP</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="30" />
        <source>a binary file</source>
        <translation>un fichier binaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="36" />
        <source>the file is empty: there is no data in it</source>
        <extracomment>(the core's sentence, its translation, how to write each captured part).</extracomment>
        <translation>le fichier est vide : il ne contient aucune donnée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="38" />
        <source>the file is binary, not a table of numbers (CSV text)</source>
        <translation>le fichier est binaire, pas un tableau de nombres (texte CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="40" />
        <source>the file has a header line but no rows of numbers</source>
        <translation>le fichier a une ligne d’en-tête mais aucune ligne de nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="42" />
        <source>the file has %1 lines: at most %2 rows can be read</source>
        <translation>le fichier a %1 lignes : on peut en lire au plus %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="44" />
        <source>the file has %1 rows: at most %2 rows can be read</source>
        <translation>le fichier a %1 lignes : on peut en lire au plus %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="46" />
        <source>the file has %1 columns: it needs %2 to %3</source>
        <translation>le fichier a %1 colonnes : il en faut de %2 à %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="48" />
        <source>only %1 row(s) of numbers could be read: at least %2 needed</source>
        <translation>lignes de nombres lisibles : %1 seulement, il en faut au moins %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="51" />
        <source>no row of numbers could be read: at least %1 needed</source>
        <translation>aucune ligne de nombres n’a pu être lue : il en faut au moins %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="52" />
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="53" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="55" />
        <source>%1 is %2 MB: data files can be at most %3 MB</source>
        <translation>%1 fait %2 Mo : un fichier de données peut faire au plus %3 Mo</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="57" />
        <source>%1 is larger than %2 MB: data files can be at most that</source>
        <translation>%1 dépasse %2 Mo : un fichier de données ne peut pas être plus gros</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="59" />
        <source>%1 is empty: there is no data in it</source>
        <translation>%1 est vide : il ne contient aucune donnée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="61" />
        <source>an empty field</source>
        <translation>un champ vide</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="63" />
        <source>“%1” is not a finite number (NaN or infinity)</source>
        <translation>« %1 » n’est pas un nombre fini (NaN ou infini)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="64" />
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="66" />
        <source>%1 is too large (at most ±%2)</source>
        <translation>%1 est trop grand (au plus ±%2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="68" />
        <source>expected %1 value(s), found %2</source>
        <translation>nombre de valeurs attendu : %1, trouvé : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="85" />
        <source>%1 (line %2: %3)</source>
        <translation>%1 (ligne %2 : %3)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="94" />
        <source>the file is %1, not a table of numbers (CSV text)</source>
        <translation>le fichier est %1, pas un tableau de nombres (texte CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="96" />
        <source>%1 is %2, not a table of numbers (CSV text)</source>
        <translation>%1 est %2, pas un tableau de nombres (texte CSV)</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../nnviz/qt/training.py" line="25" />
        <source>Stopped: the {loss} is now ≤ {tolerance}, as small as we asked for.</source>
        <extracomment>What each stopping reason means, in words a student understands (translated when shown: `stop_message`).</extracomment>
        <translation>Arrêt : {loss} est maintenant ≤ {tolerance}, aussi petit que demandé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="27" />
        <source>Stopped: the maximum of {max_steps} steps was reached. Raise “Maximum steps” to go on.</source>
        <translation>Arrêt : le maximum de {max_steps} pas est atteint. Augmentez « Nombre maximal de pas » pour continuer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="29" />
        <source>Stopped: every step size is now ≤ {min_step}, so the parameters barely move: we are at the bottom of the {loss} curve. The {loss} is still {value} — this is as good as it gets for this data.</source>
        <translation>Arrêt : chaque taille du pas est ≤ {min_step}, les paramètres ne bougent presque plus : c’est le fond de la courbe de {loss}. {loss} vaut encore {value} — impossible de faire mieux avec ces données.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="33" />
        <source>Stopped: the {loss} grew step after step (the steps overshoot the bottom and get bigger each time). Try a smaller learning rate, then Reset.</source>
        <translation>Arrêt : {loss} a augmenté pas après pas (les pas dépassent le fond et grandissent à chaque fois). Essayez un taux d’apprentissage plus petit, puis Réinitialiser.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="38" />
        <source>SSR</source>
        <extracomment>The losses chapters train on, as `loss_name` holds them (kept in English: the history CSV's column name).</extracomment>
        <translation>SSR</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="38" />
        <source>Cross Entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="263" />
        <source>That cannot be computed: {error}</source>
        <translation>Impossible de calculer cela : {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="265" />
        <source>Something went wrong in the calculation ({detail}). Your values are kept.</source>
        <translation>Le calcul a échoué ({detail}). Vos valeurs sont gardées.</translation>
    </message>
</context>
<context>
    <name>training_panel</name>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="23" />
        <source>▶ Run</source>
        <extracomment>Speed slider positions → steps a second (the last one is "as fast as possible"). The five buttons: objectName (kept in English), text, tooltip.</extracomment>
        <translation>▶ Lancer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="24" />
        <source>Take steps until a stopping rule fires</source>
        <translation>Faire des pas jusqu’à ce qu’une règle d’arrêt se déclenche</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="25" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="25" />
        <source>Stop taking steps</source>
        <translation>Arrêter de faire des pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="26" />
        <source>Step ›</source>
        <translation>Un pas ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="26" />
        <source>Take exactly one step</source>
        <translation>Faire un seul pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="27" />
        <source>‹ Step back</source>
        <translation>‹ Pas arrière</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="28" />
        <source>Undo the last step</source>
        <translation>Annuler le dernier pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="29" />
        <source>⟲ Reset</source>
        <translation>⟲ Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="30" />
        <source>Go back to the start values</source>
        <translation>Revenir aux valeurs de départ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="37" />
        <source>as fast as possible</source>
        <translation>aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="39" />
        <source>1 step a second</source>
        <translation>1 pas par seconde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="40" />
        <source>%1 steps a second</source>
        <translation>%1 pas par seconde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="44" />
        <source>Speed: %1</source>
        <translation>Vitesse : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="56" />
        <source>Use this stopping rule: %1</source>
        <translation>Utiliser cette règle d’arrêt : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="57" />
        <source>%1 on</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="74" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="78" />
        <source>Learning Rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="79" />
        <source>Step Size = derivative × Learning Rate. Too large and the steps overshoot.</source>
        <translation>Taille du pas = dérivée × taux d’apprentissage. Trop grand, et les pas dépassent le minimum.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="94" />
        <source>Speed: from one step a second (slow motion, for a class to follow) to as fast as possible</source>
        <translation>Vitesse : d’un pas par seconde (au ralenti, pour qu’une classe suive) à aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="96" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="98" />
        <source>Stop when %1 ≤</source>
        <translation>Si %1 ≤</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="101" />
        <source>Maximum steps</source>
        <translation>Nombre maximal de pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="104" />
        <source>Stop when |step size| ≤</source>
        <translation>Si |taille du pas| ≤</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="117" />
        <source>&lt;b&gt;When do we stop?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quand s’arrêter ?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="165" />
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="166" />
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="167" />
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="175" />
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="178" />
        <source>Step %1.</source>
        <translation>Pas %1.</translation>
    </message>
</context>
</TS>