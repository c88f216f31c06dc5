## File sizes: an exact count of bytes. $shown is the count as the language writes
## it (grouped digits); $count chooses the plural form.

size-bytes = { $count ->
    [one] { $shown } bajt
    [few] { $shown } bajty
    [many] { $shown } bajtów
   *[other] { $shown } bajta
}
