mail-notice-subject = { $service }: żądanie organu dotyczące danych Twojego konta
mail-notice-body =
    Dzień dobry,

    { $service } otrzymał prawne żądanie udostępnienia informacji o Twoim koncie { $account }
    od { $authority } ({ $country }) na podstawie: { $process }.
    W dniu { $date } udostępniliśmy: { $categories }.

    Informujemy Cię o tym, abyś mógł zasięgnąć porady prawnej lub wnieść sprzeciw.
    Ta wiadomość została wysłana automatycznie; prosimy na nią nie odpowiadać.
