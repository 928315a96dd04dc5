from signalwire_async.types.fabric.tokens import (
    EmbedToken,
    GuestToken,
    InviteToken,
    RefreshedSubscriberToken,
    SubscriberToken,
)

from .. import SUBSCRIBER_TOKEN, Row

# Made-up JWT-shaped values (header {"alg":"HS256"}); none is a real token.
_TOK_ACCESS = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LWFjY2VzcyJ9.dGVzdC1zaWduYXR1cmUtYQ"
_TOK_REFRESH = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LXJlZnJlc2gifQ.dGVzdC1zaWduYXR1cmUtYg"
_TOK_NEXT_ACCESS = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LW5leHQifQ.dGVzdC1zaWduYXR1cmUtYw"
_TOK_NEXT_REFRESH = (
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LW5leHQtcmVmcmVzaCJ9.dGVzdC1zaWduYXR1cmUtZA"
)
_TOK_ADDRESS_A = "c890b60e-72b4-47bc-b800-7fb940f5bb1f"
_TOK_ADDRESS_B = "afecc4f4-6539-47a8-b98f-8f2dc91652cc"

ROWS = [
    Row(
        call="fabric.tokens.create_embed_token",
        kwargs={"token": "c2c_5f0e3b7d9a214c6e8b1f2a3d4c5e6f70"},
        method="POST",
        path="/api/fabric/embeds/tokens",
        body={"token": "c2c_5f0e3b7d9a214c6e8b1f2a3d4c5e6f70"},
        status=201,
        response={"token": _TOK_ACCESS},
        returns=EmbedToken,
        auth="none",
    ),
    Row(
        call="fabric.tokens.create_guest_token",
        kwargs={
            "allowed_addresses": [_TOK_ADDRESS_A, _TOK_ADDRESS_B],
            "expire_at": 1767225600,
            "region": "us-central",
        },
        method="POST",
        path="/api/fabric/guests/tokens",
        body={
            "allowed_addresses": [_TOK_ADDRESS_A, _TOK_ADDRESS_B],
            "expire_at": 1767225600,
            "region": "us-central",
        },
        status=201,
        response={"token": _TOK_ACCESS, "refresh_token": _TOK_REFRESH},
        returns=GuestToken,
    ),
    Row(
        call="fabric.tokens.create_invite_token",
        kwargs={
            "address_id": _TOK_ADDRESS_A,
            "expires_at": 1767229200,
            "subscriber_token": SUBSCRIBER_TOKEN,
        },
        method="POST",
        path="/api/fabric/subscriber/invites",
        body={"address_id": _TOK_ADDRESS_A, "expires_at": 1767229200},
        status=201,
        response={"token": _TOK_ACCESS},
        returns=InviteToken,
        auth="subscriber",
    ),
    Row(
        call="fabric.tokens.create_subscriber_token",
        kwargs={
            "reference": "maria.lindqvist@example.org",
            "first_name": "Maria",
            "last_name": "Lindqvist",
            "time_zone": "Europe/Stockholm",
            "expire_at": 1767225600,
        },
        method="POST",
        path="/api/fabric/subscribers/tokens",
        body={
            "reference": "maria.lindqvist@example.org",
            "first_name": "Maria",
            "last_name": "Lindqvist",
            "time_zone": "Europe/Stockholm",
            "expire_at": 1767225600,
        },
        status=200,
        response={
            "subscriber_id": "85f1b595-0c11-47f0-836a-2a4ceac25ed3",
            "token": _TOK_ACCESS,
            "refresh_token": _TOK_REFRESH,
        },
        returns=SubscriberToken,
    ),
    Row(
        call="fabric.tokens.refresh_subscriber_token",
        kwargs={"refresh_token": _TOK_REFRESH},
        method="POST",
        path="/api/fabric/subscribers/tokens/refresh",
        body={"refresh_token": _TOK_REFRESH},
        status=201,
        response={"token": _TOK_NEXT_ACCESS, "refresh_token": _TOK_NEXT_REFRESH},
        returns=RefreshedSubscriberToken,
    ),
]
