"""`client.registry`: the 10DLC Campaign Registry (brands, campaigns, number assignments)."""

from __future__ import annotations

from . import Namespace, Op, Resource

R = "/api/relay/rest/registry/beta"

NAMESPACE = Namespace(
    "registry",
    "Registry",
    "10DLC registration: brands, campaigns, number assignments, orders",
    [
        Resource(
            "brands",
            "Brands",
            "10DLC brands and their campaigns",
            [
                Op(
                    "list",
                    "GET",
                    f"{R}/brands",
                    "Brand",
                    "BrandListParams",
                    paged=True,
                    summary="every brand of the project",
                ),
                Op(
                    "create",
                    "POST",
                    f"{R}/brands",
                    "Brand",
                    "BrandCreateParams",
                    one_of=("company_name", "csp_brand_reference"),
                    body_arg=True,
                    summary="register a brand (managed, or one a CSP registered itself)",
                ),
                Op("get", "GET", f"{R}/brands/{{id}}", "Brand", summary="one brand"),
                Op(
                    "create_campaign",
                    "POST",
                    f"{R}/brands/{{id}}/campaigns",
                    "Campaign",
                    "CampaignCreateParams",
                    one_of=("sms_use_case", "csp_campaign_reference"),
                    body_arg=True,
                    summary="register a campaign of the brand (managed, or a partner's)",
                ),
                Op(
                    "list_campaigns",
                    "GET",
                    f"{R}/brands/{{id}}/campaigns",
                    "Campaign",
                    "CampaignListParams",
                    paged=True,
                    summary="the brand's campaigns",
                ),
            ],
        ),
        Resource(
            "campaigns",
            "Campaigns",
            "10DLC campaigns, their numbers and number orders",
            [
                Op("get", "GET", f"{R}/campaigns/{{id}}", "Campaign", summary="one campaign"),
                Op(
                    "update",
                    "PUT",
                    f"{R}/campaigns/{{id}}",
                    "Campaign",
                    "CampaignUpdateParams",
                    summary="change a campaign's given fields",
                ),
                Op(
                    "list_numbers",
                    "GET",
                    f"{R}/campaigns/{{id}}/numbers",
                    "CampaignNumber",
                    "CampaignNumberListParams",
                    paged=True,
                    summary="the phone numbers assigned to the campaign",
                ),
                Op(
                    "create_order",
                    "POST",
                    f"{R}/campaigns/{{id}}/orders",
                    "CampaignOrder",
                    "CampaignOrderCreateParams",
                    summary="assign phone numbers to the campaign, as one order",
                ),
                Op(
                    "list_orders",
                    "GET",
                    f"{R}/campaigns/{{id}}/orders",
                    "CampaignOrder",
                    "CampaignOrderListParams",
                    paged=True,
                    summary="the campaign's number assignment orders",
                ),
            ],
        ),
        Resource(
            "numbers",
            "Numbers",
            "phone numbers assigned to campaigns",
            [
                Op(
                    "delete",
                    "DELETE",
                    f"{R}/numbers/{{id}}",
                    None,
                    summary="remove a phone number from its campaign",
                ),
            ],
        ),
        Resource(
            "orders",
            "Orders",
            "orders that assign phone numbers to campaigns",
            [Op("get", "GET", f"{R}/orders/{{id}}", "CampaignOrder", summary="one order")],
        ),
    ],
)
