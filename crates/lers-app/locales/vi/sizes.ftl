## File sizes: an exact count of bytes. $shown is the count as the language writes
## it (grouped digits); $count chooses the plural form.

size-bytes = { $count ->
   *[other] { $shown } byte
}
