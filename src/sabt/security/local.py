"""Who the person at the command line is, in the policy's terms.

The command line has no sign-in: whoever runs it holds the case folder (and, for witnesses, the
sealing key). When `SABT_ACTOR` names an account of the case, that account's role applies, so a
shared server's analyst cannot unseal from a shell what the web would refuse them; a disabled
account has no role at all. Anyone else at the keyboard holds the folder itself and acts as its
owner, the only person who could have created it.
"""

from sqlalchemy import select

from sabt.model import Role, User
from sabt.security.policy import Actor
from sabt.store.casefolder import CaseFolder

FOLDER_HOLDER_ID = 0  # no account row: the person holding the case folder


def local_actor(case: CaseFolder, username: str) -> Actor:
    """The policy actor for `username` acting on `case` from the command line."""
    with case.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            return Actor(username, FOLDER_HOLDER_ID, {case.case_id: "owner"})
        if user.disabled:
            return Actor(username, user.id, {})
        role = session.scalar(
            select(Role.role).where(Role.user_id == user.id, Role.case_id == case.case_id)
        )
    return Actor(username, user.id, {case.case_id: role} if role else {})
