"""An aiosmtpd handler that refuses the first message to a chosen recipient with a
temporary error (451), then accepts everything: for testing retries."""

from aiosmtpd.handlers import Mailbox


class RefuseFirstToOwner(Mailbox):
    RECIPIENT = "owner@example.com"

    def __init__(self, mail_dir):
        super().__init__(mail_dir)
        self.refused = False

    async def handle_DATA(self, server, session, envelope):
        if not self.refused and any(self.RECIPIENT in r for r in envelope.rcpt_tos):
            self.refused = True
            return "451 4.3.0 Mailbox busy, try again later"
        return await super().handle_DATA(server, session, envelope)

    @classmethod
    def from_cli(cls, parser, *args):
        return cls(args[0])
