# Error pages (issue 17): what went wrong and what to do, for readers of every language.
error-not-found = Cette page est introuvable. L’adresse est peut-être erronée, ou son contenu a été retiré ou ne vous est pas accessible.
error-forbidden = Votre compte n’est pas autorisé à effectuer cette opération. Si vous estimez qu’il devrait l’être, adressez-vous à l’administration du fournisseur.
error-bad-request = La demande n’a pas pu être interprétée. Revenez en arrière, vérifiez votre saisie et réessayez.
error-conflict = Cette opération n’est plus possible : le dossier a évolué depuis le chargement de la page. Rechargez-la pour voir où il en est.
error-internal = Une erreur s’est produite de notre côté. Réessayez et prévenez le fournisseur si elle persiste.
error-integrity = Un fichier conservé a échoué au contrôle d’intégrité ; rien n’a donc été transmis. Le fournisseur en a été informé.
error-gone = Cet élément n’est plus disponible, par exemple un téléchargement dont le délai a expiré.
error-unavailable = Le service ne peut pas effectuer cette opération pour le moment. Rien de ce que vous avez envoyé n’est perdu ; réessayez dans un instant.
error-audit-refusing = Le journal d’audit ne peut pas enregistrer d’actions pour le moment ; cette opération n’a donc pas été effectuée. Les administrateurs du fournisseur doivent d’abord vérifier le journal ; réessayez plus tard.
error-csrf = Le formulaire a expiré ou provient d’un autre site. Rechargez la page et réessayez.
error-domain-not-admitted = Le domaine de votre service n’est plus admis. Contactez le fournisseur.
error-sign-in = Connectez-vous pour continuer.
