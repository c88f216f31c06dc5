# Pages qui restent rapides à grande échelle (issue 16) : déconfliction paginée, décomptes plafonnés.
pager-status-more = Page { $page } (plus de { $total } au total)
naming-title = Demandes visant { $target }
naming-lead = Toutes les autres demandes, de tout organisme, qui visent cet identifiant de { $reference }, des plus récentes aux plus anciennes.
naming-back = Retour à la demande
naming-none = Aucune autre demande ne le vise.
naming-more = { $shown } sur { $total } affichées
naming-all = toutes les demandes le visant
