mail-notice-subject = { $service }: ein behördliches Auskunftsersuchen zu Ihrem Konto
mail-notice-body =
    Guten Tag,

    { $service } hat ein rechtliches Auskunftsersuchen zu Ihrem Konto { $account }
    von { $authority } ({ $country }) erhalten, gestützt auf: { $process }.
    Am { $date } haben wir Folgendes herausgegeben: { $categories }.

    Wir informieren Sie, damit Sie rechtlichen Rat einholen oder widersprechen können.
    Diese Nachricht wurde automatisch versandt; bitte antworten Sie nicht darauf.
