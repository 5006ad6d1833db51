"""French for pyqtgraph's own plot menus, plot options and export dialog (nnviz/qt/pyqtgraph_strings.py)."""

FRENCH = {
    "Name": "Nom",
    "Print Document": "Imprimer le document",
    "Scalable Vector Graphics": "Dessin vectoriel (SVG)",
    "antialias": "anticrénelage",
    "background": "fond",
    "columnMode": "colonnes",
    "height": "hauteur",
    "invertValue": "inverser les valeurs",
    "precision": "précision",
    "scaling stroke": "épaisseur mise à l’échelle",
    "separator": "séparateur",
    "width": "largeur",
    "<html><head/><body><p>Automatically resize this axis whenever the displayed data is changed.</p></body></html>":
        "<html><head/><body><p>Ajuster cet axe chaque fois que les données affichées changent.</p></body></html>",
    "<html><head/><body><p>Enables mouse interaction (panning, scaling) for this axis.</p></body></html>":
        "<html><head/><body><p>Permettre à la souris de déplacer et d’agrandir cet axe.</p></body></html>",
    "<html><head/><body><p>Inverts the display of this axis. (+y points downward instead of upward)</p></body></html>":
        "<html><head/><body><p>Inverser cet axe (+y vers le bas au lieu du haut).</p></body></html>",
    "<html><head/><body><p>Links this axis with another view. When linked, both views will display the same data range.</p></body></html>":
        "<html><head/><body><p>Lier cet axe à une autre vue : les deux vues montrent alors la même plage.</p></body></html>",
    "<html><head/><body><p>Maximum value to display for this axis.</p></body></html>":
        "<html><head/><body><p>Valeur maximale affichée sur cet axe.</p></body></html>",
    "<html><head/><body><p>Minimum value to display for this axis.</p></body></html>":
        "<html><head/><body><p>Valeur minimale affichée sur cet axe.</p></body></html>",
    "<html><head/><body><p>Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.</p></body></html>":
        "<html><head/><body><p>Pourcentage des données visibles en ajustement automatique. Le réduire aide pour des "
        "données avec des pics de bruit.</p></body></html>",
    "<html><head/><body><p>Set the range for this axis manually. This disables automatic scaling. </p></body></html>":
        "<html><head/><body><p>Choisir la plage de cet axe à la main (l’ajustement automatique est coupé).</p></body></html>",
    "<html><head/><body><p>When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.</p></body></html>":
        "<html><head/><body><p>Coché : l’axe se recentre sur les données, sans changer d’échelle.</p></body></html>",
    "<html><head/><body><p>When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.</p></body></html>":
        "<html><head/><body><p>Coché : l’axe ne s’ajuste qu’aux données visibles le long de l’autre axe.</p></body></html>",
    "Alpha": "Transparence",
    "Auto": "Automatique",
    "Auto Pan Only": "Recentrer seulement",
    "Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.":
        "Sous-échantillonner selon la plage visible (suppose des valeurs de X régulièrement espacées).",
    "Average": "Moyenne",
    "Clip to View": "Couper à la vue",
    "Close": "Fermer",
    "Copy": "Copier",
    "Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).":
        "Afficher la moyenne des courbes de ce graphique ; la liste permet de choisir les paramètres à moyenner "
        "(s’il y en a).",
    "Downsample": "Sous-échantillonner",
    "Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.":
        "Sous-échantillonner en suivant le minimum et le maximum des données : le plus fidèle, mais le plus lent.",
    "Downsample by taking the first of N samples. This method is fastest and least accurate.":
        "Sous-échantillonner en gardant le premier de N points : le plus rapide, le moins précis.",
    "Downsample by taking the mean of N samples.": "Sous-échantillonner en prenant la moyenne de N points.",
    "Downsample data before plotting. (plot every Nth sample)":
        "Sous-échantillonner avant de tracer (un point sur N).",
    ("Form", "Export"): "Exporter",
    "Export format": "Format d’exportation",
    "Export options": "Options d’exportation",
    "Forget hidden traces": "Oublier les courbes masquées",
    "If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).":
        "Si « Courbes max » est coché, oublier les courbes masquées (économise la mémoire, mais on ne peut plus "
        "les réafficher).",
    "If multiple curves are displayed in this plot, check \"Max Traces\" and set this value to limit the number of traces that are displayed.":
        "Si ce graphique montre plusieurs courbes, cocher « Courbes max » et choisir ce nombre pour limiter les "
        "courbes affichées.",
    "If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.":
        "Si ce graphique montre plusieurs courbes, cocher pour limiter le nombre de courbes affichées.",
    "Invert Axis": "Inverser l’axe",
    "Item to export:": "Élément à exporter :",
    "Link Axis:": "Lier l’axe :",
    "Log X": "X logarithmique",
    "Log Y": "Y logarithmique",
    "Manual": "Manuel",
    "Max Traces:": "Courbes max :",
    "Mean": "Moyenne",
    "Mouse Enabled": "Souris active",
    "Opacity": "Opacité",
    "Peak": "Pics",
    "Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.":
        "Ne tracer que la partie visible de chaque courbe (suppose des valeurs de X régulièrement espacées).",
    "Points": "Points",
    "Power Spectrum (FFT)": "Spectre de puissance (FFT)",
    "PyQtGraph": "PyQtGraph",
    "Show X Grid": "Grille en X",
    "Show Y Grid": "Grille en Y",
    "Subsample": "Sous-échantillon",
    "Subtract Mean": "Retirer la moyenne",
    "Visible Data Only": "Données visibles seulement",
    "Y vs. Y'": "Y en fonction de Y'",
    "dy/dx": "dy/dx",
    "x": "x",
    "Export...": "Exporter…",
    "Grid": "Grille",
    "Plot Options": "Options du graphique",
    "Transforms": "Transformations",
    "1 button": "1 bouton",
    "3 button": "3 boutons",
    "Mouse Mode": "Mode de la souris",
    "View All": "Tout voir",
    "ViewBox options": "Options de la vue",
    "axis": "(axe)",
}
