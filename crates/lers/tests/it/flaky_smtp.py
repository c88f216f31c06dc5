"""aiosmtpd handlers for testing: one refuses the first message to a chosen recipient
with a temporary error (451), then accepts everything (retries); the other takes the
first message to that recipient and never answers (a sender stuck in the middle of a
delivery), writing the marker file `stalled` in the mail directory when it does."""

import asyncio
import os

from aiosmtpd.handlers import Mailbox


class RefuseFirstToOwner(Mailbox):
    RECIPIENT = "owner@example.com"

    def __init__(self, mail_dir):
        super().__init__(mail_dir)
        self.refused = False

    async def handle_DATA(self, server, session, envelope):
        if not self.refused and any(self.RECIPIENT in r for r in envelope.rcpt_tos):
            self.refused = True
            # As real servers do, the reply names the recipient.
            return f"451 4.3.0 <{self.RECIPIENT}>: mailbox busy, try again later"
        return await super().handle_DATA(server, session, envelope)

    @classmethod
    def from_cli(cls, parser, *args):
        return cls(args[0])


class StallFirstToOwner(Mailbox):
    RECIPIENT = "owner@example.com"

    def __init__(self, mail_dir):
        super().__init__(mail_dir)
        self.marker = os.path.join(mail_dir, "stalled")
        self.stalled = False

    async def handle_DATA(self, server, session, envelope):
        if not self.stalled and any(self.RECIPIENT in r for r in envelope.rcpt_tos):
            self.stalled = True
            with open(self.marker, "w") as marker:
                marker.write("stalled\n")
            # Never answers and never stores it: the sender waits until it dies.
            await asyncio.Event().wait()
        return await super().handle_DATA(server, session, envelope)

    @classmethod
    def from_cli(cls, parser, *args):
        return cls(args[0])
