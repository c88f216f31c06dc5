domains-builtin-title = Lista integrada de dominios .gov de EE. UU.
domains-builtin-status = LERS incluye la lista de dominios .gov registrados de EE. UU. publicada por la CISA y la cargó en el primer arranque: { $enabled } de sus { $total } entradas permiten el registro. Si se desactiva, dejarán de admitirse registros desde esos dominios; las entradas individuales pueden seguir activándose o desactivándose más abajo.
domains-builtin-disable = Desactivar toda la lista integrada
domains-builtin-enable = Volver a activar la lista integrada
domains-builtin-disabled = Entradas de la lista integrada desactivadas: { $count }.
domains-builtin-enabled = Entradas de la lista integrada reactivadas: { $count }; las entradas desactivadas individualmente siguen desactivadas.
