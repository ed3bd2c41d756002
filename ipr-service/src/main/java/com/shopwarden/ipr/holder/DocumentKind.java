package com.shopwarden.ipr.holder;

/** Documents an organisation hands in for verification (held in the document store). */
public enum DocumentKind {
  IDENTITY,
  BUSINESS_LICENCE,
  REGISTRATION_CERTIFICATE,
  AUTHORISATION
}
