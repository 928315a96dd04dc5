"""`client.compat.phone_numbers`: the account's numbers, number search, purchase and import."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

INCOMING = f"{ACCOUNT}/IncomingPhoneNumbers"
ONE = f"{INCOMING}/{{sid}}"
AVAILABLE = f"{ACCOUNT}/AvailablePhoneNumbers"
NUMBER = "CompatIncomingPhoneNumber"
SEARCH = "CompatAvailablePhoneNumberSearchParams"

RESOURCE = Resource(
    "phone_numbers",
    "CompatPhoneNumbers",
    "the account's numbers, number search, purchase and import",
    [
        Op(
            "list",
            "GET",
            INCOMING,
            NUMBER,
            "CompatIncomingPhoneNumberListParams",
            paged=True,
            form=True,
            items="incoming_phone_numbers",
            summary="every phone number of the account",
        ),
        Op("get", "GET", ONE, NUMBER, form=True, summary="one phone number"),
        Op(
            "update",
            "POST",
            ONE,
            NUMBER,
            "CompatIncomingPhoneNumberUpdateParams",
            form=True,
            summary="change a phone number's given settings",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="release a phone number"),
        Op(
            "list_available_countries",
            "GET",
            AVAILABLE,
            "CompatAvailableCountryList",
            form=True,
            summary="the countries with numbers to buy (one answer, not paged)",
        ),
        Op(
            "get_available_country",
            "GET",
            f"{AVAILABLE}/{{iso_country}}",
            "CompatAvailableCountry",
            form=True,
            summary="the number types on offer in one country",
        ),
        Op(
            "search_local",
            "GET",
            f"{AVAILABLE}/{{iso_country}}/Local",
            "CompatAvailablePhoneNumberList",
            SEARCH,
            form=True,
            summary="local numbers free to buy in a country (one answer, not paged)",
        ),
        Op(
            "search_toll_free",
            "GET",
            f"{AVAILABLE}/{{iso_country}}/TollFree",
            "CompatAvailablePhoneNumberList",
            SEARCH,
            form=True,
            summary="toll-free numbers free to buy in a country (one answer, not paged)",
        ),
        Op(
            "import_number",
            "POST",
            f"{ACCOUNT}/ImportedPhoneNumbers",
            NUMBER,
            "CompatImportedPhoneNumberParams",
            form=True,
            summary="bring a number the account already owns elsewhere (a Partner API)",
        ),
        Op(
            "purchase",
            "POST",
            INCOMING,
            NUMBER,
            "CompatIncomingPhoneNumberPurchaseParams",
            form=True,
            summary="buy an available phone number",
        ),
    ],
)
