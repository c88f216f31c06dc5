# Seiten, die auch bei großen Datenmengen schnell bleiben (Issue 16): seitenweiser Abgleich, begrenzte Zählungen.
pager-status-more = Seite { $page } (insgesamt mehr als { $total })
naming-title = Ersuchen, die { $target } nennen
naming-lead = Alle anderen Ersuchen, von beliebigen Behörden, die diese Kennung aus { $reference } nennen, neueste zuerst.
naming-back = Zurück zum Ersuchen
naming-none = Kein anderes Ersuchen nennt sie.
naming-more = { $shown } von { $total } angezeigt
naming-all = alle Ersuchen, die sie nennen
