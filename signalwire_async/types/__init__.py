"""Public types: response models and request parameters, one module per namespace."""

from .fabric import (
    FabricAddress,
    SipEndpoint,
    SipEndpointCreateParams,
    SipEndpointListParams,
    SipEndpointUpdateParams,
)

__all__ = [
    "FabricAddress",
    "SipEndpoint",
    "SipEndpointCreateParams",
    "SipEndpointListParams",
    "SipEndpointUpdateParams",
]
