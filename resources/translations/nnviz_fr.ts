<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChapterCard</name>
    <message>
        <location filename="../../nnviz/qt/chapters/conclusion/tab.py" line="65" />
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
        <location filename="../../nnviz/qt/chapters/conclusion/tab.py" line="78" />
        <source>What each chapter showed. Click a picture to open that chapter; the pictures show each chapter as you left it.</source>
        <translation>Ce que chaque chapitre a montré. Cliquez sur une image pour ouvrir ce chapitre ; les images montrent chaque chapitre tel que vous l’avez laissé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/conclusion/tab.py" line="180" />
        <source>Practice so far:</source>
        <translation>L’entraînement jusqu’ici :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/conclusion/tab.py" line="184" />
        <source>%1 tried, %2 right first time</source>
        <translation>%1 essayés, %2 justes du premier coup</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../nnviz/qt/export.py" line="113" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="115" />
        <source>Plot as &amp;PNG image…</source>
        <translation>Graphique en image &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="116" />
        <source>Plot as &amp;SVG drawing…</source>
        <translation>Graphique en dessin &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="117" />
        <source>Training &amp;history as CSV…</source>
        <translation>&amp;Historique de l’entraînement en CSV…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="118" />
        <source>&amp;Copy the chapter to the clipboard</source>
        <translation>&amp;Copier le chapitre dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="120" />
        <source>&amp;All chapters as PNG images…</source>
        <translation>&amp;Tous les chapitres en images PNG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="122" />
        <source>Python script (&amp;NumPy)…</source>
        <translation>Script Python (&amp;NumPy)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="123" />
        <source>Python script (Py&amp;Torch)…</source>
        <translation>Script Python (Py&amp;Torch)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="124" />
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Support de cours (PDF)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="125" />
        <source>&amp;Recording (animated image)…</source>
        <translation>&amp;Enregistrement (image animée)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="146" />
        <source>Save this plot as PNG…</source>
        <translation>Enregistrer ce graphique en PNG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="146" />
        <source>Save this plot as SVG…</source>
        <translation>Enregistrer ce graphique en SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="161" />
        <source>This chapter has no plot to export.</source>
        <translation>Ce chapitre n’a pas de graphique à exporter.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="167" />
        <location filename="../../nnviz/qt/export.py" line="173" />
        <source>Export a plot</source>
        <translation>Exporter un graphique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="167" />
        <source>Which plot?</source>
        <translation>Quel graphique ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="194" />
        <source>Export the training history</source>
        <translation>Exporter l’historique de l’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="207" />
        <source>The chapter is on the clipboard.</source>
        <translation>Le chapitre est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="210" />
        <source>Export all chapters to a folder</source>
        <translation>Exporter tous les chapitres dans un dossier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="217" />
        <source>%1 images written.</source>
        <translation>%1 images écrites.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="220" />
        <source>“%1” could not be written: %2. Any file that was there is unchanged.</source>
        <translation>« %1 » n’a pas pu être écrit : %2. Le fichier qui s’y trouvait est inchangé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="236" />
        <source>Only chapters 1 to 5 can be exported as a Python script.</source>
        <translation>Seuls les chapitres 1 à 5 peuvent être exportés en script Python.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="241" />
        <source>This chapter cannot be written as a script: %1</source>
        <translation>Ce chapitre ne peut pas être écrit en script : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="243" />
        <source>Export a NumPy script</source>
        <translation>Exporter un script NumPy</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="243" />
        <source>Export a PyTorch script</source>
        <translation>Exporter un script PyTorch</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="244" />
        <source>Python script (*.py)</source>
        <translation>Script Python (*.py)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="255" />
        <source>%1 written.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/export.py" line="271" />
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="7" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="8" />
        <source>Print Document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="9" />
        <source>Scalable Vector Graphics</source>
        <translation>Dessin vectoriel (SVG)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="10" />
        <source>antialias</source>
        <translation>anticrénelage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="11" />
        <source>background</source>
        <translation>fond</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="12" />
        <source>columnMode</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="13" />
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="14" />
        <source>invertValue</source>
        <translation>inverser les valeurs</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="15" />
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="16" />
        <source>scaling stroke</source>
        <translation>épaisseur mise à l’échelle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="17" />
        <source>separator</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="18" />
        <source>width</source>
        <translation>largeur</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="19" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ajuster cet axe chaque fois que les données affichées changent.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="23" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Permettre à la souris de déplacer et d’agrandir cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="26" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverser cet axe (+y vers le bas au lieu du haut).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="30" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Lier cet axe à une autre vue : les deux vues montrent alors la même plage.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="34" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Valeur maximale affichée sur cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="35" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Valeur minimale affichée sur cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="36" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Pourcentage des données visibles en ajustement automatique. Le réduire aide pour des données avec des pics de bruit.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="40" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Choisir la plage de cet axe à la main (l’ajustement automatique est coupé).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="44" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Coché : l’axe se recentre sur les données, sans changer d’échelle.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="48" />
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Coché : l’axe ne s’ajuste qu’aux données visibles le long de l’autre axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="52" />
        <source>Alpha</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="53" />
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="54" />
        <source>Auto Pan Only</source>
        <translation>Recentrer seulement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="55" />
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>Sous-échantillonner selon la plage visible (suppose des valeurs de X régulièrement espacées).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="58" />
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="59" />
        <source>Clip to View</source>
        <translation>Couper à la vue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="60" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="61" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="62" />
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>Afficher la moyenne des courbes de ce graphique ; la liste permet de choisir les paramètres à moyenner (s’il y en a).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="66" />
        <source>Downsample</source>
        <translation>Sous-échantillonner</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="67" />
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>Sous-échantillonner en suivant le minimum et le maximum des données : le plus fidèle, mais le plus lent.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="71" />
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>Sous-échantillonner en gardant le premier de N points : le plus rapide, le moins précis.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="74" />
        <source>Downsample by taking the mean of N samples.</source>
        <translation>Sous-échantillonner en prenant la moyenne de N points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="75" />
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>Sous-échantillonner avant de tracer (un point sur N).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="76" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="77" />
        <source>Export format</source>
        <translation>Format d’exportation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="78" />
        <source>Export options</source>
        <translation>Options d’exportation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="79" />
        <source>Forget hidden traces</source>
        <translation>Oublier les courbes masquées</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="80" />
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>Si « Courbes max » est coché, oublier les courbes masquées (économise la mémoire, mais on ne peut plus les réafficher).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="84" />
        <source>If multiple curves are displayed in this plot, check "Max Traces" and set this value to limit the number of traces that are displayed.</source>
        <translation>Si ce graphique montre plusieurs courbes, cocher « Courbes max » et choisir ce nombre pour limiter les courbes affichées.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="88" />
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>Si ce graphique montre plusieurs courbes, cocher pour limiter le nombre de courbes affichées.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="92" />
        <source>Invert Axis</source>
        <translation>Inverser l’axe</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="93" />
        <source>Item to export:</source>
        <translation>Élément à exporter :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="94" />
        <source>Link Axis:</source>
        <translation>Lier l’axe :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="95" />
        <source>Log X</source>
        <translation>X logarithmique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="96" />
        <source>Log Y</source>
        <translation>Y logarithmique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="97" />
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="98" />
        <source>Max Traces:</source>
        <translation>Courbes max :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="99" />
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="100" />
        <source>Mouse Enabled</source>
        <translation>Souris active</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="101" />
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="102" />
        <source>Peak</source>
        <translation>Pics</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="103" />
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>Ne tracer que la partie visible de chaque courbe (suppose des valeurs de X régulièrement espacées).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="106" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="107" />
        <source>Power Spectrum (FFT)</source>
        <translation>Spectre de puissance (FFT)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="108" />
        <source>PyQtGraph</source>
        <translation>PyQtGraph</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="109" />
        <source>Show X Grid</source>
        <translation>Grille en X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="110" />
        <source>Show Y Grid</source>
        <translation>Grille en Y</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="111" />
        <source>Subsample</source>
        <translation>Sous-échantillon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="112" />
        <source>Subtract Mean</source>
        <translation>Retirer la moyenne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="113" />
        <source>Visible Data Only</source>
        <translation>Données visibles seulement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="114" />
        <source>Y vs. Y'</source>
        <translation>Y en fonction de Y'</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="115" />
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="116" />
        <source>x</source>
        <translation>x</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="117" />
        <source>Export...</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>GuidedMode</name>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="63" />
        <source>‹ Back</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="64" />
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="65" />
        <source>Previous step (Page Up, Left)</source>
        <translation>Étape précédente (Page précédente, Gauche)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="66" />
        <source>Next step (Page Down, Right, Space)</source>
        <translation>Étape suivante (Page suivante, Droite, Espace)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="69" />
        <source>&amp;Guided mode</source>
        <translation>Mode &amp;guidé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="72" />
        <source>Walk through the chapter step by step, as the slides do</source>
        <translation>Parcourir le chapitre étape par étape, comme les diapositives</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="110" />
        <source>This chapter has no guided steps: explore it freely.</source>
        <translation>Ce chapitre n’a pas d’étapes guidées : explorez-le librement.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="118" />
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/guided.py" line="121" />
        <source>This step could not be shown: %1</source>
        <translation>Cette étape n’a pas pu être montrée : %1</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../nnviz/qt/help.py" line="35" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="38" />
        <source>Guided mode: next step</source>
        <translation>Mode guidé : étape suivante</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="39" />
        <source>Page Down, Right or Space</source>
        <translation>Page suivante, Droite ou Espace</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="44" />
        <source>Guided mode: previous step</source>
        <translation>Mode guidé : étape précédente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="45" />
        <source>Page Up or Left</source>
        <translation>Page précédente ou Gauche</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="50" />
        <source>Move between controls</source>
        <translation>Passer d’une commande à l’autre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="51" />
        <source>Tab and Shift+Tab</source>
        <translation>Tab et Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="63" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="68" />
        <source>Action</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="68" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="103" />
        <source>&lt;p&gt;The course &lt;i&gt;%1&lt;/i&gt;, one live tab per chapter: every number editable, every formula shown with its values.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le cours &lt;i&gt;%1&lt;/i&gt;, un onglet vivant par chapitre : chaque nombre modifiable, chaque formule montrée avec ses valeurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="108" />
        <source>&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="111" />
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="114" />
        <source>Log file (send it with a report of a problem): %1</source>
        <translation>Fichier journal (à joindre au signalement d’un problème) : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="133" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/help.py" line="126" />
        <source>About nnviz</source>
        <translation>À propos de nnviz</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="66" />
        <source>This lesson has a chapter that this nnviz does not have: %1</source>
        <extracomment>The part of a chapter's state that the Practice panel keeps (the kind and the seed of a teacher's sheet).</extracomment>
        <translation>Cette leçon a un chapitre que ce nnviz n’a pas : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="93" />
        <source>No chapter “%1” here: the lesson opens on the current one.</source>
        <translation>Pas de chapitre « %1 » ici : la leçon s’ouvre sur le chapitre actuel.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="113" />
        <source>&amp;Open lesson…</source>
        <translation>&amp;Ouvrir une leçon…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="115" />
        <source>&amp;Save lesson</source>
        <translation>&amp;Enregistrer la leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="117" />
        <source>Save lesson &amp;as…</source>
        <translation>Enregistrer la leçon &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="118" />
        <source>Open &amp;recent</source>
        <translation>Leçons &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="121" />
        <source>&amp;Example lessons</source>
        <translation>Leçons d’e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../../nnviz/app.py" line="267" />
        <location filename="../../nnviz/qt/lesson_io.py" line="147" />
        <source>Cannot open this lesson</source>
        <translation>Impossible d’ouvrir cette leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="148" />
        <source>“%1” cannot be opened: %2. Nothing was changed.</source>
        <translation>« %1 » ne peut pas être ouvert : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="151" />
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="156" />
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="157" />
        <source>nnviz lessons (*.json);;All files (*)</source>
        <translation>Leçons nnviz (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="177" />
        <source>Save lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="177" />
        <source>nnviz lessons (*.json)</source>
        <translation>Leçons nnviz (*.json)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="186" />
        <source>Cannot save this lesson</source>
        <translation>Impossible d’enregistrer cette leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="187" />
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="190" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="218" />
        <source>No recent lessons</source>
        <translation>Aucune leçon récente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_io.py" line="232" />
        <source>No example lessons</source>
        <translation>Aucune leçon d’exemple</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="232" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="241" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="247" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="251" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="252" />
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="261" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="264" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="283" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="284" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="290" />
        <source>&amp;About nnviz</source>
        <translation>À &amp;propos de nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="294" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="306" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/main_window.py" line="307" />
        <source>nnviz will speak %1 the next time it starts.</source>
        <translation>nnviz parlera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="118" />
        <source>Alpha</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="119" />
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="120" />
        <source>Downsample</source>
        <translation>Sous-échantillonner</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="121" />
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="122" />
        <source>Plot Options</source>
        <translation>Options du graphique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="123" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="124" />
        <source>Transforms</source>
        <translation>Transformations</translation>
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
        <location filename="../../nnviz/qt/teacher.py" line="89" />
        <source>&amp;Simple view (for a class)</source>
        <translation>Vue &amp;simplifiée (pour la classe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="92" />
        <source>Hide the finer controls while you teach; untick for the full view</source>
        <translation>Masquer les réglages fins pendant le cours ; décocher pour la vue complète</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="95" />
        <source>&amp;What to try in this chapter</source>
        <translation>&amp;Que tester dans ce chapitre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="133" />
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
    <name>ViewBox</name>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="125" />
        <source>1 button</source>
        <translation>1 bouton</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="126" />
        <source>3 button</source>
        <translation>3 boutons</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="127" />
        <source>Mouse Mode</source>
        <translation>Mode de la souris</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="128" />
        <source>View All</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="129" />
        <source>ViewBox options</source>
        <translation>Options de la vue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/pyqtgraph_strings.py" line="130" />
        <source>axis</source>
        <translation>(axe)</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../nnviz/qt/accessibility.py" line="90" />
        <source>list</source>
        <extracomment>The text of the last event sent per source (tests count events here too).</extracomment>
        <translation>liste</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility.py" line="91" />
        <source>scrolling area</source>
        <translation>zone défilante</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility.py" line="92" />
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility.py" line="93" />
        <source>control</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility.py" line="114" />
        <source>Controls</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility.py" line="141" />
        <source>%1 %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="28" />
        <source>Network diagram</source>
        <extracomment>Names of the graphics views that have no title of their own, by objectName.</extracomment>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="29" />
        <source>Convolution pipeline: image, filter, feature map, pooling</source>
        <translation>Chaîne de la convolution : image, filtre, carte de caractéristiques, pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="30" />
        <source>Fully connected network after pooling</source>
        <translation>Réseau entièrement connecté après le pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="31" />
        <source>Confusion matrix of the test digits</source>
        <translation>Matrice de confusion des chiffres de test</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="32" />
        <source>Filters and feature maps</source>
        <translation>Filtres et cartes de caractéristiques</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="33" />
        <source>Test digits classified wrongly</source>
        <translation>Chiffres de test mal classés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="34" />
        <source>LSTM cell</source>
        <translation>Cellule LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="35" />
        <source>Unrolled recurrent network</source>
        <translation>Réseau récurrent déroulé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="36" />
        <source>Recurrent network with its feedback loop</source>
        <translation>Réseau récurrent avec sa boucle de rétroaction</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="55" />
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="60" />
        <source>Diagram</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="81" />
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="99" />
        <source>%1: %2 %3 has %4 %5</source>
        <translation>%1 : %2 %3 donne %4 %5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="101" />
        <source>%1: %2 points, the lowest %3 %4 is at %5 %6, the last %3 %7 at %5 %8</source>
        <translation>%1 : %2 points, le plus petit %3 %4 est à %5 %6, le dernier %3 %7 à %5 %8</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="115" />
        <source>curve %1</source>
        <translation>courbe %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="120" />
        <source>%1: nothing drawn yet (0 points)</source>
        <translation>%1 : rien de tracé pour l’instant (0 point)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/accessibility_describe.py" line="143" />
        <source>%1: nothing written (0 labels)</source>
        <translation>%1 : rien d’écrit (0 étiquette)</translation>
    </message>
</context>
<context>
    <name>backprop_lesson</name>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="24" />
        <source>%1 must be a finite number, not %2</source>
        <translation>%1 doit être un nombre fini, et non %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="26" />
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 doit être compris entre %2 et %3, et non %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="33" />
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 doit être l’une de ces valeurs : %2, et non %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="40" />
        <source>%1 must give a value for each of %2</source>
        <translation>%1 doit donner une valeur pour chacun de : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="47" />
        <source>%1 must be true or false, not %2</source>
        <translation>%1 doit valoir true ou false, et non %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="54" />
        <source>the chapter 3 state must be a dictionary</source>
        <translation>l’état du chapitre 3 doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="58" />
        <source>missing %1</source>
        <translation>il manque %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="59" />
        <source>unknown %1</source>
        <translation>inconnu : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="60" />
        <source>chapter 3 state: %1</source>
        <translation>état du chapitre 3 : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="63" />
        <source>data must have a 'dose' list and an 'efficacy' list</source>
        <translation>data doit avoir une liste 'dose' et une liste 'efficacy'</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="67" />
        <source>data needs two lists of the same length, with 2 to %1 points</source>
        <translation>data demande deux listes de même longueur, de 2 à %1 points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="75" />
        <source>seed must be a whole number from 0 to %1, not %2</source>
        <translation>seed doit être un nombre entier de 0 à %1, et non %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="77" />
        <source>a dose</source>
        <translation>une dose</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="77" />
        <source>an efficacy</source>
        <translation>une efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="148" />
        <source>Main ideas: only b3 is trained; the other six parameters are already good.</source>
        <translation>Idées clés : seul b3 est entraîné ; les six autres paramètres sont déjà bons.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="150" />
        <source>dSSR/db3 = Σ −2 × (Observed − Predicted) × 1 = −15.7 at b3 = 0: the tangent's slope.</source>
        <translation>dSSR/db3 = Σ −2 × (Observé − Prédit) × 1 = −15,7 en b3 = 0 : la pente de la tangente.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="152" />
        <source>Step Size = −15.7 × 0.1 = −1.57, so the new b3 = 0 − (−1.57) = 1.57.</source>
        <translation>Taille du pas = −15,7 × 0,1 = −1,57, donc le nouveau b3 = 0 − (−1,57) = 1,57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="155" />
        <source>Step after step the squiggle rises; b3 stops near 2.61, at the bottom of the SSR curve.</source>
        <translation>Pas après pas, la courbe monte ; b3 s’arrête vers 2,61, au fond de la courbe de la SSR.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="157" />
        <source>dSSR/dw3 = dSSR/dPredicted × dPredicted/dw3 = Σ −2 × (Observed − Predicted) × y₁.</source>
        <translation>dSSR/dw3 = dSSR/dPrédit × dPrédit/dw3 = Σ −2 × (Observé − Prédit) × y₁.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="159" />
        <source>dSSR/dw1 needs four factors: back through w3 and the top node's softplus, eˣ / (1 + eˣ), to the Input.</source>
        <translation>dSSR/dw1 demande quatre facteurs : on remonte par w3 et la softplus du nœud du haut, eˣ / (1 + eˣ), jusqu’à l’entrée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="161" />
        <source>dSSR/db1: the same chain, but dx₁/db1 = 1.</source>
        <translation>dSSR/db1 : la même chaîne, mais dx₁/db1 = 1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="162" />
        <source>Gradient check: for every parameter, the chain rule agrees with a finite difference.</source>
        <translation>Vérification du gradient : pour chaque paramètre, la règle de la chaîne concorde avec une différence finie.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="164" />
        <source>Initial values: weights from a standard normal distribution, biases 0 (seed 0).</source>
        <translation>Valeurs initiales : poids tirés d’une loi normale centrée réduite, biais à 0 (graine 0).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/lesson.py" line="166" />
        <source>Training all seven parameters: the SSR falls while the squiggle fits the data.</source>
        <translation>Entraînement des sept paramètres : la SSR baisse tandis que la courbe s’ajuste aux données.</translation>
    </message>
</context>
<context>
    <name>backprop_nodes</name>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="14" />
        <source>Hidden nodes: the deck's network has 2. New nodes start with a random input weight, bias 0 and output weight 0, so the squiggle is unchanged until they are trained</source>
        <translation>Nœuds cachés : le réseau du cours en a 2. Un nouveau nœud part d’un poids d’entrée aléatoire, d’un biais 0 et d’un poids de sortie 0 : la courbe ne change pas tant qu’il n’est pas entraîné</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="18" />
        <source>Main ideas: only b3</source>
        <extracomment>The deck's training modes as `backprop.MODES` names them (listed here for Qt's translation tools).</extracomment>
        <translation>Idées clés : b3 seul</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="19" />
        <source>w3, w4 and b3</source>
        <translation>w3, w4 et b3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="20" />
        <source>All seven parameters</source>
        <translation>Les sept paramètres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="29" />
        <source>Main ideas: only b_out</source>
        <translation>Idées clés : b_out seul</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="31" />
        <source>%1 and b_out</source>
        <translation>%1 et b_out</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="32" />
        <source>All %1 parameters</source>
        <translation>Les %1 paramètres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/nodes.py" line="57" />
        <source>number of hidden nodes</source>
        <translation>nombre de nœuds cachés</translation>
    </message>
</context>
<context>
    <name>backprop_views</name>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="44" />
        <source>Softplus</source>
        <extracomment>One colour per hidden node (as the theme's "top"/"bottom" roles), one dash style per kind of parameter. The names of the hidden nodes' activations as `activations` writes them (listed for Qt's translation tools).</extracomment>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="44" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="45" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="45" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="77" />
        <source>Weights and biases</source>
        <translation>Poids et biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="82" />
        <source>Ticked: trained. Empty: frozen.</source>
        <translation>Coché : entraîné. Vide : figé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="96" />
        <source>train</source>
        <translation>entraîner</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="100" />
        <source>Train %1 (ticked) or keep it frozen at its value (empty)</source>
        <translation>Entraîner %1 (coché) ou le garder figé à sa valeur (vide)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="102" />
        <source>train %1</source>
        <translation>entraîner %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="105" />
        <source>%1: type a value from −100 to 100 and press Enter (a new run starts there)</source>
        <translation>%1 : tapez une valeur de −100 à 100 puis Entrée (un nouvel entraînement part de là)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="144" />
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="145" />
        <source>Backpropagation
(chain rule)</source>
        <translation>Rétropropagation
(règle de la chaîne)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="146" />
        <source>Finite difference
(h = 0.00001)</source>
        <translation>Différence finie
(h = 0,00001)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="147" />
        <source>Relative
difference</source>
        <translation>Différence
relative</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="148" />
        <source>Agree?</source>
        <translation>Accord ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="155" />
        <source>(SSR(p + h) − SSR(p − h)) / 2h: the slope of the SSR curve measured over a tiny step h on each side, without the chain rule</source>
        <translation>(SSR(p + h) − SSR(p − h)) / 2h : la pente de la courbe de la SSR mesurée sur un tout petit pas h de chaque côté, sans la règle de la chaîne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="181" />
        <source>✓ yes</source>
        <translation>✓ oui</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="181" />
        <source>relative difference ≤ 0.00001</source>
        <translation>différence relative ≤ 0,00001</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="182" />
        <source>✗ no</source>
        <translation>✗ non</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="182" />
        <source>they differ</source>
        <translation>elles diffèrent</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="183" />
        <source>ReLU kink</source>
        <translation>coude de ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="184" />
        <source>x = 0 for a data point: ReLU's derivative jumps there (0 on the left, 1 on the right), so the finite difference lands in between</source>
        <translation>x = 0 pour un point de données : la dérivée de ReLU y saute (0 à gauche, 1 à droite), donc la différence finie tombe entre les deux</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="203" />
        <source>Data and squiggle</source>
        <translation>Données et courbe</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="204" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="204" />
        <source>Efficacy</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="208" />
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="210" />
        <source>Residuals</source>
        <translation>Résidus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="212" />
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="281" />
        <source>SSR for each %1</source>
        <translation>SSR selon %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="217" />
        <source>Tangent</source>
        <translation>Tangente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="220" />
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="223" />
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="225" />
        <source>SSR after each step</source>
        <translation>SSR pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="225" />
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="232" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="231" />
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="257" />
        <source>Each parameter after each step</source>
        <translation>Chaque paramètre après chaque pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="232" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="258" />
        <source>Each parameter after each step (colour: hidden node; solid w, dotted b, dashed v)</source>
        <translation>Chaque paramètre après chaque pas (couleur : nœud caché ; w plein, b pointillé, v tireté)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="290" />
        <source>%1 is frozen: it keeps its value %2.</source>
        <translation>%1 est figé : il garde sa valeur %2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/views.py" line="294" />
        <source>Step Size = %1 × %2 = %3;  New %4 = %5 − %6 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>Taille du pas = %1 × %2 = %3 ;  nouveau %4 = %5 − %6 = &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>backpropagation</name>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="85" />
        <source>Which parameters are trained, from which start (the deck's examples)</source>
        <translation>Quels paramètres sont entraînés, et depuis quel départ (les exemples du cours)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="94" />
        <source>The activation function of the hidden nodes</source>
        <translation>La fonction d’activation des nœuds cachés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="100" />
        <source>The parameter whose derivative the chain rule writes out (or click the network)</source>
        <translation>Le paramètre dont la règle de la chaîne détaille la dérivée (ou cliquez sur le réseau)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="108" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="109" />
        <source>The same seed gives the same random start, so a class can reproduce a run</source>
        <translation>La même graine donne le même départ aléatoire : toute la classe peut refaire le même entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="111" />
        <source>New random start</source>
        <translation>Départ aléatoire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="113" />
        <source>The deck's rule: weights from a standard normal distribution, biases 0 (all are trained). The seed goes up by one each time.</source>
        <translation>La règle du cours : poids tirés d’une loi normale centrée réduite, biais à 0 (tous sont entraînés). La graine augmente de un à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="117" />
        <source>Deck's start</source>
        <translation>Départ du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="119" />
        <source>Back to this mode's start values, learning rate and the deck's data</source>
        <translation>Revenir aux valeurs de départ de ce mode, à son taux d’apprentissage et aux données du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="124" />
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="125" />
        <source>Hidden nodes</source>
        <translation>Nœuds cachés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="126" />
        <source>Chain rule for</source>
        <translation>Règle de la chaîne :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="151" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="158" />
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="272" />
        <source>The chain rule for %1</source>
        <translation>Règle de la chaîne pour %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="159" />
        <source>Gradient check</source>
        <translation>Vérification du gradient</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="160" />
        <source>SSR after each step</source>
        <translation>SSR pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="161" />
        <source>Parameters after each step</source>
        <translation>Paramètres pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="205" />
        <source>Reset.</source>
        <translation>Réinitialisé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="233" />
        <source>Cannot train to the end: every stopping rule is off. Switch one on.</source>
        <translation>Impossible d’entraîner jusqu’au bout : toutes les règles d’arrêt sont désactivées. Activez-en une.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="245" />
        <source>Random start from seed %1: weights from a standard normal, biases 0.</source>
        <translation>Départ aléatoire avec la graine %1 : poids tirés d’une loi normale, biais à 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="347" />
        <source>&lt;b&gt;Step %1&lt;/b&gt; (SSR = %2): %3</source>
        <translation>&lt;b&gt;Pas %1&lt;/b&gt; (SSR = %2) : %3</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <location filename="../../nnviz/qt/chapters/base.py" line="105" />
        <source>Code</source>
        <extracomment>The chapters with a Code view: `nnviz.core.codegen.CHAPTERS`'s keys (a test checks they agree), written out so that building a tab does not import the code generators (they are imported when Code is first pressed).</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/base.py" line="107" />
        <source>This chapter as a Python script (NumPy or PyTorch) that computes the numbers on screen and trains as Run does</source>
        <translation>Ce chapitre en script Python (NumPy ou PyTorch) qui calcule les nombres affichés et s’entraîne comme Lancer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/base.py" line="127" />
        <source>Chapter %1 as code</source>
        <translation>Le chapitre %1 en code</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/base.py" line="169" />
        <source>chapter %1 keeps no state</source>
        <translation>le chapitre %1 ne garde aucun état</translation>
    </message>
</context>
<context>
    <name>chain_ledger</name>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="24" />
        <source>(1 if x &gt; 0, else 0)</source>
        <extracomment>dy/dx as the slides write it for each hidden-node activation, and its short form for a column header.</extracomment>
        <translation>(1 si x &gt; 0, sinon 0)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="25" />
        <source>1 if x &gt; 0</source>
        <translation>1 si x &gt; 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="32" />
        <source>dSSR/dPredicted</source>
        <translation>dSSR/dPrédit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="32" />
        <source>−2 × (Observedᵢ − Predictedᵢ)</source>
        <translation>−2 × (Observéᵢ − Préditᵢ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="33" />
        <source>−2 × (Obs − Pred)</source>
        <translation>−2 × (Obs − Préd)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="34" />
        <source>dPredicted/d%1</source>
        <translation>dPrédit/d%1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="35" />
        <source>Inputᵢ</source>
        <translation>Entréeᵢ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="130" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="130" />
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="131" />
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="132" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="140" />
        <source>data point</source>
        <translation>point de données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="140" />
        <source>product = %1</source>
        <translation>produit = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/chain_ledger.py" line="153" />
        <source> + … (%1 terms)</source>
        <translation> + … (%1 termes)</translation>
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
        <translation>Réseaux convolutifs (CNN)</translation>
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
        <translation>Réseaux récurrents et LSTM</translation>
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
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="64" />
        <source>A filter finds a pattern anywhere in the image; Max Pooling keeps the strongest match, so small shifts don't matter.</source>
        <translation>Un filtre trouve un motif n’importe où dans l’image ; le max pooling garde la meilleure correspondance, si bien que de petits décalages ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/tab.py" line="59" />
        <source>The chain rule gives dSSR/d every weight and bias; gradient descent then trains them all.</source>
        <translation>La règle de la chaîne donne dSSR/d de chaque poids et de chaque biais ; la descente de gradient les entraîne ensuite tous.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/conclusion/tab.py" line="73" />
        <source>A neural network bends activation functions into a squiggle that fits the data; gradient descent and backpropagation find its weights.</source>
        <translation>Un réseau de neurones plie des fonctions d’activation en une courbe qui suit les données ; la descente de gradient et la rétropropagation trouvent ses poids.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="83" />
        <source>Take steps downhill on the SSR curve: Step Size = derivative × Learning Rate.</source>
        <translation>Descendre la courbe de la SSR pas à pas : taille du pas = dérivée × taux d’apprentissage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="57" />
        <source>A feedback loop lets yesterday and today both count; unrolled, it multiplies by w2 again and again (exploding/vanishing gradient); LSTM's gates keep a Long-Term Memory instead.</source>
        <extracomment>Which view's ledger a practice card stands in, for which exercise kinds.</extracomment>
        <translation>Une boucle de rétroaction fait compter hier et aujourd’hui ; déroulée, elle multiplie par w2 encore et encore (gradient qui explose / qui s’évanouit) ; les portes du LSTM gardent plutôt une mémoire à long terme.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="57" />
        <source>No straight line fits the dosage data; two activation curves, scaled and added, make a squiggle that does.</source>
        <translation>Aucune droite ne s’ajuste aux données de dosage ; deux courbes d’activation, mises à l’échelle puis additionnées, forment une courbe sinueuse qui s’y ajuste.</translation>
    </message>
</context>
<context>
    <name>cnn</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="54" />
        <source>Convolution, step by step</source>
        <translation>La convolution pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="55" />
        <source>The classifier, written out</source>
        <translation>Le classifieur en détail</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="56" />
        <source>Why a CNN?</source>
        <translation>Pourquoi un CNN ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="56" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="89" />
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="222" />
        <source>Input image (%1×%1 pixels)</source>
        <translation>Image d’entrée (%1×%1 pixels)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="93" />
        <source>Start from the deck's letter O, its letter X or a blank image</source>
        <translation>Partir de la lettre O du cours, de sa lettre X ou d’une image vide</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="94" />
        <source>Letter O</source>
        <translation>Lettre O</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="94" />
        <source>Letter X</source>
        <translation>Lettre X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="95" />
        <source>Blank</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="100" />
        <source>Shift:</source>
        <translation>Décaler :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="112" />
        <source>Ink (paint value)</source>
        <translation>Encre (valeur peinte)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="113" />
        <source>The value a click paints: 1 = black, 0.5 = grey</source>
        <translation>La valeur qu’un clic peint : 1 = noir, 0,5 = gris</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="116" />
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="329" />
        <source>Paint: click or drag on the picture. Erase: right-click.</source>
        <translation>Peindre : cliquer ou glisser sur l’image. Effacer : clic droit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="123" />
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="149" />
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="130" />
        <source>Cross Entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="133" />
        <source>Deck's values</source>
        <translation>Valeurs du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="135" />
        <source>The deck's O, its diagonal filter with bias −2 and the classifier's weights</source>
        <translation>Le O du cours, son filtre diagonal de biais −2 et les poids du classifieur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="157" />
        <source>ReLU, Max Pooling and the classifier</source>
        <translation>ReLU, max pooling et le classifieur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="233" />
        <source>Imported from %1: %2</source>
        <translation>Importée depuis %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="252" />
        <source>Reset.</source>
        <translation>Réinitialisé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="331" />
        <source>Paint: click or drag on the picture. Erase: right-click. Pixels too small for numbers: hover one for its value.</source>
        <translation>Peindre : cliquer ou glisser sur l’image. Effacer : clic droit. Pixels trop petits pour leurs nombres : survolez-en un pour voir sa valeur.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="336" />
        <source>The whole pipeline, written out</source>
        <translation>Toute la chaîne en détail</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="338" />
        <source>Each Feature Map cell = Σ pixel × filter value + bias (%1). Press &lt;b&gt;Step&lt;/b&gt; to move the filter one window at a time, or &lt;b&gt;Play&lt;/b&gt; to watch it fill the Feature Map cell by cell.</source>
        <translation>Chaque case de la carte de caractéristiques = Σ pixel × valeur du filtre + biais (%1). Appuyez sur &lt;b&gt;Un pas&lt;/b&gt; pour déplacer le filtre d’une fenêtre à la fois, ou sur &lt;b&gt;Lecture&lt;/b&gt; pour le voir remplir la carte de caractéristiques case par case.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/tab.py" line="343" />
        <source>The filter on one window</source>
        <translation>Le filtre sur une fenêtre</translation>
    </message>
</context>
<context>
    <name>cnn_editors</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="20" />
        <source>b1 (hidden)</source>
        <extracomment>Classifier field → (objectName, label on screen, translated when shown).</extracomment>
        <translation>b1 (caché)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="21" />
        <source>O weight</source>
        <translation>Poids O</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="22" />
        <source>O bias</source>
        <translation>Biais O</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="23" />
        <source>X weight</source>
        <translation>Poids X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="24" />
        <source>X bias</source>
        <translation>Biais X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="26" />
        <source>diagonal (the deck's)</source>
        <extracomment>The names of `cnn.FILTER_PRESETS` (the keys stay English; the list shows them translated).</extracomment>
        <translation>diagonale (celle du cours)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="27" />
        <source>vertical edge</source>
        <translation>bord vertical</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="27" />
        <source>horizontal edge</source>
        <translation>bord horizontal</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="28" />
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="37" />
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="112" />
        <source>Filter (3×3) and bias</source>
        <translation>Filtre (3×3) et biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="40" />
        <source>The filter's nine values: each Feature Map cell is Σ pixel × filter value + bias</source>
        <translation>Les neuf valeurs du filtre : chaque case de la carte de caractéristiques vaut Σ pixel × valeur du filtre + biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="49" />
        <source>Filter value, row %1, column %2</source>
        <translation>Valeur du filtre, ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="53" />
        <source>Filter row %1 column %2</source>
        <translation>Filtre ligne %1 colonne %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="57" />
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="58" />
        <source>Added to every Feature Map cell (the deck uses −2)</source>
        <translation>Ajouté à chaque case de la carte de caractéristiques (le cours utilise −2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="62" />
        <source>Put a ready-made filter in: the deck's diagonal, a vertical or horizontal edge, identity</source>
        <translation>Mettre un filtre tout prêt : la diagonale du cours, un bord vertical ou horizontal, l’identité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="64" />
        <source>Choose a filter…</source>
        <translation>Choisir un filtre…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="70" />
        <source>Which filter the nine fields and the bias show and edit</source>
        <translation>Le filtre que les neuf champs et le biais montrent et modifient</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="107" />
        <source>Filter %1 of %2</source>
        <translation>Filtre %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="111" />
        <source>Filters (3×3) and biases</source>
        <translation>Filtres (3×3) et biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="142" />
        <source>Classifier weights and biases</source>
        <translation>Poids et biais du classifieur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="155" />
        <source>%1: type a number from −20 to 20 and press Enter</source>
        <translation>%1 : tapez un nombre de −20 à 20 puis Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="171" />
        <source>Hidden = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1); O = O weight × Hidden + O bias.</source>
        <translation>Caché = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1) ; O = poids O × Caché + biais O.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="173" />
        <source>Hidden = ReLU(Σ of the %1 pooled values × their weights + b1): too many weights to type, so training sets them. O = O weight × Hidden + O bias.</source>
        <translation>Caché = ReLU(Σ des %1 valeurs après pooling × leurs poids + b1) : trop de poids à taper, c’est l’entraînement qui les fixe. O = poids O × Caché + biais O.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="210" />
        <source>the chapter 4 state must be a mapping</source>
        <translation>l’état du chapitre 4 doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="216" />
        <source>the chapter 4 state lacks %1</source>
        <translation>il manque %1 dans l’état du chapitre 4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="218" />
        <source>the image and the parameters must be lists of numbers</source>
        <translation>l’image et les paramètres doivent être des listes de nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="221" />
        <source>the image must be %1×%1 numbers (0 = white, 1 = black)</source>
        <translation>l’image doit compter %1×%1 nombres (0 = blanc, 1 = noir)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="223" />
        <source>there must be %1 finite parameters (classifier, filters, biases)</source>
        <translation>il faut %1 paramètres finis (classifieur, filtres, biais)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="227" />
        <source>a weight or filter value is out of range (classifier ±20, filter and bias ±10)</source>
        <translation>un poids ou une valeur de filtre sort des limites (classifieur ±20, filtre et biais ±10)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="231" />
        <source>unknown view %1; the views are %2</source>
        <translation>vue inconnue %1 ; les vues sont %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="236" />
        <source>the filter position must be a whole number from 0 to %1, or null</source>
        <translation>la position du filtre doit être un nombre entier de 0 à %1, ou null</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="240" />
        <source>train_filter and train_shifted must be true or false</source>
        <translation>train_filter et train_shifted doivent valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/editors.py" line="243" />
        <source>the learning rate must be a number from %1 to %2</source>
        <translation>le taux d’apprentissage doit être un nombre de %1 à %2</translation>
    </message>
</context>
<context>
    <name>cnn_pages</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="25" />
        <source>❚❚ Pause</source>
        <extracomment>Play speed slider positions → milliseconds per window position.</extracomment>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="25" />
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="44" />
        <source>&lt;b&gt;Window %1 of %2&lt;/b&gt; (orange frame): rows %3–%4, columns %5–%6; pixel × filter value:</source>
        <translation>&lt;b&gt;Fenêtre %1 sur %2&lt;/b&gt; (cadre orange) : lignes %3–%4, colonnes %5–%6 ; pixel × valeur du filtre :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="51" />
        <source>Filter %1: </source>
        <translation>Filtre %1 : </translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="53" />
        <source>→ Feature Map %1, row %2, column %3</source>
        <translation>→ carte de caractéristiques %1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="55" />
        <source>→ Feature Map, row %1, column %2</source>
        <translation>→ carte de caractéristiques, ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="57" />
        <source>Σ pixel × filter = %1</source>
        <translation>Σ pixel × filtre = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="58" />
        <source>plus the bias: %1 = &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>plus le biais : %1 = &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="73" />
        <source>Σ %1 pooled values × weights (%2)</source>
        <translation>Σ %1 valeurs après pooling × poids (%2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="75" />
        <source>%1 values, %2 above 0, largest %3</source>
        <translation>%1 valeurs, %2 au-dessus de 0, la plus grande %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="77" />
        <source>ReLU: %1 negative Feature Map cells → 0, %2 stay above 0. Max Pooling (largest of each 2×2 region): &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>ReLU : %1 cases négatives de la carte de caractéristiques → 0, %2 restent au-dessus de 0. Max pooling (la plus grande valeur de chaque zone 2×2) : &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="81" />
        <source>Hidden = ReLU(%1) = ReLU(%2) = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Caché = ReLU(%1) = ReLU(%2) = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="83" />
        <source>Hidden = %1</source>
        <translation>Caché = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="88" />
        <source>a tie: 50/50</source>
        <translation>égalité : 50/50</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="89" />
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="217" />
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="90" />
        <source>SoftMax: P(O) = e&lt;sup&gt;%1&lt;/sup&gt; / (e&lt;sup&gt;%1&lt;/sup&gt; + e&lt;sup&gt;%2&lt;/sup&gt;) = &lt;b&gt;%3&lt;/b&gt;, P(X) = &lt;b&gt;%4&lt;/b&gt;; ArgMax → %5</source>
        <translation>SoftMax : P(O) = e&lt;sup&gt;%1&lt;/sup&gt; / (e&lt;sup&gt;%1&lt;/sup&gt; + e&lt;sup&gt;%2&lt;/sup&gt;) = &lt;b&gt;%3&lt;/b&gt;, P(X) = &lt;b&gt;%4&lt;/b&gt; ; ArgMax → %5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="99" />
        <source>P(O) = %1, P(X) = %2</source>
        <translation>P(O) = %1 ; P(X) = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="110" />
        <source>Step ›</source>
        <translation>Un pas ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="111" />
        <source>Move the filter to the next window and compute that cell</source>
        <translation>Déplacer le filtre sur la fenêtre suivante et calculer cette case</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="113" />
        <source>Move the filter over the whole image, cell by cell</source>
        <translation>Promener le filtre sur toute l’image, case par case</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="114" />
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="115" />
        <source>Show the whole Feature Map at once</source>
        <translation>Afficher toute la carte de caractéristiques d’un coup</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="125" />
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="126" />
        <source>Play speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="128" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="131" />
        <source>The filter on one window</source>
        <translation>Le filtre sur une fenêtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="142" />
        <source>O shifted right</source>
        <translation>O décalé à droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="143" />
        <source>X shifted right</source>
        <translation>X décalé à droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="143" />
        <source>Your image</source>
        <translation>Votre image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="153" />
        <source>1) Fewer input nodes</source>
        <translation>1) Moins de nœuds d’entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="164" />
        <source>2) Tolerate small shifts</source>
        <translation>2) Tolère les petits décalages</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="167" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="167" />
        <source>Plain network</source>
        <translation>Réseau simple</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="169" />
        <source>The plain network: 36 inputs → O and X, trained on the unshifted O and X only</source>
        <translation>Le réseau simple : 36 entrées → O et X, entraîné seulement sur le O et le X non décalés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="183" />
        <source>3) Neighbouring pixels</source>
        <translation>3) Pixels voisins</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="202" />
        <source>After the filters and Max Pooling this CNN needs only &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après les filtres et le max pooling, ce CNN n’en nécessite que &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="204" />
        <source>After the filter and Max Pooling this CNN needs only &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après le filtre et le max pooling, ce CNN n’en nécessite que &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="206" />
        <source>After the filters and Max Pooling this CNN needs &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après les filtres et le max pooling, ce CNN en nécessite &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="208" />
        <source>After the filter and Max Pooling this CNN needs &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Après le filtre et le max pooling, ce CNN en nécessite &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="209" />
        <source>A plain network needs &lt;b&gt;%1&lt;/b&gt; input nodes, one per pixel.</source>
        <translation>Un réseau simple a besoin de &lt;b&gt;%1&lt;/b&gt; nœuds d’entrée, un par pixel.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="214" />
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="226" />
        <source>The filter is a pattern of 3×3 &lt;i&gt;neighbouring&lt;/i&gt; pixels (■ = positive value). It matches best at rows %1–%2, columns %3–%4 (Feature Map %5). A plain network sees %6 separate numbers and does not know which pixels are neighbours.</source>
        <translation>Le filtre est un motif de 3×3 pixels &lt;i&gt;voisins&lt;/i&gt; (■ = valeur positive). Il correspond le mieux aux lignes %1–%2, colonnes %3–%4 (carte de caractéristiques %5). Un réseau simple voit %6 nombres séparés et ne sait pas quels pixels sont voisins.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="237" />
        <source>Cross Entropy after each step</source>
        <translation>Entropie croisée après chaque pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="238" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="238" />
        <source>Cross Entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="246" />
        <source>Train the filter too</source>
        <translation>Entraîner aussi le filtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="248" />
        <source>Also change the nine filter values and the filter bias by backpropagation</source>
        <translation>Modifier aussi les neuf valeurs du filtre et son biais par rétropropagation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="250" />
        <source>Add shifted copies (8 more letters)</source>
        <translation>Ajouter des copies décalées (8 lettres de plus)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="252" />
        <source>Train on O and X moved one pixel right, left, down and up as well</source>
        <translation>Entraîner aussi sur O et X décalés d’un pixel à droite, à gauche, en bas et en haut</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="257" />
        <source>Train on the letters O and X</source>
        <translation>Entraîner sur les lettres O et X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="272" />
        <source>Training the classifier and the filter on %1 letters.</source>
        <translation>Entraînement du classifieur et du filtre sur %1 lettres.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="274" />
        <source>Training the classifier only on %1 letters.</source>
        <translation>Entraînement du classifieur seul sur %1 lettres.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="277" />
        <source>Cross Entropy now: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Letters recognised: &lt;b&gt;%2 of %3&lt;/b&gt;</source>
        <translation>Entropie croisée actuelle : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Lettres reconnues : &lt;b&gt;%2 sur %3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="302" />
        <source>The letter “O” as 6×6 pixels: 1 = black, 0 = white</source>
        <translation>La lettre « O » en 6×6 pixels : 1 = noir, 0 = blanc</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="304" />
        <source>Shifted to the right 1 pixel: will a plain network still recognise the “O”?</source>
        <translation>Décalée d’un pixel vers la droite : un réseau simple reconnaîtra-t-il encore le « O » ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="308" />
        <source>A CNN: fewer input nodes (4, not 36), tolerates small shifts, uses neighbouring pixels</source>
        <translation>Un CNN : moins de nœuds d’entrée (4, pas 36), tolère les petits décalages, utilise les pixels voisins</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="313" />
        <source>The filter on the first window: 3 − 2 = 1</source>
        <translation>Le filtre sur la première fenêtre : 3 − 2 = 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="314" />
        <source>The next window: 1 − 2 = −1</source>
        <translation>La fenêtre suivante : 1 − 2 = −1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="316" />
        <source>The whole Feature Map, then ReLU: everything gets set to zero except for these two points</source>
        <translation>Toute la carte de caractéristiques, puis ReLU : tout passe à zéro sauf ces deux points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="321" />
        <source>Max Pooling: the maximum value of each 2×2 region</source>
        <translation>Max pooling : la valeur maximale de chaque zone 2×2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="323" />
        <source>The classifier: Hidden node, O and X, SoftMax and ArgMax say “O”</source>
        <translation>Le classifieur : nœud caché, O et X, SoftMax et ArgMax disent « O »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="327" />
        <source>The shifted “O”: Max Pooling still finds a 1, and the answer is still “O”</source>
        <translation>Le « O » décalé : le max pooling trouve encore un 1, et la réponse est toujours « O »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="331" />
        <source>The letter “X”: the filter matches along its diagonal</source>
        <translation>La lettre « X » : le filtre correspond le long de sa diagonale</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pages.py" line="335" />
        <source>Train the classifier on O and X: watch the Cross Entropy fall</source>
        <translation>Entraîner le classifieur sur O et X : regardez l’entropie croisée baisser</translation>
    </message>
</context>
<context>
    <name>cnn_picture</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="23" />
        <source>dark ink on light paper: dark = 1</source>
        <translation>encre foncée sur papier clair : foncé = 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="24" />
        <source>light on dark: light = 1</source>
        <translation>clair sur foncé : clair = 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="25" />
        <source>%1×%2 pixels averaged onto %3×%3 cells (%4).</source>
        <translation>%1×%2 pixels moyennés sur %3×%3 cases (%4).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="31" />
        <source>1 pixel value was outside 0…1 and clipped (0 = white, 1 = black).</source>
        <translation>1 valeur de pixel était hors de 0…1 et a été ramenée dans l’intervalle (0 = blanc, 1 = noir).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="32" />
        <source>%1 pixel values were outside 0…1 and clipped (0 = white, 1 = black).</source>
        <translation>%1 valeurs de pixels étaient hors de 0…1 et ont été ramenées dans l’intervalle (0 = blanc, 1 = noir).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="50" />
        <source>the clipboard holds no picture: copy a drawing (or a picture file) first</source>
        <translation>le presse-papiers ne contient pas d’image : copiez d’abord un dessin (ou un fichier image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="61" />
        <source>Your own picture, a bigger network</source>
        <translation>Votre image, un réseau plus grand</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="65" />
        <source> pixels</source>
        <translation> pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="67" />
        <source>The image is n×n pixels: 6 is the deck's, up to 28 for your own drawings.
The Feature Maps are (n−2)×(n−2), Max Pooling halves them.</source>
        <translation>L’image fait n×n pixels : 6 comme dans le cours, jusqu’à 28 pour vos dessins.
Les cartes de caractéristiques font (n−2)×(n−2), le max pooling les divise par deux.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="74" />
        <source>How many 3×3 filters: each makes its own Feature Map, ReLU and Max Pooling</source>
        <translation>Le nombre de filtres 3×3 : chacun a sa carte de caractéristiques, sa ReLU et son max pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="78" />
        <source>Import picture…</source>
        <translation>Importer une image…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="80" />
        <source>Read a PNG or JPEG drawing and average it onto the pixel grid</source>
        <translation>Lire un dessin PNG ou JPEG et le moyenner sur la grille de pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="83" />
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="85" />
        <source>Use a drawing copied to the clipboard (Ctrl+C in a drawing program)</source>
        <translation>Utiliser un dessin copié dans le presse-papiers (Ctrl+C dans un logiciel de dessin)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="101" />
        <source>Grid size</source>
        <translation>Taille de la grille</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="102" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="117" />
        <source>%1×%1 with %2 filters: %3 pooled values feed the hidden node. The deck's hand-set weights exist only for 6×6 with one filter, so the classifier starts from a seeded random start: train it (Training page) to fit O and X.</source>
        <translation>%1×%1 avec %2 filtres : %3 valeurs après pooling alimentent le nœud caché. Les poids réglés à la main du cours n’existent que pour 6×6 avec un filtre ; le classifieur part donc de valeurs aléatoires (graine fixe) : entraînez-le (page Entraînement) pour qu’il distingue O et X.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="124" />
        <source>%1×%1 with %2 filter: %3 pooled values feed the hidden node. The deck's hand-set weights exist only for 6×6 with one filter, so the classifier starts from a seeded random start: train it (Training page) to fit O and X.</source>
        <translation>%1×%1 avec %2 filtre : %3 valeurs après pooling alimentent le nœud caché. Les poids réglés à la main du cours n’existent que pour 6×6 avec un filtre ; le classifieur part donc de valeurs aléatoires (graine fixe) : entraînez-le (page Entraînement) pour qu’il distingue O et X.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="143" />
        <source>Import a picture</source>
        <translation>Importer une image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="144" />
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="154" />
        <source>Not imported: %1. The current image stays.</source>
        <translation>Non importée : %1. L’image actuelle est conservée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="163" />
        <source>Not pasted: %1. The current image stays.</source>
        <translation>Non collée : %1. L’image actuelle est conservée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/picture.py" line="165" />
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
</context>
<context>
    <name>cnn_pipeline</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="52" />
        <source>Filter</source>
        <extracomment>The panels' titles, in the order of PANELS (translated when shown).</extracomment>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="52" />
        <source>Feature Map</source>
        <translation>Carte de caractéristiques</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="53" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="53" />
        <source>Max Pooling</source>
        <translation>Max Pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="102" />
        <source>The filter slides over the image: each Feature Map cell = Σ pixel × filter + bias.
ReLU sets negative cells to 0; Max Pooling keeps the largest value of each 2×2 region.</source>
        <translation>Le filtre glisse sur l’image : chaque case de la carte de caractéristiques = Σ pixel × filtre + biais.
ReLU met les cases négatives à 0 ; le max pooling garde la plus grande valeur de chaque zone 2×2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="41" />
        <source>Cells too small for their numbers: hover a cell for its value.</source>
        <translation>Cases trop petites : survolez une case pour lire sa valeur.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="344" />
        <source>bias %1</source>
        <translation>biais %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="384" />
        <source>%1 (filter %2), row %3, column %4: %5</source>
        <translation>%1 (filtre %2), ligne %3, colonne %4 : %5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/pipeline.py" line="386" />
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
</context>
<context>
    <name>cnn_views</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="25" />
        <source>white = 0</source>
        <translation>blanc = 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="27" />
        <source>black = 1 or more</source>
        <translation>noir = 1 ou plus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="29" />
        <source>blue = below 0</source>
        <translation>bleu = sous 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="31" />
        <source>Max Pooling winner</source>
        <translation>gagnant du max pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="32" />
        <source>the filter's window</source>
        <translation>la fenêtre du filtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="104" />
        <source>Pooled</source>
        <translation>Après pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="107" />
        <source>Hidden (ReLU)</source>
        <translation>Caché (ReLU)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="112" />
        <source>SoftMax</source>
        <translation>SoftMax</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="117" />
        <source>ArgMax</source>
        <translation>ArgMax</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="162" />
        <source>×%1 weights</source>
        <translation>×%1 poids</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="170" />
        <source>%1 values</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="178" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="179" />
        <source>a tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/views.py" line="180" />
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>code_view</name>
    <message>
        <location filename="../../nnviz/qt/widgets/code_view.py" line="116" />
        <source>The chapter as a script that needs only %1</source>
        <translation>Le chapitre en un script qui n’a besoin que de %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/code_view.py" line="122" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/code_view.py" line="124" />
        <source>Copy the whole script to the clipboard</source>
        <translation>Copier tout le script dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/code_view.py" line="170" />
        <source>The code cannot follow this state: %1</source>
        <translation>Le code ne peut pas suivre cet état : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/code_view.py" line="177" />
        <source>The script reads %1: File › Export writes it beside the script.</source>
        <translation>Le script lit %1 : Fichier › Exporter l’écrit à côté du script.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../nnviz/qt/crash.py" line="106" />
        <source>nnviz met an unexpected error</source>
        <translation>nnviz a rencontré une erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/crash.py" line="111" />
        <source>Something went wrong inside nnviz: %1
Your work is still there; saving a lesson now is wise. Please send the details below to whoever looks after nnviz.</source>
        <translation>Quelque chose s’est mal passé dans nnviz : %1
Votre travail est toujours là ; mieux vaut enregistrer une leçon maintenant. Envoyez les détails ci-dessous à la personne qui s’occupe de nnviz.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/crash.py" line="113" />
        <source>The details are also written to %1.</source>
        <translation>Les détails sont aussi écrits dans %1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/crash.py" line="114" />
        <source>No log file could be written.</source>
        <translation>Aucun fichier journal n’a pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/crash.py" line="125" />
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>data_points</name>
    <message>
        <location filename="../../nnviz/qt/widgets/data_points.py" line="126" />
        <source>At least %1 points are needed.</source>
        <translation>Il faut au moins %1 points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/data_points.py" line="138" />
        <source>With more than %1 points the data is fixed: import a table to change it.</source>
        <translation>Avec plus de %1 points, les données sont figées : importez un tableau pour les changer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/data_points.py" line="146" />
        <source>At most %1 points can be drawn by hand.</source>
        <translation>On peut dessiner au plus %1 points à la main.</translation>
    </message>
</context>
<context>
    <name>data_tables</name>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="74" />
        <source>With more than %1 points the points cannot be dragged, added or removed.</source>
        <extracomment>Up to this many points the residuals are dashed, as in the deck; above it (an imported table) thin and solid: measured at 1920×1080, zoom 1.5, 300 dashed residuals took 107 ms to paint in chapter 3, 3 px solid ones 34 ms, 1 px solid ones under 1 ms.</extracomment>
        <translation>Avec plus de %1 points, on ne peut plus déplacer, ajouter ni supprimer de points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="77" />
        <source>The plot shows %1 evenly chosen points; the maths uses all %2.</source>
        <translation>Le graphique montre %1 points choisis régulièrement ; les calculs utilisent les %2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="90" />
        <source>every %1 is %2: the values must differ to be scaled to 0…1</source>
        <translation>toutes les valeurs de %1 valent %2 : elles doivent différer pour être ramenées à 0…1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="93" />
        <source>%1 scaled from %2…%3 to 0…1, as the deck does (lowest → 0, highest → 1).</source>
        <translation>%1 ramené de %2…%3 à 0…1, comme dans le cours (la plus petite valeur → 0, la plus grande → 1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="102" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/data_tables.py" line="102" />
        <source>Efficacy</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/data.py" line="19" />
        <source>“Deck's data” brings the deck's three points back.</source>
        <translation>« Données du cours » ramène les trois points du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/data.py" line="20" />
        <location filename="../../nnviz/qt/chapters/why_how/data.py" line="20" />
        <source>dosage data</source>
        <translation>données de dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/data.py" line="21" />
        <source>Read Dosage, Efficacy rows from a CSV table (up to %1); Dosages outside 0…1 are scaled to 0…1</source>
        <translation>Lire des lignes Dosage, Efficacité dans un tableau CSV (jusqu’à %1) ; les dosages hors de 0…1 sont ramenés à 0…1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/data.py" line="21" />
        <source>Learning Rate %1: with %2 points the SSR is that many terms, so smaller steps keep it from overshooting.</source>
        <translation>Taux d’apprentissage %1 : avec %2 points, la SSR a autant de termes, et des pas plus petits l’empêchent de dépasser le minimum.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/data.py" line="25" />
        <source>“Deck's example” brings the deck's three points back.</source>
        <translation>« Exemple du cours » ramène les trois points du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/data.py" line="26" />
        <source>data points</source>
        <translation>points de données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/data.py" line="27" />
        <source>Read x, y rows from a CSV table (up to %1 points)</source>
        <translation>Lire des lignes x, y dans un tableau CSV (jusqu’à %1 points)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/data.py" line="19" />
        <source>“Deck's start” brings the deck's three points back.</source>
        <translation>« Départ du cours » ramène les trois points du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/backpropagation/data.py" line="21" />
        <source>Read Dosage, Efficacy rows from a CSV table (up to %1); values outside the plot are scaled to 0…1</source>
        <translation>Lire des lignes Dosage, Efficacité dans un tableau CSV (jusqu’à %1) ; les valeurs hors du graphique sont ramenées à 0…1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="17" />
        <source>the values of %1 go beyond ±100: scale them first (the deck uses 0 for low, 0.5 for medium and 1 for high)</source>
        <translation>les valeurs de %1 dépassent ±100 : ramenez-les d’abord à une petite échelle (le cours utilise 0 pour bas, 0,5 pour moyen et 1 pour haut)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="20" />
        <source>%1 columns: one per company. Choose the one to import.</source>
        <translation>%1 colonnes : une par entreprise. Choisissez celle à importer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="30" />
        <source>a series needs at least %1 days to train on (%2 days and the day after)</source>
        <translation>une série doit compter au moins %1 jours pour l’entraînement (%2 jours et le jour suivant)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="46" />
        <source>“Deck's values” brings the deck's days back.</source>
        <translation>« Valeurs du cours » ramène les jours du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="48" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="62" />
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="49" />
        <source>Read the days (oldest first) from a CSV table: one column, up to %1 days</source>
        <translation>Lire les jours (le plus ancien d’abord) dans un tableau CSV : une colonne, jusqu’à %1 jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="60" />
        <source>Choose Company A or B for the deck's days again.</source>
        <translation>Choisissez l’entreprise A ou B pour retrouver les jours du cours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="63" />
        <source>Read a company's days from a CSV table: one column per company, up to %1 days</source>
        <translation>Lire les jours d’une entreprise dans un tableau CSV : une colonne par entreprise, jusqu’à %1 jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="73" />
        <source>“Deck's companies” trains on Company A and B again.</source>
        <translation>« Entreprises du cours » entraîne de nouveau sur les entreprises A et B.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="75" />
        <source>days to train on</source>
        <translation>jours d’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/data.py" line="76" />
        <source>Train on your own series (up to %1 days): every 4 days in a row and the day after make one training pair</source>
        <translation>S’entraîner sur votre propre série (jusqu’à %1 jours) : chaque suite de 4 jours et le jour suivant forment une paire d’entraînement</translation>
    </message>
</context>
<context>
    <name>digits</name>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="52" />
        <source>All ten digits (0–9)</source>
        <extracomment>During a run the accuracies and pictures are recomputed at most every SLOW_S seconds: at 0.3 s the page kept 76-81 % of a 10 ms timer's ticks, at 0.6 s (with the thin loss line below) 91-95 % (quiet machine, 1280x720). The mini-batch loss is jagged: stroking it 2 px wide cost more than a millisecond a frame (8-10 % of the ticks). The choices of classes: all ten, or two digits chosen with the two spin boxes.</extracomment>
        <translation>Les dix chiffres (0–9)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="53" />
        <source>Two digits</source>
        <translation>Deux chiffres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="89" />
        <source>Handwritten digits (UCI, 8×8)</source>
        <translation>Chiffres manuscrits (UCI, 8×8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="93" />
        <source>Learn all ten digits, or tell two of them apart</source>
        <translation>Apprendre les dix chiffres, ou en distinguer deux</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="96" />
        <source>The first of the two digits</source>
        <translation>Le premier des deux chiffres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="97" />
        <source>The second of the two digits</source>
        <translation>Le second des deux chiffres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="100" />
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="103" />
        <source>The share of each digit's images held out to test on: the network never trains on them</source>
        <translation>La part des images de chaque chiffre gardée pour le test : le réseau ne s’entraîne jamais dessus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="106" />
        <source>How many 3×3 filters the network learns</source>
        <translation>Combien de filtres 3×3 le réseau apprend</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="108" />
        <source>Images per step: each step follows the slope of this many images</source>
        <translation>Images par pas : chaque pas suit la pente de ce nombre d’images</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="110" />
        <source>The random start and the order of the images: the same seed gives the same run</source>
        <translation>Le départ aléatoire et l’ordre des images : la même graine donne le même entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="112" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="113" />
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="385" />
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="114" />
        <source>Test share</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="115" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="116" />
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="117" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="148" />
        <source>Mini-batch Cross Entropy</source>
        <translation>Entropie croisée du mini-lot</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="149" />
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="154" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="154" />
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="155" />
        <source>% right</source>
        <translation>% de réponses justes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="158" />
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="159" />
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="166" />
        <source>Which test image the filters are shown on</source>
        <translation>L’image de test sur laquelle les filtres sont montrés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="169" />
        <source>Next mistake</source>
        <translation>Erreur suivante</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="171" />
        <source>Show the next test image the network gets wrong</source>
        <translation>Montrer la prochaine image de test où le réseau se trompe</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="174" />
        <source>Test image</source>
        <translation>Image de test</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="183" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="186" />
        <source>Copy the test image</source>
        <translation>Copier l’image de test</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="188" />
        <source>Put the chosen test image on the grid, to change it pixel by pixel</source>
        <translation>Mettre l’image de test choisie sur la grille, pour la modifier pixel par pixel</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="191" />
        <source>Draw a digit: what does it say?</source>
        <translation>Dessinez un chiffre : que répond-il ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="200" />
        <source>Filter, Feature Map, Max Pooling</source>
        <translation>Filtre, carte, max pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="208" />
        <source>Rows: true · columns: answer</source>
        <translation>Lignes : vrai · colonnes : réponse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="211" />
        <source>Mistakes (true→answer)</source>
        <translation>Erreurs (vrai→réponse)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="243" />
        <source>Choose two different digits.</source>
        <translation>Choisissez deux chiffres différents.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="291" />
        <source>Mistakes: %1 of %2 (true→answer)</source>
        <translation>Erreurs : %1 sur %2 (vrai→réponse)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="297" />
        <source>true %1, says %2 (%3)</source>
        <translation>vrai %1, répond %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="303" />
        <source>Step %1 (epoch %2) · test accuracy %3 · training accuracy %4</source>
        <translation>Pas %1 (époque %2) · exactitude en test %3 · exactitude en entraînement %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="305" />
        <source>%1 training images, %2 test images; %3 parameters.</source>
        <translation>%1 images d’entraînement, %2 images de test ; %3 paramètres.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="312" />
        <source>Paint a digit on the grid.</source>
        <translation>Peignez un chiffre sur la grille.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_page.py" line="316" />
        <source>It says: %1 (%2 sure)</source>
        <translation>Il répond : %1 (sûr à %2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="37" />
        <source>the Digits page's %1 must be a whole number from %2 to %3</source>
        <translation>la valeur %1 de la page Chiffres doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="45" />
        <source>the Digits page's state must be a mapping</source>
        <translation>l’état de la page Chiffres doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="48" />
        <source>the Digits page's state must give exactly: %1</source>
        <translation>l’état de la page Chiffres doit donner exactement : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="52" />
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="56" />
        <source>the Digits page's classes must be two different digits, or all ten</source>
        <translation>les classes de la page Chiffres doivent être deux chiffres différents, ou les dix</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="64" />
        <source>the Digits page's learning rate must be a number from 0.001 to 10</source>
        <translation>le taux d’apprentissage de la page Chiffres doit être un nombre de 0,001 à 10</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="71" />
        <source>the Digits page needs %1 finite parameters for %2 filters and %3 classes</source>
        <translation>la page Chiffres demande %1 paramètres finis pour %2 filtres et %3 classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_state.py" line="77" />
        <source>the Digits page's drawing must be 8×8 numbers from 0 to 1</source>
        <translation>le dessin de la page Chiffres doit être 8×8 nombres de 0 à 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_views.py" line="99" />
        <source>Each learned filter slides over the test image: its Feature Map (blue below 0, red above), then ReLU and Max Pooling keep the strongest match of each 2×2 region.</source>
        <extracomment>Negative blue, 0 white, positive red (filters and Feature Maps: the sign is what matters). 0 white … most orange-red (counts).</extracomment>
        <translation>Chaque filtre appris glisse sur l’image de test : sa carte de caractéristiques (bleu sous 0, rouge au-dessus), puis ReLU et le max pooling gardent la meilleure correspondance de chaque région 2×2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_views.py" line="133" />
        <source>Confusion matrix of the test images: each row is the true digit, each column the network's answer. The diagonal counts the right answers.</source>
        <translation>Matrice de confusion des images de test : chaque ligne est le vrai chiffre, chaque colonne la réponse du réseau. La diagonale compte les bonnes réponses.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_views.py" line="159" />
        <source>Test images the network gets wrong: under each, the true digit → the network's answer.</source>
        <translation>Images de test où le réseau se trompe : sous chacune, le vrai chiffre → la réponse du réseau.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_views.py" line="178" />
        <source>No mistakes.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/cnn/digits_views.py" line="183" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="21" />
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="22" />
        <source>nnviz may not write there</source>
        <translation>nnviz n’a pas le droit d’écrire ici</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="23" />
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="24" />
        <source>this is not an ordinary file (a pipe, a device or a socket)</source>
        <translation>ce n’est pas un fichier ordinaire (un tube, un périphérique ou une socket)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="25" />
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="31" />
        <source>an unknown error</source>
        <translation>une erreur inconnue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="40" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="41" />
        <source>“%1” already exists in %2. Replace it?</source>
        <translation>« %1 » existe déjà dans %2. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="69" />
        <source>Replace the files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/file_dialogs.py" line="70" />
        <source>%1 already has %2 of these files (%3). Replace them?</source>
        <translation>%1 contient déjà %2 de ces fichiers (%3). Les remplacer ?</translation>
    </message>
</context>
<context>
    <name>gradient_descent</name>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="29" />
        <source>Intercept only (Slope fixed)</source>
        <translation>Ordonnée à l’origine (pente fixe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="30" />
        <source>Slope and Intercept together</source>
        <translation>Pente et ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="37" />
        <source>The data and the line</source>
        <extracomment>The texts of the plots and the ledger's title.</extracomment>
        <translation>Les données et la droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="38" />
        <source>Predicted (the line)</source>
        <translation>Prédit (la droite)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="39" />
        <source>Residuals</source>
        <translation>Résidus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="40" />
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="41" />
        <source>SSR for each Intercept</source>
        <translation>SSR pour chaque ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="42" />
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="111" />
        <source>Intercept</source>
        <translation>Ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="43" />
        <source>Tangent (derivative)</source>
        <translation>Tangente (dérivée)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="44" />
        <source>Steps taken</source>
        <translation>Pas effectués</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="45" />
        <source>Current Intercept</source>
        <translation>Ordonnée à l’origine actuelle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="46" />
        <source>SSR for each Intercept and Slope</source>
        <translation>SSR selon (ordonnée à l’origine, pente)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="47" />
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="195" />
        <source>Slope</source>
        <translation>Pente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="48" />
        <source>SSR after each step</source>
        <translation>SSR pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="49" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="50" />
        <source>The math of this step</source>
        <translation>Les calculs de ce pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="54" />
        <source>The data: three points we want a line to fit</source>
        <extracomment>The guided steps' captions, in the deck's order (translated when the steps are made).</extracomment>
        <translation>Les données : trois points qu’une droite doit approcher</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="55" />
        <source>The line y = 0.64 × x + Intercept, starting at Intercept = 0</source>
        <translation>La droite y = 0,64 × x + ordonnée à l’origine, en partant de l’ordonnée à l’origine 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="56" />
        <source>The residuals: Observed − Predicted, about 1.1, 0.4 and 1.3</source>
        <translation>Les résidus : observé − prédit, environ 1,1 ; 0,4 et 1,3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="57" />
        <source>Square them and add them up: the SSR is about 3.1</source>
        <translation>On les élève au carré et on les additionne : la SSR vaut environ 3,1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="58" />
        <source>Plug in a bunch of Intercepts: the SSR curve, with its lowest point</source>
        <translation>Essayons plein d’ordonnées à l’origine : la courbe de la SSR, avec son point le plus bas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="59" />
        <source>The derivative d SSR / d Intercept = −5.7 is the slope of the tangent</source>
        <translation>La dérivée d SSR / d ordonnée à l’origine = −5,7 est la pente de la tangente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="60" />
        <source>Step Size = −5.7 × Learning Rate 0.1 = −0.57</source>
        <translation>Taille du pas = −5,7 × taux d’apprentissage 0,1 = −0,57</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="61" />
        <source>New Intercept = 0 − (−0.57) = 0.57</source>
        <translation>Nouvelle ordonnée à l’origine = 0 − (−0,57) = 0,57</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="62" />
        <source>Keep stepping: the steps shrink as the curve flattens</source>
        <translation>On continue : les pas raccourcissent à mesure que la courbe s’aplatit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="63" />
        <source>When do we stop? SSR ≤ 0.001, a maximum number of steps, or a tiny step size</source>
        <translation>Quand s’arrêter ? SSR ≤ 0,001, un nombre maximal de pas, ou une toute petite taille du pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="65" />
        <source>Now fit the Slope and the Intercept together: the path across the SSR landscape</source>
        <translation>Ajustons maintenant la pente et l’ordonnée à l’origine ensemble : le chemin à travers le paysage de la SSR</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="106" />
        <source>Fit only the Intercept (the deck's example) or the Slope and the Intercept together</source>
        <translation>Ajuster seulement l’ordonnée à l’origine (l’exemple du cours), ou la pente et l’ordonnée à l’origine ensemble</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="112" />
        <source>The Intercept of the line; type a value to start from there</source>
        <translation>L’ordonnée à l’origine de la droite ; tapez une valeur pour partir de là</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="115" />
        <source>The Slope of the line (fixed at 0.64 in the deck's example)</source>
        <translation>La pente de la droite (fixée à 0,64 dans l’exemple du cours)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="123" />
        <source>Deck's example</source>
        <translation>Exemple du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="125" />
        <source>Back to the deck's points, Slope 0.64, Intercept 0 and Learning Rate 0.1</source>
        <translation>Revenir aux points du cours, pente 0,64, ordonnée à l’origine 0 et taux d’apprentissage 0,1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="128" />
        <source>Drag a point to move it, double-click the plot to add one, right-click a point to remove it.</source>
        <translation>Faites glisser un point pour le déplacer, double-cliquez sur le graphique pour en ajouter un, cliquez droit sur un point pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="194" />
        <source>Slope (fixed)</source>
        <translation>Pente (fixe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/tab.py" line="213" />
        <source>Reset.</source>
        <translation>Réinitialisé.</translation>
    </message>
</context>
<context>
    <name>gradient_descent_a11y</name>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/describe.py" line="16" />
        <source>SSR for each Intercept: the current Intercept %1 has SSR %2; the lowest SSR %3 is at Intercept %4</source>
        <translation>SSR pour chaque ordonnée à l’origine : l’ordonnée à l’origine actuelle %1 donne une SSR de %2 ; la plus petite SSR, %3, est à l’ordonnée à l’origine %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/describe.py" line="27" />
        <source>SSR for each Intercept and Slope: the current Intercept %1 and Slope %2 have SSR %3; the lowest SSR %4 is at Intercept %5 and Slope %6</source>
        <translation>SSR pour chaque ordonnée à l’origine et pente : l’ordonnée à l’origine actuelle %1 et la pente %2 donnent une SSR de %3 ; la plus petite SSR, %4, est à l’ordonnée à l’origine %5 et la pente %6</translation>
    </message>
</context>
<context>
    <name>gradient_descent_ledger</name>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="40" />
        <source> + … (%1 terms)</source>
        <translation> + … (%1 termes)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="49" />
        <source>&lt;b&gt;Step %1&lt;/b&gt;: Intercept = %2, Slope = %3</source>
        <translation>&lt;b&gt;Pas %1&lt;/b&gt; : ordonnée à l’origine = %2, pente = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="50" />
        <source>&lt;b&gt;Step %1&lt;/b&gt;: Intercept = %2, Slope = %3 (fixed)</source>
        <translation>&lt;b&gt;Pas %1&lt;/b&gt; : ordonnée à l’origine = %2, pente = %3 (fixe)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="51" />
        <source>, … (%1 in all)</source>
        <translation>, … (%1 en tout)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="54" />
        <source>Intercept = %1
Slope = %2</source>
        <translation>Ordonnée à l’origine = %1
Pente = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="56" />
        <source>Residuals (Observed − Predicted): %1</source>
        <translation>Résidus (observé − prédit) : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="58" />
        <source>d SSR / d Intercept = %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>d SSR / d ordonnée à l’origine = %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="60" />
        <source>d SSR / d Intercept = %1</source>
        <translation>d SSR / d ordonnée à l’origine = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="63" />
        <source>d SSR / d Slope = %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>d SSR / d pente = %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="65" />
        <source>d SSR / d Slope = %1</source>
        <translation>d SSR / d pente = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="66" />
        <source>Step Size (Intercept) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Taille du pas (ordonnée à l’origine) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="67" />
        <source>Step Size (Slope) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Taille du pas (pente) = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="68" />
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="75" />
        <source>New Intercept = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Nouvelle ordonnée à l’origine = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="69" />
        <source>New Slope = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Nouvelle pente = %1 − %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="70" />
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="76" />
        <source>New Intercept = %1</source>
        <translation>Nouvelle ordonnée à l’origine = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="71" />
        <source>New Slope = %1</source>
        <translation>Nouvelle pente = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="74" />
        <source>Step Size = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Taille du pas = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="80" />
        <source>Step Size = %1</source>
        <translation>Taille du pas = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="86" />
        <source>Lowest SSR possible with this Slope: %1 (Intercept %2)</source>
        <translation>Plus petite SSR possible avec cette pente : %1 (ordonnée à l’origine %2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/ledger.py" line="89" />
        <source>The bottom of the SSR curve: no Intercept does better with this Slope.</source>
        <translation>Le fond de la courbe de la SSR : aucune ordonnée à l’origine ne fait mieux avec cette pente.</translation>
    </message>
</context>
<context>
    <name>gradient_descent_state</name>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="20" />
        <source>%1 must hold numbers, not %2</source>
        <translation>%1 doit contenir des nombres, pas %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="25" />
        <source>%1 must be finite numbers from %2 to %3, not %4</source>
        <translation>%1 doit contenir des nombres finis de %2 à %3, pas %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="36" />
        <source>%1 must be a number, not %2</source>
        <translation>%1 doit être un nombre, pas %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="46" />
        <source>the Gradient Descent state must be an object</source>
        <translation>l’état de la descente de gradient doit être un objet</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="50" />
        <source>mode must be one of %1</source>
        <translation>mode doit valoir l’un de ces choix : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="53" />
        <source>x and y must be lists of the same length, 2 to %1 points</source>
        <translation>x et y doivent être des listes de même longueur, de 2 à %1 points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="58" />
        <source>start and current must each hold %1 number(s) in this mode</source>
        <translation>start et current doivent contenir chacun %1 nombre(s) dans ce mode</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="62" />
        <source>rules must be an object</source>
        <translation>rules doit être un objet</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/gradient_descent/state.py" line="84" />
        <source>the Gradient Descent state has no %1</source>
        <translation>l’état de la descente de gradient n’a pas de %1</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="75" />
        <source>Chapter %1: %2</source>
        <translation>Chapitre %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="89" />
        <source>The computation</source>
        <translation>Le calcul</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="124" />
        <source>Qt could not start a PDF</source>
        <translation>Qt n’a pas pu commencer un PDF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="186" />
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="192" />
        <source>Qt could not add a page to the PDF</source>
        <translation>Qt n’a pas pu ajouter une page au PDF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="239" />
        <source>Chapter handout</source>
        <translation>Support de cours du chapitre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="239" />
        <source>Course handout</source>
        <translation>Support de cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="240" />
        <source>Every figure is the app itself at that step; every number can be changed there.</source>
        <translation>Chaque figure est l’application elle-même à cette étape ; chaque nombre peut y être modifié.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="257" />
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="303" />
        <source>Answer (to %1 decimals): ____________</source>
        <extracomment>The seed of the practice sheet's numbers (1: not the deck's own, which the handout's pages already show).</extracomment>
        <translation>Réponse (à %1 décimales) : ____________</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="304" />
        <source>Answer: ____________</source>
        <translation>Réponse : ____________</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="312" />
        <source>Work each one out by hand, then check it in nnviz (Practice: compute it by hand) or with the answer key on the last page.</source>
        <translation>Calculez chacun à la main, puis vérifiez dans nnviz (S’entraîner à la main) ou avec le corrigé de la dernière page.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="314" />
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="347" />
        <source>This step could not be shown: %1</source>
        <translation>Cette étape n’a pas pu être montrée : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="314" />
        <location filename="../../nnviz/qt/handout.py" line="356" />
        <source>Practice sheet</source>
        <translation>Feuille d’exercices</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout.py" line="358" />
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="33" />
        <location filename="../../nnviz/qt/handout_dialog.py" line="99" />
        <source>Handout (PDF)</source>
        <translation>Support de cours (PDF)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="35" />
        <source>This chapter: %1</source>
        <translation>Ce chapitre : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="37" />
        <source>The whole course</source>
        <translation>Tout le cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="45" />
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="48" />
        <source>Add a practice sheet, with the answer key on the last page</source>
        <translation>Ajouter une feuille d’exercices, avec le corrigé en dernière page</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="51" />
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="53" />
        <source>Write the handout…</source>
        <translation>Écrire le support…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="76" />
        <source>Writing the handout</source>
        <translation>Écriture du support de cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="92" />
        <source>Save the handout</source>
        <translation>Enregistrer le support de cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="100" />
        <source>The handout could not be written: %1</source>
        <translation>Le support de cours n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="103" />
        <source>Handout cancelled: no file was written.</source>
        <translation>Support de cours annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/handout_dialog.py" line="105" />
        <source>Handout written: %1</source>
        <translation>Support de cours écrit : %1</translation>
    </message>
</context>
<context>
    <name>lesson_messages</name>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="18" />
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="18" />
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="19" />
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="19" />
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="20" />
        <source>a ZIP archive (or an office document)</source>
        <translation>une archive ZIP (ou un document bureautique)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="21" />
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="21" />
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="24" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="26" />
        <source>the file is %1 MB; lesson files are at most %2 MB</source>
        <translation>le fichier fait %1 Mo ; une leçon fait au plus %2 Mo</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="28" />
        <source>the file is larger than %1 MB; lesson files are at most that</source>
        <translation>le fichier dépasse %1 Mo, la taille maximale d’une leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="30" />
        <source>this file is %1, not a lesson file</source>
        <translation>ce fichier est %1, pas une leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="32" />
        <source>this is a binary file, not a lesson file (lesson files are JSON text)</source>
        <translation>c’est un fichier binaire, pas une leçon (une leçon est un texte JSON)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="34" />
        <source>the file is not UTF-8 text (bad byte at position %1)</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet invalide à la position %1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="36" />
        <source>the file is nested too deeply (more than %1 levels)</source>
        <translation>le fichier est trop imbriqué (plus de %1 niveaux)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="38" />
        <source>the file ends too early: it was probably cut off while being written (line %1)</source>
        <translation>le fichier s’arrête trop tôt : il a sans doute été coupé pendant l’écriture (ligne %1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="41" />
        <source>the file is not valid JSON (line %1, column %2)</source>
        <translation>le fichier n’est pas du JSON valide (ligne %1, colonne %2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="43" />
        <source>the file contains %1, which is not a number: lesson files hold only finite numbers</source>
        <translation>le fichier contient %1, qui n’est pas un nombre : une leçon ne contient que des nombres finis</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="46" />
        <source>this is not an nnviz lesson file</source>
        <translation>ce n’est pas une leçon nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="49" />
        <source>this lesson was written by a newer nnviz (format version %1); this nnviz reads version %2: please update nnviz</source>
        <translation>cette leçon a été écrite par un nnviz plus récent (format version %1) ; ce nnviz lit la version %2 : mettez nnviz à jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="52" />
        <source>a lesson file is a JSON object, but this file holds something else (%1)</source>
        <translation>une leçon est un objet JSON, mais ce fichier contient autre chose (%1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="54" />
        <source>there is no file “%1”</source>
        <translation>il n’y a pas de fichier « %1 »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="56" />
        <source>nnviz is not allowed to read “%1”</source>
        <translation>nnviz n’a pas le droit de lire « %1 »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="58" />
        <source>“%1” is a folder, not a lesson file</source>
        <translation>« %1 » est un dossier, pas une leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="60" />
        <source>“%1” is not an ordinary file (a pipe, a device or a socket): it cannot be a lesson file</source>
        <translation>« %1 » n’est pas un fichier ordinaire (un tube, un périphérique ou une socket) : ce ne peut pas être une leçon</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="63" />
        <source>lesson files must be UTF-8 text (this one is UTF-16)</source>
        <translation>une leçon doit être un texte UTF-8 (celle-ci est en UTF-16)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/lesson_messages.py" line="65" />
        <source>this lesson would be a file of %1 MB; lesson files are at most %2 MB: remove some imported data first</source>
        <translation>cette leçon ferait un fichier de %1 Mo ; une leçon fait au plus %2 Mo : retirez d’abord une partie des données importées</translation>
    </message>
</context>
<context>
    <name>long_work</name>
    <message>
        <location filename="../../nnviz/qt/long_work.py" line="28" />
        <source>Chapter %1, step %2 of %3</source>
        <translation>Chapitre %1, étape %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/long_work.py" line="42" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>lstm_cell</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="23" />
        <source>Forget Gate</source>
        <translation>Porte d’oubli</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="24" />
        <source>Input Gate</source>
        <translation>Porte d’entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="25" />
        <source>Potential Long-Term</source>
        <translation>Mémoire potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="26" />
        <source>Output Gate</source>
        <translation>Porte de sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="127" />
        <source>Input: no day yet</source>
        <translation>Entrée : pas encore de jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="131" />
        <source>Input (Day %1) = %2</source>
        <translation>Entrée (Jour %1) = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="133" />
        <source>Long-Term Memory %1</source>
        <translation>Mémoire à long terme %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="134" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="136" />
        <source>new %1</source>
        <translation>nouvelle %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_cell.py" line="135" />
        <source>Short-Term Memory %1</source>
        <translation>Mémoire à court terme %1</translation>
    </message>
</context>
<context>
    <name>lstm_view</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="26" />
        <source>Company A</source>
        <translation>Entreprise A</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="26" />
        <source>Company B</source>
        <translation>Entreprise B</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="27" />
        <source>Your own days</source>
        <translation>Vos propres jours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="29" />
        <source>× Short-Term Memory</source>
        <translation>× Mémoire à court terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="30" />
        <source>× Input</source>
        <translation>× Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="30" />
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="31" />
        <source>Forget Gate</source>
        <translation>Porte d’oubli</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="32" />
        <source>Input Gate</source>
        <translation>Porte d’entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="33" />
        <source>Potential Long-Term Memory</source>
        <translation>Mémoire à long terme potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="34" />
        <source>Output Gate</source>
        <translation>Porte de sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="35" />
        <source>Forget</source>
        <translation>Oubli</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="35" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="36" />
        <source>Potential</source>
        <translation>Potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="37" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="92" />
        <source>Company A and Company B differ only on Day 1</source>
        <translation>Les Entreprises A et B ne diffèrent que le Jour 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="96" />
        <source>Days 1, 2, 3, 4 (stock values)</source>
        <translation>Jours 1, 2, 3, 4 (cours de l’action)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="105" />
        <source>‹ Back</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="106" />
        <source>Go back one day</source>
        <translation>Revenir d’un jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="107" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="264" />
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="108" />
        <source>Step through the days one by one</source>
        <translation>Parcourir les jours un par un</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="110" />
        <source>Step ›</source>
        <translation>Un pas ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="111" />
        <source>Go on to the next day</source>
        <translation>Passer au jour suivant</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="131" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="140" />
        <source>Deck's values</source>
        <translation>Valeurs du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="142" />
        <source>The 12 weights and biases of the deck's (StatQuest) LSTM</source>
        <translation>Les 12 poids et biais du LSTM du cours (StatQuest)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="160" />
        <source>Today's math</source>
        <translation>Le calcul du jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="161" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="169" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="189" />
        <source>Long-Term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="190" />
        <source>Short-Term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="191" />
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="192" />
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="260" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="295" />
        <source>Days %1 (stock values)</source>
        <translation>Jours %1 (cours de l’action)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="296" />
        <source>Days (stock values): none yet</source>
        <translation>Jours (cours de l’action) : aucun pour l’instant</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="310" />
        <source>Day %1 of %2</source>
        <translation>Jour %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="311" />
        <source>No days: type some or choose a company</source>
        <translation>Aucun jour : tapez-en ou choisissez une entreprise</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="334" />
        <source>No days yet: choose Company A or B, or type the days.</source>
        <translation>Pas encore de jours : choisissez l’Entreprise A ou B, ou tapez les jours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="335" />
        <source>Both memories start at 0.</source>
        <translation>Les deux mémoires partent de 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="338" />
        <source>%1 of the Long-Term Memory is remembered</source>
        <translation>On garde %1 de la mémoire à long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="339" />
        <source>%1 of the Potential Memory is added</source>
        <translation>On ajoute %1 de la mémoire potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="340" />
        <source>%1 of the Potential Short-Term Memory is kept</source>
        <translation>On garde %1 de la mémoire à court terme potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="351" />
        <source>sum = %1
value = %2</source>
        <translation>somme = %1
valeur = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="354" />
        <source>New Long-Term Memory = %1 × %2 + %3 × %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Nouvelle mémoire à long terme = %1 × %2 + %3 × %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="357" />
        <source>Long-Term Memory = %1</source>
        <translation>Mémoire à long terme = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="358" />
        <source>New Short-Term Memory = tanh(%1) × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Nouvelle mémoire à court terme = tanh(%1) × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="360" />
        <source>Short-Term Memory = %1</source>
        <translation>Mémoire à court terme = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="363" />
        <source> (observed: %1)</source>
        <translation> (observé : %1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="364" />
        <source>&lt;b&gt;Prediction for Day %1&lt;/b&gt; = the Short-Term Memory = </source>
        <translation>&lt;b&gt;Prédiction pour le Jour %1&lt;/b&gt; = la mémoire à court terme = </translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/lstm_view.py" line="367" />
        <source>Prediction = %1</source>
        <translation>Prédiction = %1</translation>
    </message>
</context>
<context>
    <name>network_diagram</name>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="33" />
        <source>Softplus</source>
        <extracomment>the activations' names (nnviz.core.activations labels), for the translation tools; shown with `_shown`</extracomment>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="33" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="34" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="34" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="132" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="184" />
        <source>then %1</source>
        <translation>puis %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="232" />
        <source>%1 = %2
(bias; click to edit)</source>
        <translation>%1 = %2
(biais ; cliquer pour modifier)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/network_diagram.py" line="233" />
        <source>%1 = %2
(weight; click to edit)</source>
        <translation>%1 = %2
(poids ; cliquer pour modifier)</translation>
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
        <location filename="../../nnviz/qt/widgets/number_field.py" line="21" />
        <source>the field is empty: please type a number</source>
        <translation>le champ est vide : veuillez taper un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="25" />
        <source>that is too long to be a number</source>
        <translation>c’est trop long pour être un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="27" />
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="28" />
        <source>that number is too large</source>
        <translation>ce nombre est trop grand</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="31" />
        <source>please choose a value from %1 to %2</source>
        <translation>veuillez choisir une valeur de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="91" />
        <source>%1 slider</source>
        <translation>curseur %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="96" />
        <source>%1: type a number from %2 to %3 and press Enter</source>
        <translation>%1 : tapez un nombre de %2 à %3 puis Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/number_field.py" line="140" />
        <source>%1: %2. Kept %3.</source>
        <translation>%1 : %2. Valeur gardée : %3.</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../../nnviz/qt/i18n.py" line="50" />
        <source>too large to display</source>
        <extracomment>`translate("context", "text")`: the text in the current language. Write the context and the text as literals so `pyside6-lupdate` finds them (tools/update_translations.py); never an f-string. The words `fmt` and `sig` write instead of a number that cannot be shown.</extracomment>
        <translation>trop grand pour être affiché</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/i18n.py" line="50" />
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
</context>
<context>
    <name>picture_file</name>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="40" />
        <source>there is no picture to read</source>
        <translation>il n’y a pas d’image à lire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="54" />
        <source>“%1” is not an ordinary file (a pipe, a device or a socket): there is no picture to read</source>
        <translation>« %1 » n’est pas un fichier ordinaire (un tube, un périphérique ou une socket) : il n’y a pas d’image à lire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="56" />
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="59" />
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="70" />
        <source>“%1” cannot be opened: %2</source>
        <translation>« %1 » ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="62" />
        <source>“%1” is empty (0 bytes): there is no picture in it</source>
        <translation>« %1 » est vide (0 octet) : il ne contient pas d’image</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="64" />
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="73" />
        <source>“%1” is %2 MB: pictures up to %3 MB can be imported (a drawing needs far less)</source>
        <translation>« %1 » pèse %2 Mo : on peut importer des images jusqu’à %3 Mo (un dessin en demande bien moins)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="93" />
        <source>“%1” is not a picture Qt can read (PNG, JPEG, BMP, GIF …)</source>
        <translation>« %1 » n’est pas une image que Qt sait lire (PNG, JPEG, BMP, GIF…)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="99" />
        <source>“%1” is %2×%3 pixels: at most %4 million pixels can be imported</source>
        <translation>« %1 » fait %2×%3 pixels : on peut importer au plus %4 millions de pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="112" />
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="171" />
        <source>“%1” could not be read as a picture: %2</source>
        <translation>« %1 » n’a pas pu être lu comme une image : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="140" />
        <source>it declares XML entities</source>
        <translation>il déclare des entités XML</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="142" />
        <source>it includes another file</source>
        <translation>il inclut un autre fichier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="146" />
        <source>it refers to “%1” outside the drawing</source>
        <translation>il renvoie à « %1 », hors du dessin</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="149" />
        <source>it has more than %1 elements</source>
        <translation>il a plus de %1 éléments</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="158" />
        <source>“%1” is a compressed SVG drawing (.svgz): save it as a plain SVG or a PNG</source>
        <translation>« %1 » est un dessin SVG compressé (.svgz) : enregistrez-le en SVG simple ou en PNG</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="161" />
        <source>“%1” is an SVG drawing of %2 KB: drawings up to %3 KB can be imported (or save it as a PNG)</source>
        <translation>« %1 » est un dessin SVG de %2 Ko : on peut importer des dessins jusqu’à %3 Ko (ou l’enregistrer en PNG)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="166" />
        <source>“%1” is not imported: %2 (an SVG drawing may not read other files)</source>
        <translation>« %1 » n’est pas importé : %2 (un dessin SVG ne peut pas lire d’autres fichiers)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/picture_file.py" line="172" />
        <source>the SVG drawing is broken</source>
        <translation>le dessin SVG est abîmé</translation>
    </message>
</context>
<context>
    <name>pixel_grid</name>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="21" />
        <source>Move the picture one pixel left (arrow key on the picture)</source>
        <extracomment>objectName → (arrow, dx, dy, tooltip, accessible name); buttons beside the grid; the texts are translated when shown.</extracomment>
        <translation>Décaler l’image d’un pixel vers la gauche (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="22" />
        <source>shift left</source>
        <translation>décaler à gauche</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="28" />
        <source>Move the picture one pixel up (arrow key on the picture)</source>
        <translation>Décaler l’image d’un pixel vers le haut (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="29" />
        <source>shift up</source>
        <translation>décaler vers le haut</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="35" />
        <source>Move the picture one pixel down (arrow key on the picture)</source>
        <translation>Décaler l’image d’un pixel vers le bas (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="36" />
        <source>shift down</source>
        <translation>décaler vers le bas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="42" />
        <source>Move the picture one pixel right (arrow key on the picture)</source>
        <translation>Décaler l’image d’un pixel vers la droite (touche fléchée sur l’image)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="43" />
        <source>shift right</source>
        <translation>décaler à droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="62" />
        <source>Input image: click to paint a pixel, right-click to erase, arrow keys shift</source>
        <translation>Image d’entrée : cliquer pour peindre un pixel, clic droit pour effacer, flèches pour décaler</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="64" />
        <source>Click or drag to paint black pixels, right-click to erase.
Click the picture, then use the arrow keys to shift it one pixel.</source>
        <translation>Cliquez ou glissez pour peindre des pixels en noir, clic droit pour effacer.
Cliquez sur l’image, puis utilisez les flèches pour la décaler d’un pixel.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="84" />
        <source>the image must be %1×%2 pixels</source>
        <translation>l’image doit faire %1×%2 pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="86" />
        <source>pixel values must be numbers from 0 to 1</source>
        <translation>les valeurs des pixels doivent être des nombres de 0 à 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="108" />
        <source>%1×%2 picture, pixel values row by row (1 = black): %3</source>
        <translation>image de %1×%2, valeurs des pixels ligne par ligne (1 = noir) : %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/pixel_grid.py" line="163" />
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="10" />
        <source>X1 = w1 × Input + b1</source>
        <translation>X1 = w1 × Entrée + b1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="11" />
        <source>The output Y</source>
        <translation>La sortie Y</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="12" />
        <source>A residual</source>
        <translation>Un résidu</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="13" />
        <source>The SSR</source>
        <translation>La SSR</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="14" />
        <source>d SSR / d Intercept</source>
        <translation>d SSR / d ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="15" />
        <source>The Step Size</source>
        <translation>La taille du pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="16" />
        <source>The New Intercept</source>
        <translation>La nouvelle ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="17" />
        <source>Which stopping rule fires</source>
        <translation>Quelle règle d’arrêt s’applique</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="18" />
        <source>dSSR/dPredicted for one dosage</source>
        <translation>dSSR/dPrédit pour un dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="19" />
        <source>A chain-rule factor: dy1/dx1</source>
        <translation>Un facteur de la règle de la chaîne : dy1/dx1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="20" />
        <source>The new b3 after one step</source>
        <translation>Le nouveau b3 après un pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="21" />
        <source>A Feature Map cell</source>
        <translation>Une case de la carte de caractéristiques</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="22" />
        <source>The ReLU'd cell</source>
        <translation>La case après ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="23" />
        <source>A Max Pooling value</source>
        <translation>Une valeur de max pooling</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="24" />
        <source>The hidden node</source>
        <translation>Le nœud caché</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="25" />
        <source>The SoftMax percentage</source>
        <translation>Le pourcentage SoftMax</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="26" />
        <source>An RNN day</source>
        <translation>Un jour du RNN</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="27" />
        <source>Input × w2ᴺ</source>
        <translation>Entrée × w2ᴺ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="28" />
        <source>A gate's sum</source>
        <translation>La somme d’une porte</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="29" />
        <source>A gate's percentage</source>
        <translation>Le pourcentage d’une porte</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="30" />
        <source>The new Long-Term Memory</source>
        <translation>La nouvelle mémoire à long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="31" />
        <source>The new Short-Term Memory</source>
        <translation>La nouvelle mémoire à court terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="32" />
        <source>Compute X1 = w1 × Input + b1, the input of the top hidden node.</source>
        <translation>Calculez X1 = w1 × Entrée + b1, l’entrée du nœud caché du haut.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="33" />
        <source>w1 × Input = %1 × %2 = %3</source>
        <translation>w1 × Entrée = %1 × %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="34" />
        <source>forgot the bias</source>
        <translation>biais oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="35" />
        <source>That is w1 × Input alone: add the bias b1.</source>
        <translation>C’est w1 × Entrée seul : ajoutez le biais b1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="36" />
        <source>added instead of multiplied</source>
        <translation>additionné au lieu de multiplier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="37" />
        <source>w1 and Input are multiplied, then b1 is added.</source>
        <translation>On multiplie w1 par l’entrée, puis on ajoute b1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="38" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="39" />
        <source>Compute X1 = w1 × Input + b1, then the Softplus node's output Y1 = log(1 + e^X1).</source>
        <translation>Calculez X1 = w1 × Entrée + b1, puis la sortie du nœud Softplus Y1 = log(1 + e^X1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="40" />
        <source>wrong activation</source>
        <translation>mauvaise fonction d’activation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="41" />
        <source>That is ReLU, max(0, x); this node uses Softplus, log(1 + eˣ).</source>
        <translation>C’est ReLU, max(0, x) ; ce nœud utilise Softplus, log(1 + eˣ).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="42" />
        <source>log base 10</source>
        <translation>logarithme en base 10</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="43" />
        <source>The deck's log is the natural logarithm (ln), not log₁₀.</source>
        <translation>Le log du cours est le logarithme népérien (ln), pas log₁₀.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="44" />
        <source>forgot the log</source>
        <translation>logarithme oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="45" />
        <source>1 + eˣ is inside the log: take its natural logarithm.</source>
        <translation>1 + eˣ est dans le log : prenez son logarithme népérien.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="46" />
        <source>sigmoid instead of Softplus</source>
        <translation>sigmoïde au lieu de Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="47" />
        <source>eˣ / (eˣ + 1) is the Sigmoid; Softplus is log(1 + eˣ).</source>
        <translation>eˣ / (eˣ + 1) est la sigmoïde ; Softplus est log(1 + eˣ).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="48" />
        <source>Compute X1 = w1 × Input + b1, then the ReLU node's output Y1 = max(0, X1).</source>
        <translation>Calculez X1 = w1 × Entrée + b1, puis la sortie du nœud ReLU Y1 = max(0, X1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="49" />
        <source>ReLU let a negative through</source>
        <translation>ReLU a laissé passer un négatif</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="50" />
        <source>ReLU turns every negative X1 into 0: max(0, X1).</source>
        <translation>ReLU change tout X1 négatif en 0 : max(0, X1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="51" />
        <source>That is Softplus, log(1 + eˣ); this node uses ReLU, max(0, x).</source>
        <translation>C’est Softplus, log(1 + eˣ) ; ce nœud utilise ReLU, max(0, x).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="52" />
        <source>X1 = w1 × Input + b1: the bias comes before the activation.</source>
        <translation>X1 = w1 × Entrée + b1 : le biais vient avant la fonction d’activation.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="53" />
        <source>Multiply the top hidden node's output by its weight: Y1 × w3.</source>
        <translation>Multipliez la sortie du nœud caché du haut par son poids : Y1 × w3.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="54" />
        <source>The weight scales the node's output: multiply Y1 by w3.</source>
        <translation>Le poids met à l’échelle la sortie du nœud : multipliez Y1 par w3.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="55" />
        <source>wrong weight</source>
        <translation>mauvais poids</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="56" />
        <source>Y1 goes out on w3; w4 belongs to the bottom node.</source>
        <translation>Y1 sort par w3 ; w4 appartient au nœud du bas.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="57" />
        <source>Add up the output node: Y = Y1 × w3 + Y2 × w4 + b3.</source>
        <translation>Faites la somme du nœud de sortie : Y = Y1 × w3 + Y2 × w4 + b3.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="58" />
        <source>The output node adds its bias b3 after the two weighted outputs.</source>
        <translation>Le nœud de sortie ajoute son biais b3 après les deux sorties pondérées.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="59" />
        <source>forgot the weights</source>
        <translation>poids oubliés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="60" />
        <source>Each hidden output is multiplied by its weight (w3, w4) before the sum.</source>
        <translation>Chaque sortie cachée est multipliée par son poids (w3, w4) avant la somme.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="61" />
        <source>swapped w3 and w4</source>
        <translation>w3 et w4 inversés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="62" />
        <source>Y1 goes out on w3 and Y2 on w4.</source>
        <translation>Y1 sort par w3 et Y2 par w4.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="63" />
        <source>Compute the residual of this point: Observed − (Intercept + Slope × x).</source>
        <translation>Calculez le résidu de ce point : Observé − (Ordonnée à l’origine + Pente × x).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="64" />
        <source>Residual = Observed − (Intercept + Slope × x)</source>
        <translation>Résidu = Observé − (Ordonnée à l’origine + Pente × x)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="65" />
        <source>Residual = %1 − (%2 + %3 × %4)</source>
        <translation>Résidu = %1 − (%2 + %3 × %4)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="66" />
        <source>Predicted = %1 + %2 × %3 = %4</source>
        <translation>Prédit = %1 + %2 × %3 = %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="67" />
        <source>Residual = %1 − %2 = %3</source>
        <translation>Résidu = %1 − %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="68" />
        <source>predicted minus observed</source>
        <translation>prédit moins observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="69" />
        <source>A residual is Observed − Predicted, not the other way round.</source>
        <translation>Un résidu vaut Observé − Prédit, pas l’inverse.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="70" />
        <source>forgot the intercept</source>
        <translation>ordonnée à l’origine oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="71" />
        <source>The line's prediction is Intercept + Slope × x.</source>
        <translation>La prédiction de la droite est Ordonnée à l’origine + Pente × x.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="72" />
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="73" />
        <source>Slope</source>
        <translation>Pente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="74" />
        <source>Intercept</source>
        <translation>Ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="75" />
        <source>Compute the Sum of the Squared Residuals (SSR) of the line through the three points.</source>
        <translation>Calculez la somme des carrés des résidus (SSR) de la droite pour les trois points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="76" />
        <source>SSR = Σ (Observed − (Intercept + Slope × x))²</source>
        <translation>SSR = Σ (Observé − (Ordonnée à l’origine + Pente × x))²</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="77" />
        <source>Residuals = %1, %2, %3</source>
        <translation>Résidus = %1 ; %2 ; %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="78" />
        <source>square of the sum</source>
        <translation>carré de la somme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="79" />
        <source>Square each residual first, then add: the sum of the squares.</source>
        <translation>Mettez d’abord chaque résidu au carré, puis additionnez : la somme des carrés.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="80" />
        <source>forgot to square</source>
        <translation>carré oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="81" />
        <source>Each residual is squared before adding, so none cancels another.</source>
        <translation>Chaque résidu est mis au carré avant l’addition : aucun n’en annule un autre.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="82" />
        <source>Compute the derivative d SSR / d Intercept at this Intercept.</source>
        <translation>Calculez la dérivée d SSR / d ordonnée à l’origine pour cette ordonnée à l’origine.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="83" />
        <source>d SSR / d Intercept = Σ −2 × (Observed − (Intercept + Slope × x))</source>
        <translation>d SSR / d ordonnée à l’origine = Σ −2 × (Observé − (Ordonnée à l’origine + Pente × x))</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="84" />
        <source>d SSR / d Intercept = −2 × (%1 − (%2 + %3 × %4)) + −2 × (%5 − (%2 + %3 × %6)) + −2 × (%7 − (%2 + %3 × %8))</source>
        <translation>d SSR / d ordonnée à l’origine = −2 × (%1 − (%2 + %3 × %4)) + −2 × (%5 − (%2 + %3 × %6)) + −2 × (%7 − (%2 + %3 × %8))</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="85" />
        <source>d SSR / d Intercept = −2 × %1 + −2 × %2 + −2 × %3 = %4</source>
        <translation>d SSR / d ordonnée à l’origine = −2 × %1 + −2 × %2 + −2 × %3 = %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="86" />
        <source>forgot the −2</source>
        <translation>−2 oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="87" />
        <source>The chain rule brings −2 down from the square: Σ −2 × residual.</source>
        <translation>La règle de la chaîne fait descendre −2 du carré : Σ −2 × résidu.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="88" />
        <source>sign of the derivative</source>
        <translation>signe de la dérivée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="89" />
        <source>The inner derivative of −(Intercept + …) is −1: the −2 is negative.</source>
        <translation>La dérivée intérieure de −(Ordonnée à l’origine + …) vaut −1 : le −2 est négatif.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="90" />
        <source>forgot the 2</source>
        <translation>2 oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="91" />
        <source>The square's derivative is 2 × residual, times −1 from the inside: −2.</source>
        <translation>La dérivée du carré vaut 2 × résidu, fois −1 venant de l’intérieur : −2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="92" />
        <source>Compute the Step Size from the derivative and the Learning Rate.</source>
        <translation>Calculez la taille du pas à partir de la dérivée et du taux d’apprentissage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="93" />
        <source>Step Size = d SSR / d Intercept × Learning Rate</source>
        <translation>Taille du pas = d SSR / d ordonnée à l’origine × taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="94" />
        <source>Step Size = %1 × %2</source>
        <translation>Taille du pas = %1 × %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="95" />
        <source>Step Size = %1 × %2 = %3</source>
        <translation>Taille du pas = %1 × %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="96" />
        <source>forgot the learning rate</source>
        <translation>taux d’apprentissage oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="97" />
        <source>The derivative is multiplied by the Learning Rate.</source>
        <translation>La dérivée est multipliée par le taux d’apprentissage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="98" />
        <source>divided by the learning rate</source>
        <translation>divisé par le taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="99" />
        <source>Multiply by the Learning Rate; do not divide.</source>
        <translation>Multipliez par le taux d’apprentissage ; ne divisez pas.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="100" />
        <source>sign of the step</source>
        <translation>signe du pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="101" />
        <source>The Step Size has the derivative's sign.</source>
        <translation>La taille du pas a le signe de la dérivée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="102" />
        <source>Learning Rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="103" />
        <source>Take one step: compute the New Intercept.</source>
        <translation>Faites un pas : calculez la nouvelle ordonnée à l’origine.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="104" />
        <source>New Intercept = Old Intercept − Step Size</source>
        <translation>Nouvelle ordonnée à l’origine = ancienne ordonnée à l’origine − taille du pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="105" />
        <source>New Intercept = %1 − %2</source>
        <translation>Nouvelle ordonnée à l’origine = %1 − %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="106" />
        <source>New Intercept = %1 − %2 = %3</source>
        <translation>Nouvelle ordonnée à l’origine = %1 − %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="107" />
        <source>New = Old + Step</source>
        <translation>Nouvelle = ancienne + pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="108" />
        <source>Gradient descent goes downhill: New Intercept = Old Intercept − Step Size.</source>
        <translation>La descente de gradient descend la pente : nouvelle ordonnée à l’origine = ancienne ordonnée à l’origine − taille du pas.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="109" />
        <source>Subtract the Step Size (derivative × Learning Rate), not the derivative itself.</source>
        <translation>Soustrayez la taille du pas (dérivée × taux d’apprentissage), pas la dérivée elle-même.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="110" />
        <source>Old Intercept</source>
        <translation>Ancienne ordonnée à l’origine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="111" />
        <source>Step Size</source>
        <translation>Taille du pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="112" />
        <source>Which stopping rule ends the run now? Type 0, 1 or 2 (the SSR rule is checked first).</source>
        <translation>Quelle règle d’arrêt termine la descente maintenant ? Tapez 0, 1 ou 2 (la règle de la SSR est vérifiée d’abord).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="113" />
        <source>Stop when SSR ≤ the tolerance, or when the step number reaches the maximum</source>
        <translation>Arrêt quand SSR ≤ la tolérance, ou quand le numéro du pas atteint le maximum</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="114" />
        <source>%1 ≤ %2 ? Step %3 ≥ %4 ?</source>
        <translation>%1 ≤ %2 ? Pas %3 ≥ %4 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="115" />
        <source>SSR ≤ tolerance? %1 ≤ %2: no</source>
        <translation>SSR ≤ tolérance ? %1 ≤ %2 : non</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="116" />
        <source>Step number ≥ maximum? %1 ≥ %2: no</source>
        <translation>Numéro du pas ≥ maximum ? %1 ≥ %2 : non</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="117" />
        <source>The answer is %1.</source>
        <translation>La réponse est %1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="118" />
        <source>the rule turned round</source>
        <translation>règle à l’envers</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="119" />
        <source>The SSR rule stops the run when the SSR is at or below the tolerance, not above it.</source>
        <translation>La règle de la SSR arrête la descente quand la SSR est inférieure ou égale à la tolérance, pas au-dessus.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="120" />
        <source>forgot the step limit</source>
        <translation>limite de pas oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="121" />
        <source>A run also stops once it has taken the maximum number of steps.</source>
        <translation>La descente s’arrête aussi une fois le nombre maximal de pas atteint.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="122" />
        <source>0: neither, take another step</source>
        <translation>0 : aucune, on fait un pas de plus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="123" />
        <source>1: the SSR rule (SSR ≤ the tolerance)</source>
        <translation>1 : la règle de la SSR (SSR ≤ la tolérance)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="124" />
        <source>2: the maximum number of steps</source>
        <translation>2 : le nombre maximal de pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="125" />
        <source>SSR tolerance</source>
        <translation>Tolérance de la SSR</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="126" />
        <source>Step number</source>
        <translation>Numéro du pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="127" />
        <source>Maximum steps</source>
        <translation>Nombre maximal de pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="128" />
        <source>Step number ≥ maximum? %1 ≥ %2: yes</source>
        <translation>Numéro du pas ≥ maximum ? %1 ≥ %2 : oui</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="129" />
        <source>SSR ≤ tolerance? %1 ≤ %2: yes</source>
        <translation>SSR ≤ tolérance ? %1 ≤ %2 : oui</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="130" />
        <source>For this dosage, compute dSSR/dPredicted = −2 × (Observed − Predicted).</source>
        <translation>Pour ce dosage, calculez dSSR/dPrédit = −2 × (Observé − Prédit).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="131" />
        <source>dSSR/dPredicted = −2 × (Observed − Predicted)</source>
        <translation>dSSR/dPrédit = −2 × (Observé − Prédit)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="132" />
        <source>dSSR/dPredicted = −2 × (%1 − %2)</source>
        <translation>dSSR/dPrédit = −2 × (%1 − %2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="133" />
        <source>Observed − Predicted = %1 − %2 = %3</source>
        <translation>Observé − Prédit = %1 − %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="134" />
        <source>dSSR/dPredicted = −2 × %1 = %2</source>
        <translation>dSSR/dPrédit = −2 × %1 = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="135" />
        <source>The square's derivative brings down 2, and the inside gives −1: −2.</source>
        <translation>La dérivée du carré fait descendre 2, et l’intérieur donne −1 : −2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="136" />
        <source>d/dPredicted of (Observed − Predicted) is −1: the factor is −2.</source>
        <translation>d/dPrédit de (Observé − Prédit) vaut −1 : le facteur est −2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="137" />
        <source>The derivative of a square is 2 × what is squared.</source>
        <translation>La dérivée d’un carré vaut 2 × ce qui est au carré.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="138" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="139" />
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="140" />
        <source>Compute the chain-rule factor dy1/dx1 = eˣ / (1 + eˣ) of the top Softplus node for this dosage (x = x1 = w1 × Input + b1).</source>
        <translation>Calculez le facteur de la règle de la chaîne dy1/dx1 = eˣ / (1 + eˣ) du nœud Softplus du haut pour ce dosage (x = x1 = w1 × Entrée + b1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="141" />
        <source>dy1/dx1 = e^x1 / (1 + e^x1), with x1 = w1 × Input + b1</source>
        <translation>dy1/dx1 = e^x1 / (1 + e^x1), avec x1 = w1 × Entrée + b1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="142" />
        <source>Softplus instead of its derivative</source>
        <translation>Softplus au lieu de sa dérivée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="143" />
        <source>That is y1 = log(1 + eˣ) itself; the factor is its slope, eˣ / (1 + eˣ).</source>
        <translation>C’est y1 = log(1 + eˣ) lui-même ; le facteur est sa pente, eˣ / (1 + eˣ).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="144" />
        <source>forgot the denominator</source>
        <translation>dénominateur oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="145" />
        <source>The slope of Softplus is eˣ divided by (1 + eˣ).</source>
        <translation>La pente de Softplus est eˣ divisé par (1 + eˣ).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="146" />
        <source>e to the minus x</source>
        <translation>e puissance moins x</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="147" />
        <source>Use e^x1, not e^−x1: eˣ / (1 + eˣ).</source>
        <translation>Utilisez e^x1, pas e^−x1 : eˣ / (1 + eˣ).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="148" />
        <source>Compute dSSR/db3, summed over the three dosages.</source>
        <translation>Calculez dSSR/db3, en sommant sur les trois dosages.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="149" />
        <source>dSSR/db3 = Σ −2 × (Observed − Predicted) × 1</source>
        <translation>dSSR/db3 = Σ −2 × (Observé − Prédit) × 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="150" />
        <source>dSSR/dPredicted = %1, %2, %3</source>
        <translation>dSSR/dPrédit = %1 ; %2 ; %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="151" />
        <source>Terms: %1, %2, %3</source>
        <translation>Termes : %1 ; %2 ; %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="152" />
        <source>Sum = %1</source>
        <translation>Somme = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="153" />
        <source>Every term starts with dSSR/dPredicted = −2 × (Observed − Predicted).</source>
        <translation>Chaque terme commence par dSSR/dPrédit = −2 × (Observé − Prédit).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="154" />
        <source>one dosage only</source>
        <translation>un seul dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="155" />
        <source>dSSR sums over all three dosages: add the three terms.</source>
        <translation>dSSR fait la somme sur les trois dosages : additionnez les trois termes.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="156" />
        <source>Compute dSSR/dw3, summed over the three dosages.</source>
        <translation>Calculez dSSR/dw3, en sommant sur les trois dosages.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="157" />
        <source>dSSR/dw3 = Σ −2 × (Observed − Predicted) × y1</source>
        <translation>dSSR/dw3 = Σ −2 × (Observé − Prédit) × y1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="158" />
        <source>forgot y1</source>
        <translation>y1 oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="159" />
        <source>dPredicted/dw3 = y1: each term is multiplied by that dosage's y1.</source>
        <translation>dPrédit/dw3 = y1 : chaque terme est multiplié par le y1 de ce dosage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="160" />
        <source>Compute dSSR/dw1, summed over the three dosages.</source>
        <translation>Calculez dSSR/dw1, en sommant sur les trois dosages.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="161" />
        <source>dSSR/dw1 = Σ −2 × (Observed − Predicted) × w3 × eˣ / (1 + eˣ) × Input</source>
        <translation>dSSR/dw1 = Σ −2 × (Observé − Prédit) × w3 × eˣ / (1 + eˣ) × Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="162" />
        <source>dSSR/dw1 = Σ −2 × (Observed − Predicted) × %1 × e^x1 / (1 + e^x1) × Input, with x1 = %2, %3, %4</source>
        <translation>dSSR/dw1 = Σ −2 × (Observé − Prédit) × %1 × e^x1 / (1 + e^x1) × Entrée, avec x1 = %2 ; %3 ; %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="163" />
        <source>forgot the Input</source>
        <translation>entrée oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="164" />
        <source>dx1/dw1 = Input: each term ends with × Input (× 1 is dSSR/db1).</source>
        <translation>dx1/dw1 = Entrée : chaque terme finit par × Entrée (avec × 1, c’est dSSR/db1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="165" />
        <source>forgot w3</source>
        <translation>w3 oublié</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="166" />
        <source>dPredicted/dy1 = w3: the chain passes through the weight w3.</source>
        <translation>dPrédit/dy1 = w3 : la chaîne passe par le poids w3.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="167" />
        <source>Take one step of gradient descent on b3: compute the new b3.</source>
        <translation>Faites un pas de descente de gradient sur b3 : calculez le nouveau b3.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="168" />
        <source>New b3 = Old b3 − dSSR/db3 × Learning Rate</source>
        <translation>Nouveau b3 = ancien b3 − dSSR/db3 × taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="169" />
        <source>New b3 = %1 − %2 × %3</source>
        <translation>Nouveau b3 = %1 − %2 × %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="170" />
        <source>New b3 = %1 − %2 = %3</source>
        <translation>Nouveau b3 = %1 − %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="171" />
        <source>Gradient descent goes downhill: subtract the Step Size.</source>
        <translation>La descente de gradient descend la pente : soustrayez la taille du pas.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="172" />
        <source>The Step Size is the derivative × the Learning Rate.</source>
        <translation>La taille du pas vaut la dérivée × le taux d’apprentissage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="173" />
        <source>Compute this Feature Map cell: multiply each pixel of the window by the filter's value on it, add them up, then add the bias.</source>
        <translation>Calculez cette case de la carte de caractéristiques : multipliez chaque pixel de la fenêtre par la valeur du filtre posée dessus, additionnez, puis ajoutez le biais.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="174" />
        <source>Feature Map cell = Σ (pixel × filter value) + bias</source>
        <translation>Case de la carte = Σ (pixel × valeur du filtre) + biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="175" />
        <source>Feature Map cell = %1 + %2</source>
        <translation>Case de la carte = %1 + %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="176" />
        <source>Σ pixel × filter value = %1</source>
        <translation>Σ pixel × valeur du filtre = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="177" />
        <source>Feature Map cell = %1 + %2 = %3</source>
        <translation>Case de la carte = %1 + %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="178" />
        <source>After the sum of the products, add the filter's bias.</source>
        <translation>Après la somme des produits, ajoutez le biais du filtre.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="179" />
        <source>subtracted the bias</source>
        <translation>biais soustrait</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="180" />
        <source>The bias is added (it is already negative here if it lowers the sum).</source>
        <translation>Le biais s’ajoute (il est déjà négatif s’il fait baisser la somme).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="181" />
        <source>counted the black pixels</source>
        <translation>pixels noirs comptés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="182" />
        <source>Multiply each pixel by the filter value on it before adding.</source>
        <translation>Multipliez chaque pixel par la valeur du filtre posée dessus avant d’additionner.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="183" />
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="184" />
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="185" />
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="186" />
        <source>Apply ReLU to this Feature Map cell.</source>
        <translation>Appliquez ReLU à cette case de la carte de caractéristiques.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="187" />
        <source>ReLU sets every negative value to 0.</source>
        <translation>ReLU met toute valeur négative à 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="188" />
        <source>absolute value</source>
        <translation>valeur absolue</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="189" />
        <source>ReLU does not turn a negative into a positive: negative values become 0.</source>
        <translation>ReLU ne change pas un négatif en positif : les valeurs négatives deviennent 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="190" />
        <source>Feature Map cell</source>
        <translation>Case de la carte de caractéristiques</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="191" />
        <source>Apply 2×2 Max Pooling to this region of the ReLU'd Feature Map.</source>
        <translation>Appliquez le max pooling 2×2 à cette zone de la carte de caractéristiques après ReLU.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="192" />
        <source>Max Pooling = the largest value of the 2×2 region</source>
        <translation>Max pooling = la plus grande valeur de la zone 2×2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="193" />
        <source>minimum instead of maximum</source>
        <translation>minimum au lieu du maximum</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="194" />
        <source>Max Pooling keeps the largest value of each region.</source>
        <translation>Le max pooling garde la plus grande valeur de chaque zone.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="195" />
        <source>average instead of maximum</source>
        <translation>moyenne au lieu du maximum</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="196" />
        <source>Max Pooling keeps the largest value, not the mean.</source>
        <translation>Le max pooling garde la plus grande valeur, pas la moyenne.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="197" />
        <source>sum instead of maximum</source>
        <translation>somme au lieu du maximum</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="198" />
        <source>Max Pooling keeps one value, the largest: nothing is added.</source>
        <translation>Le max pooling garde une seule valeur, la plus grande : on n’additionne rien.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="199" />
        <source>Cell</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="200" />
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="201" />
        <source>Compute the hidden node: ReLU(Pooled1 × w1 + Pooled2 × w2 + Pooled3 × w3 + Pooled4 × w4 + b1).</source>
        <translation>Calculez le nœud caché : ReLU(Regroupé1 × w1 + Regroupé2 × w2 + Regroupé3 × w3 + Regroupé4 × w4 + b1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="202" />
        <source>Hidden node = ReLU(Σ Pooled × w + b1)</source>
        <translation>Nœud caché = ReLU(Σ Regroupé × w + b1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="203" />
        <source>Σ Pooled × w + b1 = %1</source>
        <translation>Σ Regroupé × w + b1 = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="204" />
        <source>The hidden node adds its bias b1 before ReLU.</source>
        <translation>Le nœud caché ajoute son biais b1 avant ReLU.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="205" />
        <source>ReLU turns a negative sum into 0.</source>
        <translation>ReLU change une somme négative en 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="206" />
        <source>Pooled</source>
        <translation>Regroupé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="207" />
        <source>Compute the SoftMax percentage for “O”: e^O / (e^O + e^X), as a percentage.</source>
        <translation>Calculez le pourcentage SoftMax de « O » : e^O / (e^O + e^X), en pourcentage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="208" />
        <source>e^%1 = %2 and e^%3 = %4</source>
        <translation>e^%1 = %2 et e^%3 = %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="209" />
        <source>a fraction, not a percentage</source>
        <translation>une fraction, pas un pourcentage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="210" />
        <source>The question asks for a percentage: multiply the fraction by 100.</source>
        <translation>La question demande un pourcentage : multipliez la fraction par 100.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="211" />
        <source>the other letter</source>
        <translation>l’autre lettre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="212" />
        <source>That is the share of “X”; the question asks about “O”.</source>
        <translation>C’est la part de « X » ; la question porte sur « O ».</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="213" />
        <source>forgot the exponentials</source>
        <translation>exponentielles oubliées</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="214" />
        <source>SoftMax raises e to each score before dividing.</source>
        <translation>SoftMax élève e à la puissance de chaque score avant de diviser.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="215" />
        <source>Score O</source>
        <translation>Score O</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="216" />
        <source>Score X</source>
        <translation>Score X</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="217" />
        <source>Compute today's output of the RNN: ReLU(Today × w1 + Yesterday's output × w2 + b1).</source>
        <translation>Calculez la sortie du RNN aujourd’hui : ReLU(Aujourd’hui × w1 + Sortie d’hier × w2 + b1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="218" />
        <source>Output = ReLU(Input × w1 + Yesterday's output × w2 + b1)</source>
        <translation>Sortie = ReLU(Entrée × w1 + Sortie d’hier × w2 + b1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="219" />
        <source>Sum = %1 × %2 + %3 × %4 + %5 = %6</source>
        <translation>Somme = %1 × %2 + %3 × %4 + %5 = %6</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="220" />
        <source>forgot the feedback loop</source>
        <translation>boucle de rétroaction oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="221" />
        <source>Yesterday's output comes back through w2 and is added.</source>
        <translation>La sortie d’hier revient par w2 et s’ajoute.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="222" />
        <source>swapped w1 and w2</source>
        <translation>w1 et w2 inversés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="223" />
        <source>Today's input goes in on w1; yesterday's output comes back on w2.</source>
        <translation>L’entrée d’aujourd’hui entre par w1 ; la sortie d’hier revient par w2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="224" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="225" />
        <source>Yesterday's output</source>
        <translation>Sortie d’hier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="226" />
        <source>Unrolled N times, the first input is multiplied by w2 each time: compute Input × w2ᴺ.</source>
        <translation>Déroulé N fois, la première entrée est multipliée par w2 à chaque fois : calculez Entrée × w2ᴺ.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="227" />
        <source>Input × w2^N</source>
        <translation>Entrée × w2^N</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="228" />
        <source>multiplied instead of a power</source>
        <translation>multiplié au lieu d’une puissance</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="229" />
        <source>w2 is multiplied N times, w2 × w2 × …: a power, not w2 × N.</source>
        <translation>w2 est multiplié N fois, w2 × w2 × … : une puissance, pas w2 × N.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="230" />
        <source>one unroll too few</source>
        <translation>un déroulement de moins</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="231" />
        <source>Each of the N unrolls multiplies by w2 once: the power is N.</source>
        <translation>Chacun des N déroulements multiplie une fois par w2 : la puissance est N.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="232" />
        <source>The factor w2ᴺ multiplies the first input.</source>
        <translation>Le facteur w2ᴺ multiplie la première entrée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="233" />
        <source>Compute the Forget Gate's sum: Short-Term Memory × a + Input × b + bias.</source>
        <translation>Calculez la somme de la porte d’oubli : Mémoire à court terme × a + Entrée × b + biais.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="234" />
        <source>Sum = Short-Term Memory × a + Input × b + bias</source>
        <translation>Somme = Mémoire à court terme × a + Entrée × b + biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="235" />
        <source>Sum = %1 × %2 + %3 × %4 + %5</source>
        <translation>Somme = %1 × %2 + %3 × %4 + %5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="236" />
        <source>Sum = %1 + %2 + %3 = %4</source>
        <translation>Somme = %1 + %2 + %3 = %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="237" />
        <source>Each gate adds its bias after the two weighted inputs.</source>
        <translation>Chaque porte ajoute son biais après les deux entrées pondérées.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="238" />
        <source>swapped the weights</source>
        <translation>poids inversés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="239" />
        <source>a weighs the Short-Term Memory and b the Input.</source>
        <translation>a pondère la mémoire à court terme et b l’entrée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="240" />
        <source>Short-Term Memory</source>
        <translation>Mémoire à court terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="241" />
        <source>bias</source>
        <translation>biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="242" />
        <source>Compute the Output Gate's sum: Short-Term Memory × a + Input × b + bias.</source>
        <translation>Calculez la somme de la porte de sortie : Mémoire à court terme × a + Entrée × b + biais.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="243" />
        <source>Compute the Input Gate's sum: Short-Term Memory × a + Input × b + bias.</source>
        <translation>Calculez la somme de la porte d’entrée : Mémoire à court terme × a + Entrée × b + biais.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="244" />
        <source>What percent of the Long-Term Memory does the Forget Gate remember? Sigmoid of its sum, as a percentage.</source>
        <translation>Quel pourcentage de la mémoire à long terme la porte d’oubli garde-t-elle ? La sigmoïde de sa somme, en pourcentage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="245" />
        <source>Percent = Sigmoid(Sum) = e^Sum / (e^Sum + 1), with Sum = Short-Term Memory × a + Input × b + bias</source>
        <translation>Pourcentage = Sigmoïde(Somme) = e^Somme / (e^Somme + 1), avec Somme = Mémoire à court terme × a + Entrée × b + biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="246" />
        <source>Sigmoid(%1 × %2 + %3 × %4 + %5)</source>
        <translation>Sigmoïde(%1 × %2 + %3 × %4 + %5)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="247" />
        <source>Sigmoid(%1) = %2 = %3 %</source>
        <translation>Sigmoïde(%1) = %2 = %3 %</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="248" />
        <source>The gates use the Sigmoid (0 to 1), not Tanh (−1 to 1).</source>
        <translation>Les portes utilisent la sigmoïde (de 0 à 1), pas Tanh (de −1 à 1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="249" />
        <source>The gate's sum includes its bias.</source>
        <translation>La somme de la porte comprend son biais.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="250" />
        <source>What percent of the Potential Short-Term Memory does the Output Gate keep? Sigmoid of its sum, as a percentage.</source>
        <translation>Quel pourcentage de la mémoire à court terme potentielle la porte de sortie garde-t-elle ? La sigmoïde de sa somme, en pourcentage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="251" />
        <source>What percent of the Potential Long-Term Memory does the Input Gate add? Sigmoid of its sum, as a percentage.</source>
        <translation>Quel pourcentage de la mémoire à long terme potentielle la porte d’entrée ajoute-t-elle ? La sigmoïde de sa somme, en pourcentage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="252" />
        <source>Compute the new Long-Term Memory: Long-Term Memory × Forget Gate + Input Gate × Potential Long-Term Memory.</source>
        <translation>Calculez la nouvelle mémoire à long terme : Mémoire à long terme × Porte d’oubli + Porte d’entrée × Mémoire à long terme potentielle.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="253" />
        <source>New Long-Term Memory = Long-Term Memory × Forget % + Input % × Potential Long-Term Memory</source>
        <translation>Nouvelle mémoire à long terme = Mémoire à long terme × % d’oubli + % d’entrée × Mémoire à long terme potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="254" />
        <source>New Long-Term Memory = %1 × %2 + %3 × %4</source>
        <translation>Nouvelle mémoire à long terme = %1 × %2 + %3 × %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="255" />
        <source>%1 × %2 = %3 and %4 × %5 = %6</source>
        <translation>%1 × %2 = %3 et %4 × %5 = %6</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="256" />
        <source>New Long-Term Memory = %1 + %2 = %3</source>
        <translation>Nouvelle mémoire à long terme = %1 + %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="257" />
        <source>forgot the Forget Gate</source>
        <translation>porte d’oubli oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="258" />
        <source>The Forget Gate says what percent of the Long-Term Memory is kept: multiply by it.</source>
        <translation>La porte d’oubli dit quel pourcentage de la mémoire à long terme est gardé : multipliez par elle.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="259" />
        <source>forgot the Input Gate</source>
        <translation>porte d’entrée oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="260" />
        <source>The Input Gate says what percent of the Potential Long-Term Memory is added.</source>
        <translation>La porte d’entrée dit quel pourcentage de la mémoire à long terme potentielle est ajouté.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="261" />
        <source>multiplied instead of added</source>
        <translation>multiplié au lieu d’additionner</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="262" />
        <source>The remembered part and the new part are added.</source>
        <translation>La part gardée et la part nouvelle s’additionnent.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="263" />
        <source>Long-Term Memory</source>
        <translation>Mémoire à long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="264" />
        <source>Forget Gate</source>
        <translation>Porte d’oubli</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="265" />
        <source>Input Gate</source>
        <translation>Porte d’entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="266" />
        <source>Potential Long-Term Memory</source>
        <translation>Mémoire à long terme potentielle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="267" />
        <source>Compute the new Short-Term Memory: Tanh(new Long-Term Memory) × Output Gate.</source>
        <translation>Calculez la nouvelle mémoire à court terme : Tanh(nouvelle mémoire à long terme) × Porte de sortie.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="268" />
        <source>New Short-Term Memory = Tanh(New Long-Term Memory) × Output %</source>
        <translation>Nouvelle mémoire à court terme = Tanh(Nouvelle mémoire à long terme) × % de sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="269" />
        <source>New Short-Term Memory = Tanh(%1) × %2</source>
        <translation>Nouvelle mémoire à court terme = Tanh(%1) × %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="270" />
        <source>New Short-Term Memory = %1 × %2 = %3</source>
        <translation>Nouvelle mémoire à court terme = %1 × %2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="271" />
        <source>forgot the Tanh</source>
        <translation>Tanh oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="272" />
        <source>The new Long-Term Memory goes through Tanh before the Output Gate.</source>
        <translation>La nouvelle mémoire à long terme passe par Tanh avant la porte de sortie.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="273" />
        <source>The Potential Short-Term Memory uses Tanh, not the Sigmoid.</source>
        <translation>La mémoire à court terme potentielle utilise Tanh, pas la sigmoïde.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="274" />
        <source>forgot the Output Gate</source>
        <translation>porte de sortie oubliée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="275" />
        <source>The Output Gate says what percent becomes the Short-Term Memory.</source>
        <translation>La porte de sortie dit quel pourcentage devient la mémoire à court terme.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="276" />
        <source>New Long-Term Memory</source>
        <translation>Nouvelle mémoire à long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="277" />
        <source>Output Gate</source>
        <translation>Porte de sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="278" />
        <source>Answer, to the nearest whole number: %1</source>
        <translation>Réponse, arrondie à l’unité : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="279" />
        <source>Answer, to one decimal: %1</source>
        <translation>Réponse, à une décimale : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="280" />
        <source>Answer, to two decimals: %1</source>
        <translation>Réponse, à deux décimales : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="281" />
        <source>Type a number, such as 0.57 or 0,57.</source>
        <translation>Tapez un nombre, comme 0,57 ou 0.57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="282" />
        <source>Type your answer first: a number, such as 0.57 or 0,57.</source>
        <translation>Tapez d’abord votre réponse : un nombre, comme 0,57 ou 0.57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="283" />
        <source>NaN and infinity are not answers here: type a finite number, such as 0.57.</source>
        <translation>NaN et l’infini ne sont pas des réponses ici : tapez un nombre fini, comme 0,57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="284" />
        <source>That number is too large: type a finite number, such as 0.57.</source>
        <translation>Ce nombre est trop grand : tapez un nombre fini, comme 0,57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="285" />
        <source>That is too long to be a number: type a number, such as 0.57 or 0,57.</source>
        <translation>C’est trop long pour être un nombre : tapez un nombre, comme 0,57 ou 0.57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="286" />
        <source>“%1” is not a number: type a number, such as 0.57 or 0,57.</source>
        <translation>« %1 » n’est pas un nombre : tapez un nombre, comme 0,57 ou 0.57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="287" />
        <source>Right: %1.</source>
        <translation>Juste : %1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="288" />
        <source>Not quite. Ask for a hint, or check each operation of the formula.</source>
        <translation>Pas tout à fait. Demandez un indice, ou vérifiez chaque opération de la formule.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_strings.py" line="289" />
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
</context>
<context>
    <name>practice_panel</name>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="41" />
        <source>This computation: %1 tried, %2 right first time, streak %3</source>
        <extracomment>Seeds "New numbers" draws from (0 is the deck's numbers).</extracomment>
        <translation>Ce calcul : %1 essayés, %2 justes du premier coup, série de %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="42" />
        <source>▸ Practice: compute it by hand</source>
        <translation>▸ S’entraîner à la main</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="43" />
        <source>▾ Practice: compute it by hand</source>
        <translation>▾ S’entraîner à la main</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="118" />
        <source>Show or hide the practice exercise</source>
        <translation>Afficher ou masquer l’exercice d’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="132" />
        <source>Which computation to practise</source>
        <translation>Quel calcul travailler</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="137" />
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="138" />
        <source>The next computation with the same numbers (a chain)</source>
        <translation>Le calcul suivant avec les mêmes nombres (une chaîne)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="144" />
        <source>New numbers</source>
        <translation>Autres nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="145" />
        <source>The same computation with new numbers</source>
        <translation>Le même calcul avec de nouveaux nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="146" />
        <source>Deck's numbers</source>
        <translation>Nombres du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="147" />
        <source>The numbers of the course's slides</source>
        <translation>Les nombres des diapositives du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="164" />
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="170" />
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="171" />
        <source>Check your answer (Enter)</source>
        <translation>Vérifier votre réponse (Entrée)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="181" />
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="182" />
        <source>First the formula, then the formula with the numbers</source>
        <translation>D’abord la formule, puis la formule avec les nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="183" />
        <source>Show the working</source>
        <translation>Montrer le calcul</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="184" />
        <source>The whole solution, step by step</source>
        <translation>Toute la solution, étape par étape</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="194" />
        <source>Quiz on the projector</source>
        <translation>Quiz au vidéoprojecteur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="195" />
        <source>The question large, the answer hidden until Reveal</source>
        <translation>La question en grand, la réponse cachée jusqu’à « Révéler »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="197" />
        <source>Export practice record…</source>
        <translation>Exporter le bilan d’entraînement…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="198" />
        <source>Save every chapter's record as a CSV file</source>
        <translation>Enregistrer le bilan de chaque chapitre dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="240" />
        <source>The deck's numbers</source>
        <translation>Les nombres du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="241" />
        <source>Sheet %1</source>
        <translation>Feuille %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="276" />
        <source>Not quite: %1. %2</source>
        <translation>Pas tout à fait : %1. %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="304" />
        <source>the practice part must hold only a kind, a seed and open</source>
        <translation>la partie entraînement ne doit contenir qu’un type (kind), une graine (seed) et open</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="307" />
        <source>this chapter has no exercise “%1”</source>
        <translation>ce chapitre n’a pas d’exercice « %1 »</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="309" />
        <source>the practice seed must be a whole number from 0</source>
        <translation>la graine de l’entraînement doit être un nombre entier à partir de 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="311" />
        <source>“open” must be true or false</source>
        <translation>« open » doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="341" />
        <source>Export practice record</source>
        <translation>Exporter le bilan d’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="342" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="348" />
        <source>The record was not saved: %1</source>
        <translation>Le bilan n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_panel.py" line="350" />
        <source>Practice record saved: %1</source>
        <translation>Bilan d’entraînement enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_quiz.py" line="41" />
        <source>Practice quiz</source>
        <translation>Quiz d’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_quiz.py" line="53" />
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_quiz.py" line="55" />
        <source>Show the answer (Page Down, → or Space)</source>
        <translation>Afficher la réponse (Page suivante, → ou Espace)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_quiz.py" line="57" />
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/practice_quiz.py" line="72" />
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
</context>
<context>
    <name>presenter_notes</name>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="13" />
        <source>Say: the clinic tried three Dosages; only the middle one helped.
Ask: what shape would a curve through these three points need?</source>
        <translation>Dire : la clinique a essayé trois Doses ; seule celle du milieu a aidé.
Demander : quelle forme doit avoir une courbe qui passe par ces trois points ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="14" />
        <source>Say: this is the best any straight line can do, and it misses every point.
Ask: why can no line, whatever its slope, do better here?</source>
        <translation>Dire : aucune droite ne fait mieux, et elle manque chaque point.
Demander : pourquoi aucune droite, quelle que soit sa pente, ne peut-elle faire mieux ici ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="15" />
        <source>Say: two hidden nodes are enough to bend the line into a squiggle with an SSR near 0.
Ask: what does each hidden node add that a line does not have?</source>
        <translation>Dire : deux nœuds cachés suffisent à plier la droite en une courbe sinueuse dont la SSR est presque nulle.
Demander : qu’apporte chaque nœud caché qu’une droite n’a pas ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="16" />
        <source>Say: an activation function is the bent piece each node starts from.
Ask: which of the three is never negative, and which stays between 0 and 1?</source>
        <translation>Dire : une fonction d’activation est la pièce courbée dont part chaque nœud.
Demander : laquelle des trois n’est jamais négative, et laquelle reste entre 0 et 1 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="17" />
        <source>Say: the top node stretches, shifts and flips one Softplus curve with w1, b1 and w3.
Ask: what happens to the curve if w3 changes sign?</source>
        <translation>Dire : le nœud du haut étire, décale et retourne une courbe Softplus avec w1, b1 et w3.
Demander : que devient la courbe si w3 change de signe ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="18" />
        <source>Say: the bottom node makes a second bent curve of its own with w2, b2 and w4.
Ask: where does this curve bend, and why there?</source>
        <translation>Dire : le nœud du bas fabrique sa propre deuxième courbe avec w2, b2 et w4.
Demander : où cette courbe se plie-t-elle, et pourquoi là ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="19" />
        <source>Say: adding the two curves and b3 gives the squiggle through all three points.
Ask: what would b3 do to the whole squiggle if we raised it?</source>
        <translation>Dire : en additionnant les deux courbes et b3, on obtient la courbe sinueuse qui passe par les trois points.
Demander : que ferait b3 à toute la courbe si on l’augmentait ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="20" />
        <source>Say: follow Input 0 through the network, node by node, in the ledger.
Ask: before I show it, what Efficacy do you expect?</source>
        <translation>Dire : suivons l’Entrée 0 dans le réseau, nœud par nœud, dans le calcul détaillé.
Demander : avant que je le montre, quelle Efficacité attendez-vous ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="21" />
        <source>Say: the same path for the medium Dosage gives about 1.
Ask: which node does most of the work at this Dosage?</source>
        <translation>Dire : le même chemin pour la Dose moyenne donne environ 1.
Demander : quel nœud fait l’essentiel du travail à cette Dose ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="22" />
        <source>Say: ReLU builds the same idea from straight pieces bent at 0.
Ask: what is lost and what is gained compared with Softplus?</source>
        <translation>Dire : ReLU construit la même idée avec des morceaux droits pliés en 0.
Demander : qu’est-ce qu’on perd et qu’est-ce qu’on gagne par rapport à Softplus ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="23" />
        <source>Say: real networks start from random weights; training finds good ones, as chapter 3 shows.
Ask: why not start every weight at 0?</source>
        <translation>Dire : les vrais réseaux partent de poids aléatoires ; l’entraînement en trouve de bons, comme le montre le chapitre 3.
Demander : pourquoi ne pas commencer avec tous les poids à 0 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="26" />
        <source>Say: three points, and we want the line that fits them best.
Ask: what does “fits best” mean, in numbers?</source>
        <translation>Dire : trois points, et nous voulons la droite qui les ajuste le mieux.
Demander : que veut dire « ajuste le mieux », en chiffres ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="27" />
        <source>Say: the slope stays at 0.64; only the Intercept will move, starting at 0.
Ask: is this line too high or too low?</source>
        <translation>Dire : la pente reste à 0,64 ; seule l’Ordonnée à l’origine bougera, à partir de 0.
Demander : cette droite est-elle trop haute ou trop basse ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="28" />
        <source>Say: a residual is Observed minus Predicted, the vertical gap to each point.
Ask: why are all three residuals positive here?</source>
        <translation>Dire : un résidu, c’est l’Observé moins le Prédit, l’écart vertical à chaque point.
Demander : pourquoi les trois résidus sont-ils positifs ici ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="29" />
        <source>Say: squaring keeps every gap positive; their sum, the SSR, is about 3.1.
Ask: why square the residuals instead of just adding them?</source>
        <translation>Dire : le carré rend chaque écart positif ; leur somme, la SSR, vaut environ 3,1.
Demander : pourquoi élever les résidus au carré au lieu de simplement les additionner ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="30" />
        <source>Say: each Intercept gives one SSR; together they draw this curve.
Ask: could we just try every Intercept? Why is that a bad plan with many parameters?</source>
        <translation>Dire : chaque Ordonnée à l’origine donne une SSR ; ensemble elles tracent cette courbe.
Demander : pourrait-on essayer toutes les valeurs ? Pourquoi est-ce un mauvais plan avec beaucoup de paramètres ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="31" />
        <source>Say: the derivative −5.7 is the slope of the tangent at Intercept 0.
Ask: what does its minus sign tell us about which way to go?</source>
        <translation>Dire : la dérivée −5,7 est la pente de la tangente en 0.
Demander : que nous dit son signe moins sur la direction à prendre ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="32" />
        <source>Say: Step Size = derivative × Learning Rate = −5.7 × 0.1 = −0.57.
Ask: what would a Learning Rate of 1 do?</source>
        <translation>Dire : Taille du pas = dérivée × Taux d’apprentissage = −5,7 × 0,1 = −0,57.
Demander : que ferait un Taux d’apprentissage de 1 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="33" />
        <source>Say: the new Intercept is the old one minus the Step Size: 0 − (−0.57) = 0.57.
Ask: why minus, and not plus?</source>
        <translation>Dire : la nouvelle Ordonnée à l’origine est l’ancienne moins la Taille du pas : 0 − (−0,57) = 0,57.
Demander : pourquoi moins, et pas plus ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="34" />
        <source>Say: near the bottom the curve flattens, so the steps shrink by themselves.
Ask: nobody changed the Learning Rate: why do the steps get smaller?</source>
        <translation>Dire : près du fond la courbe s’aplatit, et les pas rétrécissent d’eux-mêmes.
Demander : personne n’a changé le Taux d’apprentissage : pourquoi les pas diminuent-ils ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="35" />
        <source>Say: we stop on a tiny step size, a maximum number of steps, or a small enough SSR.
Ask: which rule stopped this run, and at which step?</source>
        <translation>Dire : on s’arrête sur un pas minuscule, un nombre maximal de pas ou une SSR assez petite.
Demander : quelle règle a arrêté cet entraînement, et à quel pas ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="36" />
        <source>Say: with the Slope free as well, the path crosses a landscape, one derivative per parameter.
Ask: why does the path curve instead of heading straight to the bottom?</source>
        <translation>Dire : avec la Pente libre elle aussi, le chemin traverse un paysage, une dérivée par paramètre.
Demander : pourquoi le chemin est-il courbe au lieu d’aller droit au fond ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="39" />
        <source>Say: six parameters are already good; we train b3 alone first.
Ask: what does b3 do to the squiggle, up to now?</source>
        <translation>Dire : six paramètres sont déjà bons ; on entraîne d’abord b3 seul.
Demander : que fait b3 à la courbe, jusqu’ici ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="40" />
        <source>Say: the chain rule: dSSR/dPredicted times dPredicted/db3, and the second factor is 1; the sum is −15.7.
Ask: why is dPredicted/db3 exactly 1?</source>
        <translation>Dire : la règle de dérivation en chaîne : dSSR/dPrédit fois dPrédit/db3, et le second facteur vaut 1 ; la somme fait −15,7.
Demander : pourquoi dPrédit/db3 vaut-il exactement 1 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="41" />
        <source>Say: one step of gradient descent: −15.7 × 0.1 = −1.57, so b3 becomes 1.57.
Ask: will the next step be larger or smaller? Why?</source>
        <translation>Dire : un pas de descente de gradient : −15,7 × 0,1 = −1,57, donc b3 devient 1,57.
Demander : le pas suivant sera-t-il plus grand ou plus petit ? Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="42" />
        <source>Say: step after step, b3 settles near 2.61, the bottom of the SSR curve.
Ask: how do we know we are at the bottom without looking at the curve?</source>
        <translation>Dire : pas après pas, b3 se stabilise vers 2,61, au fond de la courbe de SSR.
Demander : comment savoir qu’on est au fond sans regarder la courbe ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="43" />
        <source>Say: for w3 the last factor is y₁, the top node's output.
Ask: if y₁ were 0 for every point, what would happen to w3 during training?</source>
        <translation>Dire : pour w3 le dernier facteur est y₁, la sortie du nœud du haut.
Demander : si y₁ valait 0 pour chaque point, que deviendrait w3 pendant l’entraînement ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="44" />
        <source>Say: w1 is further back, so the chain has four factors, through w3 and the softplus.
Ask: which factor comes from the activation function, and what is it for softplus?</source>
        <translation>Dire : w1 est plus en arrière, alors la chaîne a quatre facteurs, via w3 et la softplus.
Demander : quel facteur vient de la fonction d’activation, et que vaut-il pour la softplus ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="45" />
        <source>Say: for b1 the chain is the same, except the last factor is 1 instead of the Input.
Ask: why does a bias always end its chain with 1?</source>
        <translation>Dire : pour b1 la chaîne est la même, sauf que le dernier facteur vaut 1 au lieu de l’Entrée.
Demander : pourquoi la chaîne d’un biais finit-elle toujours par 1 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="46" />
        <source>Say: a finite difference nudges a parameter and measures the SSR; it agrees with the chain rule.
Ask: why do we not train with finite differences instead?</source>
        <translation>Dire : une différence finie pousse un peu un paramètre et mesure la SSR ; elle confirme la règle de dérivation en chaîne.
Demander : pourquoi ne pas entraîner avec des différences finies ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="47" />
        <source>Say: real training starts from random weights and zero biases; the seed makes it repeatable.
Ask: what would change with another seed?</source>
        <translation>Dire : le vrai entraînement part de poids aléatoires et de biais nuls ; la graine le rend reproductible.
Demander : qu’est-ce qui changerait avec une autre graine ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="48" />
        <source>Say: all seven parameters now train together; watch the SSR fall.
Ask: does the squiggle end up like chapter 1's? Why might it not?</source>
        <translation>Dire : les sept paramètres s’entraînent maintenant ensemble ; regardez la SSR baisser.
Demander : la courbe finit-elle comme celle du chapitre 1 ? Pourquoi pas forcément ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="51" />
        <source>Say: an image is a grid of numbers: 1 for black, 0 for white.
Ask: how many numbers are in this 6×6 image?</source>
        <translation>Dire : une image est une grille de nombres : 1 pour noir, 0 pour blanc.
Demander : combien de nombres y a-t-il dans cette image 6×6 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="52" />
        <source>Say: move the O one pixel to the right: most input values change.
Ask: would a network with one input per pixel still say “O”?</source>
        <translation>Dire : décalons le O d’un pixel vers la droite : la plupart des valeurs d’entrée changent.
Demander : un réseau avec une entrée par pixel dirait-il encore « O » ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="53" />
        <source>Say: a CNN looks at small neighbourhoods with a filter, so it needs far fewer inputs.
Ask: why do neighbouring pixels matter more than distant ones?</source>
        <translation>Dire : un CNN regarde de petits voisinages avec un filtre, il lui faut donc bien moins d’entrées.
Demander : pourquoi les pixels voisins comptent-ils plus que les pixels éloignés ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="54" />
        <source>Say: multiply each pixel by the filter value under it, add them up, add the bias: 3 − 2 = 1.
Ask: which pixels of the window count here?</source>
        <translation>Dire : on multiplie chaque pixel par la valeur du filtre en dessous, on additionne, on ajoute le biais : 3 − 2 = 1.
Demander : quels pixels de la fenêtre comptent ici ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="55" />
        <source>Say: slide the filter one pixel: this window matches less, 1 − 2 = −1.
Ask: what kind of pattern gives this filter its highest value?</source>
        <translation>Dire : on fait glisser le filtre d’un pixel : cette fenêtre correspond moins, 1 − 2 = −1.
Demander : quel motif donne à ce filtre sa plus grande valeur ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="56" />
        <source>Say: ReLU turns every negative cell into 0; only two places match the filter.
Ask: where are those two places in the letter?</source>
        <translation>Dire : ReLU met à 0 chaque case négative ; seuls deux endroits correspondent au filtre.
Demander : où sont ces deux endroits dans la lettre ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="57" />
        <source>Say: Max Pooling keeps the largest value of each 2×2 region: 1, 0, 0, 1.
Ask: what information does pooling throw away, and why is that fine?</source>
        <translation>Dire : le Max Pooling garde la plus grande valeur de chaque région 2×2 : 1, 0, 0, 1.
Demander : quelle information le pooling jette-t-il, et pourquoi est-ce acceptable ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="58" />
        <source>Say: the four pooled values feed a small network; SoftMax and ArgMax pick “O”.
Ask: what does SoftMax add that ArgMax alone does not give?</source>
        <translation>Dire : les quatre valeurs regroupées alimentent un petit réseau ; SoftMax et ArgMax choisissent « O ».
Demander : qu’apporte SoftMax que l’ArgMax seul ne donne pas ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="59" />
        <source>Say: the shifted O gives the same pooled values, so the answer stays “O”.
Ask: how far could we shift it before the answer changes?</source>
        <translation>Dire : le O décalé donne les mêmes valeurs regroupées, donc la réponse reste « O ».
Demander : jusqu’où pourrait-on le décaler avant que la réponse change ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="60" />
        <source>Say: the X matches the filter along its diagonal, a different pooled pattern.
Ask: how does the classifier tell X from O with only four numbers?</source>
        <translation>Dire : le X correspond au filtre le long de sa diagonale, un autre motif regroupé.
Demander : comment le classifieur distingue-t-il X de O avec seulement quatre nombres ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="61" />
        <source>Say: training lowers the Cross Entropy until both letters are recognised.
Ask: why Cross Entropy here and not the SSR?</source>
        <translation>Dire : l’entraînement fait baisser l’Entropie croisée jusqu’à ce que les deux lettres soient reconnues.
Demander : pourquoi l’Entropie croisée ici et pas la SSR ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="64" />
        <source>Say: an RNN has weights and biases like any network; start with yesterday's value.
Ask: what is new compared with the networks we have seen?</source>
        <translation>Dire : un RNN a des poids et des biais comme tout réseau ; commençons par la valeur d’hier.
Demander : qu’y a-t-il de nouveau par rapport aux réseaux déjà vus ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="65" />
        <source>Say: the feedback loop passes yesterday's output into today's node through w2.
Ask: how can the same network take sequences of any length?</source>
        <translation>Dire : la boucle de rétroaction passe la sortie d’hier au nœud d’aujourd’hui via w2.
Demander : comment le même réseau peut-il prendre des séquences de n’importe quelle longueur ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="66" />
        <source>Say: unrolled, there is one copy per day, all sharing the same weights.
Ask: how many weights are there to train, whatever the number of days?</source>
        <translation>Dire : déroulé, il y a une copie par jour, qui partagent toutes les mêmes poids.
Demander : combien de poids faut-il entraîner, quel que soit le nombre de jours ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="67" />
        <source>Say: with w2 = 2, unrolling 4 times multiplies the first input by 2⁴ = 16.
Ask: what happens to this factor with every extra day?</source>
        <translation>Dire : avec w2 = 2, dérouler 4 fois multiplie la première entrée par 2⁴ = 16.
Demander : que devient ce facteur avec chaque jour de plus ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="68" />
        <source>Say: 50 days give 2⁵⁰, about 10¹⁵: the gradient explodes and the steps are far too large.
Ask: what would gradient descent do with such a step?</source>
        <translation>Dire : 50 jours donnent 2⁵⁰, environ 10¹⁵ : le gradient explose et les pas sont beaucoup trop grands.
Demander : que ferait la descente de gradient avec un tel pas ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="69" />
        <source>Say: with w2 below 1 the product shrinks toward 0: the gradient vanishes.
Ask: what can the network then learn about Day 1?</source>
        <translation>Dire : avec w2 inférieur à 1 le produit tend vers 0 : le gradient disparaît.
Demander : que peut alors apprendre le réseau sur le Jour 1 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="70" />
        <source>Say: the LSTM's gates use sigmoids for percentages and tanh for values between −1 and 1.
Ask: why a percentage for a gate?</source>
        <translation>Dire : les portes de la LSTM utilisent des sigmoïdes pour des pourcentages et tanh pour des valeurs entre −1 et 1.
Demander : pourquoi un pourcentage pour une porte ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="71" />
        <source>Say: follow Company A day by day; the Day 5 prediction is about 0.
Ask: which memory carries the information from day to day?</source>
        <translation>Dire : suivons l’entreprise A jour après jour ; la prévision du Jour 5 est d’environ 0.
Demander : quelle mémoire transporte l’information d’un jour à l’autre ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="72" />
        <source>Say: Company B differs only on Day 1, and the Long-Term Memory keeps that: Day 5 is about 1.
Ask: why does the plain RNN struggle with exactly this?</source>
        <translation>Dire : l’entreprise B ne diffère que le Jour 1, et la Mémoire à long terme le garde : le Jour 5 vaut environ 1.
Demander : pourquoi le RNN simple a-t-il justement du mal avec cela ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="73" />
        <source>Say: both train from a random start; compare how their SSR falls.
Ask: before it ends, which one do you expect to remember Day 1?</source>
        <translation>Dire : les deux s’entraînent depuis un départ aléatoire ; comparez la baisse de leur SSR.
Demander : avant la fin, lequel pensez-vous qu’il se souviendra du Jour 1 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="76" />
        <source>Say: a network bends activation curves into a squiggle that fits data no line can.
Ask: what made the squiggle possible: the nodes, the activations, or both?</source>
        <translation>Dire : un réseau plie des courbes d’activation en une courbe sinueuse qui ajuste des données qu’aucune droite n’ajuste.
Demander : qu’est-ce qui a rendu cette courbe possible : les nœuds, les activations, ou les deux ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="77" />
        <source>Say: gradient descent walks downhill: Step Size = derivative × Learning Rate.
Ask: what goes wrong with a Learning Rate that is too large?</source>
        <translation>Dire : la descente de gradient descend la pente : Taille du pas = dérivée × Taux d’apprentissage.
Demander : que se passe-t-il avec un Taux d’apprentissage trop grand ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="78" />
        <source>Say: backpropagation is the chain rule, giving the derivative for every weight and bias at once.
Ask: why is it called “back” propagation?</source>
        <translation>Dire : la rétropropagation, c’est la règle de dérivation en chaîne, qui donne la dérivée de chaque poids et biais d’un coup.
Demander : pourquoi parle-t-on de propagation « arrière » ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="79" />
        <source>Say: a CNN's filter finds a pattern anywhere; Max Pooling keeps the strongest match.
Ask: where else would such a filter be useful besides letters?</source>
        <translation>Dire : le filtre d’un CNN trouve un motif n’importe où ; le Max Pooling garde la meilleure correspondance.
Demander : où un tel filtre serait-il utile, à part pour des lettres ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="80" />
        <source>Say: an RNN feeds yesterday into today; the LSTM's gates keep a Long-Term Memory.
Ask: which of today's chapters would you use for a sequence of words?</source>
        <translation>Dire : un RNN transmet hier à aujourd’hui ; les portes de la LSTM gardent une Mémoire à long terme.
Demander : quel chapitre du jour utiliseriez-vous pour une suite de mots ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_notes.py" line="89" />
        <source>No notes for this step.</source>
        <translation>Pas de notes pour cette étape.</translation>
    </message>
</context>
<context>
    <name>presenter_view</name>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="52" />
        <source>nnviz — presenter view</source>
        <translation>nnviz — vue présentateur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="62" />
        <source>‹ Back</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="64" />
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="66" />
        <source>Restart the timer</source>
        <translation>Remettre le chrono à zéro</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="75" />
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="76" />
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="77" />
        <source>Notes: say, then ask</source>
        <translation>Notes : dire, puis demander</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="125" />
        <source>&amp;Presenter view (two screens)</source>
        <translation>Vue &amp;présentateur (deux écrans)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="128" />
        <source>The class view on the projector, your notes on your screen</source>
        <translation>La vue de la classe sur le projecteur, vos notes sur votre écran</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="151" />
        <source>The presenter view needs two screens: the projector for the class, your own screen for the notes. Only one screen is connected (or the screens mirror each other): connect the projector and choose “Extend” in the display settings.</source>
        <translation>La vue présentateur demande deux écrans : le projecteur pour la classe, votre écran pour les notes. Un seul écran est branché (ou les écrans se copient) : branchez le projecteur et choisissez « Étendre » dans les réglages d’affichage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="169" />
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="229" />
        <source>%1 since the start</source>
        <translation>%1 depuis le début</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="243" />
        <source>This chapter has no guided steps.</source>
        <translation>Ce chapitre n’a pas d’étapes guidées.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="247" />
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/presenter_view.py" line="250" />
        <source>(the last step of this chapter)</source>
        <translation>(la dernière étape de ce chapitre)</translation>
    </message>
</context>
<context>
    <name>recording</name>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="48" />
        <source>a recording is a .gif, .webp or .png (APNG) file, not %1</source>
        <translation>un enregistrement est un fichier .gif, .webp ou .png (APNG), pas %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="49" />
        <source>a file without a suffix</source>
        <translation>un fichier sans extension</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="51" />
        <source>recordings need Pillow: pip install "nnviz[record]"</source>
        <translation>les enregistrements demandent Pillow : pip install "nnviz[record]"</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="116" />
        <source>could not write a frame to %1</source>
        <translation>impossible d’écrire une image dans %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="168" />
        <source>the frame rate must be between 1 and 60 frames a second</source>
        <translation>la cadence doit être entre 1 et 60 images par seconde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="170" />
        <source>the number of steps must be between 1 and 100,000</source>
        <translation>le nombre de pas doit être entre 1 et 100 000</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="176" />
        <source>this chapter has no guided steps to record</source>
        <translation>ce chapitre n’a pas d’étapes guidées à enregistrer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="178" />
        <source>this chapter has no training run to record; record its guided steps instead</source>
        <translation>ce chapitre n’a pas d’entraînement à enregistrer ; enregistrez plutôt ses étapes guidées</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="198" />
        <source>Chapter %1, training step %2 of %3</source>
        <translation>Chapitre %1, pas d’entraînement %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="205" />
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording.py" line="218" />
        <location filename="../../nnviz/qt/recording_dialog.py" line="30" />
        <location filename="../../nnviz/qt/recording_dialog.py" line="74" />
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="35" />
        <source>The training run (Run)</source>
        <translation>L’entraînement (Lancer)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="37" />
        <source>The guided walk-through</source>
        <translation>Le parcours guidé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="53" />
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="54" />
        <source>Training steps (at most)</source>
        <translation>Pas d’entraînement (au plus)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="55" />
        <source>Frames a second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="56" />
        <source>Size in pixels</source>
        <translation>Taille en pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="58" />
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="76" />
        <source>Recordings need Pillow, an optional part of nnviz: pip install "nnviz[record]"</source>
        <translation>Les enregistrements demandent Pillow, une partie facultative de nnviz : pip install "nnviz[record]"</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="82" />
        <source>This chapter has nothing to record.</source>
        <translation>Ce chapitre n’a rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="86" />
        <source>Save the recording</source>
        <translation>Enregistrer l’animation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="87" />
        <source>Animations (*.gif *.webp *.png)</source>
        <translation>Animations (*.gif *.webp *.png)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="95" />
        <source>The recording could not be written: %1</source>
        <translation>L’enregistrement n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="98" />
        <source>Recording cancelled: no file was written.</source>
        <translation>Enregistrement annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/recording_dialog.py" line="100" />
        <source>Recording written: %1</source>
        <translation>Enregistrement écrit : %1</translation>
    </message>
</context>
<context>
    <name>rnn</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="21" />
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="22" />
        <source>Exploding &amp;&amp; Vanishing Gradient</source>
        <translation>Gradient qui explose &amp;&amp; qui s’évanouit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="23" />
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="23" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="24" />
        <source>Real series</source>
        <translation>Série réelle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="29" />
        <source>%1 must be a finite number, not %2</source>
        <translation>%1 doit être un nombre fini, et non %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="31" />
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 doit être compris entre %2 et %3, et non %4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="38" />
        <source>%1 must give exactly: %2</source>
        <translation>%1 : il faut exactement %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="44" />
        <source>%1 must be a list of at most %2 numbers</source>
        <translation>%1 : il faut une liste d’au plus %2 nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="45" />
        <source>a day of %1</source>
        <translation>un jour (%1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="134" />
        <source>the chapter 5 state must be a dictionary</source>
        <translation>l’état du chapitre 5 doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="137" />
        <source>unknown entries for chapter 5: %1</source>
        <translation>entrées inconnues pour le chapitre 5 : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="140" />
        <source>unknown view %1; choose one of %2</source>
        <translation>vue inconnue %1 ; choisissez parmi %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="144" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="149" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="157" />
        <source>'%1' must be a dictionary</source>
        <translation>« %1 » doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="146" />
        <source>the RNN's days</source>
        <translation>les jours du RNN</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="151" />
        <source>the number of unrolls</source>
        <translation>le nombre de déroulements</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="153" />
        <source>the number of unrolls must be a whole number</source>
        <translation>le nombre de déroulements doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="161" />
        <source>company must be one of %1, not %2</source>
        <translation>« company » doit valoir l’une des valeurs %1, pas %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="163" />
        <source>the LSTM's days</source>
        <translation>les jours du LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="165" />
        <source>the day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="168" />
        <source>'training' must name a model: %1</source>
        <translation>« training » doit nommer un modèle : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="169" />
        <source>the seed</source>
        <translation>la graine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="170" />
        <source>the learning rate</source>
        <translation>le taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="174" />
        <source>the training series</source>
        <translation>la série d’entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="228" />
        <source>An RNN has weights and biases like any network: Yesterday × w1 + b1 = 0 × 1.8 + 0.0 = 0</source>
        <translation>Un RNN a des poids et des biais comme tout réseau : Hier × w1 + b1 = 0 × 1,8 + 0,0 = 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="230" />
        <source>The feedback loop lets yesterday's and today's values both influence the prediction</source>
        <translation>La boucle de rétroaction permet aux valeurs d’hier et d’aujourd’hui d’influencer toutes deux la prédiction</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="232" />
        <source>Unrolled: one copy of the network per day, the same weights in every copy</source>
        <translation>Déroulé : une copie du réseau par jour, les mêmes poids dans chaque copie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="234" />
        <source>Unrolled 4 times with w2 = 2: Input₁ × 2 × 2 × 2 × 2 = Input₁ × 2⁴</source>
        <translation>Déroulé 4 fois avec w2 = 2 : Entrée₁ × 2 × 2 × 2 × 2 = Entrée₁ × 2⁴</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="236" />
        <source>Unroll 50 times and the gradient explodes: Input₁ × 2⁵⁰</source>
        <translation>Déroulé 50 fois, le gradient explose : Entrée₁ × 2⁵⁰</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="238" />
        <source>Limit w2 below 1 to stop the explosion… and the gradient vanishes instead</source>
        <translation>Limiter w2 sous 1 pour arrêter l’explosion… et c’est le gradient qui s’évanouit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="241" />
        <source>LSTM: sigmoid gates say what percent to remember; tanh gives values between −1 and 1</source>
        <translation>LSTM : les portes sigmoïdes disent quel pourcentage retenir ; tanh donne des valeurs entre −1 et 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="243" />
        <source>Company A, day by day: the Day 5 prediction is about 0</source>
        <translation>Entreprise A, jour après jour : la prédiction du Jour 5 vaut environ 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="244" />
        <source>Company B differs only on Day 1; the Long-Term Memory keeps it: Day 5 is about 1</source>
        <translation>L’Entreprise B ne diffère que le Jour 1 ; la mémoire à long terme le garde : le Jour 5 vaut environ 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/tab.py" line="246" />
        <source>Train the LSTM and the plain RNN from a random start: which one remembers Day 1?</source>
        <translation>Entraînez le LSTM et le RNN simple depuis un départ aléatoire : lequel se souvient du Jour 1 ?</translation>
    </message>
</context>
<context>
    <name>rnn_training</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="36" />
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="36" />
        <source>Plain RNN</source>
        <translation>RNN simple</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="69" />
        <source>Which network the buttons below train (both keep their progress)</source>
        <translation>Le réseau qu’entraînent les boutons ci-dessous (chacun garde sa progression)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="70" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="72" />
        <source>Train the %1</source>
        <translation>Entraîner le %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="73" />
        <source>Random start (seed)</source>
        <translation>Graine (départ aléatoire)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="75" />
        <source>Weights from a standard normal distribution, biases 0; the same seed always gives the same start</source>
        <translation>Poids tirés d’une loi normale centrée réduite, biais à 0 ; la même graine donne toujours le même départ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="78" />
        <source>New random start</source>
        <translation>Départ aléatoire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="99" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="85" />
        <source>Training the %1</source>
        <translation>Entraînement du %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="90" />
        <source>Both start from the same seed. Train one, switch, train the other, and compare the SSR.</source>
        <translation>Les deux partent de la même graine. Entraînez l’un, changez, entraînez l’autre, et comparez la SSR.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="103" />
        <source>Deck's companies</source>
        <translation>Entreprises du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="105" />
        <source>Train on the deck's Company A and B again</source>
        <translation>Entraîner de nouveau sur les Entreprises A et B du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="129" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="122" />
        <source>SSR after each step</source>
        <translation>SSR pas à pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="130" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="123" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="128" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="190" />
        <source>Day 5 predictions</source>
        <translation>Prédictions du Jour 5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="136" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="130" />
        <source>Pot.</source>
        <translation>Pot.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="133" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="134" />
        <source>━ Long-Term Memory</source>
        <translation>━ Mémoire à long terme</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="135" />
        <source>&lt;b&gt;Company %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Entreprise %1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="191" />
        <source>Predictions for the day after</source>
        <translation>Prédictions pour le jour suivant</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="193" />
        <source>Training on the deck's Company A and B (Days 1–4 → Day 5).</source>
        <translation>Entraînement sur les Entreprises A et B du cours (Jours 1–4 → Jour 5).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="196" />
        <source>Training on your series of %1 days: %2 pairs of 4 days → the day after.</source>
        <translation>Entraînement sur votre série de %1 jours : %2 paires de 4 jours → le jour suivant.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="260" />
        <source>&lt;b&gt;%1&lt;/b&gt;, step %2: Company A → &lt;b&gt;%3&lt;/b&gt; (observed 0), Company B → &lt;b&gt;%4&lt;/b&gt; (observed 1); SSR = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, pas %2 : Entreprise A → &lt;b&gt;%3&lt;/b&gt; (observé 0), Entreprise B → &lt;b&gt;%4&lt;/b&gt; (observé 1) ; SSR = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="265" />
        <source>The %1 gives both companies about the same answer: it has not learned to remember Day 1.</source>
        <translation>Le %1 donne à peu près la même réponse pour les deux entreprises : il n’a pas appris à retenir le Jour 1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="269" />
        <source>The %1 remembers Day 1: it tells the two companies apart.</source>
        <translation>Le %1 se souvient du Jour 1 : il distingue les deux entreprises.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="272" />
        <source>The companies differ only on Day 1; Days 2–4 are the same. To predict Day 5 the network must carry Day 1 through three more days.</source>
        <translation>Les entreprises ne diffèrent que le Jour 1 ; les Jours 2–4 sont identiques. Pour prédire le Jour 5, le réseau doit porter le Jour 1 à travers trois jours de plus.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="284" />
        <source>&lt;b&gt;%1&lt;/b&gt;, step %2: last 4 days → &lt;b&gt;%3&lt;/b&gt; (observed %4); SSR over %5 pairs = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, pas %2 : 4 derniers jours → &lt;b&gt;%3&lt;/b&gt; (observé %4) ; SSR sur %5 paires = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="287" />
        <source>predicted: %1
SSR: %2</source>
        <translation>prédit : %1
SSR : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/training.py" line="289" />
        <source>The gate plots still show the deck's Company A and B, so you can see what the trained gates do with them.</source>
        <translation>Les graphiques des portes montrent toujours les Entreprises A et B du cours : on y voit ce qu’en font les portes entraînées.</translation>
    </message>
</context>
<context>
    <name>rnn_views</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="34" />
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="34" />
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="35" />
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="35" />
        <source>off the scale</source>
        <translation>hors échelle</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="36" />
        <source>w1: the weight on each day's input</source>
        <translation>w1 : le poids de l’entrée de chaque jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="37" />
        <source>b1: the bias on each day's input</source>
        <translation>b1 : le biais de l’entrée de chaque jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="38" />
        <source>w2: the weight on the feedback loop (yesterday's output)</source>
        <translation>w2 : le poids de la boucle de rétroaction (la sortie d’hier)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="39" />
        <source>w3: the weight on the output</source>
        <translation>w3 : le poids de la sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="40" />
        <source>b2: the bias on the output</source>
        <translation>b2 : le biais de la sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="42" />
        <source>|w2|ᴺ after each unroll</source>
        <translation>|w2|ᴺ après chaque déroulement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="43" />
        <source>Number of unrolls</source>
        <translation>Nombre de déroulements</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="44" />
        <source>Real gradient for each day (BPTT)</source>
        <translation>Gradient réel pour chaque jour (BPTT)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="45" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="59" />
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="61" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="63" />
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="87" />
        <source>Days, oldest first (low 0, medium 0.5, high 1)</source>
        <translation>Jours, le plus ancien d’abord (bas 0, moyen 0,5, haut 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="96" />
        <source>Add a day with value %1 (%2)</source>
        <translation>Ajouter un jour de valeur %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="102" />
        <source>Remove last day</source>
        <translation>Retirer le dernier jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="106" />
        <source>Weights and biases</source>
        <translation>Poids et biais</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="116" />
        <source>Deck's values</source>
        <translation>Valeurs du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="118" />
        <source>w1 = 1.8, b1 = 0.0, w2 = −0.5, w3 = 1.1, b2 = 0.0; yesterday low, today medium</source>
        <translation>w1 = 1,8 ; b1 = 0,0 ; w2 = −0,5 ; w3 = 1,1 ; b2 = 0,0 — hier bas, aujourd’hui moyen</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="129" />
        <source>The math, day by day</source>
        <translation>Le calcul, jour par jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="130" />
        <source>The feedback loop</source>
        <translation>La boucle de rétroaction</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="131" />
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="191" />
        <source>Unrolled: one copy per day</source>
        <translation>Déroulé : une copie par jour</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="182" />
        <source>The values grow too large to compute (%1): make |w2| smaller or use fewer days.</source>
        <translation>Les valeurs deviennent trop grandes pour être calculées : réduisez |w2| ou utilisez moins de jours.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="192" />
        <source>Unrolled: one copy per day — showing the last %1 of %2 days (the math uses every day)</source>
        <translation>Déroulé : une copie par jour — les %1 derniers des %2 jours (le calcul les utilise tous)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="199" />
        <source>No days yet: add a day (low, medium or high) or type a sequence.</source>
        <translation>Pas encore de jours : ajoutez un jour (bas, moyen ou haut) ou tapez une suite.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="200" />
        <source>With no days the output is just b2: Prediction = %1</source>
        <translation>Sans aucun jour, la sortie vaut simplement b2 : Prédiction = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="209" />
        <source>%1 × w1 + b1</source>
        <translation>%1 × w1 + b1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="212" />
        <source> + %1's output × w2</source>
        <translation> + sortie (%1) × w2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="215" />
        <source>Sum = %1
ReLU output = %2</source>
        <translation>Somme = %1
Sortie de ReLU = %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="217" />
        <source>Prediction for tomorrow = %1's output × w3 + b2 = %2 × %3 + %4 = &lt;b&gt;%5&lt;/b&gt; (nearest: %6)</source>
        <translation>Prédiction pour demain = sortie (%1) × w3 + b2 = %2 × %3 + %4 = &lt;b&gt;%5&lt;/b&gt; (le plus proche : %6)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="220" />
        <source>Prediction = %1</source>
        <translation>Prédiction = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="222" />
        <source>The feedback loop lets yesterday's and today's values both influence the prediction.</source>
        <translation>La boucle de rétroaction permet aux valeurs d’hier et d’aujourd’hui d’influencer toutes deux la prédiction.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="235" />
        <source>w2 (feedback weight)</source>
        <translation>w2 (poids de la boucle)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="236" />
        <source>The weight on the feedback loop: |w2| &gt; 1 explodes, |w2| &lt; 1 vanishes</source>
        <translation>Le poids de la boucle de rétroaction : |w2| &gt; 1 explose, |w2| &lt; 1 s’évanouit</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="238" />
        <source>Number of unrolls N</source>
        <translation>Nombre de déroulements N</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="239" />
        <source>How many times the network is unrolled (1 to %1)</source>
        <translation>Combien de fois le réseau est déroulé (1 à %1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="243" />
        <source>The gradient for Day 1 passes through the feedback loop once per unroll, so it is multiplied by w2 N times.</source>
        <translation>Le gradient du Jour 1 traverse la boucle de rétroaction une fois par déroulement : il est donc multiplié N fois par w2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="249" />
        <source>The deck: w2 = 2, unrolled 4 times</source>
        <translation>Le cours : w2 = 2, déroulé 4 fois</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="250" />
        <source>Explodes: w2 = 2, 50 unrolls</source>
        <translation>Explose : w2 = 2 ; N = 50</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="252" />
        <source>Vanishes: w2 = 0.5, 50 unrolls</source>
        <translation>S’évanouit : w2 = 0,5 ; N = 50</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="262" />
        <source>The Vanishing/Exploding Gradient Problem</source>
        <translation>Le problème du gradient qui s’évanouit / qui explose</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="273" />
        <source>Exploding (|w2| &gt; 1)</source>
        <translation>Explose (|w2| &gt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="275" />
        <source>Vanishing (|w2| &lt; 1)</source>
        <translation>S’évanouit (|w2| &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="365" />
        <source>(%1 times)</source>
        <translation>(%1 fois)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="367" />
        <source>Input₁ × %1 = Input₁ × %2 = Input₁ × &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Entrée₁ × %1 = Entrée₁ × %2 = Entrée₁ × &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="369" />
        <source>= Input₁ × w2&lt;sup&gt;Num. Unroll&lt;/sup&gt;</source>
        <translation>= Entrée₁ × w2&lt;sup&gt;nb de déroulements&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="371" />
        <source>Exploding Gradient&lt;/b&gt;: |w2| = %1 &amp;gt; 1, so each unroll makes it bigger: steps far too large, gradient descent cannot settle.</source>
        <translation>Gradient qui explose&lt;/b&gt; : |w2| = %1 &amp;gt; 1, donc chaque déroulement l’agrandit : des pas bien trop grands, la descente de gradient ne peut pas se stabiliser.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="375" />
        <source>Vanishing Gradient&lt;/b&gt;: |w2| = %1 &amp;lt; 1, so each unroll shrinks it toward 0: Day 1 hardly changes anything, so it is never learned.</source>
        <translation>Gradient qui s’évanouit&lt;/b&gt; : |w2| = %1 &amp;lt; 1, donc chaque déroulement le réduit vers 0 : le Jour 1 ne change presque rien, il n’est donc jamais appris.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="379" />
        <source>|w2| = 1: the gradient neither explodes nor vanishes (but w2 cannot stay exactly 1).</source>
        <translation>|w2| = 1 : le gradient n’explose pas et ne s’évanouit pas (mais w2 ne peut pas rester exactement à 1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="381" />
        <source>One way to prevent the Exploding Gradient Problem would be to limit w2 to values &amp;lt; 1 — but then w2&lt;sup&gt;N&lt;/sup&gt; shrinks toward 0 and the gradient vanishes instead. LSTM avoids both.</source>
        <translation>Pour éviter le problème du gradient qui explose, on pourrait limiter w2 à des valeurs &amp;lt; 1 — mais alors w2&lt;sup&gt;N&lt;/sup&gt; tend vers 0 et c’est le gradient qui s’évanouit. Le LSTM évite les deux.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="387" />
        <source>; 0 on %1 day(s) where ReLU is off (not drawn)</source>
        <translation> ; 0 sur %1 jour(s) où ReLU est éteinte (non tracé)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="389" />
        <source>; too large to display on %1 day(s) (not drawn)</source>
        <translation> ; trop grand pour être affiché sur %1 jour(s) (non tracé)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="390" />
        <source>Backpropagation through time (%1 days, every day high = 1, w1 = %2, w3 = %3): |d Prediction / d Input₁| = &lt;b&gt;%4&lt;/b&gt;%5</source>
        <translation>Rétropropagation dans le temps (%1 jours, chaque jour haut = 1 ; w1 = %2 ; w3 = %3) : &lt;nobr&gt;|⁠d Prédiction / d Entrée₁⁠|&lt;/nobr&gt; = &lt;b&gt;%4&lt;/b&gt;%5</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/views.py" line="393" />
        <source>per day: %1</source>
        <translation>par jour : %1</translation>
    </message>
</context>
<context>
    <name>rnn_widgets</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="71" />
        <source>Type up to %1 values separated by commas or spaces (low 0, medium 0.5, high 1), then press Enter</source>
        <translation>Tapez jusqu’à %1 valeurs séparées par des points-virgules ou des espaces (bas 0, moyen 0,5, haut 1), puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="100" />
        <source>at most %1 days, please</source>
        <translation>%1 jours au plus, s’il vous plaît</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="106" />
        <source>“%1” is not a number from −100 to 100</source>
        <translation>« %1 » n’est pas un nombre entre −100 et 100</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="114" />
        <source>%1. Kept the previous days.</source>
        <translation>%1. Les jours précédents sont conservés.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="157" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="158" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="162" />
        <source>feedback loop</source>
        <translation>boucle de rétroaction</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="226" />
        <source>Prediction
%1</source>
        <translation>Prédiction
%1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="229" />
        <source>Shared weights: every copy uses w1 = %1, b1 = %2, w2 = %3</source>
        <translation>Poids partagés : chaque copie utilise w1 = %1 ; b1 = %2 ; w2 = %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/widgets.py" line="231" />
        <source>No days yet: type a sequence.</source>
        <translation>Pas encore de jours : tapez une suite.</translation>
    </message>
</context>
<context>
    <name>series</name>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="61" />
        <source>The Nile at Aswan: its flow each year from 1871 to 1970 (10⁸ m³). Each window of years predicts the year after; the networks train on 1871–1950 and are tested on 1951–1970.</source>
        <extracomment>During a run the predictions, errors and gates are redrawn at most every SLOW_S seconds (at 0.1 s the page kept 84-89 % of a 10 ms timer's ticks while a model trained).</extracomment>
        <translation>Le Nil à Assouan : son débit chaque année de 1871 à 1970 (10⁸ m³). Chaque fenêtre d’années prédit l’année suivante ; les réseaux s’entraînent sur 1871–1950 et sont testés sur 1951–1970.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="68" />
        <source>Which network the buttons below train (both keep their progress)</source>
        <translation>Le réseau qu’entraînent les boutons ci-dessous (chacun garde sa progression)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="75" />
        <source>Years in a window</source>
        <translation>Années par fenêtre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="80" />
        <source>How many years in a row the networks read to predict the next one; changing it starts both again</source>
        <translation>Combien d’années de suite les réseaux lisent pour prédire la suivante ; la changer fait tout repartir</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="84" />
        <source>LSTM units</source>
        <translation>Unités LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="88" />
        <source>1: the deck's LSTM unit. More: units side by side, read out by a weighted sum (unit 1 starts as the deck's); changing it starts the LSTM again</source>
        <translation>1 : l’unité LSTM du cours. Plus : des unités côte à côte, lues par une somme pondérée (l’unité 1 part de celle du cours) ; la changer fait repartir le LSTM</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="115" />
        <source>The Nile's flow: observed, and predicted for 1951–1970 (drag right to see 1871–1920)</source>
        <translation>Le débit du Nil : observé, et prédit pour 1951–1970 (glisser à droite pour voir 1871–1920)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="117" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="117" />
        <source>Flow (10⁸ m³)</source>
        <translation>Débit (10⁸ m³)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="123" />
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="125" />
        <source>this year</source>
        <translation>cette année</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="138" />
        <source>Year predicted</source>
        <translation>Année prédite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="139" />
        <source>Gate value</source>
        <translation>Valeur de la porte</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="140" />
        <source>&lt;b&gt;Gates&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Portes&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="214" />
        <source>Test error (root mean square, 10⁸ m³), 1951–1970: “next year = this year” %1 · LSTM %2 · plain RNN %3</source>
        <translation>Erreur de test (moyenne quadratique, 10⁸ m³), 1951–1970 : « l’an prochain = cette année » %1 · LSTM %2 · RNN simple %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="235" />
        <source>the Real series state must give exactly: %1</source>
        <translation>l’état de la série réelle doit donner exactement : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="237" />
        <source>the Real series model must be one of %1</source>
        <translation>le modèle de la série réelle doit être l’un de : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="240" />
        <source>the Real series window must be a whole number from %1 to %2</source>
        <translation>la fenêtre de la série réelle doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="244" />
        <source>the Real series LSTM units must be a whole number from 1 to %1</source>
        <translation>les unités LSTM de la série réelle doivent être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="251" />
        <source>the Real series needs %1 finite parameters for the %2, each within ±%3</source>
        <translation>la série réelle demande %1 paramètres finis pour le %2, chacun dans ±%3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/rnn_lstm/real_series_page.py" line="256" />
        <source>the Real series learning rates must be from 0.0001 to 10</source>
        <translation>les taux d’apprentissage de la série réelle doivent aller de 0,0001 à 10</translation>
    </message>
</context>
<context>
    <name>table_import</name>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="39" />
        <source>Tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="69" />
        <source>Import data: %1</source>
        <translation>Importer des données : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="74" />
        <source>separated by commas</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="75" />
        <source>separated by semicolons</source>
        <translation>séparées par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="76" />
        <source>separated by tabs</source>
        <translation>séparées par des tabulations</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="80" />
        <source>Read &lt;b&gt;%1&lt;/b&gt; × %2 (%3) from &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5, %6, %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2 (%3) lues dans &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5, %6, %7.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="81" />
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="81" />
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="84" />
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="85" />
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="90" />
        <source>decimal comma</source>
        <translation>virgule décimale</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="92" />
        <source>decimal point</source>
        <translation>point décimal</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="93" />
        <source>with a header line</source>
        <translation>avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="95" />
        <source>no header line</source>
        <translation>sans ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="105" />
        <source>Column to import</source>
        <translation>Colonne à importer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="109" />
        <source>The file has one column per company: choose the one to import</source>
        <translation>Le fichier a une colonne par entreprise : choisissez celle à importer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="113" />
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 valeurs)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="132" />
        <source>&lt;b&gt;1 row could not be read&lt;/b&gt; and will be left out:</source>
        <translation>&lt;b&gt;1 ligne n’a pas pu être lue&lt;/b&gt; et sera ignorée :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="133" />
        <source>&lt;b&gt;%1 rows could not be read&lt;/b&gt; and will be left out:</source>
        <translation>&lt;b&gt;%1 lignes n’ont pas pu être lues&lt;/b&gt; et seront ignorées :</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="136" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="138" />
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="145" />
        <source>Every row could be read.</source>
        <translation>Toutes les lignes ont pu être lues.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="147" />
        <source>&lt;b&gt;Import&lt;/b&gt; replaces the current data; &lt;b&gt;Cancel&lt;/b&gt; keeps it.</source>
        <translation>&lt;b&gt;Importer&lt;/b&gt; remplace les données actuelles ; &lt;b&gt;Annuler&lt;/b&gt; les garde.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="150" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="193" />
        <source>Import data…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="198" />
        <source>Read the %1 from a CSV table (a preview shows what was read first)</source>
        <translation>Lire un tableau CSV (%1) ; un aperçu montre d’abord ce qui a été lu</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="202" />
        <source>Export data…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="205" />
        <source>Write the %1 to a CSV table (a header line, then one row per line)</source>
        <translation>Écrire un tableau CSV (%1) : une ligne d’en-tête, puis une ligne par rangée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="226" />
        <source>Import %1</source>
        <translation>Importer : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="232" />
        <source>Export %1</source>
        <translation>Exporter : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="245" />
        <location filename="../../nnviz/qt/widgets/table_import.py" line="268" />
        <source>Could not import %1: %2. Nothing was replaced.</source>
        <translation>Impossible d’importer %1 : %2. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="272" />
        <source>Imported 1 row from %2.</source>
        <translation>1 ligne importée depuis %2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="273" />
        <source>Imported %1 rows from %2.</source>
        <translation>%1 lignes importées depuis %2.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="278" />
        <source>Import cancelled: the current %1 is unchanged.</source>
        <translation>Importation annulée : rien n’a changé (%1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="287" />
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_import.py" line="290" />
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées dans %2.</translation>
    </message>
</context>
<context>
    <name>table_messages</name>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="20" />
        <source>a PNG image</source>
        <extracomment>What a file that is not a table is (nnviz.core.table.MAGIC), as the core names it.</extracomment>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="21" />
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="22" />
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="23" />
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="25" />
        <source>a ZIP archive (an Excel .xlsx file is one: save it as CSV)</source>
        <translation>une archive ZIP (un fichier Excel .xlsx en est une : enregistrez-le en CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="27" />
        <source>an old Excel or Word file (save it as CSV)</source>
        <translation>un ancien fichier Excel ou Word (enregistrez-le en CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="28" />
        <source>a BMP image</source>
        <translation>une image BMP</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="29" />
        <source>a binary file</source>
        <translation>un fichier binaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="35" />
        <source>the file is empty: there is no data in it</source>
        <extracomment>(the core's sentence, its translation, how to write each captured part).</extracomment>
        <translation>le fichier est vide : il ne contient aucune donnée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="37" />
        <source>the file is binary, not a table of numbers (CSV text)</source>
        <translation>le fichier est binaire, pas un tableau de nombres (texte CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="39" />
        <source>the file has a header line but no rows of numbers</source>
        <translation>le fichier a une ligne d’en-tête mais aucune ligne de nombres</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="41" />
        <source>the file has %1 lines: at most %2 rows can be read</source>
        <translation>le fichier a %1 lignes : on peut en lire au plus %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="43" />
        <source>the file has %1 rows: at most %2 rows can be read</source>
        <translation>le fichier a %1 lignes : on peut en lire au plus %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="45" />
        <source>the file has %1 columns: it needs %2 to %3</source>
        <translation>le fichier a %1 colonnes : il en faut de %2 à %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="47" />
        <source>only %1 row(s) of numbers could be read: at least %2 needed</source>
        <translation>lignes de nombres lisibles : %1 seulement, il en faut au moins %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="50" />
        <source>no row of numbers could be read: at least %1 needed</source>
        <translation>aucune ligne de nombres n’a pu être lue : il en faut au moins %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="51" />
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="52" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="54" />
        <source>%1 is %2 MB: data files can be at most %3 MB</source>
        <translation>%1 fait %2 Mo : un fichier de données peut faire au plus %3 Mo</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="56" />
        <source>%1 is larger than %2 MB: data files can be at most that</source>
        <translation>%1 dépasse %2 Mo : un fichier de données ne peut pas être plus gros</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="58" />
        <source>%1 is not an ordinary file (a pipe, a device or a socket): it cannot be read as a table</source>
        <translation>%1 n’est pas un fichier ordinaire (un tube, un périphérique ou une socket) : il ne peut pas être lu comme un tableau</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="61" />
        <source>line %1 is %2 characters long: a row of numbers has at most %3</source>
        <translation>la ligne %1 fait %2 caractères : une ligne de nombres en a au plus %3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="64" />
        <source>%1 is empty: there is no data in it</source>
        <translation>%1 est vide : il ne contient aucune donnée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="66" />
        <source>an empty field</source>
        <translation>un champ vide</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="68" />
        <source>“%1” is not a finite number (NaN or infinity)</source>
        <translation>« %1 » n’est pas un nombre fini (NaN ou infini)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="69" />
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="71" />
        <source>%1 is too large (at most ±%2)</source>
        <translation>%1 est trop grand (au plus ±%2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="73" />
        <source>expected %1 value(s), found %2</source>
        <translation>nombre de valeurs attendu : %1, trouvé : %2</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="90" />
        <source>%1 (line %2: %3)</source>
        <translation>%1 (ligne %2 : %3)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="98" />
        <source>the file is %1, not a table of numbers (CSV text)</source>
        <translation>le fichier est %1, pas un tableau de nombres (texte CSV)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/table_messages.py" line="100" />
        <source>%1 is %2, not a table of numbers (CSV text)</source>
        <translation>%1 est %2, pas un tableau de nombres (texte CSV)</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../nnviz/qt/training.py" line="29" />
        <source>Stopped: the {loss} is now ≤ {tolerance}, as small as we asked for.</source>
        <extracomment>Steps drawn at most in a history plot (evenly spread, first and last included): two or more per pixel of a plot at 1920x1080, and half the paint of 2,000 (ticks during a run: 87% -&gt; 95% in chapter 2). What each stopping reason means, in words a student understands (translated when shown: `stop_message`).</extracomment>
        <translation>Arrêt : {loss} est maintenant ≤ {tolerance}, aussi petit que demandé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="32" />
        <source>Stopped: the maximum of {max_steps} steps was reached. Raise “Maximum steps” to go on.</source>
        <translation>Arrêt : le maximum de {max_steps} pas est atteint. Augmentez « Nombre maximal de pas » pour continuer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="35" />
        <source>Stopped: every step size is now ≤ {min_step}, so the parameters barely move: we are at the bottom of the {loss} curve. The {loss} is still {value} — this is as good as it gets for this data.</source>
        <translation>Arrêt : chaque taille du pas est ≤ {min_step}, les paramètres ne bougent presque plus : c’est le fond de la courbe de {loss}. {loss} vaut encore {value} — impossible de faire mieux avec ces données.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="42" />
        <source>Stopped: the {loss} grew step after step (the steps overshoot the bottom and get bigger each time). Try a smaller learning rate, then Reset.</source>
        <translation>Arrêt : {loss} a augmenté pas après pas (les pas dépassent le fond et grandissent à chaque fois). Essayez un taux d’apprentissage plus petit, puis Réinitialiser.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="50" />
        <source>SSR</source>
        <extracomment>The losses chapters train on, as `loss_name` holds them (kept in English: the history CSV's column name).</extracomment>
        <translation>SSR</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="50" />
        <source>Cross Entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="367" />
        <source>That cannot be computed: {error}</source>
        <extracomment>A run's history keeps at most this many bytes of steps (issue 26): all 20,000 steps of chapters 2 and 3 and the plain RNN, 8,700 of chapter 4's shape network, 13,400 of the LSTM, 425 of the Digits page's 410 numbers (20,000 steps everywhere left the app at 266 MB after a minute's run of every panel); the newest tenth one by one for Step back, older ones thinned.</extracomment>
        <translation>Impossible de calculer cela : {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/training.py" line="369" />
        <source>Something went wrong in the calculation ({detail}). Your values are kept.</source>
        <translation>Le calcul a échoué ({detail}). Vos valeurs sont gardées.</translation>
    </message>
</context>
<context>
    <name>training_panel</name>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="34" />
        <source>▶ Run</source>
        <extracomment>Speed slider positions → steps a second (the last one is "as fast as possible"). The five buttons: objectName (kept in English), text, tooltip.</extracomment>
        <translation>▶ Lancer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="35" />
        <source>Take steps until a stopping rule fires</source>
        <translation>Faire des pas jusqu’à ce qu’une règle d’arrêt se déclenche</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="39" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="40" />
        <source>Stop taking steps</source>
        <translation>Arrêter de faire des pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="44" />
        <source>Step ›</source>
        <translation>Un pas ›</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="45" />
        <source>Take exactly one step</source>
        <translation>Faire un seul pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="49" />
        <source>‹ Step back</source>
        <translation>‹ Pas arrière</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="50" />
        <source>Undo the last step</source>
        <translation>Annuler le dernier pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="54" />
        <source>⟲ Reset</source>
        <translation>⟲ Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="55" />
        <source>Go back to the start values</source>
        <translation>Revenir aux valeurs de départ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="63" />
        <source>as fast as possible</source>
        <translation>aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="65" />
        <source>1 step a second</source>
        <translation>1 pas par seconde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="66" />
        <source>%1 steps a second</source>
        <translation>%1 pas par seconde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="70" />
        <source>Speed: %1</source>
        <translation>Vitesse : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="82" />
        <source>Use this stopping rule: %1</source>
        <translation>Utiliser cette règle d’arrêt : %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="83" />
        <source>%1 on</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="100" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="105" />
        <source>Learning Rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="110" />
        <source>Step Size = derivative × Learning Rate. Too large and the steps overshoot.</source>
        <translation>Taille du pas = dérivée × taux d’apprentissage. Trop grand, et les pas dépassent le minimum.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="127" />
        <source>Speed: from one step a second (slow motion, for a class to follow) to as fast as possible</source>
        <translation>Vitesse : d’un pas par seconde (au ralenti, pour qu’une classe suive) à aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="129" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="131" />
        <source>Stop when %1 ≤</source>
        <translation>Si %1 ≤</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="134" />
        <source>Maximum steps</source>
        <translation>Nombre maximal de pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="137" />
        <source>Stop when |step size| ≤</source>
        <translation>Si |taille du pas| ≤</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="151" />
        <source>&lt;b&gt;When do we stop?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quand s’arrêter ?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="199" />
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="200" />
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="201" />
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="209" />
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/widgets/training_panel.py" line="212" />
        <source>Step %1.</source>
        <translation>Pas %1.</translation>
    </message>
</context>
<context>
    <name>what_to_try</name>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="24" />
        <source>Drag the Dosage slider and read the five lines of the hidden-layer math.</source>
        <extracomment>A few experiments per chapter (by key), in the deck's words.</extracomment>
        <translation>Faites glisser le curseur Dosage et lisez les cinq lignes du calcul de la couche cachée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="25" />
        <source>Change w1 or w2 and watch one bent curve of the squiggle move.</source>
        <translation>Changez w1 ou w2 et regardez bouger une des courbes pliées qui forment la courbe du réseau.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="26" />
        <source>Switch the activation to ReLU, then pick the ReLU preset.</source>
        <translation>Passez la fonction d’activation à ReLU, puis choisissez les valeurs de départ ReLU.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="27" />
        <source>Drag a data point: the straight line's SSR and the network's SSR both change.</source>
        <translation>Déplacez un point de données : la SSR de la droite et celle du réseau changent toutes les deux.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="32" />
        <source>Press Step once: Step Size = −5.7 × 0.1 = −0.57 and the Intercept becomes 0.57.</source>
        <translation>Appuyez une fois sur « Un pas » : taille du pas = −5,7 × 0,1 = −0,57 et l’ordonnée à l’origine devient 0,57.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="35" />
        <source>Set the Learning Rate to 1 and press Run: the steps overshoot and the SSR grows.</source>
        <translation>Mettez le taux d’apprentissage à 1 et lancez : les pas dépassent le minimum et la SSR grandit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="38" />
        <source>Slow the speed to one step a second and watch the steps shrink near the bottom.</source>
        <translation>Ralentissez à un pas par seconde et regardez les pas rétrécir près du minimum.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="41" />
        <source>Switch on “Slope and Intercept together” and follow the path across the SSR landscape.</source>
        <translation>Cochez « Pente et ordonnée à l’origine ensemble » et suivez le chemin sur le paysage de la SSR.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="46" />
        <source>Pick dSSR/dw1 and read each factor of the chain rule for each Dosage.</source>
        <translation>Choisissez dSSR/dw1 et lisez chaque facteur de la règle de la chaîne pour chaque dosage.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="47" />
        <source>Click an edge of the network: its derivative's path lights up.</source>
        <translation>Cliquez sur une arête du réseau : le chemin de sa dérivée s’allume.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="48" />
        <source>Train all seven parameters from a new random start and watch the squiggle fit.</source>
        <translation>Entraînez les sept paramètres depuis un nouveau départ au hasard et regardez la courbe s’ajuster.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="51" />
        <source>Open the gradient check: the chain rule agrees with a finite difference.</source>
        <translation>Ouvrez la vérification du gradient : la règle de la chaîne s’accorde avec une différence finie.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="54" />
        <source>Shift the “O” one pixel to the right: Max Pooling still finds the 1s.</source>
        <translation>Décalez le « O » d’un pixel vers la droite : le max pooling trouve toujours les 1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="55" />
        <source>Paint your own letter and read the Feature Map cell by cell.</source>
        <translation>Dessinez votre propre lettre et lisez la carte de caractéristiques case par case.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="56" />
        <source>Step the filter over the image and check each dot product by hand.</source>
        <translation>Faites avancer le filtre sur l’image et vérifiez chaque produit scalaire à la main.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="57" />
        <source>Compare the plain network and the CNN on the shifted letters.</source>
        <translation>Comparez le réseau simple et le CNN sur les lettres décalées.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="60" />
        <source>Set w2 to 2 and unroll 4 times: Input₁ × 2⁴ = 16 × Input₁.</source>
        <translation>Mettez w2 à 2 et déroulez 4 fois : Entrée₁ × 2⁴ = 16 × Entrée₁.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="61" />
        <source>Unroll 50 times with w2 = 0.5: the gradient vanishes.</source>
        <translation>Déroulez 50 fois avec w2 = 0,5 : le gradient s’évanouit.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="62" />
        <source>Step Company A and Company B day by day: only Day 1 differs.</source>
        <translation>Avancez jour par jour pour l’entreprise A et l’entreprise B : seul le jour 1 diffère.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="63" />
        <source>Train the LSTM and the plain RNN: which one remembers Day 1?</source>
        <translation>Entraînez le LSTM et le RNN simple : lequel se souvient du jour 1 ?</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/teacher.py" line="65" />
        <source>Click a chapter's picture to go back to it.</source>
        <translation>Cliquez sur l’image d’un chapitre pour y revenir.</translation>
    </message>
</context>
<context>
    <name>why_how</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="43" />
        <source>Top: Y1 × w3</source>
        <translation>Haut : Y1 × w3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="44" />
        <source>Bottom: Y2 × w4</source>
        <translation>Bas : Y2 × w4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="45" />
        <source>Each node: Yₖ × vₖ</source>
        <translation>Chaque nœud : Yₖ × vₖ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="46" />
        <source>Sum + b3</source>
        <translation>Somme + b3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="47" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="48" />
        <source>Deck: Softplus network</source>
        <translation>Cours : réseau Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="49" />
        <source>Deck: ReLU network</source>
        <translation>Cours : réseau ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="50" />
        <source>Random weights (seed)</source>
        <translation>Poids aléatoires (graine)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="83" />
        <source>Start from the deck's Softplus network, its ReLU network, or random weights</source>
        <translation>Partir du réseau Softplus du cours, de son réseau ReLU ou de poids aléatoires</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="86" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="87" />
        <source>The seed of the random weights: the same seed gives the same network</source>
        <translation>La graine des poids aléatoires : la même graine donne le même réseau</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="90" />
        <source>New random weights</source>
        <translation>Poids au hasard</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="92" />
        <source>Pick a new seed and draw the weights from a standard normal (biases 0)</source>
        <translation>Choisir une nouvelle graine et tirer les poids d’une loi normale centrée réduite (biais à 0)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="96" />
        <source>The activation function of the hidden nodes</source>
        <translation>La fonction d’activation des nœuds cachés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="99" />
        <source>An activation on the output (the ReLU network needs ReLU here)</source>
        <translation>Une fonction d’activation sur la sortie (le réseau ReLU a besoin de ReLU ici)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="103" />
        <source>Deck's data</source>
        <translation>Données du cours</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="105" />
        <source>Back to the deck's three points: Dosage 0, 0.5, 1 with Efficacy 0, 1, 0</source>
        <translation>Revenir aux trois points du cours : Dosage 0 ; 0,5 ; 1 avec Efficacité 0 ; 1 ; 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="108" />
        <source>Click a weight or bias in the network to edit it; the mouse wheel over it nudges it.</source>
        <translation>Cliquez sur un poids ou un biais du réseau pour le modifier ; la molette de la souris au-dessus le fait varier un peu.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="112" />
        <source>Preset</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="114" />
        <source>Hidden</source>
        <translation>Cachée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="119" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="138" />
        <source>Show or hide “%1” on the squiggle</source>
        <translation>Afficher ou masquer « %1 » sur la courbe sinueuse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="146" />
        <source>Show on the squiggle</source>
        <translation>Afficher sur la courbe sinueuse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="165" />
        <source>Dosage (Input)</source>
        <translation>Dosage (entrée)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="166" />
        <source>The Input of the network: a Dosage from 0 to 1</source>
        <translation>L’entrée du réseau : un Dosage de 0 à 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="168" />
        <source>The math behind the hidden layer</source>
        <translation>Les calculs de la couche cachée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="176" />
        <source>Why? Line vs. network</source>
        <translation>Pourquoi ? Droite ou réseau</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="177" />
        <source>Activation functions</source>
        <translation>Fonctions d’activation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="356" />
        <source>The drug works at a medium Dosage, but not at a low or a high one.</source>
        <translation>Le médicament agit à un Dosage moyen, mais pas à un Dosage faible ou élevé.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="358" />
        <source>The best straight line y = ax + b is flat: its SSR of 0.67 is as low as a line can go.</source>
        <translation>La meilleure droite y = ax + b est horizontale : sa SSR de 0,67 est la plus basse qu’une droite puisse atteindre.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="361" />
        <source>A neural network: 1 input, 2 hidden nodes with Softplus, 1 output. Its SSR is almost 0.</source>
        <translation>Un réseau de neurones : 1 entrée, 2 nœuds cachés avec Softplus, 1 sortie. Sa SSR vaut presque 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="364" />
        <source>The activation functions: Softplus f(x) = log(1 + eˣ), ReLU max(0, x), Sigmoid eˣ / (eˣ + 1).</source>
        <translation>Les fonctions d’activation : Softplus f(x) = log(1 + eˣ), ReLU max(0, x), Sigmoïde eˣ / (eˣ + 1).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="367" />
        <source>Top node: X1 = w1 × Input + b1, Y1 = f(X1), then × w3 — one bent curve.</source>
        <translation>Nœud du haut : X1 = w1 × Entrée + b1, Y1 = f(X1), puis × w3 — une courbe pliée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="370" />
        <source>Bottom node: X2 = w2 × Input + b2, Y2 = f(X2), then × w4 — another bent curve.</source>
        <translation>Nœud du bas : X2 = w2 × Entrée + b2, Y2 = f(X2), puis × w4 — une autre courbe pliée.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="373" />
        <source>Add both curves and b3: the squiggle goes through all three points.</source>
        <translation>On additionne les deux courbes et b3 : la courbe sinueuse passe par les trois points.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="375" />
        <source>Low Dosage: Input 0 gives an Efficacy of about 0.</source>
        <translation>Dosage faible : l’entrée 0 donne une Efficacité d’environ 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="377" />
        <source>Medium Dosage: Input 0.5 gives an Efficacy of about 1.</source>
        <translation>Dosage moyen : l’entrée 0,5 donne une Efficacité d’environ 1.</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="379" />
        <source>The same idea with ReLU: straight pieces bent at 0 (and ReLU on the output).</source>
        <translation>La même idée avec ReLU : des morceaux droits pliés en 0 (et ReLU sur la sortie).</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/tab.py" line="382" />
        <source>A random start: weights from a standard normal, biases 0. Training finds good ones (chapter 3).</source>
        <translation>Un départ aléatoire : des poids tirés d’une loi normale centrée réduite, des biais à 0. L’entraînement en trouve de bons (chapitre 3).</translation>
    </message>
</context>
<context>
    <name>why_how_nodes</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="41" />
        <source>Hidden nodes: the deck's network has 2. A new node starts with a random input weight, bias 0 and output weight 0, so the squiggle is unchanged until you change it</source>
        <translation>Nœuds cachés : le réseau du cours en a 2. Un nouveau nœud part d’un poids d’entrée aléatoire, d’un biais 0 et d’un poids de sortie 0 : la courbe sinueuse reste la même tant que vous ne le modifiez pas</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="49" />
        <source>Input = Dosage = %1</source>
        <translation>Entrée = Dosage = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="185" />
        <source> nodes</source>
        <translation> nœuds</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="187" />
        <source>number of hidden nodes</source>
        <translation>nombre de nœuds cachés</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="237" />
        <source>bias %1: type any number from −1e6 to 1e6, or drag the slider</source>
        <translation>biais %1 : tapez un nombre de −1e6 à 1e6, ou faites glisser le curseur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="239" />
        <source>weight %1: type any number from −1e6 to 1e6, or drag the slider</source>
        <translation>poids %1 : tapez un nombre de −1e6 à 1e6, ou faites glisser le curseur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="272" />
        <source>Sum + b_out</source>
        <translation>Somme + b_out</translation>
    </message>
</context>
<context>
    <name>why_how_state</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="36" />
        <source>{what} must be a number, not {kind}</source>
        <translation>{what} doit être un nombre, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="40" />
        <source>{what} must be a finite number</source>
        <translation>{what} doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="42" />
        <source>{what} must be from {lo} to {hi}, not {value}</source>
        <translation>{what} doit être entre {lo} et {hi}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="50" />
        <source>{what} must be one of {choices}, not {value}</source>
        <translation>{what} doit être l’un de ces choix : {choices}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="58" />
        <source>the chapter 1 state must be a dictionary</source>
        <translation>l’état du chapitre 1 doit être un dictionnaire</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="61" />
        <source>unknown entries in the chapter 1 state: {names}</source>
        <translation>entrées inconnues dans l’état du chapitre 1 : {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="69" />
        <source>params must give exactly {names}</source>
        <translation>params doit donner exactement {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="81" />
        <source>seed must be a whole number</source>
        <translation>seed doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="88" />
        <source>data must give 'dose' and 'efficacy' lists</source>
        <translation>data doit donner les listes 'dose' et 'efficacy'</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="91" />
        <source>data 'dose' and 'efficacy' must be lists of the same length</source>
        <translation>les listes 'dose' et 'efficacy' de data doivent avoir la même longueur</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="93" />
        <source>data must have from 2 to {n} points</source>
        <translation>data doit avoir de 2 à {n} points</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="95" />
        <source>a dosage</source>
        <translation>un dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="95" />
        <source>an efficacy</source>
        <translation>une efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/state.py" line="101" />
        <source>show must map some of {parts} to true or false</source>
        <translation>show doit associer true ou false à certains de ces noms : {parts}</translation>
    </message>
</context>
<context>
    <name>why_how_views</name>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/nodes.py" line="59" />
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="275" />
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="290" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="28" />
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="29" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="30" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="31" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="32" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="127" />
        <source>Straight line vs. neural network</source>
        <translation>Droite ou réseau de neurones</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="128" />
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="166" />
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="275" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="128" />
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="167" />
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="281" />
        <source>Efficacy</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="132" />
        <source>Best straight line</source>
        <translation>Meilleure droite</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="134" />
        <source>Neural network</source>
        <translation>Réseau de neurones</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="135" />
        <source>Data (drag me)</source>
        <translation>Données (à glisser)</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="137" />
        <source>Drag a data point to move it, double-click to add one, right-click a point to remove it</source>
        <translation>Faites glisser un point de données pour le déplacer, double-cliquez pour en ajouter un, cliquez droit sur un point pour le supprimer</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="151" />
        <source>Line: SSR = %1</source>
        <translation>SSR droite = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="152" />
        <source>Network: SSR = %1</source>
        <translation>SSR réseau = %1</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="166" />
        <source>The squiggle</source>
        <translation>La courbe sinueuse</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="170" />
        <source>Top: Y1 × w3</source>
        <translation>Haut : Y1 × w3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="171" />
        <source>Bottom: Y2 × w4</source>
        <translation>Bas : Y2 × w4</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="172" />
        <source>Sum + b3</source>
        <translation>Somme + b3</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="174" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="179" />
        <source>The Dosage (Input) of the math on the right: drag me</source>
        <translation>Le Dosage (entrée) des calculs de droite : faites-moi glisser</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="217" />
        <source>Activation functions</source>
        <translation>Fonctions d’activation</translation>
    </message>
    <message>
        <location filename="../../nnviz/qt/chapters/why_how/views.py" line="282" />
        <source>Predicted</source>
        <translation>Prédiction</translation>
    </message>
</context>
</TS>