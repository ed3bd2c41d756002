/**
 * The only service that restricts: penalty policies, measures, appeals, statements of reasons and
 * the audit trail.
 */
package com.shopwarden.enforcement;
