## Kody odzyskiwania, zatwierdzanie według zasady dwóch osób, nieaktywność, wygasające tokeny API (zgłoszenie 11).

recovery-title = Kody odzyskiwania
recovery-lead = Weryfikacja dwuetapowa jest włączona. W razie utraty aplikacji uwierzytelniającej można zalogować się jednym z tych kodów zamiast kodu 6-cyfrowego. Każdy kod działa tylko raz; użycie kodu wymaga skonfigurowania nowej aplikacji uwierzytelniającej, co powoduje wygenerowanie nowych kodów i unieważnienie obecnych.
recovery-once = Kody należy przechowywać w bezpiecznym miejscu, z dala od telefonu (wydrukować lub zapisać w menedżerze haseł). Są one wyświetlane tylko teraz.
recovery-continue = Kody zostały zapisane — dalej
mfa-reenroll-lead = Zalogowano przy użyciu kodu odzyskiwania. Aby kontynuować, należy ponownie skonfigurować aplikację uwierzytelniającą; pozostałe kody odzyskiwania zostaną zastąpione nowymi.

approvals-title = Oczekuje na drugiego administratora
approvals-lead = Nadanie roli administratora lub zatwierdzającego oraz zresetowanie drugiego składnika uwierzytelniania innej osoby wymagają udziału dwóch administratorów: jeden proponuje, drugi zatwierdza lub odrzuca, każdy przy użyciu nowego kodu. Propozycje wygasają po 72 godzinach.
approvals-none = Nic nie oczekuje.
approvals-col-change = Zmiana
approvals-col-proposed = Zaproponował(a)
approvals-col-expires = Wygasa (UTC)
approvals-waiting = Oczekuje na innego administratora
approvals-approve = Zatwierdź
approvals-reject = Odrzuć
approval-grant = Role: z „{ $from }” na „{ $to }”
approval-reset = Zresetowanie drugiego składnika (aplikacja uwierzytelniająca i kody odzyskiwania)
approval-approved = Zatwierdzono: zmiana dla { $name } została wprowadzona.
approval-rejected = Odrzucono: dla { $name } nic się nie zmienia.
powers-code = Bieżący kod
powers-code-refused = Nie wykonano: { $reason }
roles-code = Bieżący kod (wymagany do nadania roli administratora lub zatwierdzającego)
roles-proposed = Zaproponowano zmianę ról użytkownika { $name }; inny administrator musi ją zatwierdzić w ciągu 72 godzin.
reset-propose = Zaproponuj zresetowanie drugiego składnika
reset-proposed = Zaproponowano zresetowanie drugiego składnika dla { $name }; inny administrator musi to zatwierdzić w ciągu 72 godzin.
invite-code-hint = Wymagany tylko przy zapraszaniu z rolą administratora lub zatwierdzającego; bezpośrednio może to zrobić wyłącznie jedyny administrator systemu.
invite-privileged-needs-approval = Najpierw należy zaprosić osobę z pozostałymi rolami; nadanie roli administratora lub zatwierdzającego wymaga następnie zatwierdzenia przez drugiego administratora (formularz ról na liście).

col-expires = Wygasa (UTC)
token-expired = wygasł
token-never-used = nigdy
token-renew = Odnów
token-renewed = Token został odnowiony; wygasa { $until }.
field-token-days = Okres ważności w dniach
field-token-days-hint = Domyślnie 90 dni; maksymalnie rok. Token należy odnowić przed jego wygaśnięciem.

mail-inactivity-subject = { $service }: konto zostanie wyłączone z powodu braku aktywności
mail-inactivity-body =
    Dzień dobry, { $name },

    Pana/Pani konto w systemie { $service } od dłuższego czasu nie było używane. Konta
    nieużywane przez 90 dni są wyłączane. Aby zachować konto, prosimy zalogować się
    (lub użyć jednego z tokenów API) przed { $date }:

    { $link }

    Wyłączone konto może zostać ponownie włączone przez zespół obsługi wniosków dostawcy.
