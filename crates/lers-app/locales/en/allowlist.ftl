domains-builtin-title = Built-in US .gov list
domains-builtin-status = LERS ships CISA's list of registered US .gov domains and loaded it on the first start: { $enabled } of its { $total } entries admit sign-ups. Disabling it stops sign-ups from those domains; single entries can still be switched below.
domains-builtin-disable = Disable the whole built-in list
domains-builtin-enable = Enable the built-in list again
domains-builtin-disabled = { $count } entries of the built-in list were disabled.
domains-builtin-enabled = { $count } entries of the built-in list were enabled again; entries disabled one by one stay disabled.
