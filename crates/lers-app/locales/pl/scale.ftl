# Strony, które pozostają szybkie przy dużej skali (zgłoszenie 16): stronicowanie wykrywania zbieżności, ograniczone liczniki.
pager-status-more = Strona { $page } (łącznie ponad { $total })
naming-title = Wnioski wskazujące { $target }
naming-lead = Wszystkie inne wnioski, dowolnych jednostek, wskazujące ten identyfikator z wniosku { $reference }, od najnowszych.
naming-back = Powrót do wniosku
naming-none = Żaden inny wniosek go nie wskazuje.
naming-more = Wyświetlono { $shown } z { $total }
naming-all = wszystkie wnioski wskazujące ten identyfikator
